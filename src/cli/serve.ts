/** `kg serve`: GraphQL at /graphql (GraphiQL in a browser) and /health. */
import type { Command } from "commander";
import { checkReadReplicas, parseReadDatabaseUrls } from "../config.js";
import { openReadReplicas, type ReplicaHealth } from "../db/replicas.js";
import { startLiveChanges } from "../graphql/subscriptions.js";
import { createApp } from "../graphql/yoga.js";
import { AnalysisPool } from "../ingest/analysis-pool.js";
import type { Preparer } from "../ingest/ingest.js";
import { loadSampleIfEmpty } from "../server/sample.js";
import { listen } from "../server/server.js";
import {
  addDbOption,
  type DbOptions,
  openMigratedDatabase,
  reportFatal,
  resolveConfig,
} from "./shared.js";

/** How long ended subscription streams get to reach their clients before connections close. */
const STREAM_FLUSH_MS = 100;

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "::1"]);

/** An analysis pool started on the first article; a pool whose worker failed is replaced. */
function lazyAnalysisPool(size: number): { prepare: Preparer; close(): Promise<void> } {
  let pool: AnalysisPool | undefined;
  return {
    prepare: async (input, maxBytes) => {
      pool ??= new AnalysisPool(size);
      const current = pool;
      try {
        return await current.prepare(input, maxBytes);
      } catch (error) {
        if (pool === current) pool = undefined;
        await current.close();
        throw error;
      }
    },
    close: async () => {
      await pool?.close();
    },
  };
}

/** One line per replica for the start-up message, warning about any not fit to read from. */
function describeReplicas(health: readonly ReplicaHealth[]): string {
  return health
    .map((replica) => {
      if (replica.status !== "ok")
        return `  read replica ${replica.url}: unavailable (${replica.error}); reads go to the primary until it answers\n`;
      if (!replica.standby)
        return `  read replica ${replica.url}: warning: not a standby (pg_is_in_recovery() is false), so not a replica of the primary by streaming\n`;
      return `  read replica ${replica.url}: ok\n`;
    })
    .join("");
}

interface ServeOptions extends DbOptions {
  readDb?: string;
  port?: string;
  host?: string;
  allowOpenWrites?: boolean;
  sample: boolean;
}

/** Registers `kg serve`. */
export function registerServeCommand(program: Command): void {
  addDbOption(
    program
      .command("serve")
      .description("serve the graph over GraphQL (GraphiQL at /graphql) with /health")
      .option(
        "--read-db <postgres-urls>",
        "read replicas, comma-separated: queries and exports go there, writes to --db (default: DATABASE_READ_URL)",
      )
      .option("--port <port>", "port to listen on (default: PORT or 4000)")
      .option("--host <host>", "interface to listen on (default: HOST or 127.0.0.1)")
      .option(
        "--allow-open-writes",
        "allow a non-loopback host without KG_API_KEYS (anyone may ingest)",
      )
      .option("--no-sample", "do not load the sample articles into an empty database"),
  ).action(async (options: ServeOptions) => {
    try {
      const base = resolveConfig(options);
      const port = options.port === undefined ? base.port : Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new Error(`--port must be an integer between 0 and 65535, got "${options.port}"`);
      }
      const readDatabaseUrls =
        options.readDb === undefined
          ? base.readDatabaseUrls
          : parseReadDatabaseUrls(options.readDb, "--read-db");
      const config = { ...base, port, host: options.host ?? base.host, readDatabaseUrls };
      checkReadReplicas(config, options.readDb === undefined ? "DATABASE_READ_URL" : "--read-db");
      if (
        !LOOPBACK_HOSTS.has(config.host) &&
        config.apiKeys.length === 0 &&
        !options.allowOpenWrites
      ) {
        throw new Error(
          `refusing to listen on ${config.host} with no KG_API_KEYS: anyone could write to the graph. ` +
            "Set KG_API_KEYS, or pass --allow-open-writes if that is what you want.",
        );
      }
      // PGlite runs on a thread of its own here: a long statement never stalls other requests.
      // Migrations run on the primary only; replicas receive them through replication.
      const database = await openMigratedDatabase(config, { pgliteThread: true });
      const replicas =
        config.database.kind === "postgres" && config.readDatabaseUrls.length > 0
          ? openReadReplicas(config.database.url, config.readDatabaseUrls, {
              statementTimeoutMs: config.statementTimeoutMs,
              retryAfterMs: config.replicaRetryMs,
            })
          : undefined;
      if (options.sample && config.loadSample) {
        const loaded = await loadSampleIfEmpty(database.db, config.maxArticleBytes);
        if (loaded.length > 0)
          process.stdout.write(`loaded ${loaded.length} sample articles into the empty database\n`);
      }
      // Analysis is CPU-bound (an 880 KB article takes seconds): off the main thread, /health
      // and every read keep answering while an article is analysed. Started on first use.
      const analysis =
        config.analysisThreads > 0 ? lazyAnalysisPool(config.analysisThreads) : undefined;
      // Live updates: LISTEN on Postgres (writes by any process), the in-process bus on PGlite.
      const live = await startLiveChanges(database.db, config.database, config.maxSubscriptions);
      const app = createApp({
        db: database.db,
        config,
        databaseKind: database.kind,
        replicas,
        prepare: analysis?.prepare,
        changes: live.hub,
      });
      const server = await listen(app, config.port, config.host);
      // What each replica says at start; the server runs whatever they answer.
      const replicaNote = replicas ? describeReplicas(await replicas.health()) : "";
      process.stdout.write(
        `news knowledge graph on ${database.kind} (${database.location})\n${replicaNote}` +
          `  explorer: ${server.url}/\n  GraphQL + GraphiQL: ${server.url}/graphql\n  health: ${server.url}/health\n`,
      );
      const stop = async () => {
        // Open subscriptions end first, so their clients see them complete, not cut off.
        const streaming = live.hub.size > 0;
        await live.close();
        if (streaming) await new Promise((resolve) => setTimeout(resolve, STREAM_FLUSH_MS));
        await server.close();
        await analysis?.close();
        await replicas?.close();
        await database.close();
        process.exit(0);
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    } catch (error) {
      reportFatal(error);
    }
  });
}
