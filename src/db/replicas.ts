/**
 * Read replicas: a kysely handle whose statements run on Postgres standbys (least busy first,
 * ties in turn), falling back to the next replica and then to the primary when one is down,
 * refuses (a recovery conflict) or is read-only for a statement that writes. A replica that
 * cannot be reached is left out for a while and tried again after that.
 */
import {
  Kysely,
  PostgresDialect,
  type PostgresPool,
  type PostgresPoolClient,
  type PostgresQueryResult,
} from "kysely";
import type pg from "pg";
import {
  createPostgresPool,
  createStatementNamer,
  isDatabaseUnavailable,
  preparingClient,
  queryLogger,
  redactUrl,
  type StatementNamer,
} from "./database.js";
import type { DB } from "./schema.js";

/** How long a replica that could not be reached is left out before a read tries it again. */
export const DEFAULT_REPLICA_RETRY_MS = 5_000;
/** A replica that takes longer to accept a connection is treated as down; the read moves on. */
const REPLICA_CONNECT_TIMEOUT_MS = 2_000;
/** How long /health waits for a replica's answer. */
const PROBE_TIMEOUT_MS = 1_000;

// Hot-standby conflicts: "canceling statement due to conflict with recovery" (40001, 40P01)
// and "terminating connection due to conflict with recovery" (57P04, 40001).
const RECOVERY_CONFLICT = /conflict with recovery/i;
const READ_ONLY_TRANSACTION = "25006";
const TRANSACTION_START = /^\s*(begin|start\s+transaction)\b/i;
const TRANSACTION_END = /^\s*(commit|rollback|end|abort)\s*;?\s*$/i;

/** What one replica looks like from here, as /health shows it. */
export interface ReplicaHealth {
  /** The replica's URL, password masked. */
  url: string;
  status: "ok" | "unavailable";
  /** True when the server is a standby in recovery (false: it was promoted or is a primary). */
  standby?: boolean;
  /**
   * Seconds between now and the last transaction the standby replayed, 0 when it has replayed
   * all the WAL it received; null before it replayed any.
   */
  replayLagSeconds?: number | null;
  /** Why it is unavailable: a SQLSTATE, a socket error code or a short message. */
  error?: string;
  /** When reads will try it again. */
  retryInMs?: number;
}

/** Options for the replica pools; they mirror the primary's. */
export interface ReadReplicaOptions {
  statementTimeoutMs?: number;
  /** Connections per replica (and for the fallback pool to the primary). */
  poolSize?: number;
  /** How long an unreachable replica is left out (DEFAULT_REPLICA_RETRY_MS). */
  retryAfterMs?: number;
  onQuery?: (sql: string) => void;
}

/** A kysely handle over the replicas, their health, and how to close them. */
export interface ReadReplicas {
  /** Runs statements on a replica, or on the primary when none can take them. */
  db: Kysely<DB>;
  /** Probes every replica now; an answer brings a left-out replica back, a failure leaves it out. */
  health(): Promise<ReplicaHealth[]>;
  close(): Promise<void>;
}

function describeError(error: unknown): string {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === "string" && code !== "") return code;
  if (typeof message === "string") return (message.split("\n")[0] ?? "").slice(0, 200);
  return String(error).slice(0, 200);
}

/** One replica: its pool and whether reads may use it now. */
class Replica {
  readonly url: string;
  #downUntil = 0;
  #lastError: string | undefined;

  constructor(
    readonly pool: pg.Pool,
    /** A connection of its own for /health, so a probe never queues behind busy reads. */
    readonly probePool: pg.Pool,
    url: string,
    private readonly retryAfterMs: number,
  ) {
    this.url = redactUrl(url);
  }

  /** Every connection in use: a connect now waits for one (and may time out) without the replica being down. */
  isSaturated(): boolean {
    return this.pool.idleCount === 0 && this.pool.totalCount >= (this.pool.options.max ?? 10);
  }

  isUsable(now: number): boolean {
    return this.#downUntil <= now;
  }

  /** Connections in use plus callers waiting for one. */
  busyness(): number {
    return this.pool.totalCount - this.pool.idleCount + this.pool.waitingCount;
  }

  markDown(error: unknown): void {
    this.#downUntil = Date.now() + this.retryAfterMs;
    this.#lastError = describeError(error);
  }

  markUp(): void {
    this.#downUntil = 0;
    this.#lastError = undefined;
  }

  unavailable(): ReplicaHealth {
    return {
      url: this.url,
      status: "unavailable",
      error: this.#lastError,
      retryInMs: Math.max(0, this.#downUntil - Date.now()),
    };
  }
}

/** A connection on a replica (`replica` set) or on the primary. */
interface Lease {
  client: PostgresPoolClient;
  replica?: Replica;
}

/** Why a statement that failed on a replica goes elsewhere, if it does. */
function rerouteReason(error: unknown): "unavailable" | "conflict" | "read-only" | undefined {
  if (isDatabaseUnavailable(error)) return "unavailable";
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (code === READ_ONLY_TRANSACTION) return "read-only";
  if (typeof message === "string" && RECOVERY_CONFLICT.test(message)) return "conflict";
  return undefined;
}

/** Hands out connections: a usable replica, least busy first, else the primary. */
class ReadRouter implements PostgresPool {
  #turn = 0;

  constructor(
    readonly replicas: readonly Replica[],
    private readonly primary: pg.Pool,
    private readonly nameOf: StatementNamer,
  ) {}

  async connect(): Promise<PostgresPoolClient> {
    const routed = new RoutedClient(this, await this.lease(new Set()));
    return {
      // Kysely streams through cursors only when the dialect is given a Cursor class; not here.
      query: ((sql: string, parameters: readonly unknown[]) =>
        routed.query(sql, parameters)) as PostgresPoolClient["query"],
      release: (destroy?: boolean) => routed.release(destroy),
    };
  }

  /** A connection on the best replica not in `tried` (which it joins), or on the primary. */
  async lease(tried: Set<Replica>): Promise<Lease> {
    const now = Date.now();
    const start = this.#turn++ % Math.max(this.replicas.length, 1);
    // In turn from `start`, then least busy first: a stable sort keeps the turn among equals.
    const candidates = [...this.replicas.slice(start), ...this.replicas.slice(0, start)]
      .filter((replica) => !tried.has(replica) && replica.isUsable(now))
      .map((replica) => ({ replica, busyness: replica.busyness() }))
      .sort((a, b) => a.busyness - b.busyness);
    for (const { replica } of candidates) {
      tried.add(replica);
      const saturated = replica.isSaturated();
      try {
        const client = await replica.pool.connect();
        return { client: preparingClient(client, this.nameOf), replica };
      } catch (error) {
        // A wait for a free connection that timed out says busy, not down: on to the primary.
        if (!saturated) replica.markDown(error);
      }
    }
    return { client: preparingClient(await this.primary.connect(), this.nameOf) };
  }

  async end(): Promise<void> {
    await Promise.all([
      ...this.replicas.flatMap((replica) => [replica.pool.end(), replica.probePool.end()]),
      this.primary.end(),
    ]);
  }
}

/**
 * One kysely connection: a statement that fails on its replica for a reason another server can
 * cure runs again on the next replica or the primary, unless a transaction is open (its earlier
 * statements ran where they ran, and moving would split it).
 */
class RoutedClient {
  #lease: Lease;
  #inTransaction = false;
  readonly #tried = new Set<Replica>();

  constructor(
    private readonly router: ReadRouter,
    lease: Lease,
  ) {
    this.#lease = lease;
    if (lease.replica) this.#tried.add(lease.replica);
  }

  async query<R>(sql: string, parameters: readonly unknown[]): Promise<PostgresQueryResult<R>> {
    for (;;) {
      const lease = this.#lease;
      try {
        const result = await lease.client.query<R>(sql, parameters);
        if (TRANSACTION_START.test(sql)) this.#inTransaction = true;
        else if (TRANSACTION_END.test(sql)) this.#inTransaction = false;
        return result;
      } catch (error) {
        const reason = lease.replica && !this.#inTransaction ? rerouteReason(error) : undefined;
        if (!lease.replica || reason === undefined) throw error;
        if (reason === "unavailable") lease.replica.markDown(error);
        // A write refused by one standby is refused by all: straight to the primary.
        if (reason === "read-only")
          for (const replica of this.router.replicas) this.#tried.add(replica);
        lease.client.release(reason === "unavailable");
        this.#lease = await this.router.lease(this.#tried);
      }
    }
  }

  release(destroy?: boolean): void {
    this.#lease.client.release(destroy);
  }
}

async function probeReplica(replica: Replica): Promise<ReplicaHealth> {
  const client = await replica.probePool.connect();
  try {
    const { rows } = await client.query<{
      standby: boolean;
      replayed: boolean | null;
      lag: number | null;
    }>(
      `select pg_is_in_recovery() as standby,
              pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() as replayed,
              extract(epoch from now() - pg_last_xact_replay_timestamp())::float8 as lag`,
    );
    const [row] = rows;
    return {
      url: replica.url,
      status: "ok",
      standby: row?.standby,
      replayLagSeconds: row?.replayed ? 0 : row?.lag == null ? null : Math.max(0, row.lag),
    };
  } finally {
    client.release();
  }
}

/**
 * Opens pools on the replicas at `replicaUrls` and a fallback pool on the primary at
 * `primaryUrl`. Nothing is migrated or written through them on purpose: migrations and writes go
 * to the primary's own handle (a standby refuses writes anyway).
 */
export function openReadReplicas(
  primaryUrl: string,
  replicaUrls: readonly string[],
  options: ReadReplicaOptions = {},
): ReadReplicas {
  const poolOptions = {
    poolSize: options.poolSize,
    statementTimeoutMs: options.statementTimeoutMs,
  };
  const retryAfterMs = options.retryAfterMs ?? DEFAULT_REPLICA_RETRY_MS;
  const replicas = replicaUrls.map(
    (url) =>
      new Replica(
        createPostgresPool(url, { ...poolOptions, connectTimeoutMs: REPLICA_CONNECT_TIMEOUT_MS }),
        createPostgresPool(url, { poolSize: 1, connectTimeoutMs: PROBE_TIMEOUT_MS }),
        url,
        retryAfterMs,
      ),
  );
  // The fallback has a pool of its own: its connections are opened only when replicas fail.
  const router = new ReadRouter(
    replicas,
    createPostgresPool(primaryUrl, poolOptions),
    createStatementNamer(),
  );
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({ pool: router }),
    log: queryLogger(options),
  });
  return {
    db,
    health: () =>
      Promise.all(
        replicas.map(async (replica) => {
          let timer: NodeJS.Timeout | undefined;
          const timeout = new Promise<never>((_, reject) => {
            timer = setTimeout(
              () => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)),
              PROBE_TIMEOUT_MS,
            );
          });
          try {
            const health = await Promise.race([probeReplica(replica), timeout]);
            replica.markUp();
            return health;
          } catch (error) {
            replica.markDown(error);
            return replica.unavailable();
          } finally {
            clearTimeout(timer);
          }
        }),
      ),
    close: () => db.destroy(),
  };
}
