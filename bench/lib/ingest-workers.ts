/**
 * A bench-only prototype of the planned ingest fast path: intake and analysis on worker threads,
 * each article stored in its own transaction (same all-or-nothing guarantee as `ingest()`) on the
 * main thread, with a bounded queue between them. It measures what the change would buy.
 */
import { Worker } from "node:worker_threads";
import { type Kysely, sql, type Transaction } from "kysely";
import type { DB } from "../../src/db/schema.js";
import { storeArticle } from "../../src/ingest/ingest.js";
import type { Extraction } from "../../src/pipeline/types.js";
import type { CorpusFile } from "./corpus.js";
import type { AnalysedItem, AnalyseRequest, AnalyseResponse } from "./extract-worker.js";

/** How to run the prototype. */
export interface WorkerIngestOptions {
  threads: number;
  storeConcurrency: number;
  /** Articles per transaction; above 1 each article gets a savepoint, so it still stores all or nothing. */
  batchSize: number;
  maxArticleBytes: number;
  timeoutMs: number;
}

/** What the prototype did. */
export interface WorkerIngestResult {
  articles: number;
  failed: number;
  seconds: number;
  /** Input bytes of the files analysed. */
  bytes: number;
  /** Store time per article (per batch ÷ its size when batching), ms. */
  latencies: number[];
  timedOut: boolean;
  /** The first few failure messages. */
  errors: string[];
}

/** Analysed articles waiting to be stored; producers wait while it is full. */
class BoundedQueue<T> {
  private readonly items: T[] = [];
  private readonly waiting: (() => void)[] = [];
  private closed = false;

  constructor(private readonly capacity: number) {}

  private wake(): void {
    for (const resolve of this.waiting.splice(0)) resolve();
  }

  async push(item: T): Promise<void> {
    while (this.items.length >= this.capacity)
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.items.push(item);
    this.wake();
  }

  /** The next item, or undefined once the queue is closed and empty. */
  async take(): Promise<T | undefined> {
    for (;;) {
      const item = this.items.shift();
      if (item !== undefined) {
        this.wake();
        return item;
      }
      if (this.closed) return undefined;
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  close(): void {
    this.closed = true;
    this.wake();
  }
}

/** Runs the corpus through worker-thread analysis and main-thread storage. */
export async function ingestWithWorkers(
  db: Kysely<DB>,
  files: CorpusFile[],
  options: WorkerIngestOptions,
): Promise<WorkerIngestResult> {
  const started = performance.now();
  const deadline = started + options.timeoutMs;
  const workers = Array.from(
    { length: options.threads },
    () => new Worker(new URL("./extract-worker.mjs", import.meta.url)),
  );
  const queue = new BoundedQueue<AnalysedItem>(options.threads * 4);
  const latencies: number[] = [];
  let failed = 0;
  const errors: string[] = [];
  let next = 0;
  let bytes = 0;
  let requestId = 0;

  const analyseOn = (worker: Worker, file: CorpusFile) =>
    new Promise<AnalysedItem[]>((resolve, reject) => {
      const id = requestId++;
      const onMessage = (response: AnalyseResponse) => {
        if (response.id !== id) return;
        worker.off("message", onMessage);
        worker.off("error", reject);
        resolve(response.items);
      };
      worker.on("message", onMessage);
      worker.once("error", reject);
      const request: AnalyseRequest = {
        id,
        name: file.path,
        bytes: file.bytes,
        maxBytes: options.maxArticleBytes,
      };
      worker.postMessage(request);
    });

  const produce = async (worker: Worker) => {
    while (next < files.length && performance.now() < deadline) {
      const file = files[next++] as CorpusFile;
      bytes += file.bytes.length;
      for (const item of await analyseOn(worker, file)) await queue.push(item);
    }
  };
  /** Stores one batch; a failing article rolls back to its savepoint and the others commit. */
  const storeBatch = async (trx: Transaction<DB>, batch: Extraction[]) => {
    if (batch.length === 1) {
      await storeArticle(trx, batch[0] as Extraction);
      return 0;
    }
    let batchFailures = 0;
    for (const extraction of batch) {
      await sql`savepoint article`.execute(trx);
      try {
        await storeArticle(trx, extraction);
        await sql`release savepoint article`.execute(trx);
      } catch (error) {
        await sql`rollback to savepoint article`.execute(trx);
        batchFailures++;
        if (errors.length < 3) errors.push(String(error));
      }
    }
    return batchFailures;
  };
  const consume = async () => {
    for (;;) {
      const batch: Extraction[] = [];
      while (batch.length < options.batchSize) {
        const item = await queue.take();
        if (item === undefined) break;
        if (!item.ok) {
          failed++;
          if (errors.length < 3) errors.push(`${item.label}: ${item.message}`);
          continue;
        }
        batch.push({ ...item.extraction, sentences: [] });
      }
      if (batch.length === 0) return;
      const storeStarted = performance.now();
      try {
        const batchFailures = await db.transaction().execute((trx) => storeBatch(trx, batch));
        const each = (performance.now() - storeStarted) / batch.length;
        for (let i = batchFailures; i < batch.length; i++) latencies.push(each);
        failed += batchFailures;
      } catch (error) {
        failed += batch.length;
        if (errors.length < 3) errors.push(String(error));
      }
    }
  };

  try {
    const consumers = Array.from({ length: options.storeConcurrency }, consume);
    await Promise.all(workers.map(produce));
    queue.close();
    await Promise.all(consumers);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return {
    articles: latencies.length,
    failed,
    seconds: (performance.now() - started) / 1000,
    bytes,
    latencies,
    timedOut: next < files.length,
    errors,
  };
}
