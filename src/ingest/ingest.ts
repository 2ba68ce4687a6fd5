/** Article → pipeline → database: each article analysed, then stored (linked across articles) in its own transaction. */
import { type Kysely, sql, type Transaction } from "kysely";
import { addArticleTags } from "../db/articles.js";
import { curationChange, mergeInTransaction } from "../db/curation.js";
import { isDatabaseUnavailable } from "../db/database.js";
import { type ChangeEvent, notifyChange, publishLocalChange } from "../db/notify.js";
import type { DB } from "../db/schema.js";
import {
  findArticleIdByHash,
  findEntitiesByTypeKeys,
  findLinkCandidates,
  findRejoinCandidates,
  findSharedContext,
  insertArticle,
  type StoreResult,
  storeArticleContent,
} from "../db/store.js";
import { runTransaction } from "../db/transaction.js";
import type { RawInput } from "../pipeline/1-intake/read-input.js";
import { planRejoinLookups, planRejoins } from "../pipeline/4-resolve/link-across-articles.js";
import { linkAcrossArticles, planContextLookup, planLinkLookups } from "../pipeline/index.js";
import type { StorableExtraction } from "../pipeline/types.js";
import { type PreparedItem, prepareInput } from "./prepare.js";

/** An article to ingest: bytes or text, a name for messages, optional format and metadata. */
export type IngestRequest = RawInput;

/** What happened to one article of a request. */
export type IngestOutcome =
  | {
      label: string;
      status: "ingested" | "duplicate";
      articleId: number;
      title: string | null;
      entityCount: number;
      relationCount: number;
      ms: number;
    }
  | { label: string; status: "failed"; code: string; message: string; ms: number };

/** Runs intake and analysis; in process by default, or on worker threads (see analysis-pool.ts). */
export type Preparer = (
  input: RawInput,
  maxBytes: number,
) => PreparedItem[] | Promise<PreparedItem[]>;

/**
 * What the caller knows about articles that do not say it themselves (`kg ingest --source
 * --published-at`): a value found in the article wins, these fill what it lacks. Tags are added
 * to every article, new or already stored.
 */
export interface ArticleDefaults {
  source?: string | null;
  /** Already normalised (normalisePublishedAt). */
  publishedAt?: string | null;
  tags?: readonly string[];
}

/** Limits applied to every request, where analysis runs, and defaults for missing metadata. */
export interface IngestOptions {
  maxArticleBytes: number;
  prepare?: Preparer;
  defaults?: ArticleDefaults;
}

/** Fills the draft's missing source and date from the defaults. */
function applyDefaults(
  extraction: StorableExtraction,
  defaults: ArticleDefaults,
): StorableExtraction {
  const { draft } = extraction;
  return {
    ...extraction,
    draft: {
      ...draft,
      source: draft.source ?? defaults.source ?? null,
      publishedAt: draft.publishedAt ?? defaults.publishedAt ?? null,
    },
  };
}

/**
 * The transaction-scoped advisory lock every article's store takes first (a constant key,
 * "kg-link" in ASCII). Linking reads what earlier articles stored: two processes storing at once
 * (two `kg ingest` runs, a run beside `kg serve`) would each miss the other's uncommitted
 * entities and split one name into two. Held to commit, it makes stores from any number of
 * processes one after another; analysis, the costly part, still runs in parallel.
 */
const LINK_LOCK_KEY = 0x6b672d6c696e6bn;

/** An article's store, with the curations (rejoin merges) it logged on the way. */
export interface ArticleStore extends StoreResult {
  /** The rejoin merges this article made, as live subscribers hear of a curator's merge. */
  curations: ChangeEvent[];
}

/** Stores an extraction in `trx`; an already stored article (same content hash) writes nothing. */
export async function storeArticle(
  trx: Transaction<DB>,
  extraction: StorableExtraction,
): Promise<ArticleStore> {
  await sql`select pg_advisory_xact_lock(${LINK_LOCK_KEY.toString()}::bigint)`.execute(trx);
  const articleId = await insertArticle(trx, extraction);
  if (articleId === undefined) {
    const existing = await findArticleIdByHash(trx, extraction.draft.contentHash);
    return {
      articleId: existing ?? 0,
      isNew: false,
      entityCount: 0,
      relationCount: 0,
      entityIds: [],
      curations: [],
    };
  }
  const { entities } = extraction;
  // Read after the article row, as before the split: the candidates are as fresh as the insert.
  const stored = await findEntitiesByTypeKeys(trx, entities);
  const found = await findLinkCandidates(trx, planLinkLookups(entities, stored));
  // Whether a short form's person is of this story: read only when one is among the candidates.
  const contextLookup = planContextLookup(entities, stored, found);
  const candidates = contextLookup
    ? { ...found, context: await findSharedContext(trx, contextLookup) }
    : found;
  const links = linkAcrossArticles(entities, stored, candidates);
  const result = await storeArticleContent(trx, articleId, extraction, links);
  // A bare surname stored apart that this article's full name now takes, as it would have had
  // this article come first: merged, logged and undoable as a curator's merge.
  const rejoins = planRejoins(
    await findRejoinCandidates(trx, planRejoinLookups(entities, result.idsByIndex ?? [])),
  );
  const curations: ChangeEvent[] = [];
  const merged = new Set<number>();
  for (const rejoin of rejoins) {
    const curation = await mergeInTransaction(trx, rejoin.into, rejoin.from, {
      weak: rejoin.weak,
    });
    // Undone before: the curator's undo stands, nothing merged.
    if (!curation) continue;
    curations.push(curationChange(curation, "MERGE"));
    merged.add(rejoin.from);
  }
  return merged.size === 0
    ? { ...result, curations }
    : { ...result, entityIds: result.entityIds.filter((id) => !merged.has(id)), curations };
}

/** How a newly stored article is announced to live subscribers. */
function articleChange(stored: StoreResult): ChangeEvent {
  return {
    kind: "article",
    articleId: stored.articleId,
    entityCount: stored.entityCount,
    relationCount: stored.relationCount,
    entityIds: stored.entityIds,
  };
}

/** What a store announces: the article (when new), then each rejoin merge it logged. */
function announcements(stored: ArticleStore): ChangeEvent[] {
  return stored.isNew ? [articleChange(stored), ...stored.curations] : [];
}

const NUL = "\u0000";

/** The first stored text field holding a NUL character, which Postgres refuses. */
function findNulField(extraction: StorableExtraction): string | undefined {
  const { draft } = extraction;
  for (const field of ["title", "author", "source", "url", "text"] as const) {
    if (draft[field]?.includes(NUL)) return field;
  }
  return undefined;
}

/** Stores one prepared article in its own transaction; known content is reported, not rewritten. */
export async function storePrepared(
  db: Kysely<DB>,
  item: PreparedItem,
  defaults: ArticleDefaults = {},
): Promise<IngestOutcome> {
  if (!item.ok)
    return {
      label: item.label,
      status: "failed",
      code: item.code,
      message: item.message,
      ms: item.ms,
    };
  const started = performance.now();
  const extraction = applyDefaults(item.extraction, defaults);
  const nulField = findNulField(extraction);
  if (nulField) {
    return {
      label: item.label,
      status: "failed",
      code: "NUL_CHARACTER",
      message: `${item.label}: the ${nulField} contains a NUL character (U+0000), which the database cannot store`,
      ms: item.ms,
    };
  }
  try {
    // No look-up first: the article insert's ON CONFLICT finds known content inside the
    // transaction, which saves a round trip per new article.
    const stored = await runTransaction(db, async (trx) => {
      const result = await storeArticle(trx, extraction);
      if (defaults.tags?.length && result.articleId > 0)
        await addArticleTags(trx, result.articleId, defaults.tags);
      // Last statements of the transaction: listeners hear of the article, and of the merges
      // it made, when it commits.
      for (const change of announcements(result)) await notifyChange(trx, change);
      return result;
    });
    for (const change of announcements(stored)) publishLocalChange(change);
    return {
      label: item.label,
      status: stored.isNew ? "ingested" : "duplicate",
      articleId: stored.articleId,
      title: extraction.draft.title,
      entityCount: stored.entityCount,
      relationCount: stored.relationCount,
      ms: item.ms + performance.now() - started,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      label: item.label,
      status: "failed",
      // Unavailable: nothing was stored and a re-run can store it; callers may stop early.
      code: isDatabaseUnavailable(error) ? "DATABASE_UNAVAILABLE" : "STORE_FAILED",
      message: `${item.label}: ${message}`,
      ms: item.ms + performance.now() - started,
    };
  }
}

/**
 * Stores the articles of one input one after another in the order of their content hashes (a
 * JSON Lines file gives the same graph whatever the order of its lines); the outcomes come back
 * in the input's order. One failure never stops the others.
 */
export async function storeInContentOrder(
  db: Kysely<DB>,
  items: readonly PreparedItem[],
  defaults: ArticleDefaults = {},
): Promise<IngestOutcome[]> {
  const order = items
    .map((item, index) => ({ hash: item.ok ? item.extraction.draft.contentHash : "", index }))
    .sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : a.index - b.index));
  const outcomes = new Array<IngestOutcome>(items.length);
  for (const { index } of order)
    outcomes[index] = await storePrepared(db, items[index] as PreparedItem, defaults);
  return outcomes;
}

/** Ingests every article in the request; one failure never stops the others. */
export async function ingest(
  db: Kysely<DB>,
  request: IngestRequest,
  options: IngestOptions,
): Promise<IngestOutcome[]> {
  const prepare = options.prepare ?? prepareInput;
  const items = await prepare(request, options.maxArticleBytes);
  return storeInContentOrder(db, items, options.defaults);
}
