/** `kg ingest <file|folder|glob|->...`: a line per article, a summary, non-zero exit on any failure. */
import path from "node:path";
import { MultiBar, Presets } from "cli-progress";
import type { Command } from "commander";
import { refreshStaleStatistics } from "../db/statistics.js";
import { AnalysisPool, defaultWorkerCount } from "../ingest/analysis-pool.js";
import {
  type ArticleDefaults,
  type IngestOutcome,
  type Preparer,
  storeInContentOrder,
} from "../ingest/ingest.js";
import { type PreparedItem, prepareInput } from "../ingest/prepare.js";
import { normalisePublishedAt } from "../pipeline/1-intake/publication-date.js";
import { expandSources, orderByContent, readSource, type Source } from "./inputs.js";
import {
  addDbOption,
  type DbOptions,
  openMigratedDatabase,
  reportFatal,
  resolveConfig,
} from "./shared.js";

/** Exit code of a run stopped by a lost database (sysexits' EX_TEMPFAIL: try again later). */
export const EXIT_DATABASE_UNAVAILABLE = 75;

/**
 * The folder a file was read from, as a tag ("bbc/business/001.txt" → "business"); none for a
 * file named without a folder, or stdin.
 */
export function folderTag(filePath: string): string | undefined {
  const folder = path.dirname(filePath);
  if (folder === "." || folder === path.parse(folder).root) return undefined;
  const name = path.basename(path.resolve(folder));
  return name === "" || name === ".." ? undefined : name;
}

/**
 * Articles stored between two looks at the planner statistics of the tables linking reads
 * (refreshStaleStatistics): one cheap query each time, an ANALYZE when a table has doubled.
 */
export const STATISTICS_CHECK_INTERVAL = 100;

/** A source read and analysed, waiting to be stored: its articles, or why it could not be read. */
interface AnalysedSource {
  failed: IngestOutcome[];
  items: PreparedItem[];
  defaults: ArticleDefaults;
}

async function analyseSource(
  source: Source,
  maxArticleBytes: number,
  fetchTimeoutMs: number,
  prepare: Preparer,
  defaults: ArticleDefaults,
  useFolderTag: boolean,
): Promise<AnalysedSource> {
  const none = { failed: [], items: [], defaults };
  if (source.kind === "note") return none;
  if (source.kind === "missing") {
    const message = `${source.path}: ${source.reason}`;
    return { ...none, failed: [failure(source.path, source.code, message)] };
  }
  const read = await readSource(source, { maxArticleBytes, fetchTimeoutMs });
  if (!read.ok) return { ...none, failed: [failure(read.name, read.code, read.message)] };
  const folder = useFolderTag && source.kind === "file" ? folderTag(source.path) : undefined;
  const tags = [...(defaults.tags ?? []), ...(folder ? [folder] : [])];
  const items = await prepare(read.input, maxArticleBytes);
  return { failed: [], items, defaults: { ...defaults, tags } };
}

function failure(label: string, code: string, message: string): IngestOutcome {
  return { label, status: "failed", code, message, ms: 0 };
}

/** One line describing an outcome. */
export function formatOutcome(outcome: IngestOutcome): string {
  if (outcome.status === "failed") return `✗ ${outcome.message} [${outcome.code}]`;
  const title = outcome.title ?? "(untitled)";
  if (outcome.status === "duplicate") return `= ${title} — already ingested (${outcome.label})`;
  return `✓ ${title} — ${outcome.entityCount} entities, ${outcome.relationCount} relations, ${Math.round(outcome.ms)} ms (${outcome.label})`;
}

interface IngestCommandOptions extends DbOptions {
  workers?: string;
  quiet?: boolean;
  durable?: boolean;
  source?: string;
  tag?: string[];
  publishedAt?: string;
  folderTag?: boolean;
}

/** A command-line value that cannot be used, with the code printed after the message. */
export class IngestOptionError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${message} [${code}]`);
  }
}

/** --source, --tag and --published-at as ingest defaults; a date that cannot be read is refused. */
export function parseArticleDefaults(options: IngestCommandOptions): ArticleDefaults {
  const clean = (value: string | undefined) => value?.replace(/\s+/g, " ").trim() || undefined;
  let publishedAt: string | undefined;
  if (options.publishedAt !== undefined) {
    publishedAt = normalisePublishedAt(options.publishedAt) ?? undefined;
    if (publishedAt === undefined) {
      throw new IngestOptionError(
        "INVALID_PUBLISHED_AT",
        `--published-at must be a real date or timestamp (e.g. 2023-03-23), got "${options.publishedAt}"`,
      );
    }
  }
  const tags = (options.tag ?? []).map(clean);
  if (tags.some((tag) => tag === undefined)) {
    throw new IngestOptionError("INVALID_TAG", "--tag must not be empty");
  }
  return {
    source: clean(options.source) ?? null,
    publishedAt: publishedAt ?? null,
    tags: tags as string[],
  };
}

function parseWorkers(value: string | undefined, sourceCount: number): number {
  // One article gains nothing from a worker's start-up time.
  if (value === undefined) return sourceCount > 1 ? defaultWorkerCount() : 0;
  const workers = Number(value);
  if (!Number.isInteger(workers) || workers < 0) {
    throw new Error(`--workers must be a non-negative integer, got "${value}"`);
  }
  return workers;
}

/** Registers `kg ingest`. */
export function registerIngestCommand(program: Command): void {
  addDbOption(
    program
      .command("ingest")
      .description("analyse articles and store their entities and relations")
      .argument(
        "<inputs...>",
        "files, folders, glob patterns, http(s) addresses of article pages, or - for stdin (.txt .md .html .json .jsonl)",
      )
      .option(
        "--workers <n>",
        "analysis threads (default: one per core for batches; 0 analyses in process)",
      )
      .option("-q, --quiet", "print only failures and the summary")
      .option("--source <name>", "source of articles that name none (a source in the file wins)")
      .option(
        "--tag <tag>",
        "a tag on every article (repeatable)",
        (value: string, previous: string[] = []) => [...previous, value],
      )
      .option(
        "--published-at <date>",
        "publication date of articles that give none (YYYY-MM-DD or ISO timestamp; a date in the file wins)",
      )
      .option("--no-folder-tag", "do not tag articles with the folder they were read from")
      .option(
        "--durable",
        "on Postgres, wait for each batch commit to reach disk (default for batches: synchronous_commit=off, faster; a server crash can lose the last second of commits, never half an article)",
      ),
  ).action(async (inputs: string[], options: IngestCommandOptions) => {
    try {
      const config = resolveConfig(options);
      const defaults = parseArticleDefaults(options);
      const expanded = await expandSources(inputs);
      for (const source of expanded) {
        if (source.kind === "note") process.stderr.write(`↺ ${source.message} [${source.code}]\n`);
      }
      const sources = await orderByContent(expanded.filter((source) => source.kind !== "note"));
      const workers = parseWorkers(options.workers, sources.length);
      // Keep every worker fed while earlier articles are being stored.
      const concurrency = Math.max(1, workers * 2);
      // Batches commit asynchronously unless asked: +49% articles/s in bench:ingest, and a crash
      // loses whole recent articles at worst, which a re-run ingests again.
      const database = await openMigratedDatabase(config, {
        // Articles are stored one at a time (see below): one connection writes.
        poolSize: 2,
        asyncCommit: sources.length > 1 && !options.durable,
      });
      const pool = workers > 0 ? new AnalysisPool(workers) : undefined;
      const started = performance.now();
      const showBar = process.stderr.isTTY && sources.length > 1;
      const bars = showBar
        ? new MultiBar(
            {
              format: "{bar} {value}/{total} articles | {eta_formatted} left",
              hideCursor: true,
              clearOnComplete: true,
            },
            Presets.shades_classic,
          )
        : undefined;
      const bar = bars?.create(sources.length, 0);
      const print = (line: string) =>
        bars ? bars.log(`${line}\n`) : process.stdout.write(`${line}\n`);
      const totals = { ingested: 0, duplicate: 0, failed: 0 };
      // The first article the database could not take stops the run: the rest would fail the
      // same way, and a re-run skips what was stored (content hash) and stores the rest.
      let unavailable: string | undefined;
      let notStored = 0;
      let checkStatisticsAt = STATISTICS_CHECK_INTERVAL;
      // Analysis runs up to `concurrency` sources ahead on the pool; storing goes one source at
      // a time in content order (orderByContent), so the graph does not depend on the order the
      // files were named in or on how many threads analysed them.
      const prepare = pool?.prepare ?? prepareInput;
      const analysing: (Promise<AnalysedSource> | undefined)[] = [];
      let launched = 0;
      let next = 0;
      const launch = () => {
        while (launched < sources.length && launched - next < concurrency) {
          const source = sources[launched] as Source;
          analysing[launched++] = analyseSource(
            source,
            config.maxArticleBytes,
            config.fetchTimeoutMs,
            prepare,
            defaults,
            options.folderTag !== false,
          );
        }
      };
      for (; next < sources.length && unavailable === undefined; next++) {
        launch();
        const analysed = (await analysing[next]) as AnalysedSource;
        analysing[next] = undefined;
        const outcomes = [
          ...analysed.failed,
          ...(await storeInContentOrder(database.db, analysed.items, analysed.defaults)),
        ];
        for (const outcome of outcomes) {
          if (outcome.status === "failed" && outcome.code === "DATABASE_UNAVAILABLE") {
            unavailable ??= outcome.message;
            notStored += 1;
            continue;
          }
          totals[outcome.status] += 1;
          if (!options.quiet || outcome.status === "failed") print(formatOutcome(outcome));
        }
        bar?.increment();
        // Linking's look-ups are planned by statistics nothing else may keep (PGlite, or a server
        // without autovacuum): 6.3-6.5 → 5.5-5.8 Postgres CPU ms per article over the BBC corpus.
        if (totals.ingested >= checkStatisticsAt && unavailable === undefined) {
          checkStatisticsAt = totals.ingested + STATISTICS_CHECK_INTERVAL;
          // Statistics only speed storing up: a failure here is the next store's to report.
          await refreshStaleStatistics(database.db).catch(() => []);
        }
      }
      // Analyses started but not stored when the database went away finish before the pool closes.
      await Promise.allSettled(analysing);
      bars?.stop();
      await pool?.close();
      await database.close();
      const seconds = (performance.now() - started) / 1000;
      const articles = totals.ingested + totals.duplicate;
      if (unavailable !== undefined) {
        process.stderr.write(
          `kg: stopped: the database became unavailable (${unavailable}) [DATABASE_UNAVAILABLE]; ` +
            "run the same command again once it is back: stored articles are skipped\n",
        );
      }
      // Articles the database refused, plus inputs never started.
      const notAttempted =
        unavailable === undefined ? "" : `, ${notStored + sources.length - next} not stored`;
      process.stdout.write(
        `${totals.ingested} ingested, ${totals.duplicate} already present, ${totals.failed} failed${notAttempted} in ${seconds.toFixed(1)} s` +
          ` (${(articles / Math.max(seconds, 1e-9)).toFixed(1)} articles/s, ${database.kind})\n`,
      );
      if (unavailable !== undefined) process.exitCode = EXIT_DATABASE_UNAVAILABLE;
      else if (totals.failed > 0) process.exitCode = 1;
    } catch (error) {
      reportFatal(error);
    }
  });
}
