/**
 * Limits that keep one request from taking the server down: argument bounds, query cost, depth
 * and breadth (Pothos complexity plugin), alias flooding, document and body size (a yoga plugin),
 * and statement timeouts reported as coded errors.
 *
 * The statement timeout itself is set on the Postgres pool (`KG_STATEMENT_TIMEOUT_MS`, see
 * src/db/database.ts). Embedded PGlite runs in process with no statement timeout: there the
 * argument, cost and size limits below are the only guard.
 */

import { complexityFromQuery } from "@pothos/plugin-complexity";
import {
  type ASTVisitor,
  type DocumentNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  getNamedType,
  getOperationAST,
  isListType,
  isNonNullType,
  Kind,
  parse,
  type ValidationContext,
  visit,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import { type DatePeriod, parseDateArgument } from "../domain/date-argument.js";
import { userError } from "./errors.js";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./pagination.js";

/** Largest `first` of any list argument (same as connection pages). */
export const MAX_LIST_SIZE = MAX_PAGE_SIZE;
/** Largest node `limit` of a subgraph. */
export const MAX_SUBGRAPH_NODES = 500;
/** Deepest neighbourhood, in hops. */
export const MAX_TRAVERSAL_DEPTH = 3;
/** Longest path searched, in hops. */
export const MAX_PATH_DEPTH = 6;
/** Most paths one `paths` call returns. */
export const MAX_PATHS = 10;
/** Most seeds of one subgraph. */
export const MAX_SEEDS = 50;

/** Query cost budget (Pothos complexity: a field costs 1, lists multiply their selection by their size). */
export const MAX_QUERY_COMPLEXITY = 50_000;
/** Deepest selection nesting. */
export const MAX_QUERY_DEPTH = 15;
/** Most field selections in one operation. */
export const MAX_QUERY_BREADTH = 1_000;
/** Most aliased fields in one document. */
export const MAX_ALIASES = 50;
/** Largest GraphQL document, in characters. */
export const MAX_DOCUMENT_CHARS = 50_000;
/** Largest GraphQL document, in lexer tokens (graphql-js stops parsing beyond). */
export const MAX_DOCUMENT_TOKENS = 5_000;
/** Largest request body. */
export const MAX_BODY_BYTES = 1_000_000;

/** Postgres' SQLSTATE for a statement cancelled by `statement_timeout`. */
const QUERY_CANCELED = "57014";

/** Checks that an integer argument lies in [min, max]; otherwise a BAD_USER_INPUT error naming it. */
export function checkIntArg(
  name: string,
  value: number | null | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  const resolved = value ?? fallback;
  if (!Number.isInteger(resolved) || resolved < min || resolved > max) {
    throw userError(
      "BAD_USER_INPUT",
      `${name} must be between ${min} and ${max}, got ${resolved}`,
      { argument: name },
    );
  }
  return resolved;
}

/** Checks a float argument is finite and not negative. */
export function checkWeightArg(name: string, value: number | null | undefined): number | null {
  if (value == null) return null;
  if (!Number.isFinite(value) || value < 0) {
    throw userError("BAD_USER_INPUT", `${name} must be a number ≥ 0, got ${value}`, {
      argument: name,
    });
  }
  return value;
}

function checkDateArg(name: string, value: string | null | undefined): DatePeriod | null {
  if (value == null || value === "") return null;
  const period = parseDateArgument(value);
  if (!period) {
    throw userError(
      "BAD_USER_INPUT",
      `${name} must be a date (YYYY, YYYY-MM, YYYY-MM-DD or an ISO timestamp), got "${value}"`,
      { argument: name },
    );
  }
  return period;
}

/** Checks `since`/`until` and widens them to whole days: "2023" since → 2023-01-01, until → 2023-12-31. */
export function checkDateRangeArgs(args: { since?: string | null; until?: string | null }): {
  since: string | null;
  until: string | null;
} {
  return {
    since: checkDateArg("since", args.since)?.first ?? null,
    until: checkDateArg("until", args.until)?.last ?? null,
  };
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/**
 * Default field cost: 1, with the field's own size argument (`first`, `limit`) as multiplier of
 * its selection; other lists multiply by 10, and connection `edges` by 1 (the page size already did).
 */
export function estimateFieldComplexity(
  args: Record<string, unknown>,
  _context: unknown,
  // biome-ignore lint/suspicious/noExplicitAny: any context
  field: GraphQLField<unknown, any, Record<string, unknown>>,
): { field: number; multiplier: number } {
  for (const name of ["first", "limit"]) {
    const declared = field.args.find((arg) => arg.name === name);
    if (!declared) continue;
    const value = args[name];
    const size =
      typeof value === "number"
        ? value
        : typeof declared.defaultValue === "number"
          ? declared.defaultValue
          : DEFAULT_PAGE_SIZE;
    // Out-of-range sizes are refused by the resolver with BAD_USER_INPUT, a clearer error than cost.
    return {
      field: 1,
      multiplier: Math.min(
        Math.max(1, size),
        name === "limit" ? MAX_SUBGRAPH_NODES : MAX_LIST_SIZE,
      ),
    };
  }
  if (field.name === "edges" && getNamedType(field.type).name.endsWith("Edge"))
    return { field: 1, multiplier: 1 };
  return { field: 1, multiplier: isList(field.type) ? 10 : 1 };
}

/** Pothos complexity plugin options: the budget and errors with codes. */
export const COMPLEXITY_OPTIONS = {
  fieldComplexity: estimateFieldComplexity,
  limit: { complexity: MAX_QUERY_COMPLEXITY, depth: MAX_QUERY_DEPTH, breadth: MAX_QUERY_BREADTH },
  complexityError: (
    kind: string,
    result: { complexity: number; depth: number; breadth: number },
  ): GraphQLError => {
    if (kind === "Depth") {
      return userError(
        "QUERY_TOO_DEEP",
        `query nests ${result.depth} levels deep; the limit is ${MAX_QUERY_DEPTH}`,
        {
          depth: result.depth,
          maxDepth: MAX_QUERY_DEPTH,
        },
      );
    }
    if (kind === "Breadth") return tooBroad(result.breadth);
    return userError(
      "QUERY_TOO_COMPLEX",
      `query costs ${result.complexity}; the limit is ${MAX_QUERY_COMPLEXITY} (ask for smaller pages or fewer nested lists)`,
      { complexity: result.complexity, maxComplexity: MAX_QUERY_COMPLEXITY },
    );
  },
};

/**
 * Checks a subscription's cost, depth and breadth when it opens. The complexity plugin checks
 * root fields as they resolve, which for a subscription is each event, after the stream (and
 * its slot) was already granted.
 */
export function checkSubscriptionComplexity(context: object, info: GraphQLResolveInfo): void {
  const result = complexityFromQuery(
    { kind: Kind.DOCUMENT, definitions: [info.operation, ...Object.values(info.fragments)] },
    { schema: info.schema, variables: info.variableValues, ctx: context },
  );
  const { limit } = COMPLEXITY_OPTIONS;
  const kind =
    result.depth > limit.depth
      ? "Depth"
      : result.breadth > limit.breadth
        ? "Breadth"
        : result.complexity > limit.complexity
          ? "Complexity"
          : undefined;
  if (kind) throw COMPLEXITY_OPTIONS.complexityError(kind, result);
}

/** A validation rule refusing documents with more than MAX_ALIASES aliased fields. */
function aliasLimitRule(context: ValidationContext): ASTVisitor {
  let aliases = 0;
  return {
    Field(node) {
      if (!node.alias) return;
      aliases += 1;
      if (aliases === MAX_ALIASES + 1) {
        context.reportError(
          userError("TOO_MANY_ALIASES", `the document uses more than ${MAX_ALIASES} aliases`, {
            maxAliases: MAX_ALIASES,
          }),
        );
      }
    },
  };
}

function tooBroad(breadth: number): GraphQLError {
  return userError(
    "QUERY_TOO_BROAD",
    `query selects ${breadth} fields; the limit is ${MAX_QUERY_BREADTH}`,
    {
      breadth,
      maxBreadth: MAX_QUERY_BREADTH,
    },
  );
}

function countFields(document: DocumentNode): number {
  let fields = 0;
  visit(document, {
    Field() {
      fields += 1;
    },
  });
  return fields;
}

function tooLarge(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: "DOCUMENT_TOO_LARGE",
      maxChars: MAX_DOCUMENT_CHARS,
      maxTokens: MAX_DOCUMENT_TOKENS,
      http: { status: 413 },
    },
  });
}

function bodyTooLarge(ResponseClass: typeof Response): Response {
  return new ResponseClass(
    JSON.stringify({
      errors: [
        {
          message: `request body over ${MAX_BODY_BYTES} bytes`,
          extensions: { code: "DOCUMENT_TOO_LARGE", maxBytes: MAX_BODY_BYTES },
        },
      ],
    }),
    {
      status: 413,
      // Close rather than read and discard the rest of an endless body.
      headers: { "content-type": "application/json; charset=utf-8", connection: "close" },
    },
  );
}

/**
 * Reads a request body, stopping at MAX_BODY_BYTES: undefined when it is larger. Counts the bytes
 * actually read, so a chunked body (no Content-Length) or a lying header changes nothing.
 */
export async function readBodyWithLimit(
  body: ReadableStream<Uint8Array>,
  maxBytes: number = MAX_BODY_BYTES,
): Promise<Uint8Array | undefined> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

/** Refuses oversized bodies and documents, and alias flooding, before anything executes. */
export function useQueryLimits(): Plugin {
  return {
    async onRequest({ request, setRequest, endResponse, fetchAPI }) {
      if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) {
        endResponse(bodyTooLarge(fetchAPI.Response));
        return;
      }
      if (!request.body || request.method === "GET" || request.method === "HEAD") return;
      // The declared length alone is no limit: buffer what comes, up to the limit, and hand
      // yoga the buffered copy.
      const body = await readBodyWithLimit(request.body);
      if (!body) {
        endResponse(bodyTooLarge(fetchAPI.Response));
        return;
      }
      setRequest(
        new fetchAPI.Request(request.url, {
          method: request.method,
          headers: request.headers,
          body: body as unknown as BodyInit,
          signal: request.signal,
        }),
      );
    },
    onParse({ setParseFn }) {
      setParseFn((source, options) => {
        const text = typeof source === "string" ? source : source.body;
        if (text.length > MAX_DOCUMENT_CHARS) {
          throw tooLarge(
            `the document has ${text.length} characters; the limit is ${MAX_DOCUMENT_CHARS}`,
          );
        }
        let document: DocumentNode;
        try {
          document = parse(source, { ...options, maxTokens: MAX_DOCUMENT_TOKENS });
        } catch (error) {
          if (
            error instanceof GraphQLError &&
            /contains more th\w+ \d+ tokens/i.test(error.message)
          ) {
            throw tooLarge(`the document has more than ${MAX_DOCUMENT_TOKENS} tokens`);
          }
          throw error;
        }
        // Counted here because graphql-js's overlapping-fields check aborts on floods with a generic error.
        const fields = countFields(document);
        if (fields > MAX_QUERY_BREADTH) throw tooBroad(fields);
        return document;
      });
    },
    onValidate({ addValidationRule }) {
      addValidationRule(aliasLimitRule);
    },
  };
}

const NUL = "\u0000";

function nulInString(): GraphQLError {
  return userError(
    "BAD_USER_INPUT",
    "string arguments must not contain NUL (U+0000) characters, which the database cannot store",
  );
}

function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes(NUL);
  if (depth > 20 || value === null || typeof value !== "object") return false;
  const items = Array.isArray(value) ? value : Object.values(value);
  return items.some((item) => containsNul(item, depth + 1));
}

/** A validation rule refusing string literals that hold a NUL character, outside mutations. */
function nulLiteralRule(context: ValidationContext): ASTVisitor {
  let inMutation = false;
  return {
    OperationDefinition(node) {
      inMutation = node.operation === "mutation";
    },
    StringValue(node) {
      if (!inMutation && node.value.includes(NUL)) context.reportError(nulInString());
    },
  };
}

// graphql-js words variable coercion errors this way and gives them no code.
const VARIABLE_ERROR = /^Variable "\$[^"]+"/;

/**
 * Input checks before execution: NUL characters in any string argument of a query, literal or
 * variable, are BAD_USER_INPUT (Postgres cannot compare them), and variable type errors get that
 * code too.
 */
export function useInputChecks(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(nulLiteralRule);
    },
    onExecute({ args, setResultAndStopExecution }) {
      // Mutations are exempt: ingestArticle's text goes through intake, which names a NUL as
      // BINARY_CONTENT, and a NUL in a stored field is NUL_CHARACTER (src/ingest/ingest.ts).
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== "mutation" && containsNul(args.variableValues)) {
        setResultAndStopExecution({ errors: [nulInString()] });
        return;
      }
      return {
        onExecuteDone({ result, setResult }) {
          if (!("errors" in result) || !result.errors?.length) return;
          if (!result.errors.some((error) => isUncodedVariableError(error))) return;
          setResult({
            ...result,
            errors: result.errors.map((error) =>
              isUncodedVariableError(error)
                ? new GraphQLError(error.message, {
                    nodes: error.nodes,
                    source: error.source,
                    positions: error.positions,
                    extensions: { ...error.extensions, code: "BAD_USER_INPUT" },
                  })
                : error,
            ),
          });
        },
      };
    },
  };
}

function isUncodedVariableError(error: GraphQLError): boolean {
  return error.extensions?.code === undefined && VARIABLE_ERROR.test(error.message);
}

function isStatementTimeout(error: unknown): boolean {
  // yoga hands over the GraphQLError; the driver's error sits in originalError (or cause).
  let current: unknown = error;
  for (let hops = 0; current && typeof current === "object" && hops < 5; hops++) {
    if ((current as { code?: unknown }).code === QUERY_CANCELED) return true;
    current =
      (current as { originalError?: unknown }).originalError ??
      (current as { cause?: unknown }).cause;
  }
  return false;
}

/** Shows a cancelled statement (statement_timeout) as a QUERY_TIMEOUT error; everything else goes to `fallback`. */
export function createTimeoutAwareMaskError(
  fallback: (error: unknown, message: string, isDev?: boolean) => Error,
): (error: unknown, message: string, isDev?: boolean) => Error {
  return (error, message, isDev) => {
    if (isStatementTimeout(error)) {
      const path = error instanceof GraphQLError ? error.path : undefined;
      return new GraphQLError("the query took too long and was cancelled (statement timeout)", {
        path,
        extensions: { code: "QUERY_TIMEOUT" },
      });
    }
    return fallback(error, message, isDev);
  };
}
