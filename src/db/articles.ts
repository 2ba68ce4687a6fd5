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
  /** Only articles carrying this tag. */
  tag?: string | null;
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

type ArticleRecord = Omit<ArticleRow, "search_vector">;

/** A stored article as the API sees it (camelCase; the tsvector stays in the database). */
export interface Article {
  id: number;
  contentHash: string;
  title: string | null;
  author: string | null;
  source: string | null;
  url: string | null;
  /** YYYY-MM-DD when only the day is known. */
  publishedOn: string | null;
  publishedAt: Date | null;
  format: string;
  text: string;
  ingestedAt: Date;
}

/** Maps an `articles` row to an Article. */
export function articleFromRow(row: ArticleRecord): Article {
  return {
    id: row.id,
    contentHash: row.content_hash,
    title: row.title,
    author: row.author,
    source: row.source,
    url: row.url,
    publishedOn: row.published_on,
    publishedAt: row.published_at,
    format: row.format,
    text: row.text,
    ingestedAt: row.ingested_at,
  };
}

/** Finds articles by id, in no particular order. */
export async function findArticlesByIds(
  db: Kysely<DB>,
  ids: readonly number[],
): Promise<Article[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("articles")
    .select(ARTICLE_COLUMNS)
    .where("id", "in", ids)
    .execute();
  return rows.map(articleFromRow);
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
  if (filter.tag) {
    const tag = filter.tag;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("article_tags")
          .select(sql`1`.as("one"))
          .whereRef("article_tags.article_id", "=", "articles.id")
          .where("article_tags.tag", "=", tag),
      ),
    );
  }
  return query;
}

/** Lists articles by id after a cursor; returns up to `limit` rows. */
export async function listArticles(
  db: Kysely<DB>,
  filter: ArticleFilter,
  page: { limit: number; afterId?: number },
): Promise<Article[]> {
  let query = filteredArticles(db, filter).select(ARTICLE_COLUMNS);
  if (page.afterId !== undefined) query = query.where("id", ">", page.afterId);
  const rows = await query.orderBy("id").limit(page.limit).execute();
  return rows.map(articleFromRow);
}

/** Counts the articles a filter matches. */
export async function countArticles(db: Kysely<DB>, filter: ArticleFilter): Promise<number> {
  const row = await filteredArticles(db, filter)
    .select(sql<number>`count(*)::int`.as("count"))
    .executeTakeFirstOrThrow();
  return row.count;
}

/** Adds tags to an article (kept once each; a tag already there is left alone). */
export async function addArticleTags(
  db: Kysely<DB>,
  articleId: number,
  tags: readonly string[],
): Promise<void> {
  const unique = [...new Set(tags)];
  if (unique.length === 0) return;
  await db
    .insertInto("article_tags")
    .values(unique.map((tag) => ({ article_id: articleId, tag })))
    .onConflict((oc) => oc.columns(["article_id", "tag"]).doNothing())
    .execute();
}

/** The tags of each article, sorted, in one query. */
export async function findTagsByArticleIds(
  db: Kysely<DB>,
  articleIds: readonly number[],
): Promise<Map<number, string[]>> {
  const result = new Map<number, string[]>(articleIds.map((id) => [id, []]));
  if (articleIds.length === 0) return result;
  const rows = await db
    .selectFrom("article_tags")
    .select(["article_id", "tag"])
    .where("article_id", "in", [...articleIds])
    .orderBy("article_id")
    .orderBy("tag")
    .execute();
  for (const row of rows) result.get(row.article_id)?.push(row.tag);
  return result;
}
