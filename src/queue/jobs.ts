/**
 * The ingest job queue on graphile-worker: what a job carries, and the few reads and writes of
 * graphile's tables that its API does not offer (listing jobs, spotting workers that died).
 * graphile-worker owns the schema `graphile_worker`; this file is the only code that reads it.
 */
import { createHash } from "node:crypto";
import graphileWorker, { Logger, type WorkerUtils } from "graphile-worker";
import type pg from "pg";
import type { ArticleDefaults } from "../ingest/ingest.js";
import type { ArticleFormat } from "../pipeline/types.js";

/** The task every ingest job runs. */
export const INGEST_TASK = "ingest_article";

/** Attempts a job gets before it fails for good (graphile's default; the backoff is exp(attempt) s). */
export const DEFAULT_MAX_ATTEMPTS = 25;

/**
 * The class of the session advisory locks that say "this graphile worker id belongs to a live
 * process" (the two-key form, so it never meets the store's one-key link lock).
 */
const WORKER_LOCK_CLASS = 0x6b67; // "kg"

/** A job younger than this is never taken for a dead worker's: its lock may still be on its way. */
const DEAD_WORKER_GRACE_SECONDS = 5;

/** One article input as queued: its bytes (base64), its name, and what intake found in it. */
export interface IngestJobPayload {
  name: string;
  /** The input's bytes, base64; absent when intake refused the whole input at enqueue time. */
  bytes?: string;
  /** Content hashes of the input's articles (intake), for messages and the stored check. */
  hashes: string[];
  defaults: ArticleDefaults;
  /** Why the whole input was refused when it was enqueued (e.g. ARTICLE_TOO_LARGE): no bytes kept. */
  rejected?: { code: string; message: string };
  /** A page fetched at enqueue time (`kg enqueue URL`): its format and the address it was read from. */
  page?: { format: ArticleFormat; url: string };
}

/** A job that must not be tried again (bad input): the worker fails it for good with its code. */
export class PermanentJobError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(formatJobError(code, message));
  }
}

/** The error text stored on a job: "[CODE] message", so `kg jobs` can show the code apart. */
export function formatJobError(code: string, message: string): string {
  return `[${code}] ${message}`;
}

const JOB_ERROR = /^\[([A-Z_]+)\] ?([\s\S]*)$/;

/** Splits a stored error into its code and message (code UNKNOWN when it has none). */
export function parseJobError(text: string | null): { code: string; message: string } | undefined {
  if (text === null) return undefined;
  const match = JOB_ERROR.exec(text);
  return match
    ? { code: match[1] as string, message: match[2] as string }
    : { code: "UNKNOWN", message: text };
}

/** The job key of an input: its one article's content hash, else a hash of its bytes. */
export function jobKeyOf(
  bytes: Uint8Array,
  articleHashes: readonly string[],
  articleCount: number,
): string {
  if (articleCount === 1 && articleHashes.length === 1) return articleHashes[0] as string;
  return `input:${createHash("sha256").update(bytes).digest("hex")}`;
}

/** Checks a payload read back from the queue. */
export function isIngestJobPayload(value: unknown): value is IngestJobPayload {
  if (typeof value !== "object" || value === null) return false;
  const payload = value as Partial<IngestJobPayload>;
  return (
    typeof payload.name === "string" &&
    (payload.bytes === undefined || typeof payload.bytes === "string") &&
    Array.isArray(payload.hashes)
  );
}

/**
 * graphile-worker's logger, quiet but for warnings and errors; a failed job is left out, since
 * `kg worker` prints its own line for it with the code and what happens next.
 */
export const QUEUE_LOGGER = new Logger(() => (level, message) => {
  if (level !== "error" && level !== "warning") return;
  if (message.startsWith("Failed task")) return;
  process.stderr.write(`kg worker: ${message}\n`);
});

/** The advisory lock (two-key form) held while graphile's schema is migrated. */
const MIGRATE_LOCK_CLASS = WORKER_LOCK_CLASS + 1;

/**
 * WorkerUtils on a pool, with graphile's schema migrated. Processes started together on a fresh
 * database (two watchers, compose's workers) would race graphile's `create schema if not
 * exists`, which Postgres can fail with a unique violation ("pg_namespace_nspname_index"): one
 * migrates at a time. `makeWorkerUtils` itself migrates, so the lock is held around it (on a
 * client of its own: the pool needs room for a second, which graphile migrates on).
 */
export async function openQueue(pgPool: pg.Pool): Promise<WorkerUtils> {
  const client = await pgPool.connect();
  try {
    await client.query("select pg_advisory_lock($1, $2)", [MIGRATE_LOCK_CLASS, 0]);
    try {
      return await graphileWorker.makeWorkerUtils({ pgPool, logger: QUEUE_LOGGER });
    } finally {
      await client.query("select pg_advisory_unlock($1, $2)", [MIGRATE_LOCK_CLASS, 0]);
    }
  } finally {
    client.release();
  }
}

/** The job keys among `keys` that are in the queue now (pending, running or failed). */
export async function findQueuedKeys(
  pgPool: pg.Pool,
  keys: readonly string[],
): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const { rows } = await pgPool.query<{ key: string }>(
    "select key from graphile_worker._private_jobs where key = any($1::text[])",
    [keys],
  );
  return new Set(rows.map((row) => row.key));
}

/** A job as `kg jobs` shows it. */
export interface JobRow {
  id: string;
  task: string;
  attempts: number;
  maxAttempts: number;
  state: "failed" | "running" | "retrying" | "pending";
  runAt: Date;
  error?: { code: string; message: string };
  name: string | null;
}

function jobFromRow(row: {
  id: string;
  task_identifier: string;
  attempts: number;
  max_attempts: number;
  locked_at: Date | null;
  run_at: Date;
  last_error: string | null;
  name: string | null;
}): JobRow {
  const state =
    row.attempts >= row.max_attempts
      ? "failed"
      : row.locked_at !== null
        ? "running"
        : row.attempts > 0
          ? "retrying"
          : "pending";
  return {
    id: row.id,
    task: row.task_identifier,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    state,
    runAt: row.run_at,
    error: parseJobError(row.last_error),
    name: row.name,
  };
}

/** Every job in the queue, oldest first (done jobs are deleted by graphile-worker). */
export async function listJobs(pgPool: pg.Pool): Promise<JobRow[]> {
  const { rows } = await pgPool.query(
    `select jobs.id::text as id, tasks.identifier as task_identifier, jobs.attempts,
            jobs.max_attempts, jobs.locked_at, jobs.run_at, jobs.last_error,
            jobs.payload->>'name' as name
       from graphile_worker._private_jobs as jobs
       join graphile_worker._private_tasks as tasks on tasks.id = jobs.task_id
      order by jobs.id`,
  );
  return rows.map(jobFromRow);
}

/** Whether any job could be taken now (not locked, attempts left, due). */
export async function hasRunnableJobs(pgPool: pg.Pool): Promise<boolean> {
  const { rows } = await pgPool.query<{ runnable: boolean }>(
    `select exists (select 1 from graphile_worker._private_jobs
                     where locked_at is null and attempts < max_attempts and run_at <= now())
            as runnable`,
  );
  return rows[0]?.runnable === true;
}

/** Makes the running job fail for good when it throws (used for bad input: retrying cannot help). */
export async function markJobFinalAttempt(client: pg.PoolClient, jobId: string): Promise<void> {
  await client.query(
    "update graphile_worker._private_jobs set max_attempts = attempts where id = $1",
    [jobId],
  );
}

/**
 * Holds a session advisory lock per graphile worker id on `client` while this process lives:
 * a SIGKILLed process loses its session and with it the locks, which is how other processes
 * tell that its jobs will never finish.
 */
export async function claimWorkerId(client: pg.ClientBase, workerId: string): Promise<void> {
  await client.query("select pg_advisory_lock($1, hashtext($2))", [WORKER_LOCK_CLASS, workerId]);
}

/** What a look for dead workers found. */
export interface DeadWorkerSweep {
  /** Worker ids whose jobs were put back in the queue. */
  released: string[];
  /** Holders that look dead but locked their jobs too recently to be sure: look again later. */
  suspected: number;
}

/**
 * Releases the jobs locked by workers whose process is gone (their session lock is free), so
 * they run again at once instead of after graphile's 4-hour lock timeout.
 */
export async function releaseDeadWorkers(
  pgPool: pg.Pool,
  utils: WorkerUtils,
): Promise<DeadWorkerSweep> {
  const client = await pgPool.connect();
  const released: string[] = [];
  let suspected = 0;
  try {
    const { rows } = await client.query<{ locked_by: string; settled: boolean }>(
      `select locked_by, bool_and(locked_at < now() - make_interval(secs => $1)) as settled
         from graphile_worker._private_jobs
        where locked_by is not null
        group by locked_by`,
      [DEAD_WORKER_GRACE_SECONDS],
    );
    for (const { locked_by: workerId, settled } of rows) {
      const { rows: taken } = await client.query<{ free: boolean }>(
        "select pg_try_advisory_lock($1, hashtext($2)) as free",
        [WORKER_LOCK_CLASS, workerId],
      );
      if (!taken[0]?.free) continue;
      await client.query("select pg_advisory_unlock($1, hashtext($2))", [
        WORKER_LOCK_CLASS,
        workerId,
      ]);
      if (settled) released.push(workerId);
      else suspected += 1;
    }
  } finally {
    client.release();
  }
  if (released.length > 0) await utils.forceUnlockWorkers(released);
  return { released, suspected };
}

/**
 * Makes failed jobs run again now with a fresh count of attempts; returns the ids it changed (a
 * job running now is left alone). graphile's rescheduleJobs cannot set attempts back to 0 (it
 * reads 0 as "unchanged"), and a job that used all its attempts needs exactly that.
 */
export async function retryJobs(pgPool: pg.Pool, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const { rows } = await pgPool.query<{ id: string }>(
    `update graphile_worker._private_jobs
        set attempts = 0, max_attempts = $2, run_at = now(), updated_at = now()
      where id = any($1::bigint[]) and locked_at is null
      returning id::text as id`,
    [ids, DEFAULT_MAX_ATTEMPTS],
  );
  return rows.map((row) => row.id);
}

/** How often a job that waits for its turn to store looks at the queue again. */
const TURN_POLL_MS = 25;

/**
 * How long an earlier job may sit untaken while a later one waits for it before the later one
 * gives its slot back: every slot may be held by waiters (e.g. after a dead worker's jobs were
 * put back), and then nobody would take the earlier job.
 */
const TURN_YIELD_AFTER_MS = 2_000;

/** The longest a job waits for earlier jobs (a huge input ahead of it): then it stores anyway. */
export const TURN_MAX_WAIT_MS = 10 * 60_000;

/** What a wait for the job's turn to store ended with. */
export type TurnOutcome = "ready" | "yield" | "timeout";

/**
 * Waits until every earlier ingest job (smaller id: `kg enqueue` adds a folder's inputs in
 * content order, as `kg ingest` stores them) is done, so the workers store articles in the order
 * one `kg ingest` would and cross-article linking gives the same graph. Earlier jobs that failed
 * (a retry in backoff, a job failed for good) are not waited for: they are stored when they
 * succeed. "yield" means an earlier job has been waiting to be taken for a while: the caller
 * should give its slot back (yieldJob) so that a worker can take it.
 */
export async function waitForTurn(
  pgPool: pg.Pool,
  jobId: string,
  options: { signal?: AbortSignal; maxWaitMs?: number } = {},
): Promise<TurnOutcome> {
  const started = Date.now();
  let untakenSince: number | undefined;
  const maxWaitMs = options.maxWaitMs ?? TURN_MAX_WAIT_MS;
  for (;;) {
    const { rows } = await pgPool.query<{ running: number; untaken: number }>(
      `select count(*) filter (where jobs.locked_at is not null)::int as running,
              count(*) filter (where jobs.locked_at is null and jobs.run_at <= now())::int as untaken
         from graphile_worker._private_jobs as jobs
         join graphile_worker._private_tasks as tasks on tasks.id = jobs.task_id
        where tasks.identifier = $2 and jobs.id < $1::bigint
          and jobs.attempts < jobs.max_attempts and jobs.last_error is null`,
      [jobId, INGEST_TASK],
    );
    const { running = 0, untaken = 0 } = rows[0] ?? {};
    if (running === 0 && untaken === 0) return "ready";
    const now = Date.now();
    if (untaken > 0) {
      untakenSince ??= now;
      if (now - untakenSince >= TURN_YIELD_AFTER_MS) return "yield";
    } else {
      untakenSince = undefined;
    }
    if (now - started >= maxWaitMs || options.signal?.aborted) return "timeout";
    await new Promise((resolve) => setTimeout(resolve, TURN_POLL_MS));
  }
}

/**
 * Puts a running job back in the queue as if it had not been taken (its attempt is not counted
 * and its place in the queue is kept); the failure graphile-worker records next finds it unlocked
 * and changes nothing.
 */
export async function yieldJob(
  client: pg.ClientBase,
  jobId: string,
  workerId: string,
): Promise<void> {
  await client.query(
    `update graphile_worker._private_jobs
        set locked_at = null, locked_by = null, attempts = greatest(attempts - 1, 0)
      where id = $1::bigint and locked_by = $2`,
    [jobId, workerId],
  );
}

/** Thrown by a job that gave its slot back (yieldJob): not a failure. */
export class JobYielded extends Error {
  constructor(readonly jobId: string) {
    super(`job ${jobId} gave its slot back to an earlier job`);
  }
}
