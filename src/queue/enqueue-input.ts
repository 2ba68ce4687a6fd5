/**
 * One input into the job queue, for `kg enqueue` and `kg watch` alike: intake splits it into
 * articles and hashes them (no analysis), and a job is added unless every article is stored
 * already or a job with the same key waits in the queue.
 */
import type { WorkerUtils } from "graphile-worker";
import type { Kysely } from "kysely";
import type pg from "pg";
import type { DB } from "../db/schema.js";
import { findArticleIdByHash } from "../db/store.js";
import type { ArticleDefaults } from "../ingest/ingest.js";
import { type RawInput, readInput } from "../pipeline/1-intake/read-input.js";
import {
  DEFAULT_MAX_ATTEMPTS,
  findQueuedKeys,
  INGEST_TASK,
  type IngestJobPayload,
  jobKeyOf,
} from "./jobs.js";

/** What enqueuing one input did. */
export type EnqueueResult =
  | { status: "enqueued"; key: string; jobId: string }
  | { status: "stored" }
  | { status: "queued"; key: string };

/** Where jobs go: the database (stored articles), the pool and graphile's utils (the queue). */
export interface QueueHandles {
  db: Kysely<DB>;
  pgPool: pg.Pool;
  utils: WorkerUtils;
}

/** Adds one ingest job for `input` (bytes in a Buffer), keyed by content hash. */
export async function enqueueInput(
  queue: QueueHandles,
  input: RawInput & { bytes: Buffer },
  options: { maxArticleBytes: number; defaults: ArticleDefaults },
): Promise<EnqueueResult> {
  const { bytes, name } = input;
  const page =
    input.format && input.meta?.url ? { format: input.format, url: input.meta.url } : undefined;
  const items = readInput(input, { maxBytes: options.maxArticleBytes });
  const hashes = items.flatMap((item) => (item.ok ? [item.draft.contentHash] : []));
  const allStored =
    hashes.length > 0 &&
    hashes.length === items.length &&
    (await Promise.all(hashes.map((hash) => findArticleIdByHash(queue.db, hash)))).every(
      (id) => id !== undefined,
    );
  if (allStored) return { status: "stored" };
  const key = jobKeyOf(bytes, hashes, items.length);
  if ((await findQueuedKeys(queue.pgPool, [key])).has(key)) return { status: "queued", key };
  const first = items[0];
  // A whole input refused for its size is queued without its bytes: its job fails for good
  // with the code, and a huge file never sits in the queue.
  const rejected =
    items.length === 1 && first && !first.ok && first.error.code === "ARTICLE_TOO_LARGE"
      ? { code: first.error.code, message: first.error.message }
      : undefined;
  const payload: IngestJobPayload = {
    name,
    ...(rejected ? { rejected } : { bytes: bytes.toString("base64") }),
    ...(page ? { page } : {}),
    hashes,
    defaults: options.defaults,
  };
  // unsafe_dedupe: a job with this key, pending, running or failed, is left as it is.
  const job = await queue.utils.addJob(INGEST_TASK, payload, {
    jobKey: key,
    jobKeyMode: "unsafe_dedupe",
    maxAttempts: DEFAULT_MAX_ATTEMPTS,
  });
  return { status: "enqueued", key, jobId: String(job.id) };
}
