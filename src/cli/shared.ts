/** What every command shares: the --db option, opening and migrating the database, error exits. */
import type { Command } from "commander";
import { type Config, loadConfig, parseDatabaseTarget } from "../config.js";
import { type Database, openDatabase } from "../db/database.js";
import { migrateToLatest } from "../db/migrate.js";

/** Options every command accepts. */
export interface DbOptions {
  db?: string;
}

/** Adds `--db <folder|postgres-url>` to a command. */
export function addDbOption(command: Command): Command {
  return command.option(
    "--db <folder|postgres-url>",
    "database: a PGlite data folder or a postgres:// URL (default: DATABASE_URL, else KG_DATA_DIR or ./.kg-data)",
  );
}

/** Reads the configuration, with `--db` taking precedence over the environment. */
export function resolveConfig(options: DbOptions): Config {
  const config = loadConfig();
  return options.db ? { ...config, database: parseDatabaseTarget(options.db) } : config;
}

/** Opens the configured database and brings its schema up to date. */
export async function openMigratedDatabase(
  config: Config,
  options: { poolSize?: number; asyncCommit?: boolean; pgliteThread?: boolean } = {},
): Promise<Database> {
  const database = await openDatabase(config.database, {
    statementTimeoutMs: config.statementTimeoutMs,
    ...options,
  });
  try {
    await migrateToLatest(database.db);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

/** Prints an error the way every command does and sets a failing exit code. */
export function reportFatal(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`kg: ${message}\n`);
  process.exitCode = 1;
}
