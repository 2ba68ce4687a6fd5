/** Reads of stored articles. */
import { type Kysely, sql } from "kysely";
import type { ArticleRow, DB } from "./schema.js";

/** Filters for listing articles. */
export interface ArticleFilter {
  /** Words to find in title or text (web-search syntax), or part of the title. */
  search?: string | null;
  since?: string | null;
  until?: string | null;
  source?: string | null;
}

/** The article columns read by the API (the tsvector stays in the database). */
const ARTICLE_COLUMNS = [
  "id",
  "content_hash",
  "title",
  "author",
  "source",
  "url",
  "published_on",
  "published_at",
  "format",
  "text",
  "ingested_at",
] as const;

export type ArticleRecord = Omit<ArticleRow, "search_vector">;

/** Finds articles by id, in no particular order. */
export async function findArticlesByIds(
  db: Kysely<DB>,
  ids: readonly number[],
): Promise<ArticleRecord[]> {
  if (ids.length === 0) return [];
  return db.selectFrom("articles").select(ARTICLE_COLUMNS).where("id", "in", ids).execute();
}

function filteredArticles(db: Kysely<DB>, filter: ArticleFilter) {
  let query = db.selectFrom("articles");
  const search = filter.search?.trim();
  if (search) {
    query = query.where((eb) =>
      eb.or([
        eb("title", "ilike", `%${search.replace(/[\\%_]/g, "\\$&")}%`),
        sql<boolean>`search_vector @@ websearch_to_tsquery('english', ${search})`,
      ]),
    );
  }
  if (filter.since) query = query.where("published_on", ">=", filter.since);
  if (filter.until) query = query.where("published_on", "<=", filter.until);
  if (filter.source) query = query.where("source", "=", filter.source);
  return query;
}

/** Lists articles by id after a cursor; returns up to `limit` rows. */
export async function listArticles(
  db: Kysely<DB>,
  filter: ArticleFilter,
  page: { limit: number; afterId?: number },
): Promise<ArticleRecord[]> {
  let query = filteredArticles(db, filter).select(ARTICLE_COLUMNS);
  if (page.afterId !== undefined) query = query.where("id", ">", page.afterId);
  return query.orderBy("id").limit(page.limit).execute();
}

/** Counts the articles a filter matches. */
export async function countArticles(db: Kysely<DB>, filter: ArticleFilter): Promise<number> {
  const row = await filteredArticles(db, filter)
    .select(sql<number>`count(*)::int`.as("count"))
    .executeTakeFirstOrThrow();
  return row.count;
}
