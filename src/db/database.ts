/** Opens the one database handle of a process: a Postgres pool, or embedded PGlite. */

import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { createPgConfig } from "@electric-sql/pglite/node-postgres";
import {
  Kysely,
  type KyselyPlugin,
  type LogConfig,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  PostgresDialect,
  type PostgresPool,
  type PostgresPoolClient,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from "kysely";
import pg from "pg";
import type { DatabaseTarget } from "../config.js";
import { lockDataFolder } from "./folder-lock.js";
import { openThreadedPglite, type ThreadedPglite } from "./pglite-thread.js";
import { PREPARED_STATEMENT } from "./prepared.js";
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
  /**
   * PGlite on a worker thread of its own (pglite-thread.ts): no statement holds this thread.
   * For the server, whose other requests must keep answering while an article is stored.
   */
  pgliteThread?: boolean;
}

// SQLSTATEs of a server going away or not there yet: admin_shutdown, crash_shutdown,
// cannot_connect_now (starting up or shutting down), too_many_connections; class 08 is
// connection_exception.
const UNAVAILABLE_SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300"]);
const UNAVAILABLE_SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);
// pg reports a dropped socket and a connect timeout only in words.
const UNAVAILABLE_MESSAGE =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;

/**
 * True when `error` (or what it wraps) says the database cannot be reached right now, as
 * opposed to a query it refused: a retry after the server is back can succeed.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let hops = 0; current && typeof current === "object" && hops < 6; hops++) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === "string") {
      if (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_SOCKET_CODES.has(code)) return true;
      if (/^08[0-9A-Z]{3}$/.test(code)) return true;
    }
    if (typeof message === "string" && UNAVAILABLE_MESSAGE.test(message)) return true;
    if (current instanceof AggregateError && current.errors.some(isDatabaseUnavailable))
      return true;
    current =
      (current as { originalError?: unknown }).originalError ??
      (current as { cause?: unknown }).cause;
  }
  return false;
}

/** How long a new Postgres connection may take before the query fails as unavailable. */
const CONNECT_TIMEOUT_MS = 5_000;

export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "postgres://…";
  }
}

export function queryLogger(options: OpenOptions): LogConfig | undefined {
  const { onQuery } = options;
  if (!onQuery) return undefined;
  return (event) => {
    if (event.level === "query") onQuery(event.query.sql);
  };
}

/**
 * Lets the event loop run after every statement. PGlite executes SQL synchronously on this
 * thread and resolves through microtasks only, so without this a transaction of many statements
 * (a large article's mention chunks) would hold the thread from begin to commit, and a server
 * could answer nothing meanwhile; with it, the longest hold is one statement.
 */
class YieldAfterEachStatement implements KyselyPlugin {
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    await new Promise((resolve) => setImmediate(resolve));
    return args.result;
  }
}

/** Most statement texts whose names are remembered (more are still prepared, their names rehashed). */
const MAX_REMEMBERED_STATEMENTS = 1_000;

/** Names PREPARED_STATEMENT texts; one namer per process serves every pool. */
export type StatementNamer = (text: string) => string;

/** A namer that hashes each statement text into a stable name. */
export function createStatementNamer(): StatementNamer {
  const names = new Map<string, string>();
  return (text) => {
    let name = names.get(text);
    if (name === undefined) {
      name = `kg_${createHash("sha1").update(text).digest("hex").slice(0, 24)}`;
      if (names.size < MAX_REMEMBERED_STATEMENTS) names.set(text, name);
    }
    return name;
  };
}

/** A pooled client that runs PREPARED_STATEMENT texts as named statements, the rest as before. */
export function preparingClient(client: pg.PoolClient, nameOf: StatementNamer): PostgresPoolClient {
  const query = (text: unknown, values?: readonly unknown[]) =>
    typeof text === "string" && text.startsWith(PREPARED_STATEMENT)
      ? client.query({ name: nameOf(text), text, values: values as unknown[] })
      : client.query(text as string, values as unknown[]);
  return {
    query: query as unknown as PostgresPoolClient["query"],
    release: (destroy?: boolean) => client.release(destroy),
  };
}

/** A pool whose clients run PREPARED_STATEMENT texts as named statements, the rest as before. */
export function preparingPool(
  pool: pg.Pool,
  nameOf: StatementNamer = createStatementNamer(),
): PostgresPool {
  const clients = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  return {
    async connect() {
      const client = await pool.connect();
      let wrapped = clients.get(client);
      if (!wrapped) {
        wrapped = preparingClient(client, nameOf);
        // The same wrapper for the same client: kysely keeps one connection object per client.
        clients.set(client, wrapped);
      }
      return wrapped;
    },
    end: () => pool.end(),
  };
}

/** A pg pool on `url` that survives its server going away (see the comment inside). */
export function createPostgresPool(
  url: string,
  options: Pick<OpenOptions, "poolSize" | "statementTimeoutMs" | "asyncCommit"> & {
    connectTimeoutMs?: number;
  } = {},
): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    statement_timeout: options.statementTimeoutMs || undefined,
    options: options.asyncCommit ? "-c synchronous_commit=off" : undefined,
    connectionTimeoutMillis: options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS,
  });
  // A server restart must not crash the process: pg emits 'error' on idle clients through
  // the pool, and on checked-out clients (between two statements of a transaction) on the
  // client itself, where nobody listens by default. The statement in flight, or the next
  // one, fails with the connection error instead, and pg drops the broken client.
  pool.on("error", () => {});
  pool.on("connect", (client) => {
    client.on("error", () => {});
  });
  return pool;
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
    const pool = createPostgresPool(target.url, options);
    const db = new Kysely<DB>({
      dialect: new PostgresDialect({ pool: preparingPool(pool) }),
      log: queryLogger(options),
    });
    return { db, kind: "postgres", location: redactUrl(target.url), close: () => db.destroy() };
  }

  const inMemory = target.dataDir.startsWith("memory://");
  if (!inMemory) mkdirSync(target.dataDir, { recursive: true });
  // One process per data folder: a second writer would lose rows and corrupt indexes.
  const lock = inMemory ? undefined : lockDataFolder(target.dataDir);
  // PGlite is a single connection: one pooled client, kept for the life of the process; on a
  // thread of its own, or in this one, where the event loop must run between statements.
  let engine: { pool: pg.Pool; plugins: KyselyPlugin[]; close(): Promise<void> };
  try {
    if (options.pgliteThread) {
      const threaded = await openThreadedPglite(target.dataDir);
      engine = {
        pool: new pg.Pool(threaded.poolConfig as pg.PoolConfig),
        plugins: [],
        close: () => threaded.close(),
      };
    } else {
      const pglite = await PGlite.create(target.dataDir, { extensions: { pg_trgm } });
      engine = {
        pool: new pg.Pool({ ...createPgConfig(pglite), max: 1, idleTimeoutMillis: 0 }),
        plugins: [new YieldAfterEachStatement()],
        close: () => pglite.close(),
      };
    }
  } catch (error) {
    lock?.release();
    throw error;
  }
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({ pool: engine.pool }),
    log: queryLogger(options),
    plugins: engine.plugins,
  });
  return {
    db,
    kind: "pglite",
    location: target.dataDir,
    close: async () => {
      try {
        await db.destroy();
        await engine.close();
      } finally {
        lock?.release();
      }
    },
  };
}
