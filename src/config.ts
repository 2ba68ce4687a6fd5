/** Environment → typed configuration; bad values fail fast with a message naming the variable. */

/** Where the graph is stored: a Postgres server, or an embedded PGlite data folder. */
export type DatabaseTarget =
  | { kind: "postgres"; url: string }
  | { kind: "pglite"; dataDir: string };

/** Everything the service reads from its environment. */
export interface Config {
  database: DatabaseTarget;
  /**
   * Postgres read replicas (`DATABASE_READ_URL`, comma-separated): `kg serve` runs GraphQL
   * queries and exports there, mutations and migrations on `database`. Empty: all on `database`.
   */
  readDatabaseUrls: string[];
  /** How long `kg serve` leaves out a replica it could not reach before trying it again. */
  replicaRetryMs: number;
  port: number;
  host: string;
  /** Keys accepted in `Authorization: Bearer <key>`; empty means writes are open. */
  apiKeys: string[];
  readRequiresKey: boolean;
  /**
   * Browser origins (`https://app.example.org`) allowed to call the API cross-site; empty (the
   * default) sends no CORS headers, so other sites' pages cannot read answers. Never with
   * credentials: keys travel in the Authorization header the caller sets.
   */
  corsOrigins: string[];
  maxArticleBytes: number;
  /** The whole fetch of one article page by `kg ingest URL`, redirects and body included. */
  fetchTimeoutMs: number;
  statementTimeoutMs: number;
  /** Worker threads `kg serve` analyses ingested articles on (0: on the main thread). */
  analysisThreads: number;
  /** Load the bundled sample articles into an empty database on `kg serve`. */
  loadSample: boolean;
  /** Most GraphQL subscriptions (live updates) one server keeps open at once. */
  maxSubscriptions: number;
}

/** A configuration value that cannot be used. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = "ConfigError";
  }
}

const POSTGRES_URL = /^postgres(ql)?:\/\//;

/** Chooses the backend from a `--db` value: a postgres:// URL or a data folder. */
export function parseDatabaseTarget(value: string): DatabaseTarget {
  return POSTGRES_URL.test(value)
    ? { kind: "postgres", url: value }
    : { kind: "pglite", dataDir: value };
}

function readInt(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new ConfigError(name, `expected an integer ≥ ${min}, got "${raw}"`);
  }
  return value;
}

const ORIGIN = /^https?:\/\/[^/\s?#]+$/;

function readOrigins(env: NodeJS.ProcessEnv, name: string): string[] {
  const origins = (env[name] ?? "")
    .split(",")
    .map((origin) => origin.trim())
    .filter((origin) => origin.length > 0);
  for (const origin of origins) {
    if (origin !== "*" && !ORIGIN.test(origin)) {
      throw new ConfigError(
        name,
        `expected origins such as https://app.example.org (scheme and host, no path) or *, got "${origin}"`,
      );
    }
  }
  return origins;
}

function readBool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === "") return fallback;
  if (["1", "true", "yes", "on"].includes(raw)) return true;
  if (["0", "false", "no", "off"].includes(raw)) return false;
  throw new ConfigError(name, `expected true or false, got "${env[name]}"`);
}

/** Splits a comma-separated list of replica URLs; each must be a postgres:// URL. */
export function parseReadDatabaseUrls(raw: string | undefined, variable: string): string[] {
  const urls = (raw ?? "")
    .split(",")
    .map((url) => url.trim())
    .filter((url) => url.length > 0);
  for (const url of urls) {
    if (!POSTGRES_URL.test(url)) {
      throw new ConfigError(
        variable,
        `expected postgres:// URLs separated by commas, got "${url.replace(/:[^:@/]*@/, ":***@")}"`,
      );
    }
  }
  return urls;
}

/** Refuses read replicas without a Postgres primary: embedded PGlite has no replicas. */
export function checkReadReplicas(config: Config, variable: string): void {
  if (config.readDatabaseUrls.length > 0 && config.database.kind !== "postgres") {
    throw new ConfigError(
      variable,
      "read replicas need a Postgres primary: set DATABASE_URL (or --db) to a postgres:// URL",
    );
  }
}

/** Reads the configuration from the environment (process.env by default). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const url = env.DATABASE_URL?.trim();
  if (url && !POSTGRES_URL.test(url)) {
    throw new ConfigError("DATABASE_URL", `expected a postgres:// URL, got "${url}"`);
  }
  const apiKeys = (env.KG_API_KEYS ?? "")
    .split(",")
    .map((key) => key.trim())
    .filter((key) => key.length > 0);
  const readRequiresKey = readBool(env, "KG_READ_REQUIRES_KEY", false);
  if (readRequiresKey && apiKeys.length === 0) {
    throw new ConfigError(
      "KG_READ_REQUIRES_KEY",
      "is true but KG_API_KEYS is empty: no key could read; set KG_API_KEYS",
    );
  }
  return {
    database: url
      ? { kind: "postgres", url }
      : { kind: "pglite", dataDir: env.KG_DATA_DIR?.trim() || "./.kg-data" },
    readDatabaseUrls: parseReadDatabaseUrls(env.DATABASE_READ_URL, "DATABASE_READ_URL"),
    replicaRetryMs: readInt(env, "KG_REPLICA_RETRY_MS", 5_000, 1),
    port: readInt(env, "PORT", 4000, 0),
    host: env.HOST?.trim() || "127.0.0.1",
    apiKeys,
    readRequiresKey,
    corsOrigins: readOrigins(env, "KG_CORS_ORIGINS"),
    maxArticleBytes: readInt(env, "KG_MAX_ARTICLE_BYTES", 2 * 1024 * 1024, 1),
    fetchTimeoutMs: readInt(env, "KG_FETCH_TIMEOUT_MS", 20_000, 1),
    statementTimeoutMs: readInt(env, "KG_STATEMENT_TIMEOUT_MS", 10_000, 0),
    analysisThreads: readInt(env, "KG_ANALYSIS_THREADS", 1, 0),
    loadSample: readBool(env, "KG_SAMPLE", true),
    maxSubscriptions: readInt(env, "KG_MAX_SUBSCRIPTIONS", 100, 0),
  };
}
