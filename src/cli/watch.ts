/** `kg watch FEED_URL… [--every 5m] [--once]`: ingests each new item of RSS and Atom feeds, once. */
import type { Command } from "commander";
import pg from "pg";
import { type Enqueuer, type WatchOutcome, watchFeedOnce } from "../ingest/watch.js";
import { enqueueInput } from "../queue/enqueue-input.js";
import { openQueue } from "../queue/jobs.js";
import { formatOutcome, IngestOptionError } from "./ingest.js";
import {
  addDbOption,
  type DbOptions,
  openMigratedDatabase,
  reportFatal,
  resolveConfig,
} from "./shared.js";

interface WatchCommandOptions extends DbOptions {
  every?: string;
  once?: boolean;
  quiet?: boolean;
}

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000 };

/** "90s", "5m", "1h" → milliseconds; at least 10 s, so a feed is not hammered. */
export function parseEvery(value: string): number {
  const match = /^(\d+)\s*([smh])$/.exec(value.trim());
  const ms = match ? Number(match[1]) * (UNIT_MS[match[2] as string] as number) : Number.NaN;
  if (!Number.isFinite(ms) || ms < 10_000)
    throw new IngestOptionError(
      "INVALID_INTERVAL",
      `--every must be a duration of at least 10s such as 90s, 5m or 1h, got "${value}"`,
    );
  return ms;
}

/** One line per item: a queued item names its job; the rest as `kg ingest` prints them. */
export function formatWatchOutcome(outcome: WatchOutcome): string {
  if (outcome.status === "queued") return `+ ${outcome.label} — queued as job ${outcome.jobId}`;
  if (outcome.status === "known") return `= ${outcome.label} — already ${outcome.reason}`;
  return formatOutcome(outcome);
}

/** Registers `kg watch`. */
export function registerWatchCommand(program: Command): void {
  addDbOption(
    program
      .command("watch")
      .description(
        "read RSS/Atom feeds and ingest each new item's page once (remembered in the database); " +
          "on Postgres each item becomes a job for `kg worker`",
      )
      .argument("<feeds...>", "http(s) addresses of RSS or Atom feeds")
      .option("--every <duration>", "time between passes (90s, 5m, 1h)", "5m")
      .option("--once", "one pass over the feeds, then exit (non-zero if anything failed)")
      .option("-q, --quiet", "print only failures and the summaries"),
  ).action(async (feeds: string[], options: WatchCommandOptions) => {
    try {
      const config = resolveConfig(options);
      const every = parseEvery(options.every ?? "5m");
      const database = await openMigratedDatabase(config);
      // On Postgres items go to the job queue (workers on any machine analyse them); an
      // embedded database has no queue, so the watcher ingests in process.
      const queue =
        config.database.kind === "postgres"
          ? new pg.Pool({ connectionString: config.database.url, max: 2 })
          : undefined;
      const utils = queue ? await openQueue(queue) : undefined;
      const enqueue: Enqueuer | undefined =
        queue && utils
          ? (input, defaults) =>
              enqueueInput({ db: database.db, pgPool: queue, utils }, input, {
                maxArticleBytes: config.maxArticleBytes,
                defaults,
              })
          : undefined;
      let stopping = false;
      let wake: () => void = () => undefined;
      const stop = () => {
        stopping = true;
        wake();
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      let failures = 0;
      try {
        do {
          const totals = {
            items: 0,
            claimed: 0,
            ingested: 0,
            duplicate: 0,
            queued: 0,
            known: 0,
            failed: 0,
          };
          for (const feed of feeds) {
            if (stopping) break;
            const pass = await watchFeedOnce(database.db, feed, {
              maxArticleBytes: config.maxArticleBytes,
              fetchTimeoutMs: config.fetchTimeoutMs,
              enqueue,
            });
            if (pass.error) {
              totals.failed += 1;
              process.stdout.write(`✗ ${pass.error.message} [${pass.error.code}]\n`);
            }
            totals.items += pass.items;
            totals.claimed += pass.claimed;
            for (const outcome of pass.outcomes) {
              totals[outcome.status] += 1;
              if (!options.quiet || outcome.status === "failed")
                process.stdout.write(`${formatWatchOutcome(outcome)}\n`);
            }
          }
          failures += totals.failed;
          process.stdout.write(
            `${feeds.length} feeds, ${totals.items} items, ${totals.claimed} new: ` +
              (enqueue
                ? `${totals.queued} queued, ${totals.known} already queued or stored, `
                : `${totals.ingested} ingested, ${totals.duplicate} already present, `) +
              `${totals.failed} failed\n`,
          );
          if (options.once || stopping) break;
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, every);
            wake = () => {
              clearTimeout(timer);
              resolve();
            };
          });
        } while (!stopping);
      } finally {
        process.off("SIGINT", stop);
        process.off("SIGTERM", stop);
        await utils?.release();
        await queue?.end();
        await database.close();
      }
      if (options.once && failures > 0) process.exitCode = 1;
    } catch (error) {
      reportFatal(error);
    }
  });
}
