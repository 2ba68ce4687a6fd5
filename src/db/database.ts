/** Opens the one database handle of a process: a Postgres pool, or embedded PGlite. */
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { createPgConfig } from "@electric-sql/pglite/node-postgres";
import { Kysely, type LogConfig, PostgresDialect } from "kysely";
import pg from "pg";
import type { DatabaseTarget } from "../config.js";
import { lockDataFolder } from "./folder-lock.js";
import type { DB } from "./schema.js";

// Dates stay "YYYY-MM-DD" strings: a calendar date has no time zone to shift it.
const DATE_OID = 1082;
pg.types.setTypeParser(DATE_OID, (value: string) => value);

/** A kysely handle plus what it runs on and how to close it. */
export interface Database {
  db: Kysely<DB>;
  kind: DatabaseTarget["kind"];
  /** Where the data lives, without credentials, for logs. */
  location: string;
  close(): Promise<void>;
}

/** Options for opening a database. */
export interface OpenOptions {
  statementTimeoutMs?: number;
  poolSize?: number;
  /**
   * Commit without waiting for the WAL flush (Postgres `synchronous_commit = off`): a server
   * crash can lose the last fraction of a second of commits, never consistency. For bulk loads.
   */
  asyncCommit?: boolean;
  /** Called with each SQL statement run (tests count statements with it). */
  onQuery?: (sql: string) => void;
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "postgres://…";
  }
}

function queryLogger(options: OpenOptions): LogConfig | undefined {
  const { onQuery } = options;
  if (!onQuery) return undefined;
  return (event) => {
    if (event.level === "query") onQuery(event.query.sql);
  };
}

/**
 * Opens the database named by `target`; PGlite creates its data folder when missing and locks it
 * for this process (DatabaseLockedError when another live process holds it).
 */
export async function openDatabase(
  target: DatabaseTarget,
  options: OpenOptions = {},
): Promise<Database> {
  if (target.kind === "postgres") {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: options.poolSize ?? 10,
      statement_timeout: options.statementTimeoutMs || undefined,
      options: options.asyncCommit ? "-c synchronous_commit=off" : undefined,
    });
    // A pool error (server restart) must not crash the process; the next query reports it.
    pool.on("error", () => {});
    const db = new Kysely<DB>({
      dialect: new PostgresDialect({ pool }),
      log: queryLogger(options),
    });
    return { db, kind: "postgres", location: redactUrl(target.url), close: () => db.destroy() };
  }

  const inMemory = target.dataDir.startsWith("memory://");
  if (!inMemory) mkdirSync(target.dataDir, { recursive: true });
  // One process per data folder: a second writer would lose rows and corrupt indexes.
  const lock = inMemory ? undefined : lockDataFolder(target.dataDir);
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(target.dataDir, { extensions: { pg_trgm } });
  } catch (error) {
    lock?.release();
    throw error;
  }
  // PGlite is a single connection: one pooled client, kept for the life of the process.
  const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1, idleTimeoutMillis: 0 });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), log: queryLogger(options) });
  return {
    db,
    kind: "pglite",
    location: target.dataDir,
    close: async () => {
      try {
        await db.destroy();
        await pglite.close();
      } finally {
        lock?.release();
      }
    },
  };
}
