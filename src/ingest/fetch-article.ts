/**
 * `kg ingest https://…`: fetches one article page for intake (HTML goes through the same
 * Readability path as a saved page). Only http and https; a timeout over the whole exchange, a
 * size cap counted on the bytes read (a declared length over it is refused before reading),
 * at most five redirects, each checked again, and a User-Agent that names the service.
 */
import type { ArticleFormat } from "../pipeline/types.js";

/** Why a page could not be fetched, as a code on its output line. */
export type FetchErrorCode =
  | "UNSUPPORTED_SCHEME"
  | "FETCH_FAILED"
  | "FETCH_TIMEOUT"
  | "HTTP_ERROR"
  | "TOO_MANY_REDIRECTS"
  | "UNSUPPORTED_CONTENT_TYPE"
  | "ARTICLE_TOO_LARGE";

export class FetchError extends Error {
  constructor(
    readonly code: FetchErrorCode,
    message: string,
    /** The HTTP status of an HTTP_ERROR, so callers can tell a server error from a missing page. */
    readonly status?: number,
  ) {
    super(message);
  }
}

/** A fetched page: its bytes, the address it was finally read from, and its format. */
export interface FetchedArticle {
  bytes: Buffer;
  url: string;
  format: ArticleFormat;
}

export interface FetchOptions {
  /** The whole exchange, redirects and body included (default 20 s; KG_FETCH_TIMEOUT_MS). */
  timeoutMs?: number;
  maxRedirects?: number;
}

const USER_AGENT = "news-kg/0.1 (news knowledge-graph ingester)";
const ACCEPT =
  "text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9,application/json;q=0.8";
const DEFAULT_TIMEOUT_MS = 20_000;
const MAX_REDIRECTS = 5;

/** A command-line argument that names a URL rather than a path ("scheme://…"). */
export function looksLikeUrl(arg: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(arg);
}

function parseHttpUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new FetchError("FETCH_FAILED", `not a valid address`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new FetchError(
      "UNSUPPORTED_SCHEME",
      `only http and https addresses are fetched, not ${url.protocol.replace(/:$/, "")}`,
    );
  return url;
}

/** The intake format a content type names, or undefined when it is not an article's. */
function formatOf(contentType: string | null): ArticleFormat | undefined {
  const type = (contentType ?? "text/html").split(";")[0]?.trim().toLowerCase() ?? "";
  if (type === "text/html" || type === "application/xhtml+xml") return "html";
  if (type === "text/plain") return "txt";
  if (type === "text/markdown" || type === "text/x-markdown") return "md";
  if (type === "application/json") return "json";
  return undefined;
}

function describeCause(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

/** Reads the body, stopping as soon as it passes `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  if (!response.body) return Buffer.alloc(0);
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      await response.body.cancel().catch(() => undefined);
      throw new FetchError(
        "ARTICLE_TOO_LARGE",
        `the page is over the ${maxBytes}-byte limit (KG_MAX_ARTICLE_BYTES)`,
      );
    }
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

/** What a fetch accepts: the Accept header, and which content types it takes. */
export interface Wanted {
  accept: string;
  /** True for a content type (lower case, no parameters) the caller can read. */
  takes(type: string): boolean;
  /** What the caller reads, for the error that names a content type it cannot. */
  describe: string;
}

/** A fetched body with the address it was read from and its content type. */
export interface FetchedBody {
  bytes: Buffer;
  url: string;
  contentType: string;
}

/**
 * Fetches one document within the limits above; throws FetchError with a code for every way it
 * can fail.
 */
export async function fetchBody(
  address: string,
  maxBytes: number,
  wanted: Wanted,
  options: FetchOptions = {},
): Promise<FetchedBody> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
  const signal = AbortSignal.timeout(timeoutMs);
  let url = parseHttpUrl(address);
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await fetch(url, {
        redirect: "manual",
        signal,
        headers: { "user-agent": USER_AGENT, accept: wanted.accept },
      });
      if (response.status >= 300 && response.status < 400 && response.headers.has("location")) {
        await response.body?.cancel().catch(() => undefined);
        if (redirects >= maxRedirects)
          throw new FetchError("TOO_MANY_REDIRECTS", `more than ${maxRedirects} redirects`);
        url = parseHttpUrl(new URL(response.headers.get("location") as string, url).toString());
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        throw new FetchError(
          "HTTP_ERROR",
          `the server answered HTTP ${response.status}`,
          response.status,
        );
      }
      const contentType = response.headers.get("content-type") ?? "text/html";
      const type = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
      if (!wanted.takes(type)) {
        await response.body?.cancel().catch(() => undefined);
        throw new FetchError(
          "UNSUPPORTED_CONTENT_TYPE",
          `${contentType} is not ${wanted.describe}`,
        );
      }
      const declared = Number(response.headers.get("content-length"));
      if (Number.isFinite(declared) && declared > maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        throw new FetchError(
          "ARTICLE_TOO_LARGE",
          `the page declares ${declared} bytes, over the ${maxBytes}-byte limit (KG_MAX_ARTICLE_BYTES)`,
        );
      }
      return {
        bytes: await readCapped(response, maxBytes),
        url: url.toString(),
        contentType: type,
      };
    }
  } catch (error) {
    if (error instanceof FetchError) throw error;
    if (signal.aborted)
      throw new FetchError("FETCH_TIMEOUT", `no complete answer within ${timeoutMs} ms`);
    throw new FetchError("FETCH_FAILED", `could not fetch it (${describeCause(error)})`);
  }
}

const ARTICLE: Wanted = {
  accept: ACCEPT,
  takes: (type) => formatOf(type) !== undefined,
  describe: "an article (HTML, text, Markdown or JSON)",
};

/** Fetches one article page; throws FetchError with a code for every way it can fail. */
export async function fetchArticle(
  address: string,
  maxBytes: number,
  options: FetchOptions = {},
): Promise<FetchedArticle> {
  const body = await fetchBody(address, maxBytes, ARTICLE, options);
  return { bytes: body.bytes, url: body.url, format: formatOf(body.contentType) as ArticleFormat };
}
