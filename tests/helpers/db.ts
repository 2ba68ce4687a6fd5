/** A fresh, migrated database for one test file, on the backend this vitest project runs. */
import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import pg from "pg";
import { it } from "vitest";
import { type Database, openDatabase } from "../../src/db/database.js";
import { migrateToLatest } from "../../src/db/migrate.js";

/** Which backend the current vitest project tests: "pglite" or "postgres". */
export const BACKEND = (process.env.KG_TEST_BACKEND ?? "pglite") as "pglite" | "postgres";

/**
 * A test of something only a Postgres server has (statement_timeout, real deadlocks): part of
 * the postgres project's run and absent from PGlite's, rather than reported there as skipped.
 */
export function itOnPostgres(name: string, fn: () => Promise<void>, timeout?: number): void {
  if (BACKEND === "postgres") it(name, fn, timeout);
}

/** The Postgres server tests create their databases on (trust auth on this machine). */
export const ADMIN_URL =
  process.env.KG_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** A test database: a migrated handle whose `close` also removes it. */
export interface TestDatabase extends Database {
  /** How to reach the same database from another process (`--db` value). */
  target: string;
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** Creates an empty database for this file: in-memory PGlite, or a new database on Postgres. */
export async function createTestDatabase(
  options: { poolSize?: number; dataDir?: string; onQuery?: (sql: string) => void } = {},
): Promise<TestDatabase> {
  if (BACKEND === "pglite") {
    const dataDir = options.dataDir ?? "memory://";
    const database = await openDatabase({ kind: "pglite", dataDir }, { onQuery: options.onQuery });
    await migrateToLatest(database.db);
    return { ...database, target: dataDir };
  }
  const name = `kg_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const database = await openDatabase(
    { kind: "postgres", url: url.toString() },
    { poolSize: options.poolSize ?? 12, onQuery: options.onQuery },
  );
  await migrateToLatest(database.db);
  return {
    ...database,
    target: url.toString(),
    close: async () => {
      await database.close();
      await adminQuery(`drop database if exists ${name} with (force)`);
    },
  };
}

/** A `--db` value for CLI processes: a fresh PGlite folder, or a fresh Postgres database. */
export async function createTestTarget(): Promise<{ target: string; cleanup(): Promise<void> }> {
  if (BACKEND === "pglite") {
    const { mkdtempSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const path = await import("node:path");
    const folder = mkdtempSync(path.join(tmpdir(), "kg-cli-"));
    return {
      target: folder,
      // A process that just let the folder go may still be flushing into it: retry a moment.
      cleanup: async () =>
        rmSync(folder, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }),
    };
  }
  const name = `kg_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    target: url.toString(),
    cleanup: () => adminQuery(`drop database if exists ${name} with (force)`),
  };
}

/** Opens the database a CLI `--db` target (from createTestTarget) names, on this run's backend. */
export function openTestTarget(target: string): Promise<Database> {
  return openDatabase(
    BACKEND === "pglite" ? { kind: "pglite", dataDir: target } : { kind: "postgres", url: target },
  );
}

/** The article title `refuseTitleAtCommit` makes fail. */
export const REFUSED_TITLE = "Refused at commit";

/**
 * Makes the database refuse an article titled REFUSED_TITLE when its transaction commits (a
 * deferred constraint trigger), after everything inside it, such as its NOTIFY, has run: the
 * way to show that a rolled-back article announces nothing.
 */
export async function refuseTitleAtCommit(db: Database["db"]): Promise<void> {
  await sql
    .raw(`create function kg_test_refuse() returns trigger language plpgsql as $$
      begin
        if new.title = '${REFUSED_TITLE}' then raise exception 'refused at commit'; end if;
        return new;
      end $$`)
    .execute(db);
  await sql
    .raw(`create constraint trigger kg_test_refuse after insert on articles
      deferrable initially deferred for each row execute function kg_test_refuse()`)
    .execute(db);
}

/** Runs one statement on its own connection and returns the rows. */
export async function queryRows<R extends pg.QueryResultRow>(
  url: string,
  text: string,
): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(text)).rows;
  } finally {
    await client.end();
  }
}
