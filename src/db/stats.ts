/** Salience and time: degrees, co-occurrence partners, timelines, graph-wide counts and the cached PageRank store. */
import { type Kysely, type RawBuilder, sql } from "kysely";
import type { EdgeKind } from "../domain/edge-kind.js";
import type { CentralityStore, EntityMetric } from "../graph/centrality.js";
import type { WeightedPair } from "../graph/page-rank.js";
import { type ArticleScope, articleScopeCondition, isScoped } from "./article-scope.js";
import { type Entity, entityFromRow } from "./entities.js";
import type { DB, EntityRow, MetricsTables } from "./schema.js";

/** Time bucket sizes for timelines (Postgres `date_trunc` units). */
export type TimeBucket = "DAY" | "WEEK" | "MONTH" | "YEAR";

/** One bucket of an entity's timeline; `start` is the bucket's first day (weeks start on Monday). */
export interface TimelineBucketRecord {
  start: string;
  mentions: number;
  relations: number;
  articles: number;
}

/** A co-occurring entity with the sentences and articles the pair shares. */
export interface CoOccurrenceRecord {
  entityId: number;
  count: number;
  articleCount: number;
}

/**
 * How many typed relations touch each entity (RELATIONS: read from `entity_degrees`, which
 * triggers keep current on ingest), or how many entities it co-occurs with (COOCCURRENCE: counted).
 */
export async function countDegrees(
  db: Kysely<DB>,
  entityIds: readonly number[],
  edgeKind: EdgeKind = "RELATIONS",
): Promise<Map<number, number>> {
  const result = new Map<number, number>(entityIds.map((id) => [id, 0]));
  if (entityIds.length === 0) return result;
  const ids = [...entityIds];
  const { rows } =
    edgeKind === "RELATIONS"
      ? await sql<{ id: number; degree: number }>`
          select entity_id as id, degree from entity_degrees where entity_id = any(${ids}::int[])`.execute(
          db,
        )
      : await sql<{ id: number; degree: number }>`
          select id, count(distinct other)::int as degree from (
            select entity_a_id as id, entity_b_id as other from co_occurrences where entity_a_id = any(${ids}::int[])
            union all
            select entity_b_id, entity_a_id from co_occurrences where entity_b_id = any(${ids}::int[])) x
          group by id`.execute(db);
  for (const row of rows) result.set(row.id, row.degree);
  return result;
}

/** Each entity's strongest co-occurrence partners (sentences shared, then articles), in one statement. */
export async function listCoOccurrences(
  db: Kysely<DB>,
  entityIds: readonly number[],
  perEntity: number,
  partnerType?: string | null,
): Promise<Map<number, CoOccurrenceRecord[]>> {
  const result = new Map<number, CoOccurrenceRecord[]>(entityIds.map((id) => [id, []]));
  if (entityIds.length === 0 || perEntity <= 0) return result;
  const { rows } = await sql<{
    anchor: number;
    other: number;
    count: number;
    article_count: number;
  }>`
    select f.anchor, c.other, c.count, c.article_count from unnest(${[...entityIds]}::int[]) as f(anchor)
    cross join lateral (
      select other, sum(count)::int as count, count(distinct article_id)::int as article_count
        from (select entity_b_id as other, count, article_id from co_occurrences where entity_a_id = f.anchor
              union all
              select entity_a_id, count, article_id from co_occurrences where entity_b_id = f.anchor) x
       ${partnerType ? sql`where exists (select 1 from entities o where o.id = x.other and o.type = ${partnerType})` : sql``}
       group by other
       order by count desc, article_count desc, other
       limit ${perEntity}) c
    order by f.anchor, c.count desc, c.article_count desc, c.other`.execute(db);
  for (const row of rows) {
    result
      .get(row.anchor)
      ?.push({ entityId: row.other, count: row.count, articleCount: row.article_count });
  }
  return result;
}

/**
 * Mentions, relation evidence and articles per time bucket of each entity, over article
 * publication dates (undated articles are left out; empty buckets are not listed).
 */
export async function listTimelines(
  db: Kysely<DB>,
  entityIds: readonly number[],
  options: {
    bucket: TimeBucket;
    since?: string | null;
    until?: string | null;
    tag?: string | null;
  },
): Promise<Map<number, TimelineBucketRecord[]>> {
  const result = new Map<number, TimelineBucketRecord[]>(entityIds.map((id) => [id, []]));
  if (entityIds.length === 0) return result;
  const ids = [...entityIds];
  const unit = options.bucket.toLowerCase();
  const range = sql.join(
    [
      sql`a.published_on is not null`,
      ...(options.since ? [sql`a.published_on >= ${options.since}::date`] : []),
      ...(options.until ? [sql`a.published_on <= ${options.until}::date`] : []),
      ...(options.tag
        ? [
            sql`exists (select 1 from article_tags t where t.article_id = a.id and t.tag = ${options.tag})`,
          ]
        : []),
    ],
    sql` and `,
  );
  const { rows } = await sql<{
    entity_id: number;
    start: string;
    mentions: number;
    relations: number;
    articles: number;
  }>`
    with events as (
      select m.entity_id, a.id as article_id, a.published_on, 1 as mention, 0 as relation
        from mentions m join articles a on a.id = m.article_id
       where m.entity_id = any(${ids}::int[]) and ${range}
      union all
      select x.entity_id, a.id, a.published_on, 0, 1
        from (select r.subject_id as entity_id, r.id from relations r where r.subject_id = any(${ids}::int[])
              union all
              select r.object_id, r.id from relations r where r.object_id = any(${ids}::int[])) x
        join relation_evidence re on re.relation_id = x.id
        join articles a on a.id = re.article_id
       where ${range}
    )
    select entity_id, to_char(date_trunc(${unit}, published_on::timestamp), 'YYYY-MM-DD') as start,
           sum(mention)::int as mentions, sum(relation)::int as relations,
           count(distinct article_id)::int as articles
      from events
     group by entity_id, start
     order by entity_id, start`.execute(db);
  for (const row of rows) {
    result.get(row.entity_id)?.push({
      start: row.start,
      mentions: row.mentions,
      relations: row.relations,
      articles: row.articles,
    });
  }
  return result;
}

/** Graph-wide counts. */
export interface GraphCountsRecord {
  entityCount: number;
  relationCount: number;
  articleCount: number;
  mentionCount: number;
  entitiesByType: { type: string; count: number }[];
  relationsByType: { type: string; count: number }[];
}

/** Counts entities, relations, articles and mentions, and entities and relations by type. */
export async function countGraph(db: Kysely<DB>): Promise<GraphCountsRecord> {
  const { rows } = await sql<{
    entities: number;
    relations: number;
    articles: number;
    mentions: number;
  }>`
    select (select count(*)::int from entities) as entities,
           (select count(*)::int from relations) as relations,
           (select count(*)::int from articles) as articles,
           (select count(*)::int from mentions) as mentions`.execute(db);
  const totals = rows[0]!;
  const byType = (table: "entities" | "relations") =>
    db
      .selectFrom(table)
      .select(["type", sql<number>`count(*)::int`.as("count")])
      .groupBy("type")
      .orderBy(sql`count(*)`, "desc")
      .orderBy("type")
      .execute();
  return {
    entityCount: totals.entities,
    relationCount: totals.relations,
    articleCount: totals.articles,
    mentionCount: totals.mentions,
    entitiesByType: await byType("entities"),
    relationsByType: await byType("relations"),
  };
}

/**
 * The most connected entities: most typed relations, then most mentions, then id. With an
 * article scope (a source, a date range), both are counted over those articles only, and only
 * entities mentioned there are listed.
 */
export async function listTopEntities(
  db: Kysely<DB>,
  limit: number,
  type?: string,
  scope: ArticleScope = {},
): Promise<Entity[]> {
  const ofType = type === undefined ? sql`true` : sql`e.type = ${type}`;
  if (isScoped(scope)) return listScopedTopEntities(db, limit, ofType, scope);
  const { rows } = await sql<EntityRow>`
    select e.* from entity_degrees d join entities e on e.id = d.entity_id
     where d.degree > 0 and ${ofType}
     order by d.degree desc, e.mention_count desc, e.id
     limit ${limit}`.execute(db);
  if (rows.length >= limit) return rows.map(entityFromRow);
  // Fewer connected entities than asked for: fill up with the most mentioned others.
  const rest = await sql<EntityRow>`
    select e.* from entities e
     where not exists (select 1 from entity_degrees d where d.entity_id = e.id and d.degree > 0)
       and ${ofType}
     order by e.mention_count desc, e.id
     limit ${limit - rows.length}`.execute(db);
  return [...rows, ...rest.rows].map(entityFromRow);
}

async function listScopedTopEntities(
  db: Kysely<DB>,
  limit: number,
  ofType: RawBuilder<unknown>,
  scope: ArticleScope,
): Promise<Entity[]> {
  const { rows } = await sql<EntityRow>`
    with scoped as (select a.id from articles a where ${articleScopeCondition("a", scope)}),
    linked as (
      select distinct r.id, r.subject_id, r.object_id from relations r
        join relation_evidence re on re.relation_id = r.id
        join scoped s on s.id = re.article_id),
    degrees as (
      select x.entity_id, count(distinct x.other)::int as degree
        from (select subject_id as entity_id, object_id as other from linked
              union all select object_id, subject_id from linked) x
       group by x.entity_id),
    mentioned as (
      select m.entity_id, count(*)::int as mentions from mentions m
        join scoped s on s.id = m.article_id group by m.entity_id)
    select e.* from mentioned mm join entities e on e.id = mm.entity_id
      left join degrees d on d.entity_id = e.id
     where ${ofType}
     order by coalesce(d.degree, 0) desc, mm.mentions desc, e.id
     limit ${limit}`.execute(db);
  return rows.map(entityFromRow);
}

/**
 * What the cached metrics were computed from, from index lookups and one small table: new
 * relations, evidence or entities raise a max id; deletions and merges change the degree total.
 */
async function readGraphFingerprint(db: Kysely<DB>): Promise<string> {
  const { rows } = await sql<{ fingerprint: string }>`
    select concat_ws(':', (select coalesce(max(id), 0) from relations), (select coalesce(max(id), 0) from relation_evidence),
                          (select coalesce(max(id), 0) from entities), (select coalesce(sum(degree), 0) from entity_degrees),
                          (select count(*) from entity_degrees))
      as fingerprint`.execute(db);
  return rows[0]!.fingerprint;
}

async function readCachedFingerprint(db: Kysely<DB>): Promise<string | undefined> {
  const state = await db
    .withTables<MetricsTables>()
    .selectFrom("graph_metrics_state")
    .select("fingerprint")
    .where("id", "=", 1)
    .executeTakeFirst();
  return state?.fingerprint;
}

async function readRankInputs(
  db: Kysely<DB>,
): Promise<{ nodeIds: number[]; edges: WeightedPair[] }> {
  const entities = await db.selectFrom("entities").select("id").orderBy("id").execute();
  const edges = await db
    .selectFrom("relations")
    .select(["subject_id", "object_id", "evidence_count"])
    .execute();
  return {
    nodeIds: entities.map((row) => row.id),
    edges: edges.map((row) => ({
      a: row.subject_id,
      b: row.object_id,
      weight: row.evidence_count,
    })),
  };
}

/** The advisory lock key that serialises rewrites of the centrality cache ("kg_metrics"). */
const METRICS_LOCK_KEY = 0x6b675f6d;

async function writeEntityMetrics(
  db: Kysely<DB>,
  fingerprint: string,
  metrics: readonly EntityMetric[],
): Promise<void> {
  await db
    .withTables<MetricsTables>()
    .transaction()
    .execute(async (trx) => {
      // Two servers on one database may refresh at once: the second waits for the first, then
      // replaces its rows (without the lock both would insert, and one fail on the keys).
      await sql`select pg_advisory_xact_lock(${METRICS_LOCK_KEY})`.execute(trx);
      await trx.deleteFrom("entity_metrics").execute();
      for (let i = 0; i < metrics.length; i += 10_000) {
        const chunk = metrics.slice(i, i + 10_000);
        await sql`insert into entity_metrics (entity_id, degree, pagerank)
        select * from unnest(${chunk.map((metric) => metric.entityId)}::int[],
                             ${chunk.map((metric) => metric.degree)}::int[],
                             ${chunk.map((metric) => metric.pageRank)}::float8[])`.execute(trx);
      }
      await sql`insert into graph_metrics_state (id, fingerprint, computed_at) values (1, ${fingerprint}, now())
      on conflict (id) do update set fingerprint = excluded.fingerprint, computed_at = excluded.computed_at`.execute(
        trx,
      );
    });
}

async function findPageRanks(
  db: Kysely<DB>,
  entityIds: readonly number[],
): Promise<Map<number, number>> {
  const rows = await db
    .withTables<MetricsTables>()
    .selectFrom("entity_metrics")
    .select(["entity_id", "pagerank"])
    .where("entity_id", "in", [...entityIds])
    .execute();
  return new Map(rows.map((row) => [row.entity_id, Number(row.pagerank)]));
}

const stores = new WeakMap<Kysely<DB>, WeakMap<Kysely<DB>, CentralityStore>>();

/**
 * The centrality cache over database handles (the same store for the same handles): the cache
 * is checked, recomputed and written on `primaryDb`, where it is current and writable; cached
 * ranks are read on `db`, a read replica in `kg serve` with replicas (as current as its replay).
 */
export function centralityStore(db: Kysely<DB>, primaryDb: Kysely<DB> = db): CentralityStore {
  let byPrimary = stores.get(db);
  if (!byPrimary) {
    byPrimary = new WeakMap();
    stores.set(db, byPrimary);
  }
  let store = byPrimary.get(primaryDb);
  if (!store) {
    store = {
      readGraphFingerprint: () => readGraphFingerprint(primaryDb),
      readCachedFingerprint: () => readCachedFingerprint(primaryDb),
      readRankInputs: () => readRankInputs(primaryDb),
      writeMetrics: (fingerprint, metrics) => writeEntityMetrics(primaryDb, fingerprint, metrics),
      findPageRanks: (entityIds) => findPageRanks(db, entityIds),
    };
    byPrimary.set(primaryDb, store);
  }
  return store;
}
