/** `kg jobs` lists the queue's failed and waiting jobs; `kg jobs retry ID…|--all-failed` runs failed ones again. */
import type { Command } from "commander";
import pg from "pg";
import { type JobRow, listJobs, openQueue, retryJobs } from "../queue/jobs.js";
import { requirePostgres } from "./enqueue.js";
import { addDbOption, type DbOptions, reportFatal, resolveConfig } from "./shared.js";

/** One line per job: id, state, task, attempts, source name, error code and message. */
export function formatJob(job: JobRow): string {
  const error = job.error ? ` [${job.error.code}] ${job.error.message}` : "";
  return `${job.id}\t${job.state}\t${job.task}\t${job.attempts}/${job.maxAttempts}\t${job.name ?? "-"}${error}`;
}

async function withQueue<T>(
  options: DbOptions,
  command: string,
  use: (pgPool: pg.Pool) => Promise<T>,
): Promise<T> {
  const url = requirePostgres(resolveConfig(options), command);
  const pgPool = new pg.Pool({ connectionString: url, max: 2 });
  try {
    // Migrating first makes a queue nobody has used yet list as empty, not as an error.
    const utils = await openQueue(pgPool);
    await utils.release();
    return await use(pgPool);
  } finally {
    await pgPool.end();
  }
}

/** Registers `kg jobs` and `kg jobs retry`. */
export function registerJobsCommand(program: Command): void {
  const jobs = addDbOption(
    program
      .command("jobs")
      .description("list the ingest queue's failed, running and waiting jobs")
      .option("--failed", "only jobs that failed for good"),
  ).action(async (options: DbOptions & { failed?: boolean }) => {
    try {
      await withQueue(options, "jobs", async (pgPool) => {
        const rows = (await listJobs(pgPool)).filter(
          (job) => !options.failed || job.state === "failed",
        );
        process.stdout.write("id\tstate\ttask\tattempts\tsource\terror\n");
        for (const job of rows) process.stdout.write(`${formatJob(job)}\n`);
        const failed = rows.filter((job) => job.state === "failed").length;
        process.stdout.write(`${rows.length} jobs, ${failed} failed for good\n`);
      });
    } catch (error) {
      reportFatal(error);
    }
  });
  addDbOption(
    jobs
      .command("retry")
      .description("run failed jobs again with a fresh count of attempts")
      .argument("[ids...]", "job ids (from `kg jobs`)")
      .option("--all-failed", "every job that failed for good"),
  ).action(
    async (ids: string[], options: DbOptions & { allFailed?: boolean }, command: Command) => {
      try {
        const merged = { ...command.parent?.opts<DbOptions>(), ...options };
        if (ids.length === 0 && !options.allFailed)
          throw new Error("name job ids or pass --all-failed");
        if (ids.some((id) => !/^\d+$/.test(id)))
          throw new Error(`job ids are numbers, got "${ids.join(" ")}"`);
        await withQueue(merged, "jobs retry", async (pgPool) => {
          const failedIds = (await listJobs(pgPool))
            .filter((job) => job.state === "failed")
            .map((job) => job.id);
          const wanted = options.allFailed ? failedIds : ids;
          const changed = await retryJobs(pgPool, wanted);
          const missing = wanted.filter((id) => !changed.includes(id));
          process.stdout.write(`${changed.length} jobs queued again\n`);
          if (missing.length > 0) {
            process.stderr.write(
              `kg: no such job, or running now: ${missing.join(", ")} [JOB_NOT_FOUND]\n`,
            );
            process.exitCode = 1;
          }
        });
      } catch (error) {
        reportFatal(error);
      }
    },
  );
}
