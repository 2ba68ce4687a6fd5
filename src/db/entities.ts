/** Reads of entities and their aliases. */
import { type Kysely, sql } from "kysely";
import { type ArticleScope, articleScopeCondition, isScoped } from "./article-scope.js";
import type { DB, EntityRow } from "./schema.js";

/** A canonical entity as the API sees it (camelCase). */
export interface Entity {
  id: number;
  type: string;
  name: string;
  normalizedKey: string;
  wikidataId: string | null;
  mentionCount: number;
  /** Map position from a gazetteer (countries, cities); both null when unknown. */
  latitude: number | null;
  longitude: number | null;
  createdAt: Date;
}

/** Maps an `entities` row to an Entity. */
export function entityFromRow(row: EntityRow): Entity {
  return {
    id: row.id,
    type: row.type,
    name: row.name,
    normalizedKey: row.normalized_key,
    wikidataId: row.wikidata_id,
    mentionCount: row.mention_count,
    latitude: row.latitude,
    longitude: row.longitude,
    createdAt: row.created_at,
  };
}

/** Filters for listing entities; a source or date range keeps entities mentioned in such articles. */
export interface EntityFilter extends ArticleScope {
  type?: string | null;
  /** Part of the name or of an alias, case-insensitive. */
  search?: string | null;
}

/** Finds entities by id, in no particular order. */
export async function findEntitiesByIds(db: Kysely<DB>, ids: readonly number[]): Promise<Entity[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom("entities").selectAll().where("id", "in", ids).execute();
  return rows.map(entityFromRow);
}

function filteredEntities(db: Kysely<DB>, filter: EntityFilter) {
  let query = db.selectFrom("entities");
  if (filter.type) query = query.where("type", "=", filter.type);
  if (isScoped(filter)) {
    query = query.where(
      sql<boolean>`exists (select 1 from mentions m join articles a on a.id = m.article_id
        where m.entity_id = entities.id and ${articleScopeCondition("a", filter)})`,
    );
  }
  const search = filter.search?.trim();
  if (search) {
    const pattern = `%${search.replace(/[\\%_]/g, "\\$&")}%`;
    query = query.where((eb) =>
      eb.or([
        eb("name", "ilike", pattern),
        eb.exists(
          eb
            .selectFrom("entity_aliases")
            .select(sql`1`.as("one"))
            .whereRef("entity_aliases.entity_id", "=", "entities.id")
            .where("entity_aliases.alias", "ilike", pattern),
        ),
      ]),
    );
  }
  return query;
}

/**
 * The orders entities can be listed in. Each ends with the id, so the order is total and a
 * cursor (an entity id) says exactly where the next page starts. CENTRALITY reads the PageRank
 * cache, which the caller refreshes first.
 */
export const ENTITY_ORDERS = ["ID", "MENTIONS", "DEGREE", "CENTRALITY", "NAME"] as const;
export type EntityOrder = (typeof ENTITY_ORDERS)[number];

/** The sort value of each order, as SQL over `entities` (degree and PageRank joined in). */
const ORDER_VALUE = {
  MENTIONS: sql`entities.mention_count`,
  DEGREE: sql`coalesce((select d.degree from entity_degrees d where d.entity_id = entities.id), 0)`,
  CENTRALITY: sql`coalesce((select m.pagerank from entity_metrics m where m.entity_id = entities.id), 0)`,
  NAME: sql`lower(entities.name)`,
} as const;

/** The same value for the cursor's entity, so the next page starts after it. */
const CURSOR_VALUE = {
  MENTIONS: (id: number) => sql`(select c.mention_count from entities c where c.id = ${id})`,
  DEGREE: (id: number) =>
    sql`coalesce((select d.degree from entity_degrees d where d.entity_id = ${id}), 0)`,
  CENTRALITY: (id: number) =>
    sql`coalesce((select m.pagerank from entity_metrics m where m.entity_id = ${id}), 0)`,
  NAME: (id: number) => sql`(select lower(c.name) from entities c where c.id = ${id})`,
} as const;

/**
 * Lists entities in an order after a cursor; returns up to `limit` rows. MENTIONS, DEGREE and
 * CENTRALITY list the largest first, NAME alphabetically, ID in insertion order; ties by id.
 */
export async function listEntities(
  db: Kysely<DB>,
  filter: EntityFilter,
  page: { limit: number; afterId?: number; orderBy?: EntityOrder },
): Promise<Entity[]> {
  const order = page.orderBy ?? "ID";
  let query = filteredEntities(db, filter).selectAll("entities");
  if (order === "ID") {
    if (page.afterId !== undefined) query = query.where("entities.id", ">", page.afterId);
    const rows = await query.orderBy("entities.id").limit(page.limit).execute();
    return rows.map(entityFromRow);
  }
  const value = ORDER_VALUE[order];
  const descending = order !== "NAME";
  if (page.afterId !== undefined) {
    const after = CURSOR_VALUE[order](page.afterId);
    const afterId = page.afterId;
    query = query.where(({ or, and, eb }) =>
      or([
        descending ? eb(value, "<", after) : eb(value, ">", after),
        and([eb(value, "=", after), eb("entities.id", ">", afterId)]),
      ]),
    );
  }
  const rows = await query
    .orderBy(value, descending ? "desc" : "asc")
    .orderBy("entities.id")
    .limit(page.limit)
    .execute();
  return rows.map(entityFromRow);
}

/** Counts the entities a filter matches. */
export async function countEntities(db: Kysely<DB>, filter: EntityFilter): Promise<number> {
  const row = await filteredEntities(db, filter)
    .select(sql<number>`count(*)::int`.as("count"))
    .executeTakeFirstOrThrow();
  return row.count;
}

/** Aliases of each entity (the canonical name excluded), in one query. */
export async function findAliasesByEntityIds(
  db: Kysely<DB>,
  ids: readonly number[],
): Promise<Map<number, string[]>> {
  const result = new Map<number, string[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return result;
  const rows = await db
    .selectFrom("entity_aliases")
    .innerJoin("entities", "entities.id", "entity_aliases.entity_id")
    .select(["entity_aliases.entity_id", "entity_aliases.alias"])
    .where("entity_aliases.entity_id", "in", ids)
    .whereRef("entity_aliases.alias", "<>", "entities.name")
    .orderBy("entity_aliases.entity_id")
    .orderBy("entity_aliases.alias")
    .execute();
  for (const row of rows) result.get(row.entity_id)?.push(row.alias);
  return result;
}

/** The entities each article mentions, ordered by first mention, in one query. */
export async function findEntityIdsByArticleIds(
  db: Kysely<DB>,
  articleIds: readonly number[],
): Promise<Map<number, number[]>> {
  const result = new Map<number, number[]>(articleIds.map((id) => [id, []]));
  if (articleIds.length === 0) return result;
  const rows = await db
    .selectFrom("mentions")
    .select(["article_id", "entity_id", (eb) => eb.fn.min("start").as("first_start")])
    .where("article_id", "in", articleIds)
    .groupBy(["article_id", "entity_id"])
    .orderBy("article_id")
    .orderBy("first_start")
    .execute();
  for (const row of rows) result.get(row.article_id)?.push(row.entity_id);
  return result;
}

/**
 * The columns of an entity, named: a prepared statement must not say `*`, or a column added by a
 * migration while a server runs would fail it ("cached plan must not change result type").
 */
export const ENTITY_COLUMNS = [
  "id",
  "type",
  "name",
  "normalized_key",
  "wikidata_id",
  "mention_count",
  "latitude",
  "longitude",
  "created_at",
] as const satisfies readonly (keyof EntityRow)[];
// Fails to compile when the entities table gains a column this list lacks (entityFromRow reads all).
const ENTITY_COLUMNS_COMPLETE: Record<
  Exclude<keyof EntityRow, (typeof ENTITY_COLUMNS)[number]>,
  never
> = {};
void ENTITY_COLUMNS_COMPLETE;
