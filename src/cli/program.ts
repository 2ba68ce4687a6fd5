/**
 * The `kg` program and its commands. Each command's module is loaded only when that command
 * runs (`kg query` need not load the pipeline and its models, nor `kg ingest` the GraphQL
 * schema); `kg --help` lists the commands from the table below without loading any of them, so
 * it answers at once. A test checks the table against what the modules register.
 */
import { Command, Help } from "commander";

interface CommandEntry {
  /** How the command list shows it: name, options marker, arguments. */
  term: string;
  description: string;
  load: () => Promise<(program: Command) => void>;
}

export const COMMANDS: Record<string, CommandEntry> = {
  ingest: {
    term: "ingest [options] <inputs...>",
    description: "analyse articles and store their entities and relations",
    load: async () => (await import("./ingest.js")).registerIngestCommand,
  },
  serve: {
    term: "serve [options]",
    description: "serve the graph over GraphQL (GraphiQL at /graphql) with /health",
    load: async () => (await import("./serve.js")).registerServeCommand,
  },
  query: {
    term: "query [options] <document>",
    description: "run a GraphQL query or mutation and print the JSON result (exit 1 on errors)",
    load: async () => (await import("./query.js")).registerQueryCommand,
  },
  export: {
    term: "export [options]",
    description:
      "write the whole graph, or one entity's neighbourhood, for visualisation and graph tools",
    load: async () => (await import("./export.js")).registerExportCommand,
  },
  migrate: {
    term: "migrate [options]",
    description: "create or update the database schema (also done on every start)",
    load: async () => (await import("./migrate.js")).registerMigrateCommand,
  },
  eval: {
    term: "eval",
    description: "measure the extraction engine on annotated data",
    load: async () => (await import("./eval.js")).registerEvalCommand,
  },
  watch: {
    term: "watch [options] <feeds...>",
    description:
      "read RSS/Atom feeds and ingest each new item's page once (remembered in the database); " +
      "on Postgres each item becomes a job for `kg worker`",
    load: async () => (await import("./watch.js")).registerWatchCommand,
  },
  enqueue: {
    term: "enqueue [options] <inputs...>",
    description:
      "add one ingest job per input to the Postgres job queue (run `kg worker` to process them)",
    load: async () => (await import("./enqueue.js")).registerEnqueueCommand,
  },
  worker: {
    term: "worker [options]",
    description: "process the ingest jobs `kg enqueue` added (run any number, on any machine)",
    load: async () => (await import("./worker.js")).registerWorkerCommand,
  },
  jobs: {
    term: "jobs [options]",
    description: "list the ingest queue's failed, running and waiting jobs",
    load: async () => (await import("./jobs.js")).registerJobsCommand,
  },
};

function newProgram(): Command {
  return new Command("kg")
    .description(
      "News knowledge graph: ingest articles, query their entities and relations over GraphQL.",
    )
    .showHelpAfterError();
}

/** The program with the named commands' real definitions (options, arguments, actions). */
export async function loadedProgram(names: readonly string[]): Promise<Command> {
  const program = newProgram();
  for (const name of names) {
    const register = await COMMANDS[name]?.load();
    register?.(program);
  }
  return program;
}

/**
 * The program as `kg --help` lists it: every command by name and description from the table,
 * none of their modules loaded. Only for listing: no command here has an action.
 */
export function listingProgram(): Command {
  const program = newProgram();
  for (const [name, entry] of Object.entries(COMMANDS))
    program.command(name).description(entry.description);
  const help = new Help();
  return program.configureHelp({
    subcommandTerm: (command) => COMMANDS[command.name()]?.term ?? help.subcommandTerm(command),
  });
}

/** Which program answers these arguments (argv without node and script). */
export async function programFor(args: readonly string[]): Promise<Command> {
  const [first, second] = args;
  if (first !== undefined && Object.hasOwn(COMMANDS, first)) return loadedProgram([first]);
  // `kg help ingest` shows ingest's own help: that needs its real definition.
  if (first === "help" && second !== undefined && Object.hasOwn(COMMANDS, second))
    return loadedProgram([second]);
  return listingProgram();
}
