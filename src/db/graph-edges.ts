/** Edge fetchers for the graph algorithms in src/graph: the strongest edges of given entities, one statement per call. */
import { type Kysely, type RawBuilder, sql } from "kysely";
import { COOCCURRENCE_TYPE } from "../domain/edge-kind.js";
import { type RelationType, SYMMETRIC_RELATION_TYPES } from "../domain/vocabulary.js";
import { association } from "../graph/association.js";
import type { AnchoredEdge, EdgeFilter, GraphEdgeRecord, GraphSource } from "../graph/edges.js";
import { articleScopeCondition, isScoped } from "./article-scope.js";
import { ENTITY_COLUMNS, type Entity, entityFromRow } from "./entities.js";
import { PREPARED_STATEMENT } from "./prepared.js";
import type { DB, EntityRow } from "./schema.js";

/** A relation row as the edge queries select it. */
interface RelationEdgeRow {
  id: number;
  subject_id: number;
  object_id: number;
  type: string;
  predicate: string;
  evidence_count: number;
  confidence: number;
  provenance: string;
}

/** A relation as an edge; its articles are not counted on a traversal (articleCount 0). */
function relationEdgeFromRow(row: RelationEdgeRow): GraphEdgeRecord {
  return {
    key: `relation:${row.id}`,
    relationId: row.id,
    sourceId: row.subject_id,
    targetId: row.object_id,
    type: row.type,
    predicate: row.predicate,
    weight: row.evidence_count,
    confidence: Number(row.confidence),
    evidenceCount: row.evidence_count,
    articleCount: 0,
    directed: !SYMMETRIC_RELATION_TYPES.has(row.type as RelationType),
    provenance: row.provenance,
  };
}

function coOccurrenceEdge(
  a: number,
  b: number,
  weight: number,
  articleCount: number,
): GraphEdgeRecord {
  const [low, high] = a < b ? [a, b] : [b, a];
  return {
    key: `cooc:${low}:${high}`,
    relationId: null,
    sourceId: low,
    targetId: high,
    type: COOCCURRENCE_TYPE,
    predicate: "co-occurs with",
    weight,
    confidence: 1,
    evidenceCount: weight,
    articleCount,
    directed: false,
    provenance: null,
  };
}

/** The filter's dates and tag as a condition on the articles row called `alias`. */
function articleCondition(alias: string, filter: EdgeFilter): RawBuilder<boolean> {
  return articleScopeCondition(alias, {
    since: filter.since,
    until: filter.until,
    tag: filter.tag,
  });
}

function hasArticleCondition(filter: EdgeFilter): boolean {
  return isScoped({ since: filter.since, until: filter.until, tag: filter.tag });
}

/**
 * PREPARED_STATEMENT for a relation hop with no filter beyond the edge kind: its text is then
 * the same for every request (anchors and caps are parameters), and Postgres plans it once per
 * connection instead of spending ~1 ms planning each hop; filtered hops take too many shapes.
 */
function preparedIfPlain(filter: EdgeFilter): RawBuilder<unknown> {
  const plain =
    !filter.relationTypes?.length &&
    !filter.provenances?.length &&
    !filter.entityTypes?.length &&
    filter.minWeight == null &&
    !hasArticleCondition(filter);
  return sql.raw(plain ? PREPARED_STATEMENT : "");
}

/** One side (subject or object) of an anchor's relations, strongest first, straight off the weight index. */
function relationSide(
  side: "subject_id" | "object_id",
  filter: EdgeFilter,
  perNode: number,
): RawBuilder<unknown> {
  const otherSide = side === "subject_id" ? "object_id" : "subject_id";
  const conditions: RawBuilder<unknown>[] = [sql`r.${sql.raw(side)} = f.anchor`];
  if (filter.relationTypes?.length)
    conditions.push(sql`r.type = any(${[...filter.relationTypes]}::text[])`);
  if (filter.provenances?.length)
    conditions.push(sql`r.provenance = any(${[...filter.provenances]}::text[])`);
  if (filter.minWeight != null) conditions.push(sql`r.evidence_count >= ${filter.minWeight}`);
  if (filter.entityTypes?.length) {
    conditions.push(
      sql`exists (select 1 from entities o where o.id = r.${sql.raw(otherSide)} and o.type = any(${[...filter.entityTypes]}::text[]))`,
    );
  }
  if (hasArticleCondition(filter)) {
    conditions.push(sql`exists (select 1 from relation_evidence re join articles a on a.id = re.article_id
      where re.relation_id = r.id and ${articleCondition("a", filter)})`);
  }
  return sql`(select r.id, r.subject_id, r.object_id, r.type, r.predicate, r.evidence_count, r.confidence,
      r.provenance, r.${sql.raw(otherSide)} as other
    from relations r where ${sql.join(conditions, sql` and `)}
    order by r.evidence_count desc, r.confidence desc, r.id limit ${perNode})`;
}

type AnchoredRelationRow = RelationEdgeRow & {
  anchor: number;
  other: number;
};

function anchoredRelationEdge(row: AnchoredRelationRow): AnchoredEdge {
  return { anchor: row.anchor, other: row.other, edge: relationEdgeFromRow(row) };
}

/**
 * The strongest `perNode` relations of each anchor (`f.anchor`): a lateral top-k per side, the
 * two merged in weight order (a Merge Append of the two index scans, no sort) and cut after
 * `perNode` rows and whatever ties the last on evidence and confidence. Callers rank ties by
 * edge key and cap each anchor at `perNode` (capEdgesPerAnchor), which never keeps a row past
 * those ties: the same edges as from both sides' top-k whole, in up to half the rows (a hub's
 * two sides sent 2 × `perNode`, and on kg_bench a 2-hop read fell from ~4,300 rows to ~3,200).
 */
function relationHop(filter: EdgeFilter, perNode: number): RawBuilder<unknown> {
  return sql`cross join lateral (
      select * from (${relationSide("subject_id", filter, perNode)}
                     union all ${relationSide("object_id", filter, perNode)}) s
       order by s.evidence_count desc, s.confidence desc
       fetch first ${perNode} rows with ties) r`;
}

/** The strongest `perNode` relations of each anchor, in one statement (a lateral top-k per anchor and side). */
async function fetchRelationEdges(
  db: Kysely<DB>,
  anchors: readonly number[],
  filter: EdgeFilter,
  perNode: number,
): Promise<AnchoredEdge[]> {
  if (anchors.length === 0) return [];
  const { rows } = await sql<AnchoredRelationRow>`${preparedIfPlain(filter)}select f.anchor, r.*
    from unnest(${[...anchors]}::int[]) as f(anchor) ${relationHop(filter, perNode)}`.execute(db);
  return rows.map(anchoredRelationEdge);
}

/**
 * A hop and the next in one statement: the hop as fetchRelationEdges reads it, then (when it
 * reaches at most `next.maxAnchors` distinct other ends) the strongest `next.perNode` relations of
 * each of those ends. One round trip instead of two for a 2-hop neighbourhood; a hop that reaches
 * more ends than the traversal has room for (a hub seed fills the node limit) reads nothing more.
 */
async function fetchRelationEdgesAndNext(
  db: Kysely<DB>,
  anchors: readonly number[],
  filter: EdgeFilter,
  perNode: number,
  next: { perNode: number; maxAnchors: number },
): Promise<{ edges: AnchoredEdge[]; next?: AnchoredEdge[] }> {
  if (anchors.length === 0) return { edges: [] };
  const { rows } = await sql<AnchoredRelationRow & { step: number }>`${preparedIfPlain(filter)}
    with hop as materialized (
      select f.anchor, r.* from unnest(${[...anchors]}::int[]) as f(anchor) ${relationHop(filter, perNode)}),
    reached as materialized (select distinct other as anchor from hop)
    select 0 as step, hop.* from hop
    union all
    select 1, f.anchor, r.* from reached f ${relationHop(filter, next.perNode)}
     where (select count(*) from reached) <= ${next.maxAnchors}`.execute(db);
  const edges: AnchoredEdge[] = [];
  const following: AnchoredEdge[] = [];
  for (const row of rows) (row.step === 0 ? edges : following).push(anchoredRelationEdge(row));
  const reached = new Set(edges.map((edge) => edge.other)).size;
  return reached <= next.maxAnchors ? { edges, next: following } : { edges };
}

/**
 * Partners read per anchor before ranking by association: a pair's association is at most
 * shared articles × ln(all articles / the anchor's articles), so the strongest pairs are among
 * those sharing the most articles.
 */
const ASSOCIATION_CANDIDATES = 200;

/**
 * The strongest `perNode` co-occurring entities of each anchor, in one statement: by sentences
 * shared, or (rankBy ASSOCIATION) by association among the partners sharing the most articles.
 * Every edge carries its association either way.
 */
async function fetchCoOccurrenceEdges(
  db: Kysely<DB>,
  anchors: readonly number[],
  filter: EdgeFilter,
  perNode: number,
): Promise<AnchoredEdge[]> {
  if (anchors.length === 0) return [];
  const dated = hasArticleCondition(filter);
  const byAssociation = filter.rankBy === "ASSOCIATION";
  const { rows } = await sql<{
    anchor: number;
    other: number;
    weight: number;
    article_count: number;
    anchor_articles: number;
    other_articles: number;
    total_articles: number;
  }>`
    select f.anchor, c.other, c.weight, c.article_count, fa.n as anchor_articles,
      (select count(distinct m.article_id)::int from mentions m where m.entity_id = c.other) as other_articles,
      (select count(*)::int from articles) as total_articles
    from unnest(${[...anchors]}::int[]) as f(anchor)
    cross join lateral (select count(distinct m.article_id)::int as n from mentions m where m.entity_id = f.anchor) fa
    cross join lateral (
      select x.other, sum(x.count)::int as weight, count(distinct x.article_id)::int as article_count
        from (select entity_b_id as other, count, article_id from co_occurrences where entity_a_id = f.anchor
              union all
              select entity_a_id, count, article_id from co_occurrences where entity_b_id = f.anchor) x
        ${dated ? sql`join articles a on a.id = x.article_id and ${articleCondition("a", filter)}` : sql``}
        ${
          filter.entityTypes?.length
            ? sql`join entities o on o.id = x.other and o.type = any(${[...filter.entityTypes]}::text[])`
            : sql``
        }
       group by x.other
       ${filter.minWeight != null ? sql`having sum(x.count) >= ${filter.minWeight}` : sql``}
       ${
         byAssociation
           ? sql`order by article_count desc, weight desc, x.other limit ${Math.max(perNode, ASSOCIATION_CANDIDATES)}`
           : sql`order by weight desc, x.other limit ${perNode}`
       }) c`.execute(db);
  return rows.map((row) => {
    const edge = coOccurrenceEdge(row.anchor, row.other, row.weight, row.article_count);
    edge.association = association({
      shared: row.article_count,
      first: row.anchor_articles,
      second: row.other_articles,
      total: row.total_articles,
    });
    if (byAssociation) edge.rank = edge.association;
    return { anchor: row.anchor, other: row.other, edge };
  });
}

/** Up to `perNode` strongest edges of each anchor (relations: per side), in one statement. */
export async function findEdgesOfEntities(
  db: Kysely<DB>,
  anchors: readonly number[],
  filter: EdgeFilter,
  perNode: number,
): Promise<AnchoredEdge[]> {
  return filter.edgeKind === "COOCCURRENCE"
    ? fetchCoOccurrenceEdges(db, anchors, filter, perNode)
    : fetchRelationEdges(db, anchors, filter, perNode);
}

function entityColumns(alias: string): RawBuilder<unknown> {
  return sql.join(ENTITY_COLUMNS.map((column) => sql.ref(`${alias}.${column}`)));
}

/** Entities by id, in one statement; unknown ids are left out. */
export async function findEntityMapByIds(
  db: Kysely<DB>,
  ids: readonly number[],
): Promise<Map<number, Entity>> {
  if (ids.length === 0) return new Map();
  // One array parameter rather than hundreds of placeholders: cheaper to bind and plan.
  const { rows } =
    await sql<EntityRow>`${sql.raw(PREPARED_STATEMENT)}select ${entityColumns("entities")}
      from entities where id = any(${[...ids]}::int[])`.execute(db);
  return new Map(rows.map((row) => [row.id, entityFromRow(row)]));
}

/** An entity as a graph node: with its typed-relation degree when the source was asked to read it. */
export type GraphEntity = Entity & { relationDegree?: number };

/** Entities by id with their typed-relation degrees (entity_degrees), in one statement. */
async function findEntityMapWithDegrees(
  db: Kysely<DB>,
  ids: readonly number[],
): Promise<Map<number, GraphEntity>> {
  if (ids.length === 0) return new Map();
  const { rows } = await sql<
    EntityRow & { relation_degree: number | null }
  >`${sql.raw(PREPARED_STATEMENT)}
    select ${entityColumns("e")}, d.degree as relation_degree from entities e
      left join entity_degrees d on d.entity_id = e.id
     where e.id = any(${[...ids]}::int[])`.execute(db);
  return new Map(
    rows.map(({ relation_degree, ...row }) => [
      row.id,
      Object.assign(entityFromRow(row), { relationDegree: relation_degree ?? 0 }),
    ]),
  );
}

/**
 * The graph algorithms' view of the database over one connection or transaction; with
 * `degrees`, node payloads carry their typed-relation degree (read with the nodes, one statement).
 */
export function graphSource(
  db: Kysely<DB>,
  options: { degrees?: boolean } = {},
): GraphSource<GraphEntity> {
  return {
    findEdges: (anchors, filter, perNode) => findEdgesOfEntities(db, anchors, filter, perNode),
    findNodes: (ids) =>
      options.degrees ? findEntityMapWithDegrees(db, ids) : findEntityMapByIds(db, ids),
    findEdgesAndNext: async (anchors, filter, perNode, next) =>
      filter.edgeKind === "COOCCURRENCE"
        ? { edges: await fetchCoOccurrenceEdges(db, anchors, filter, perNode) }
        : fetchRelationEdgesAndNext(db, anchors, filter, perNode, next),
  };
}

/** The articles that carry each edge (evidence articles of a relation, articles naming a pair), in one or two statements. */
export async function findArticleIdsOfEdges(
  db: Kysely<DB>,
  edges: readonly { key: string; relationId: number | null; sourceId: number; targetId: number }[],
  perEdge: number,
): Promise<Map<string, number[]>> {
  const result = new Map<string, number[]>(edges.map((edge) => [edge.key, []]));
  const relationIds = edges.flatMap((edge) => (edge.relationId === null ? [] : [edge.relationId]));
  const pairs = edges.filter((edge) => edge.relationId === null);
  const rows: { key: string; article_id: number }[] = [];
  if (relationIds.length) {
    const { rows: found } = await sql<{ relation_id: number; article_id: number }>`
      select distinct relation_id, article_id from relation_evidence
       where relation_id = any(${relationIds}::int[]) order by relation_id, article_id`.execute(db);
    rows.push(
      ...found.map((row) => ({ key: `relation:${row.relation_id}`, article_id: row.article_id })),
    );
  }
  if (pairs.length) {
    const { rows: found } = await sql<{ a: number; b: number; article_id: number }>`
      select c.entity_a_id as a, c.entity_b_id as b, c.article_id
        from co_occurrences c
        join unnest(${pairs.map((edge) => Math.min(edge.sourceId, edge.targetId))}::int[],
                    ${pairs.map((edge) => Math.max(edge.sourceId, edge.targetId))}::int[]) as p(a, b)
          on c.entity_a_id = p.a and c.entity_b_id = p.b
       order by c.entity_a_id, c.entity_b_id, c.count desc, c.article_id`.execute(db);
    rows.push(
      ...found.map((row) => ({ key: `cooc:${row.a}:${row.b}`, article_id: row.article_id })),
    );
  }
  for (const row of rows) {
    const list = result.get(row.key);
    if (list && list.length < perEdge) list.push(row.article_id);
  }
  return result;
}

/** Every co-occurring pair of the graph as an edge (weight: sentences naming both), strongest first. */
export async function readCoOccurrenceEdges(
  db: Kysely<DB>,
  tag?: string | null,
): Promise<GraphEdgeRecord[]> {
  let query = db.selectFrom("co_occurrences");
  // Only the co-occurrences of articles carrying the tag.
  if (tag)
    query = query.where(
      sql<boolean>`exists (select 1 from articles a where a.id = co_occurrences.article_id and ${articleScopeCondition("a", { tag })})`,
    );
  const rows = await query
    .select([
      "entity_a_id",
      "entity_b_id",
      sql<number>`sum(count)::int`.as("weight"),
      sql<number>`count(*)::int`.as("article_count"),
    ])
    .groupBy(["entity_a_id", "entity_b_id"])
    .orderBy("entity_a_id")
    .orderBy("entity_b_id")
    .execute();
  return rows.map((row) =>
    coOccurrenceEdge(row.entity_a_id, row.entity_b_id, row.weight, row.article_count),
  );
}
