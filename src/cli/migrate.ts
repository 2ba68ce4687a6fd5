/** `kg migrate`: brings the database schema to the latest migration. */
import type { Command } from "commander";
import {
  addDbOption,
  type DbOptions,
  openMigratedDatabase,
  reportFatal,
  resolveConfig,
} from "./shared.js";

/** Registers `kg migrate`. */
export function registerMigrateCommand(program: Command): void {
  addDbOption(
    program
      .command("migrate")
      .description("create or update the database schema (also done on every start)"),
  ).action(async (options: DbOptions) => {
    try {
      const config = resolveConfig(options);
      const database = await openMigratedDatabase(config);
      process.stdout.write(`schema up to date (${database.kind}: ${database.location})\n`);
      await database.close();
    } catch (error) {
      reportFatal(error);
    }
  });
}
