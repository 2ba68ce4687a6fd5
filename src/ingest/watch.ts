/**
 * `kg watch`: reads RSS and Atom feeds (parsed by @extractus/feed-extractor) and ingests each
 * new item's page once: in process (PGlite), or, given a queue (Postgres), by adding an ingest
 * job with the fetched page for `kg worker`s to analyse and store. An item is claimed by inserting its (feed, item) row before it is
 * fetched: the watcher whose insert lands takes it, so two watchers of one feed never fetch or
 * store it twice, and a restarted watcher skips what it read. A failure that may pass (timeout,
 * network, a lost database) releases the claim for the next pass; one that will not (HTTP 404,
 * not an article, too large) is kept with its code.
 */
import { extractFromXml } from "@extractus/feed-extractor";
import type { Kysely } from "kysely";
import { isDatabaseUnavailable } from "../db/database.js";
import type { DB } from "../db/schema.js";
import { normalisePublishedAt } from "../pipeline/1-intake/publication-date.js";
import type { RawInput } from "../pipeline/1-intake/read-input.js";
import type { EnqueueResult } from "../queue/enqueue-input.js";
import { FetchError, fetchArticle, fetchBody, type Wanted } from "./fetch-article.js";
import {
  type ArticleDefaults,
  type IngestOutcome,
  type Preparer,
  storeInContentOrder,
} from "./ingest.js";
import { prepareInput } from "./prepare.js";

/** A feed is a list of links: a few megabytes is plenty. */
const FEED_MAX_BYTES = 5 * 1024 * 1024;

const FEED: Wanted = {
  accept: "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9",
  takes: (type) => type.endsWith("xml") || type === "text/plain",
  describe: "a feed (RSS or Atom XML)",
};

/** Failures worth another try on the next pass: the claim is released. */
const TRANSIENT = new Set([
  "FETCH_TIMEOUT",
  "FETCH_FAILED",
  "HTTP_SERVER_ERROR",
  "DATABASE_UNAVAILABLE",
  "STORE_FAILED",
  "ENQUEUE_FAILED",
]);

/** A server error or "too many requests" may pass: the item is tried again on a later pass. */
function isTransient(error: FetchError): boolean {
  if (TRANSIENT.has(error.code)) return true;
  return error.status !== undefined && (error.status >= 500 || error.status === 429);
}

/** What happened to an item handed to the queue: a job added, or one there already. */
export type QueuedOutcome =
  | { label: string; status: "queued"; jobId: string }
  | { label: string; status: "known"; reason: "stored" | "queued" };

/** What happened to one claimed item. */
export type WatchOutcome = IngestOutcome | QueuedOutcome;

/** Adds an ingest job for a fetched page (src/queue/enqueue-input.ts on the watcher's database). */
export type Enqueuer = (
  input: RawInput & { bytes: Buffer },
  defaults: ArticleDefaults,
) => Promise<EnqueueResult>;

/** One pass over one feed. */
export interface FeedPass {
  feed: string;
  /** Items with a link in the feed. */
  items: number;
  /** Items this pass claimed (new to every watcher). */
  claimed: number;
  outcomes: WatchOutcome[];
  /** Why the feed itself could not be read. */
  error?: { code: string; message: string };
}

export interface WatchOptions {
  maxArticleBytes: number;
  fetchTimeoutMs: number;
  prepare?: Preparer;
  defaults?: ArticleDefaults;
  /** Given (Postgres), items are queued for `kg worker`s instead of analysed and stored here. */
  enqueue?: Enqueuer;
}

interface FeedEntry {
  key: string;
  link: string;
  title: string | null;
  published: string | null;
}

/** The feed's items with a usable link, in a fixed order (by item id, then link). */
function readEntries(xml: string, feedUrl: string): { title: string | null; entries: FeedEntry[] } {
  let feed: ReturnType<typeof extractFromXml>;
  try {
    feed = extractFromXml(xml);
  } catch (error) {
    throw new FetchError(
      "FETCH_FAILED",
      `not a feed (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (!feed || !Array.isArray(feed.entries)) throw new FetchError("FETCH_FAILED", "not a feed");
  const entries: FeedEntry[] = [];
  for (const entry of feed.entries) {
    if (!entry.link) continue;
    let link: string;
    try {
      link = new URL(entry.link, feedUrl).toString();
    } catch {
      continue;
    }
    entries.push({
      key: entry.id || link,
      link,
      title: entry.title || null,
      published: entry.published ? normalisePublishedAt(String(entry.published)) : null,
    });
  }
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { title: feed.title || null, entries };
}

async function ingestEntry(
  db: Kysely<DB>,
  entry: FeedEntry,
  options: WatchOptions,
  defaults: ArticleDefaults,
): Promise<WatchOutcome[]> {
  try {
    const page = await fetchArticle(entry.link, options.maxArticleBytes, {
      timeoutMs: options.fetchTimeoutMs,
    });
    const input = {
      bytes: page.bytes,
      name: entry.link,
      format: page.format,
      meta: { url: page.url },
    };
    if (options.enqueue) return [await enqueueEntry(options.enqueue, input, defaults)];
    const prepare = options.prepare ?? prepareInput;
    const items = await prepare(input, options.maxArticleBytes);
    return await storeInContentOrder(db, items, defaults);
  } catch (error) {
    if (!(error instanceof FetchError)) throw error;
    const message = `${entry.link}: ${error.message}`;
    // A server error is kept apart from a missing page: the claim is released for a later pass.
    const code =
      isTransient(error) && error.code === "HTTP_ERROR" ? "HTTP_SERVER_ERROR" : error.code;
    return [{ label: entry.link, status: "failed", code, message, ms: 0 }];
  }
}

async function enqueueEntry(
  enqueue: Enqueuer,
  input: RawInput & { bytes: Buffer },
  defaults: ArticleDefaults,
): Promise<WatchOutcome> {
  const label = input.name;
  try {
    const result = await enqueue(input, defaults);
    return result.status === "enqueued"
      ? { label, status: "queued", jobId: result.jobId }
      : { label, status: "known", reason: result.status };
  } catch (error) {
    const message = `${label}: ${error instanceof Error ? error.message : String(error)}`;
    const code = isDatabaseUnavailable(error) ? "DATABASE_UNAVAILABLE" : "ENQUEUE_FAILED";
    return { label, status: "failed", code, message, ms: 0 };
  }
}

/** Reads one feed and ingests the items no watcher has taken yet. */
export async function watchFeedOnce(
  db: Kysely<DB>,
  feedUrl: string,
  options: WatchOptions,
): Promise<FeedPass> {
  const pass: FeedPass = { feed: feedUrl, items: 0, claimed: 0, outcomes: [] };
  let feed: { title: string | null; entries: FeedEntry[] };
  try {
    const body = await fetchBody(feedUrl, FEED_MAX_BYTES, FEED, {
      timeoutMs: options.fetchTimeoutMs,
    });
    feed = readEntries(body.bytes.toString("utf8"), body.url);
  } catch (error) {
    if (!(error instanceof FetchError)) throw error;
    const code = error.code === "FETCH_FAILED" ? "FEED_UNREADABLE" : error.code;
    return { ...pass, error: { code, message: `${feedUrl}: ${error.message}` } };
  }
  pass.items = feed.entries.length;
  for (const entry of feed.entries) {
    const claim = await db
      .insertInto("feed_items")
      .values({ feed_url: feedUrl, item_key: entry.key, link: entry.link, title: entry.title })
      .onConflict((oc) => oc.columns(["feed_url", "item_key"]).doNothing())
      .returning("id")
      .executeTakeFirst();
    if (!claim) continue;
    pass.claimed += 1;
    const defaults: ArticleDefaults = {
      ...options.defaults,
      source: options.defaults?.source ?? feed.title,
      publishedAt: options.defaults?.publishedAt ?? entry.published,
    };
    const outcomes = await ingestEntry(db, entry, options, defaults);
    pass.outcomes.push(...outcomes);
    let stored: number | undefined;
    let jobId: string | undefined;
    let failedCode: string | undefined;
    for (const outcome of outcomes) {
      if (outcome.status === "failed") failedCode ??= outcome.code;
      else if (outcome.status === "queued") jobId ??= outcome.jobId;
      else if (outcome.status === "ingested" || outcome.status === "duplicate")
        stored ??= outcome.articleId;
    }
    const knownStored = outcomes.some(
      (outcome) => outcome.status === "known" && outcome.reason === "stored",
    );
    const taken = stored !== undefined || outcomes.some((outcome) => outcome.status !== "failed");
    if (!taken && failedCode !== undefined && TRANSIENT.has(failedCode)) {
      // Worth another try: the next pass (of any watcher) claims it again.
      await db.deleteFrom("feed_items").where("id", "=", claim.id).execute();
      continue;
    }
    await db
      .updateTable("feed_items")
      .set({
        status: stored !== undefined || knownStored ? "ingested" : taken ? "queued" : "failed",
        code: taken ? null : (failedCode ?? null),
        article_id: stored ?? null,
        job_id: jobId ?? null,
      })
      .where("id", "=", claim.id)
      .execute();
  }
  return pass;
}
