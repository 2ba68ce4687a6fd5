/** `kg enqueue <file|folder|glob|->...`: one ingest job per input on the Postgres job queue. */
import type { Command } from "commander";
import pg from "pg";
import type { Config } from "../config.js";
import type { RawInput } from "../pipeline/1-intake/read-input.js";
import { enqueueInput } from "../queue/enqueue-input.js";
import { openQueue } from "../queue/jobs.js";
import { folderTag, IngestOptionError, parseArticleDefaults } from "./ingest.js";
import { expandSources, orderByContent, readSource } from "./inputs.js";
import {
  addDbOption,
  type DbOptions,
  openMigratedDatabase,
  reportFatal,
  resolveConfig,
} from "./shared.js";

interface EnqueueOptions extends DbOptions {
  source?: string;
  tag?: string[];
  publishedAt?: string;
  folderTag?: boolean;
  quiet?: boolean;
}

/** The Postgres URL the queue lives on; an embedded database has no queue. */
export function requirePostgres(config: Config, command: string): string {
  if (config.database.kind !== "postgres") {
    throw new IngestOptionError(
      "POSTGRES_REQUIRED",
      `kg ${command} needs a Postgres server (DATABASE_URL or --db postgres://…): the job queue lives there; ` +
        "on an embedded database, `kg ingest` analyses and stores in process",
    );
  }
  return config.database.url;
}

/** Registers `kg enqueue`. */
export function registerEnqueueCommand(program: Command): void {
  addDbOption(
    program
      .command("enqueue")
      .description(
        "add one ingest job per input to the Postgres job queue (run `kg worker` to process them)",
      )
      .argument(
        "<inputs...>",
        "files, folders, glob patterns, http(s) article pages, or - for stdin",
      )
      .option("-q, --quiet", "print only problems and the summary")
      .option("--source <name>", "source of articles that name none (a source in the file wins)")
      .option(
        "--tag <tag>",
        "a tag on every article (repeatable)",
        (value: string, previous: string[] = []) => [...previous, value],
      )
      .option("--published-at <date>", "publication date of articles that give none")
      .option("--no-folder-tag", "do not tag articles with the folder they were read from"),
  ).action(async (inputs: string[], options: EnqueueOptions) => {
    try {
      const config = resolveConfig(options);
      const url = requirePostgres(config, "enqueue");
      const defaults = parseArticleDefaults(options);
      // In content order, as `kg ingest` stores them: workers store in queue order (waitForTurn).
      const sources = await orderByContent(await expandSources(inputs));
      const database = await openMigratedDatabase(config, { poolSize: 2 });
      const pgPool = new pg.Pool({ connectionString: url, max: 2 });
      const totals = { enqueued: 0, known: 0, failed: 0 };
      try {
        const utils = await openQueue(pgPool);
        try {
          for (const source of sources) {
            if (source.kind === "note") {
              process.stderr.write(`↺ ${source.message} [${source.code}]\n`);
              continue;
            }
            if (source.kind === "missing") {
              process.stdout.write(`✗ ${source.path}: ${source.reason} [${source.code}]\n`);
              totals.failed += 1;
              continue;
            }
            // A page is fetched now (kg ingest URL's limits): the job carries its bytes.
            const read = await readSource(source, config);
            if (!read.ok) {
              process.stdout.write(`✗ ${read.message} [${read.code}]\n`);
              totals.failed += 1;
              continue;
            }
            const folder =
              options.folderTag !== false && source.kind === "file"
                ? folderTag(source.path)
                : undefined;
            // Files, stdin and pages are read into Buffers (readSource).
            const result = await enqueueInput(
              { db: database.db, pgPool, utils },
              read.input as RawInput & { bytes: Buffer },
              {
                maxArticleBytes: config.maxArticleBytes,
                defaults: {
                  ...defaults,
                  tags: [...(defaults.tags ?? []), ...(folder ? [folder] : [])],
                },
              },
            );
            if (result.status !== "enqueued") {
              totals.known += 1;
              if (!options.quiet)
                process.stdout.write(
                  `= ${read.input.name} — already ${result.status === "stored" ? "stored" : "queued"}\n`,
                );
              continue;
            }
            totals.enqueued += 1;
            if (!options.quiet) process.stdout.write(`+ ${read.input.name}\n`);
          }
        } finally {
          await utils.release();
        }
      } finally {
        await pgPool.end();
        await database.close();
      }
      process.stdout.write(
        `${totals.enqueued} enqueued, ${totals.known} already queued or stored, ${totals.failed} failed\n`,
      );
      if (totals.failed > 0) process.exitCode = 1;
    } catch (error) {
      reportFatal(error);
    }
  });
}
