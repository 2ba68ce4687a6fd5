/** Reads of relations and their evidence. */
import { type Kysely, sql } from "kysely";
import type { DB, EvidenceRow, RelationRow } from "./schema.js";

/** Which end of a relation an entity sits on. */
export type RelationDirection = "OUTGOING" | "INCOMING" | "BOTH";

/** Filters for relation lists. */
export interface RelationFilter {
  types?: readonly string[] | null;
  minConfidence?: number | null;
}

/** A relation seen from one of its entities (`anchor`). */
export type AnchoredRelationRow = RelationRow & { anchor_id: number };

/** Finds relations by id, in no particular order. */
export async function findRelationsByIds(db: Kysely<DB>, ids: readonly number[]): Promise<RelationRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom("relations").selectAll().where("id", "in", ids).execute();
}

function anchoredRelations(
  db: Kysely<DB>,
  entityIds: readonly number[],
  direction: RelationDirection,
  filter: RelationFilter,
) {
  const side = (column: "subject_id" | "object_id") =>
    db
      .selectFrom("relations")
      .selectAll()
      .select(sql<number>`${sql.ref(column)}`.as("anchor_id"))
      .where(column, "in", entityIds)
      .$if(Boolean(filter.types?.length), (qb) => qb.where("type", "in", filter.types as string[]))
      .$if(filter.minConfidence != null, (qb) => qb.where("confidence", ">=", filter.minConfidence as number));
  if (direction === "OUTGOING") return side("subject_id");
  if (direction === "INCOMING") return side("object_id");
  return side("subject_id").unionAll(side("object_id"));
}

/** The first `limit` relations after `afterId` of each entity, strongest evidence first by id, in one query. */
export async function listRelationsForEntities(
  db: Kysely<DB>,
  entityIds: readonly number[],
  direction: RelationDirection,
  filter: RelationFilter,
  page: { limit: number; afterId?: number },
): Promise<Map<number, AnchoredRelationRow[]>> {
  const result = new Map<number, AnchoredRelationRow[]>(entityIds.map((id) => [id, []]));
  if (entityIds.length === 0) return result;
  const ranked = db
    .selectFrom(anchoredRelations(db, entityIds, direction, filter).as("anchored"))
    .selectAll()
    .select(sql<number>`row_number() over (partition by anchor_id order by id)`.as("rank"))
    .$if(page.afterId !== undefined, (qb) => qb.where("id", ">", page.afterId as number));
  const rows = await db
    .selectFrom(ranked.as("ranked"))
    .selectAll()
    .where("rank", "<=", page.limit)
    .orderBy("anchor_id")
    .orderBy("id")
    .execute();
  for (const { rank: _rank, ...row } of rows) result.get(row.anchor_id)?.push(row as AnchoredRelationRow);
  return result;
}

/** Counts each entity's relations under the same direction and filter, in one query. */
export async function countRelationsForEntities(
  db: Kysely<DB>,
  entityIds: readonly number[],
  direction: RelationDirection,
  filter: RelationFilter,
): Promise<Map<number, number>> {
  const result = new Map<number, number>(entityIds.map((id) => [id, 0]));
  if (entityIds.length === 0) return result;
  const rows = await db
    .selectFrom(anchoredRelations(db, entityIds, direction, filter).as("anchored"))
    .select(["anchor_id", sql<number>`count(*)::int`.as("count")])
    .groupBy("anchor_id")
    .execute();
  for (const row of rows) result.set(row.anchor_id, row.count);
  return result;
}

function filteredRelations(db: Kysely<DB>, filter: RelationFilter) {
  return db
    .selectFrom("relations")
    .$if(Boolean(filter.types?.length), (qb) => qb.where("type", "in", filter.types as string[]))
    .$if(filter.minConfidence != null, (qb) => qb.where("confidence", ">=", filter.minConfidence as number));
}

/** Lists relations by id after a cursor. */
export async function listRelations(
  db: Kysely<DB>,
  filter: RelationFilter,
  page: { limit: number; afterId?: number },
): Promise<RelationRow[]> {
  return filteredRelations(db, filter)
    .selectAll()
    .$if(page.afterId !== undefined, (qb) => qb.where("id", ">", page.afterId as number))
    .orderBy("id")
    .limit(page.limit)
    .execute();
}

/** Counts the relations a filter matches. */
export async function countRelations(db: Kysely<DB>, filter: RelationFilter): Promise<number> {
  const row = await filteredRelations(db, filter)
    .select(sql<number>`count(*)::int`.as("count"))
    .executeTakeFirstOrThrow();
  return row.count;
}

/** Evidence rows of each relation, ordered by article date (undated last), in one query. */
export async function findEvidenceByRelationIds(
  db: Kysely<DB>,
  relationIds: readonly number[],
): Promise<Map<number, EvidenceRow[]>> {
  const result = new Map<number, EvidenceRow[]>(relationIds.map((id) => [id, []]));
  if (relationIds.length === 0) return result;
  const rows = await db
    .selectFrom("relation_evidence")
    .innerJoin("articles", "articles.id", "relation_evidence.article_id")
    .selectAll("relation_evidence")
    .where("relation_evidence.relation_id", "in", relationIds)
    .orderBy(sql`articles.published_on asc nulls last`)
    .orderBy("relation_evidence.article_id")
    .orderBy("relation_evidence.start")
    .execute();
  for (const row of rows) result.get(row.relation_id)?.push(row);
  return result;
}

/** Relations with evidence in each article, in one query. */
export async function findRelationIdsByArticleIds(
  db: Kysely<DB>,
  articleIds: readonly number[],
): Promise<Map<number, number[]>> {
  const result = new Map<number, number[]>(articleIds.map((id) => [id, []]));
  if (articleIds.length === 0) return result;
  const rows = await db
    .selectFrom("relation_evidence")
    .select(["article_id", "relation_id"])
    .distinct()
    .where("article_id", "in", articleIds)
    .orderBy("article_id")
    .orderBy("relation_id")
    .execute();
  for (const row of rows) result.get(row.article_id)?.push(row.relation_id);
  return result;
}
