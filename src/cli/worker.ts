/** `kg worker`: takes ingest jobs from the Postgres queue, analyses on threads, stores each article. */
import { EventEmitter } from "node:events";
import type { Command } from "commander";
import graphileWorker, { type Task, type WorkerEvents } from "graphile-worker";
import pg from "pg";
import { AnalysisPool, defaultWorkerCount } from "../ingest/analysis-pool.js";
import { runIngestJob } from "../queue/ingest-task.js";
import {
  claimWorkerId,
  hasRunnableJobs,
  INGEST_TASK,
  JobYielded,
  markJobFinalAttempt,
  openQueue,
  PermanentJobError,
  QUEUE_LOGGER,
  releaseDeadWorkers,
  waitForTurn,
  yieldJob,
} from "../queue/jobs.js";
import { requirePostgres } from "./enqueue.js";
import { formatOutcome } from "./ingest.js";
import {
  addDbOption,
  type DbOptions,
  openMigratedDatabase,
  reportFatal,
  resolveConfig,
} from "./shared.js";

interface WorkerCommandOptions extends DbOptions {
  concurrency?: string;
  exitWhenEmpty?: boolean;
  ordered?: boolean;
  quiet?: boolean;
}

/** How often a worker looks for jobs held by dead processes (and, with --exit-when-empty, for an empty queue). */
const SWEEP_INTERVAL_MS = 2_000;

function parseConcurrency(value: string | undefined): number {
  if (value === undefined) return defaultWorkerCount();
  const concurrency = Number(value);
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new Error(`--concurrency must be a positive integer, got "${value}"`);
  }
  return concurrency;
}

/** Registers `kg worker`. */
export function registerWorkerCommand(program: Command): void {
  addDbOption(
    program
      .command("worker")
      .description("process the ingest jobs `kg enqueue` added (run any number, on any machine)")
      .option(
        "--concurrency <n>",
        "analysis threads (default: one per core); two jobs per thread are taken at once",
      )
      .option("--exit-when-empty", "stop once no job is left to take (instead of waiting for more)")
      .option(
        "--no-ordered",
        "store each job as soon as it is analysed, not in queue order (faster; the graph may then differ slightly from one `kg ingest`)",
      )
      .option("-q, --quiet", "print only failures and the summary"),
  ).action(async (options: WorkerCommandOptions) => {
    try {
      const config = resolveConfig(options);
      const url = requirePostgres(config, "worker");
      const concurrency = parseConcurrency(options.concurrency);
      // Two jobs per analysis thread, as `kg ingest` keeps two inputs per thread in flight: a
      // thread is not idle while a job it analysed waits for its turn to store, or stores.
      const slots = concurrency * 2;
      // What is open, closed in reverse order however the run ends (a failed start included).
      const closers: (() => unknown)[] = [];
      try {
        const database = await openMigratedDatabase(config, { poolSize: slots + 1 });
        closers.push(() => database.close());
        const pgPool = new pg.Pool({ connectionString: url, max: slots + 3 });
        closers.push(() => pgPool.end());
        // One session for the whole run holds a lock per worker id: it dies with the process.
        const lockClient = await pgPool.connect();
        closers.push(() => lockClient.release());
        // Outside graphile's run (which adds its own), a lost idle connection must not crash us.
        pgPool.on("error", (error) =>
          QUEUE_LOGGER.warn(`a database connection failed: ${error.message}`),
        );
        let stop = () => {};
        // Without this session other workers would take this process for dead: stop cleanly.
        lockClient.on("error", (error) => {
          QUEUE_LOGGER.error(`lost the worker's lock session (${error.message}); stopping`);
          stop();
        });
        const utils = await openQueue(pgPool);
        closers.push(() => utils.release());
        const pool = new AnalysisPool(concurrency);
        closers.push(() => pool.close());
        const totals = { ingested: 0, duplicate: 0, failedForGood: 0, toRetry: 0, yielded: 0 };
        const stopping = new AbortController();
        const started = performance.now();
        let active = 0;

        const task: Task = async (payload, helpers) => {
          active += 1;
          try {
            await runIngestJob(
              database.db,
              pool.prepare,
              config.maxArticleBytes,
              payload,
              (outcome) => {
                if (outcome.status !== "failed") {
                  totals[outcome.status] += 1;
                  if (!options.quiet) process.stdout.write(`${formatOutcome(outcome)}\n`);
                }
              },
              // Stores follow the queue's order (content order within a `kg enqueue`), so the
              // graph is the one a single `kg ingest` builds; analysis still runs in parallel.
              options.ordered === false
                ? undefined
                : async () => {
                    const turn = await waitForTurn(pgPool, helpers.job.id, {
                      signal: stopping.signal,
                    });
                    // Stopping: the job goes back to the queue rather than store out of turn.
                    if (turn === "yield" || stopping.signal.aborted)
                      throw new JobYielded(helpers.job.id);
                    if (turn === "timeout")
                      process.stdout.write(
                        `↺ job ${helpers.job.id}: earlier jobs still running, stored out of order [ORDER_WAIT_TIMEOUT]\n`,
                      );
                  },
            );
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            if (error instanceof JobYielded) {
              // Not a failure: the job goes back in its place, its attempt not counted.
              await helpers.withPgClient((client) =>
                yieldJob(client, helpers.job.id, helpers.job.locked_by ?? ""),
              );
              totals.yielded += 1;
            } else if (error instanceof PermanentJobError) {
              await helpers.withPgClient((client) => markJobFinalAttempt(client, helpers.job.id));
              totals.failedForGood += 1;
              process.stdout.write(`✗ job ${helpers.job.id}: ${message} (failed for good)\n`);
            } else {
              const last = helpers.job.attempts >= helpers.job.max_attempts;
              if (last) totals.failedForGood += 1;
              else totals.toRetry += 1;
              process.stdout.write(
                `✗ job ${helpers.job.id}: ${message} (attempt ${helpers.job.attempts} of ${helpers.job.max_attempts}${last ? ", failed for good" : ", will be retried"})\n`,
              );
            }
            throw error;
          } finally {
            active -= 1;
          }
        };

        const events: WorkerEvents = new EventEmitter();
        const claims: Promise<void>[] = [];
        events.on("worker:create", ({ worker }) => {
          claims.push(claimWorkerId(lockClient, worker.workerId));
        });
        const reportReleased = (released: string[]) => {
          if (released.length > 0)
            process.stdout.write(
              `↺ put back the jobs of ${released.length} worker(s) whose process stopped [WORKER_LOST]\n`,
            );
        };
        reportReleased((await releaseDeadWorkers(pgPool, utils)).released);
        const runner = await graphileWorker.run({
          pgPool,
          concurrency: slots,
          taskList: { [INGEST_TASK]: task },
          noHandleSignals: true,
          logger: QUEUE_LOGGER,
          events,
          pollInterval: 1_000,
        });
        await Promise.all(claims);

        stop = () => {
          if (stopping.signal.aborted) return;
          stopping.abort();
          // graphile-worker lets running jobs finish (or fails them back to the queue on timeout).
          runner.stop().catch(() => {});
        };
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
        const sweep = setInterval(() => {
          void (async () => {
            const { released, suspected } = await releaseDeadWorkers(pgPool, utils);
            reportReleased(released);
            // A job a dead worker held is not done: wait until it can be released and run.
            if (options.exitWhenEmpty && active === 0 && suspected === 0) {
              if (!(await hasRunnableJobs(pgPool))) stop();
            }
          })().catch((error) => QUEUE_LOGGER.error(String(error)));
        }, SWEEP_INTERVAL_MS);

        closers.push(() => clearInterval(sweep));
        await runner.promise;
        const seconds = (performance.now() - started) / 1000;
        process.stdout.write(
          `${totals.ingested} ingested, ${totals.duplicate} already present, ${totals.failedForGood} failed for good, ` +
            `${totals.toRetry} to retry in ${seconds.toFixed(1)} s\n`,
        );
      } finally {
        for (const close of closers.reverse()) await close();
      }
    } catch (error) {
      reportFatal(error);
    }
  });
}
