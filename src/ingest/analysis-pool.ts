/** Worker threads that run intake and analysis, so ingestion uses every core. */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { RawInput } from "../pipeline/1-intake/read-input.js";
import type { PreparedItem } from "./prepare.js";

/** A request to a worker. */
export interface AnalysisJob {
  id: number;
  input: RawInput;
  maxBytes: number;
}

interface Pending {
  resolve: (items: PreparedItem[]) => void;
  reject: (error: Error) => void;
}

// Compiled (dist/), the worker runs its JavaScript; from sources, a shim loads it through tsx.
const WORKER_ENTRY = new URL(
  import.meta.url.endsWith(".js") ? "./analysis-worker.js" : "./analysis-worker.mjs",
  import.meta.url,
);

/** The default number of workers: one per core. */
export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism());
}

/** A fixed set of analysis workers, fed round-robin by queue length. */
export class AnalysisPool {
  private readonly workers: {
    worker: Worker;
    pending: Map<number, Pending>;
    ready: Promise<void>;
    alive: boolean;
  }[] = [];
  private nextId = 0;

  constructor(size: number = defaultWorkerCount()) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(WORKER_ENTRY);
      const pending = new Map<number, Pending>();
      const ready = new Promise<void>((resolve, reject) => {
        worker.once("error", reject);
        worker.once("exit", (code) =>
          reject(new Error(`an analysis worker exited (code ${code}) while starting`)),
        );
        worker.on("message", (message: { ready?: true; id?: number; items?: PreparedItem[] }) => {
          if (message.ready) {
            resolve();
            return;
          }
          const job = pending.get(message.id as number);
          pending.delete(message.id as number);
          job?.resolve(message.items ?? []);
        });
      });
      const slot = { worker, pending, ready, alive: true };
      worker.on("error", (error) => {
        for (const job of pending.values()) job.reject(error);
        pending.clear();
      });
      // A worker that exits (killed, out of memory, terminated) must not leave its jobs waiting.
      worker.on("exit", (code) => {
        slot.alive = false;
        const error = Object.assign(
          new Error(`an analysis worker exited (code ${code}) before answering`),
          { code: "ANALYSIS_WORKER_EXITED" },
        );
        for (const job of pending.values()) job.reject(error);
        pending.clear();
      });
      // Before it is ready a worker that dies rejects `ready`; afterwards nothing waits on it.
      ready.catch(() => {});
      this.workers.push(slot);
    }
  }

  /** Prepares one input on the least busy worker. */
  prepare = async (input: RawInput, maxBytes: number): Promise<PreparedItem[]> => {
    const alive = this.workers.filter((candidate) => candidate.alive);
    const slot = alive.reduce<(typeof alive)[number] | undefined>(
      (best, candidate) => (!best || candidate.pending.size < best.pending.size ? candidate : best),
      undefined,
    );
    if (!slot) {
      throw Object.assign(new Error("no analysis worker is running"), {
        code: "ANALYSIS_WORKER_EXITED",
      });
    }
    await slot.ready;
    const id = this.nextId++;
    return new Promise<PreparedItem[]>((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, input, maxBytes } satisfies AnalysisJob);
    });
  };

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }
}
