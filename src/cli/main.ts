/** The `kg` command line: one file per command under src/cli. */
import { Command } from "commander";
import { registerEvalCommand } from "./eval.js";
import { registerExportCommand } from "./export.js";
import { registerIngestCommand } from "./ingest.js";
import { registerMigrateCommand } from "./migrate.js";
import { registerQueryCommand } from "./query.js";
import { registerServeCommand } from "./serve.js";

const program = new Command("kg")
  .description(
    "News knowledge graph: ingest articles, query their entities and relations over GraphQL.",
  )
  .showHelpAfterError();

registerIngestCommand(program);
registerServeCommand(program);
registerQueryCommand(program);
registerExportCommand(program);
registerMigrateCommand(program);
registerEvalCommand(program);

await program.parseAsync(process.argv);
