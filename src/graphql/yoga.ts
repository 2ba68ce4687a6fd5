/** Builds the HTTP app: GraphQL (with GraphiQL) at /graphql, /health, GET /export/<format>, and API-key checks. */
import { createHash, timingSafeEqual } from "node:crypto";
import { GraphQLError, getOperationAST } from "graphql";
import { createYoga, maskError, type Plugin, type YogaServerInstance } from "graphql-yoga";
import { type Kysely, sql } from "kysely";
import type { Config } from "../config.js";
import { isDatabaseUnavailable } from "../db/database.js";
import type { ReadReplicas } from "../db/replicas.js";
import type { DB } from "../db/schema.js";
import { EXPORT_PATH, respondToExport } from "../export/http.js";
import type { Preparer } from "../ingest/ingest.js";
import { useExplorer } from "../web/routes.js";
import type { Context } from "./context.js";
import { databaseUnavailableError } from "./errors.js";
import { useJit } from "./jit.js";
import { createTimeoutAwareMaskError, useInputChecks, useQueryLimits } from "./limits.js";
import { schema } from "./schema.js";
import type { ChangeHub } from "./subscriptions.js";

/** What the app needs from the process: the database handles and the configuration. */
export interface AppDependencies {
  /** The primary: mutations, migrations and every write. */
  db: Kysely<DB>;
  config: Config;
  databaseKind: string;
  /**
   * Read replicas: GraphQL queries and exports run on `replicas.db` (which falls back to the
   * primary by itself), and /health reports each replica. Absent: everything on `db`.
   */
  replicas?: Pick<ReadReplicas, "db" | "health">;
  /** Where ingested articles are analysed: the worker pool in `kg serve`, in process by default. */
  prepare?: Preparer;
  /** Live changes for subscriptions (see subscriptions.ts); without it they are refused. */
  changes?: ChangeHub;
}

const BEARER = /^Bearer\s+(\S+)$/i;

function presentedKey(request: Request): string | undefined {
  return BEARER.exec(request.headers.get("authorization") ?? "")?.[1];
}

function digest(text: string): Buffer {
  return createHash("sha256").update(text).digest();
}

/**
 * Compares the presented key with every configured key in constant time: equal-length digests
 * through timingSafeEqual, and no early exit, so timing tells nothing about any key.
 */
function hasValidKey(request: Request, config: Config): boolean {
  const key = presentedKey(request);
  if (key === undefined) return false;
  const presented = digest(key);
  let valid = false;
  for (const configured of config.apiKeys) {
    if (timingSafeEqual(presented, digest(configured))) valid = true;
  }
  return valid;
}

function jsonResponse(
  fetchAPI: { Response: typeof Response },
  status: number,
  body: unknown,
): Response {
  return new fetchAPI.Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}

/** An export, with failures as coded JSON: never a stack trace or a file path. */
async function respondToExportSafely(
  db: Kysely<DB>,
  request: Request,
  url: URL,
  fetchAPI: { Response: typeof Response },
): Promise<Response> {
  try {
    return await respondToExport(db, request, url, fetchAPI.Response);
  } catch (error) {
    if (isDatabaseUnavailable(error)) {
      return jsonResponse(fetchAPI, 503, {
        errors: [
          {
            message: "the database is unavailable; try again shortly",
            extensions: { code: "DATABASE_UNAVAILABLE" },
          },
        ],
      });
    }
    process.stderr.write(`kg: export failed: ${error instanceof Error ? error.stack : error}\n`);
    return jsonResponse(fetchAPI, 500, {
      errors: [{ message: "the export failed", extensions: { code: "INTERNAL_SERVER_ERROR" } }],
    });
  }
}

/** CORS for the configured origins only, never with credentials; other origins get no headers. */
function corsOptions(config: Config) {
  return (request: Request) => {
    const origin = request.headers.get("origin");
    if (origin === null || config.corsOrigins.length === 0) return false as const;
    const allowAny = config.corsOrigins.includes("*");
    if (!allowAny && !config.corsOrigins.includes(origin)) return false as const;
    return {
      origin: allowAny ? "*" : origin,
      credentials: false,
      methods: ["GET", "POST"],
      allowedHeaders: ["accept", "authorization", "content-type"],
    };
  };
}

const JSON_MEDIA_TYPE = /^application\/json\s*(;|$)/i;

/** How long /health waits for an embedded database that is busy with a write. */
const EMBEDDED_HEALTH_WAIT_MS = 50;

/**
 * Whether the database answers. Postgres must answer `select 1` (a pool connection is free or
 * soon is). Embedded PGlite runs one statement at a time in this process, so while an article's
 * transaction holds it the probe queues behind the commit: a probe still waiting after a moment
 * means busy, not down (PGlite cannot be unreachable while the process runs), and /health says
 * so at once instead of waiting for the whole transaction.
 */
async function databaseState(deps: AppDependencies): Promise<"ok" | "busy" | "unavailable"> {
  const probe = sql`select 1`.execute(deps.db).then(
    () => "ok" as const,
    () => "unavailable" as const,
  );
  if (deps.databaseKind !== "pglite") return probe;
  let timer: NodeJS.Timeout | undefined;
  const busy = new Promise<"busy">((resolve) => {
    timer = setTimeout(() => resolve("busy"), EMBEDDED_HEALTH_WAIT_MS);
  });
  try {
    return await Promise.race([probe, busy]);
  } finally {
    clearTimeout(timer);
  }
}

/** Routes outside GraphQL and the read-key check, before yoga parses anything. */
function useRoutes(deps: AppDependencies): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname === "/health") {
        const [state, replicas] = await Promise.all([databaseState(deps), deps.replicas?.health()]);
        // Reads fall back to the primary, so a replica down degrades the service, no more.
        const degraded = replicas?.some((replica) => replica.status !== "ok") ?? false;
        endResponse(
          jsonResponse(fetchAPI, state === "unavailable" ? 503 : 200, {
            status: state === "unavailable" ? "unavailable" : degraded ? "degraded" : "ok",
            database: deps.databaseKind,
            ...(state === "busy" ? { busy: true } : {}),
            ...(replicas ? { replicas } : {}),
          }),
        );
        return;
      }
      const { config } = deps;
      // Fails closed: with no keys configured (loadConfig refuses that) nobody reads.
      if (config.readRequiresKey && !hasValidKey(request, config)) {
        endResponse(
          jsonResponse(fetchAPI, 401, {
            errors: [
              {
                message: "an API key is required: Authorization: Bearer <key>",
                extensions: { code: "UNAUTHENTICATED" },
              },
            ],
          }),
        );
        return;
      }
      // GraphQL over POST only as JSON: a form or text/plain POST is a "simple" cross-site
      // request a browser sends without asking, and must never run a mutation.
      if (
        url.pathname === "/graphql" &&
        request.method === "POST" &&
        !JSON_MEDIA_TYPE.test(request.headers.get("content-type") ?? "")
      ) {
        endResponse(
          jsonResponse(fetchAPI, 415, {
            errors: [
              {
                message: "GraphQL POST requests must be sent as Content-Type: application/json",
                extensions: { code: "UNSUPPORTED_MEDIA_TYPE" },
              },
            ],
          }),
        );
        return;
      }
      if (url.pathname.startsWith(EXPORT_PATH)) {
        endResponse(
          await respondToExportSafely(deps.replicas?.db ?? deps.db, request, url, fetchAPI),
        );
      }
    },
  };
}

/** Refuses mutations from callers without a valid key when keys are configured. */
function useWriteGuard(): Plugin<Context> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation === "mutation" && !args.contextValue.canWrite) {
        setResultAndStopExecution({
          errors: [
            new GraphQLError("mutations need an API key: Authorization: Bearer <key>", {
              extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
            }),
          ],
        });
      }
    },
  };
}

/**
 * Sends queries to the read replicas: the context starts on the primary, and a query operation
 * (never a mutation or subscription) moves to the replicas' handle before it executes.
 */
function useReadRouting(readDb: Kysely<DB> | undefined): Plugin<Context> {
  return {
    onExecute({ args, extendContext }) {
      if (!readDb) return;
      if (getOperationAST(args.document, args.operationName)?.operation === "query") {
        extendContext({ db: readDb });
      }
    },
  };
}

/** Shows a lost database connection as DATABASE_UNAVAILABLE (503); the rest as yoga masks it. */
function maskUnavailable(error: unknown, message: string, isDev?: boolean): Error {
  if (isDatabaseUnavailable(error)) {
    return databaseUnavailableError(error instanceof GraphQLError ? error.path : undefined);
  }
  return maskError(error, message, isDev);
}

/** Creates the yoga app; call `app.fetch(request)` in process or mount it on an HTTP server. */
export function createApp(
  deps: AppDependencies,
): YogaServerInstance<Record<string, unknown>, Context> {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    cors: corsOptions(deps.config),
    graphiql: { title: "News knowledge graph" },
    // Masking stays on; a cancelled statement (statement_timeout) shows as QUERY_TIMEOUT.
    maskedErrors: { maskError: createTimeoutAwareMaskError(maskUnavailable) },
    landingPage: false,
    // Yoga's own empty-bodied /health would shadow ours, which also checks the database.
    healthCheckEndpoint: "/health/live",
    // useQueryLimits has already read the body into memory, refusing it past MAX_BODY_BYTES:
    // yoga's own 25 MB check would stream every body a second time through a TransformStream.
    maxRequestBodySize: false,
    plugins: [
      useExplorer(),
      useRoutes(deps),
      useQueryLimits(),
      useInputChecks(),
      useWriteGuard(),
      useReadRouting(deps.replicas?.db),
      useJit(),
    ],
    context: ({ request }) => ({
      db: deps.db,
      primaryDb: deps.db,
      config: deps.config,
      canWrite: deps.config.apiKeys.length === 0 || hasValidKey(request, deps.config),
      signal: request.signal,
      changes: deps.changes,
      ingest: async (ingestRequest) => {
        // Loaded on the first ingest: the pipeline's modules and models weigh tens of MB in a
        // server that may only ever read.
        const { ingest } = await import("../ingest/ingest.js");
        return ingest(deps.db, ingestRequest, {
          maxArticleBytes: deps.config.maxArticleBytes,
          prepare: deps.prepare,
        });
      },
    }),
  });
}
