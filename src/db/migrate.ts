/** Runs the kysely migrations in db/migrations; a failed migration throws with its error. */
import { readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Kysely, Migration, MigrationProvider, MigrationResult } from "kysely";
import { Migrator, sql } from "kysely";

const MIGRATIONS_DIR = fileURLToPath(new URL("../../db/migrations", import.meta.url));

/** A migration that failed, with the results of the ones that ran before it. */
export class MigrationError extends Error {
  constructor(
    readonly migration: string | undefined,
    override readonly cause: unknown,
    readonly results: MigrationResult[],
  ) {
    super(
      `migration ${migration ?? "(unknown)"} failed: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
    this.name = "MigrationError";
  }
}

const MIGRATION_FILE = /^\d{14}_[a-z0-9_]+\.(ts|js)$/;

/**
 * Loads migration modules from a folder. Unlike kysely's FileMigrationProvider, the import runs
 * in our code, so tsx and vitest can load the TypeScript files.
 */
class FolderMigrationProvider implements MigrationProvider {
  constructor(private readonly folder: string) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    const migrations: Record<string, Migration> = {};
    for (const file of (await readdir(this.folder))
      .filter((name) => MIGRATION_FILE.test(name))
      .sort()) {
      const module = (await import(pathToFileURL(path.join(this.folder, file)).href)) as Migration;
      migrations[file.replace(/\.(ts|js)$/, "")] = module;
    }
    return migrations;
  }
}

function createMigrator(db: Kysely<any>, folder: string): Migrator {
  return new Migrator({ db, provider: new FolderMigrationProvider(folder) });
}

/** The migration names in a folder, in order, without loading them. */
async function migrationNames(folder: string): Promise<string[]> {
  return (await readdir(folder))
    .filter((name) => MIGRATION_FILE.test(name))
    .map((name) => name.replace(/\.(ts|js)$/, ""))
    .sort();
}

/**
 * Whether every migration in the folder is already recorded as applied. Checked before kysely's
 * Migrator, which imports every migration module first: on an up-to-date database (every start
 * but the first) that import was most of a command's schema work.
 */
async function upToDate(db: Kysely<any>, folder: string): Promise<boolean> {
  try {
    const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
    const applied = new Set(rows.map((row) => row.name));
    return (await migrationNames(folder)).every((name) => applied.has(name));
  } catch {
    // No migration table yet (a new database): the Migrator creates it.
    return false;
  }
}

/** Brings the schema to the latest migration and returns the names of those applied now. */
export async function migrateToLatest(
  db: Kysely<any>,
  folder: string = MIGRATIONS_DIR,
): Promise<string[]> {
  if (await upToDate(db, folder)) return [];
  const { error, results = [] } = await createMigrator(db, folder).migrateToLatest();
  if (error) {
    const failed = results.find((result) => result.status === "Error");
    throw new MigrationError(failed?.migrationName, error, results);
  }
  return results
    .filter((result) => result.status === "Success")
    .map((result) => result.migrationName);
}

/** Reverts the latest applied migration and returns its name (undefined when none was applied). */
export async function migrateDown(
  db: Kysely<any>,
  folder: string = MIGRATIONS_DIR,
): Promise<string | undefined> {
  const { error, results = [] } = await createMigrator(db, folder).migrateDown();
  if (error) {
    const failed = results.find((result) => result.status === "Error");
    throw new MigrationError(failed?.migrationName, error, results);
  }
  return results.find((result) => result.status === "Success")?.migrationName;
}
