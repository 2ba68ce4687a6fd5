/** Reads of mentions: where each entity is named. */
import { type Kysely, sql } from "kysely";
import type { DB, MentionRow } from "./schema.js";

/** One place in an article that names an entity, as the API sees it (camelCase). */
export interface Mention {
  id: number;
  articleId: number;
  entityId: number;
  sentenceIndex: number;
  start: number;
  end: number;
  surface: string;
  title: string | null;
  isMetonymy: boolean;
}

/** Maps a `mentions` row to a Mention. */
export function mentionFromRow(row: MentionRow): Mention {
  return {
    id: row.id,
    articleId: row.article_id,
    entityId: row.entity_id,
    sentenceIndex: row.sentence_index,
    start: row.start,
    end: row.end,
    surface: row.surface,
    title: row.title,
    isMetonymy: row.is_metonymy,
  };
}

/** The first `limit` mentions after `afterId` of each entity, in one windowed query. */
export async function listMentionsForEntities(
  db: Kysely<DB>,
  entityIds: readonly number[],
  page: { limit: number; afterId?: number },
): Promise<Map<number, Mention[]>> {
  const result = new Map<number, Mention[]>(entityIds.map((id) => [id, []]));
  if (entityIds.length === 0) return result;
  const ranked = db
    .selectFrom("mentions")
    .selectAll()
    .select(sql<number>`row_number() over (partition by entity_id order by id)`.as("rank"))
    .where("entity_id", "in", entityIds)
    .$if(page.afterId !== undefined, (qb) => qb.where("id", ">", page.afterId as number));
  const rows = await db
    .selectFrom(ranked.as("ranked"))
    .selectAll()
    .where("rank", "<=", page.limit)
    .orderBy("entity_id")
    .orderBy("id")
    .execute();
  for (const { rank: _rank, ...row } of rows) result.get(row.entity_id)?.push(mentionFromRow(row));
  return result;
}
