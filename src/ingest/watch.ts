/**
 * `kg watch`: reads RSS and Atom feeds (parsed by @extractus/feed-extractor) and ingests each
 * new item's page once. An item is claimed by inserting its (feed, item) row before it is
 * fetched: the watcher whose insert lands takes it, so two watchers of one feed never fetch or
 * store it twice, and a restarted watcher skips what it read. A failure that may pass (timeout,
 * network, a lost database) releases the claim for the next pass; one that will not (HTTP 404,
 * not an article, too large) is kept with its code.
 */
import { extractFromXml } from "@extractus/feed-extractor";
import type { Kysely } from "kysely";
import type { DB } from "../db/schema.js";
import { normalisePublishedAt } from "../pipeline/1-intake/publication-date.js";
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
  "DATABASE_UNAVAILABLE",
  "STORE_FAILED",
]);

/** One pass over one feed. */
export interface FeedPass {
  feed: string;
  /** Items with a link in the feed. */
  items: number;
  /** Items this pass claimed (new to every watcher). */
  claimed: number;
  outcomes: IngestOutcome[];
  /** Why the feed itself could not be read. */
  error?: { code: string; message: string };
}

export interface WatchOptions {
  maxArticleBytes: number;
  fetchTimeoutMs: number;
  prepare?: Preparer;
  defaults?: ArticleDefaults;
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
): Promise<IngestOutcome[]> {
  try {
    const page = await fetchArticle(entry.link, options.maxArticleBytes, {
      timeoutMs: options.fetchTimeoutMs,
    });
    const prepare = options.prepare ?? prepareInput;
    const items = await prepare(
      { bytes: page.bytes, name: entry.link, format: page.format, meta: { url: page.url } },
      options.maxArticleBytes,
    );
    return await storeInContentOrder(db, items, defaults);
  } catch (error) {
    if (!(error instanceof FetchError)) throw error;
    const message = `${entry.link}: ${error.message}`;
    return [{ label: entry.link, status: "failed", code: error.code, message, ms: 0 }];
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
    let failedCode: string | undefined;
    for (const outcome of outcomes) {
      if (outcome.status === "failed") failedCode ??= outcome.code;
      else stored ??= outcome.articleId;
    }
    if (stored === undefined && failedCode !== undefined && TRANSIENT.has(failedCode)) {
      // Worth another try: the next pass (of any watcher) claims it again.
      await db.deleteFrom("feed_items").where("id", "=", claim.id).execute();
      continue;
    }
    await db
      .updateTable("feed_items")
      .set({
        status: stored === undefined ? "failed" : "ingested",
        code: stored === undefined ? (failedCode ?? null) : null,
        article_id: stored ?? null,
      })
      .where("id", "=", claim.id)
      .execute();
  }
  return pass;
}
