/** The `kg` command line: one file per command under src/cli. */
import { Command } from "commander";

/**
 * Each command's module, loaded only when that command runs: `kg query` need not load the
 * pipeline and its models, nor `kg ingest` the GraphQL schema. `kg --help` loads them all.
 */
const COMMANDS: Record<string, () => Promise<(program: Command) => void>> = {
  ingest: async () => (await import("./ingest.js")).registerIngestCommand,
  serve: async () => (await import("./serve.js")).registerServeCommand,
  query: async () => (await import("./query.js")).registerQueryCommand,
  export: async () => (await import("./export.js")).registerExportCommand,
  migrate: async () => (await import("./migrate.js")).registerMigrateCommand,
  eval: async () => (await import("./eval.js")).registerEvalCommand,
  watch: async () => (await import("./watch.js")).registerWatchCommand,
  enqueue: async () => (await import("./enqueue.js")).registerEnqueueCommand,
  worker: async () => (await import("./worker.js")).registerWorkerCommand,
  jobs: async () => (await import("./jobs.js")).registerJobsCommand,
};

const program = new Command("kg")
  .description(
    "News knowledge graph: ingest articles, query their entities and relations over GraphQL.",
  )
  .showHelpAfterError();

const requested = process.argv[2];
const names =
  requested !== undefined && Object.hasOwn(COMMANDS, requested)
    ? [requested]
    : Object.keys(COMMANDS);
for (const name of names) {
  const register = await COMMANDS[name]?.();
  register?.(program);
}

await program.parseAsync(process.argv);
