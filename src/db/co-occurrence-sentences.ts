/** The sentences that name both entities of a co-occurring pair, read from mentions. */
import { type Kysely, sql } from "kysely";
import type { DB } from "./schema.js";

/** One sentence naming both entities: where it is, and the span from the first to the last of their mentions. */
export interface SharedSentenceRecord {
  /** 1-based place in the pair's list (article id, then sentence index): the page cursor. */
  ordinal: number;
  articleId: number;
  sentenceIndex: number;
  /** Character offsets in the article text. */
  start: number;
  end: number;
}

/** A pair of entities, in either order, keyed by the caller. */
export interface EntityPair {
  key: string;
  a: number;
  b: number;
}

/**
 * Up to `limit` sentences naming both entities of each pair, after the `after`-th, ordered by
 * article id and sentence index, in one statement.
 */
export async function listSharedSentences(
  db: Kysely<DB>,
  pairs: readonly EntityPair[],
  page: { limit: number; after: number },
): Promise<Map<string, SharedSentenceRecord[]>> {
  const result = new Map<string, SharedSentenceRecord[]>(pairs.map((pair) => [pair.key, []]));
  if (pairs.length === 0 || page.limit <= 0) return result;
  const { rows } = await sql<{
    key: string;
    ordinal: string | number;
    article_id: number;
    sentence_index: number;
    start: number;
    end: number;
  }>`
    select p.key, s.* from unnest(${pairs.map((pair) => pair.key)}::text[],
                                  ${pairs.map((pair) => pair.a)}::int[],
                                  ${pairs.map((pair) => pair.b)}::int[]) as p(key, a, b)
    cross join lateral (
      select row_number() over (order by ma.article_id, ma.sentence_index) as ordinal,
             ma.article_id, ma.sentence_index,
             least(min(ma.start), min(mb.start)) as start, greatest(max(ma."end"), max(mb."end")) as "end"
        from mentions ma
        join mentions mb on mb.article_id = ma.article_id and mb.sentence_index = ma.sentence_index
                        and mb.entity_id = p.b
       where ma.entity_id = p.a
       group by ma.article_id, ma.sentence_index
       order by ma.article_id, ma.sentence_index
       offset ${page.after} limit ${page.limit}) s
    order by p.key, s.ordinal`.execute(db);
  for (const row of rows) {
    result.get(row.key)?.push({
      ordinal: Number(row.ordinal),
      articleId: row.article_id,
      sentenceIndex: row.sentence_index,
      start: row.start,
      end: row.end,
    });
  }
  return result;
}

/** How many sentences name both entities of each pair, in one statement. */
export async function countSharedSentences(
  db: Kysely<DB>,
  pairs: readonly EntityPair[],
): Promise<Map<string, number>> {
  const result = new Map<string, number>(pairs.map((pair) => [pair.key, 0]));
  if (pairs.length === 0) return result;
  const { rows } = await sql<{ key: string; count: number }>`
    select p.key, (select count(*)::int from (
        select 1 from mentions ma
          join mentions mb on mb.article_id = ma.article_id and mb.sentence_index = ma.sentence_index
                          and mb.entity_id = p.b
         where ma.entity_id = p.a
         group by ma.article_id, ma.sentence_index) s) as count
      from unnest(${pairs.map((pair) => pair.key)}::text[],
                  ${pairs.map((pair) => pair.a)}::int[],
                  ${pairs.map((pair) => pair.b)}::int[]) as p(key, a, b)`.execute(db);
  for (const row of rows) result.set(row.key, row.count);
  return result;
}
