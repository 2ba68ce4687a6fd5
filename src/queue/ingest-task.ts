/** The task a `kg worker` runs for each queued input: analyse on the pool, store each article. */
import type { Kysely } from "kysely";
import type { DB } from "../db/schema.js";
import { type IngestOutcome, type Preparer, storeInContentOrder } from "../ingest/ingest.js";
import { isIngestJobPayload, PermanentJobError } from "./jobs.js";

/** Failures a later attempt can fix: the database was away or a store hit a transient error. */
const RETRYABLE_CODES = new Set(["DATABASE_UNAVAILABLE", "STORE_FAILED", "ANALYSIS_WORKER_EXITED"]);

/** What one job did, for the worker's lines and summary. */
export interface JobReport {
  outcomes: IngestOutcome[];
}

/** An error a retry can fix (thrown by the task: graphile-worker retries it with backoff). */
export class RetryableJobError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`[${code}] ${message}`);
  }
}

/**
 * Runs one job's payload: stores what can be stored, then throws RetryableJobError when the
 * database failed (a retry stores the rest; stored articles are skipped by content hash) or
 * PermanentJobError when an article is bad input (a retry would fail the same way).
 */
export async function runIngestJob(
  db: Kysely<DB>,
  prepare: Preparer,
  maxArticleBytes: number,
  payload: unknown,
  onOutcome: (outcome: IngestOutcome) => void,
  /** Runs after analysis, before the first store: the worker waits there for the job's turn. */
  beforeStore?: () => Promise<void>,
): Promise<JobReport> {
  if (!isIngestJobPayload(payload)) {
    throw new PermanentJobError("INVALID_JOB_PAYLOAD", "the job's payload is not an ingest input");
  }
  if (payload.rejected)
    throw new PermanentJobError(payload.rejected.code, payload.rejected.message);
  const bytes = Buffer.from(payload.bytes ?? "", "base64");
  let items: Awaited<ReturnType<Preparer>>;
  try {
    const page = payload.page;
    items = await prepare(
      page
        ? { bytes, name: payload.name, format: page.format, meta: { url: page.url } }
        : { bytes, name: payload.name },
      maxArticleBytes,
    );
  } catch (error) {
    // The analysis thread died (out of memory, terminated): another attempt gets a fresh one.
    const code = (error as { code?: string }).code ?? "ANALYSIS_FAILED";
    throw new RetryableJobError(code, error instanceof Error ? error.message : String(error));
  }
  if (beforeStore && items.some((item) => item.ok)) await beforeStore();
  const outcomes = await storeInContentOrder(db, items, payload.defaults);
  for (const outcome of outcomes) onOutcome(outcome);
  const failed = outcomes.filter((outcome) => outcome.status === "failed");
  const retryable = failed.find((outcome) => RETRYABLE_CODES.has(outcome.code));
  if (retryable) throw new RetryableJobError(retryable.code, retryable.message);
  const bad = failed[0];
  if (bad) {
    const more = failed.length > 1 ? ` (and ${failed.length - 1} more)` : "";
    throw new PermanentJobError(bad.code, `${bad.message}${more}`);
  }
  return { outcomes };
}
