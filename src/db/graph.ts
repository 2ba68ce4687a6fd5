/** Graph traversal over typed relations or co-occurrences: neighbourhoods, subgraphs and paths. */
import { type Kysely, type RawBuilder, sql } from "kysely";
import { COOCCURRENCE_TYPE, type EdgeKind } from "../domain/edge-kind.js";
import { type RelationType, SYMMETRIC_RELATION_TYPES } from "../domain/vocabulary.js";
import type { DB, EntityRow } from "./schema.js";

/** Which edges count, and between which entities. */
export interface EdgeFilter {
  edgeKind: EdgeKind;
  relationTypes?: readonly string[] | null;
  /** Only neighbours of these types (seeds are always kept). */
  entityTypes?: readonly string[] | null;
  /** Minimum weight: evidence sentences of a relation, or co-occurring sentences of a pair. */
  minWeight?: number | null;
  /** Only edges with evidence in articles published on or after this date (YYYY-MM-DD). */
  since?: string | null;
  /** Only edges with evidence in articles published on or before this date (YYYY-MM-DD). */
  until?: string | null;
}

/**
 * One edge of the graph. Relations point subject → target object; co-occurrence edges join the
 * lower entity id (source) to the higher one and have no direction.
 */
export interface GraphEdgeRecord {
  /** Stable key: `relation:<id>` or `cooc:<a>:<b>`. */
  key: string;
  relationId: number | null;
  sourceId: number;
  targetId: number;
  type: string;
  predicate: string;
  weight: number;
  confidence: number;
  evidenceCount: number;
  articleCount: number;
  directed: boolean;
}

/** A node of a traversal result: the entity and its hop distance from the nearest seed. */
export interface GraphNodeRecord {
  entity: EntityRow;
  depth: number;
}

/** A bounded subgraph around seeds. */
export interface SubgraphRecord {
  nodes: GraphNodeRecord[];
  edges: GraphEdgeRecord[];
  /** True when a fan-out cap or the node limit left edges or nodes out. */
  truncated: boolean;
  /** The deepest hop reached. */
  depth: number;
}

/** Traversal bounds. */
export interface TraversalOptions extends EdgeFilter {
  depth: number;
  limit: number;
}

/** Edges followed per node beyond the first hop: a hub contributes only its strongest edges. */
export const HUB_FANOUT = 50;

/** An edge seen from one of its ends (`anchor`), toward `other`. */
interface AnchoredEdge {
  anchor: number;
  other: number;
  edge: GraphEdgeRecord;
}

/** Strongest first: weight, then confidence, then the lower key (deterministic on every backend). */
function compareEdges(a: GraphEdgeRecord, b: GraphEdgeRecord): number {
  return (
    b.weight - a.weight ||
    b.confidence - a.confidence ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

function relationEdgeFromRow(row: {
  id: number;
  subject_id: number;
  object_id: number;
  type: string;
  predicate: string;
  evidence_count: number;
  confidence: number;
  article_count: number;
}): GraphEdgeRecord {
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
    articleCount: row.article_count,
    directed: !SYMMETRIC_RELATION_TYPES.has(row.type as RelationType),
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
  };
}

function dateRange(alias: string, filter: EdgeFilter): RawBuilder<boolean> {
  const conditions: RawBuilder<unknown>[] = [];
  if (filter.since)
    conditions.push(sql`${sql.ref(`${alias}.published_on`)} >= ${filter.since}::date`);
  if (filter.until)
    conditions.push(sql`${sql.ref(`${alias}.published_on`)} <= ${filter.until}::date`);
  return conditions.length ? sql<boolean>`${sql.join(conditions, sql` and `)}` : sql<boolean>`true`;
}

function hasDateRange(filter: EdgeFilter): boolean {
  return Boolean(filter.since || filter.until);
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
  if (filter.minWeight != null) conditions.push(sql`r.evidence_count >= ${filter.minWeight}`);
  if (filter.entityTypes?.length) {
    conditions.push(
      sql`exists (select 1 from entities o where o.id = r.${sql.raw(otherSide)} and o.type = any(${[...filter.entityTypes]}::text[]))`,
    );
  }
  if (hasDateRange(filter)) {
    conditions.push(sql`exists (select 1 from relation_evidence re join articles a on a.id = re.article_id
      where re.relation_id = r.id and ${dateRange("a", filter)})`);
  }
  return sql`(select r.id, r.subject_id, r.object_id, r.type, r.predicate, r.evidence_count, r.confidence,
      r.${sql.raw(otherSide)} as other
    from relations r where ${sql.join(conditions, sql` and `)}
    order by r.evidence_count desc, r.confidence desc, r.id limit ${perNode})`;
}

/** The strongest `perNode` relations of each anchor, in one statement (a lateral top-k per anchor and side). */
async function fetchRelationEdges(
  db: Kysely<DB>,
  anchors: readonly number[],
  filter: EdgeFilter,
  perNode: number,
): Promise<AnchoredEdge[]> {
  if (anchors.length === 0) return [];
  const { rows } = await sql<{
    anchor: number;
    other: number;
    id: number;
    subject_id: number;
    object_id: number;
    type: string;
    predicate: string;
    evidence_count: number;
    confidence: number;
  }>`select f.anchor, r.* from unnest(${[...anchors]}::int[]) as f(anchor)
     cross join lateral (${relationSide("subject_id", filter, perNode)}
       union all ${relationSide("object_id", filter, perNode)}) r`.execute(db);
  return rows.map((row) => ({
    anchor: row.anchor,
    other: row.other,
    edge: relationEdgeFromRow({ ...row, article_count: 0 }),
  }));
}

/** The strongest `perNode` co-occurring entities of each anchor, in one statement. */
async function fetchCoOccurrenceEdges(
  db: Kysely<DB>,
  anchors: readonly number[],
  filter: EdgeFilter,
  perNode: number,
): Promise<AnchoredEdge[]> {
  if (anchors.length === 0) return [];
  const dated = hasDateRange(filter);
  const { rows } = await sql<{
    anchor: number;
    other: number;
    weight: number;
    article_count: number;
  }>`
    select f.anchor, c.other, c.weight, c.article_count from unnest(${[...anchors]}::int[]) as f(anchor)
    cross join lateral (
      select x.other, sum(x.count)::int as weight, count(distinct x.article_id)::int as article_count
        from (select entity_b_id as other, count, article_id from co_occurrences where entity_a_id = f.anchor
              union all
              select entity_a_id, count, article_id from co_occurrences where entity_b_id = f.anchor) x
        ${dated ? sql`join articles a on a.id = x.article_id and ${dateRange("a", filter)}` : sql``}
        ${
          filter.entityTypes?.length
            ? sql`join entities o on o.id = x.other and o.type = any(${[...filter.entityTypes]}::text[])`
            : sql``
        }
       group by x.other
       ${filter.minWeight != null ? sql`having sum(x.count) >= ${filter.minWeight}` : sql``}
       order by weight desc, x.other
       limit ${perNode}) c`.execute(db);
  return rows.map((row) => ({
    anchor: row.anchor,
    other: row.other,
    edge: coOccurrenceEdge(row.anchor, row.other, row.weight, row.article_count),
  }));
}

/** The strongest edges of each anchor (up to `perNode`), strongest first, grouped by anchor. */
export async function findEdgesOfEntities(
  db: Kysely<DB>,
  anchors: readonly number[],
  filter: EdgeFilter,
  perNode: number,
): Promise<Map<number, AnchoredEdge[]>> {
  const rows =
    filter.edgeKind === "COOCCURRENCE"
      ? await fetchCoOccurrenceEdges(db, anchors, filter, perNode)
      : await fetchRelationEdges(db, anchors, filter, perNode);
  const result = new Map<number, AnchoredEdge[]>(anchors.map((id) => [id, []]));
  for (const row of rows) result.get(row.anchor)?.push(row);
  for (const [anchor, list] of result) {
    list.sort((a, b) => compareEdges(a.edge, b.edge) || a.other - b.other);
    // Both sides were capped separately: keep the anchor's overall strongest.
    result.set(anchor, list.slice(0, perNode));
  }
  return result;
}

async function loadEntities(
  db: Kysely<DB>,
  ids: readonly number[],
): Promise<Map<number, EntityRow>> {
  if (ids.length === 0) return new Map();
  // One array parameter rather than hundreds of placeholders: cheaper to bind and plan.
  const { rows } =
    await sql<EntityRow>`select * from entities where id = any(${[...ids]}::int[])`.execute(db);
  return new Map(rows.map((row) => [row.id, row]));
}

interface Traversal {
  depthOf: Map<number, number>;
  edges: Map<string, GraphEdgeRecord>;
  frontier: number[];
  truncated: boolean;
  reached: number;
}

/**
 * Expands breadth-first from each seed set, one statement per hop for all sets together: each
 * frontier node contributes its strongest edges (all of them up to `limit` on the first hop,
 * `HUB_FANOUT` after), new nodes are admitted strongest edge first until `limit`, and
 * `truncated` says when anything was left out. Edges are kept when both ends are in the result.
 */
export async function expandSubgraphs(
  db: Kysely<DB>,
  seedSets: readonly (readonly number[])[],
  options: TraversalOptions,
): Promise<SubgraphRecord[]> {
  // Unknown seed ids simply have no edges; they are dropped with the entity rows at the end.
  const traversals: Traversal[] = seedSets.map((seedIds) => {
    const depthOf = new Map<number, number>();
    let truncated = false;
    for (const id of new Set(seedIds)) {
      if (depthOf.size >= options.limit) {
        truncated = true;
        break;
      }
      depthOf.set(id, 0);
    }
    return { depthOf, edges: new Map(), frontier: [...depthOf.keys()], truncated, reached: 0 };
  });
  for (let hop = 1; hop <= options.depth; hop++) {
    const active = traversals.filter((traversal) => {
      if (traversal.frontier.length === 0) return false;
      if (traversal.depthOf.size < options.limit) return true;
      traversal.truncated = true;
      return false;
    });
    if (active.length === 0) break;
    const perNode = hop === 1 ? options.limit : Math.min(options.limit, HUB_FANOUT);
    // One extra row per node tells whether the cap cut anything.
    const anchors = [...new Set(active.flatMap((traversal) => traversal.frontier))];
    const byAnchor = await findEdgesOfEntities(db, anchors, options, perNode + 1);
    for (const traversal of active) {
      const candidates: AnchoredEdge[] = [];
      for (const anchor of traversal.frontier) {
        const list = byAnchor.get(anchor) ?? [];
        if (list.length > perNode) traversal.truncated = true;
        candidates.push(...list.slice(0, perNode));
      }
      candidates.sort((a, b) => compareEdges(a.edge, b.edge) || a.other - b.other);
      const next: number[] = [];
      for (const candidate of candidates) {
        if (!traversal.depthOf.has(candidate.other)) {
          if (traversal.depthOf.size >= options.limit) {
            traversal.truncated = true;
            continue;
          }
          traversal.depthOf.set(candidate.other, hop);
          next.push(candidate.other);
          traversal.reached = hop;
        }
        traversal.edges.set(candidate.edge.key, candidate.edge);
      }
      traversal.frontier = next;
    }
  }
  const entities = await loadEntities(db, [
    ...new Set(traversals.flatMap((traversal) => [...traversal.depthOf.keys()])),
  ]);
  return traversals.map(({ depthOf, edges, truncated, reached }) => {
    const nodes = [...depthOf.entries()]
      .filter(([id]) => entities.has(id))
      .map(([id, depth]) => ({ entity: entities.get(id) as EntityRow, depth }));
    const kept = [...edges.values()].filter(
      (edge) => depthOf.has(edge.sourceId) && depthOf.has(edge.targetId),
    );
    kept.sort(compareEdges);
    return { nodes, edges: kept, truncated, depth: reached };
  });
}

/** Expands one seed set (see expandSubgraphs). */
export async function expandSubgraph(
  db: Kysely<DB>,
  seedIds: readonly number[],
  options: TraversalOptions,
): Promise<SubgraphRecord> {
  const [result] = await expandSubgraphs(db, [seedIds], options);
  return result as SubgraphRecord;
}

/** A path: its nodes in order and the edge taken at each hop. */
export interface PathRecord {
  nodes: GraphNodeRecord[];
  edges: GraphEdgeRecord[];
}

/** Bounds of a path search. */
export interface PathOptions extends EdgeFilter {
  maxDepth: number;
  /** Edges followed per node: hubs contribute their strongest edges only. */
  fanout: number;
}

/** The part of the graph a path search has seen: adjacency lists, strongest edge first. */
class LocalGraph {
  readonly adjacency = new Map<number, { other: number; edge: GraphEdgeRecord }[]>();

  add(anchor: number, other: number, edge: GraphEdgeRecord): void {
    for (const [from, to] of [
      [anchor, other],
      [other, anchor],
    ] as const) {
      const list = this.adjacency.get(from) ?? [];
      if (!list.some((item) => item.edge.key === edge.key)) list.push({ other: to, edge });
      this.adjacency.set(from, list);
    }
  }

  sort(): void {
    for (const list of this.adjacency.values()) {
      list.sort((a, b) => compareEdges(a.edge, b.edge) || a.other - b.other);
    }
  }

  /** Shortest path by BFS avoiding banned nodes and edges; neighbours strongest first. */
  shortest(
    from: number,
    to: number,
    maxDepth: number,
    bannedNodes: ReadonlySet<number> = new Set(),
    bannedEdges: ReadonlySet<string> = new Set(),
  ): { nodes: number[]; edges: GraphEdgeRecord[] } | undefined {
    if (from === to) return { nodes: [from], edges: [] };
    const parent = new Map<number, { prev: number; edge: GraphEdgeRecord }>();
    const seen = new Set([from]);
    let frontier = [from];
    for (let depth = 1; depth <= maxDepth && frontier.length > 0; depth++) {
      const next: number[] = [];
      for (const node of frontier) {
        for (const { other, edge } of this.adjacency.get(node) ?? []) {
          if (seen.has(other) || bannedNodes.has(other) || bannedEdges.has(edge.key)) continue;
          seen.add(other);
          parent.set(other, { prev: node, edge });
          if (other === to) {
            const nodes = [to];
            const edges: GraphEdgeRecord[] = [];
            let cursor = to;
            while (cursor !== from) {
              const step = parent.get(cursor)!;
              edges.unshift(step.edge);
              nodes.unshift(step.prev);
              cursor = step.prev;
            }
            return { nodes, edges };
          }
          next.push(other);
        }
      }
      frontier = next;
    }
    return undefined;
  }
}

/**
 * Explores from both ends, expanding the smaller frontier one hop at a time (one statement each),
 * until the balls meet (`stopAtMeeting`) or together cover every path of up to `maxDepth` hops.
 */
async function exploreBetween(
  db: Kysely<DB>,
  from: number,
  to: number,
  options: PathOptions,
  stopAtMeeting: boolean,
): Promise<LocalGraph> {
  const graph = new LocalGraph();
  const sides = [
    { seen: new Set([from]), frontier: [from], radius: 0, limit: Math.ceil(options.maxDepth / 2) },
    { seen: new Set([to]), frontier: [to], radius: 0, limit: Math.floor(options.maxDepth / 2) },
  ];
  const filter = { ...options, entityTypes: null };
  const met = () => [...sides[0]!.seen].some((id) => sides[1]!.seen.has(id));
  while (!(stopAtMeeting && met())) {
    const open = sides.filter((side) => side.radius < side.limit && side.frontier.length > 0);
    if (open.length === 0) break;
    const side = open.reduce((a, b) => (b.frontier.length < a.frontier.length ? b : a));
    const byAnchor = await findEdgesOfEntities(db, side.frontier, filter, options.fanout);
    const next: number[] = [];
    for (const list of byAnchor.values()) {
      for (const { anchor, other, edge } of list) {
        graph.add(anchor, other, edge);
        if (!side.seen.has(other)) {
          side.seen.add(other);
          next.push(other);
        }
      }
    }
    side.frontier = next;
    side.radius += 1;
  }
  graph.sort();
  return graph;
}

async function toPathRecords(
  db: Kysely<DB>,
  paths: { nodes: number[]; edges: GraphEdgeRecord[] }[],
): Promise<PathRecord[]> {
  const entities = await loadEntities(db, [...new Set(paths.flatMap((path) => path.nodes))]);
  return paths.map((path) => ({
    nodes: path.nodes.map((id, depth) => ({ entity: entities.get(id) as EntityRow, depth })),
    edges: path.edges,
  }));
}

/** The shortest path between two entities within `maxDepth` hops, strongest edges preferred; undefined when none. */
export async function findShortestPath(
  db: Kysely<DB>,
  from: number,
  to: number,
  options: PathOptions,
): Promise<PathRecord | undefined> {
  // No existence check first: an unknown id has no edges, so there is no path (one round trip saved).
  const graph = await exploreBetween(db, from, to, options, true);
  const path = graph.shortest(from, to, options.maxDepth);
  if (!path) return undefined;
  const [record] = await toPathRecords(db, [path]);
  return record?.nodes.every((node) => node.entity) ? record : undefined;
}

/**
 * The `k` shortest loopless paths between two entities within `maxDepth` hops (Yen's algorithm
 * over the explored neighbourhood), shortest first.
 */
export async function findPaths(
  db: Kysely<DB>,
  from: number,
  to: number,
  k: number,
  options: PathOptions,
): Promise<PathRecord[]> {
  if (k <= 0 || from === to) return [];
  const graph = await exploreBetween(db, from, to, options, false);
  const first = graph.shortest(from, to, options.maxDepth);
  if (!first) return [];
  const found = [first];
  const keyOf = (path: { edges: GraphEdgeRecord[] }) =>
    path.edges.map((edge) => edge.key).join("|");
  const candidates: { nodes: number[]; edges: GraphEdgeRecord[] }[] = [];
  const known = new Set([keyOf(first)]);
  while (found.length < k) {
    const last = found.at(-1)!;
    for (let i = 0; i < last.nodes.length - 1; i++) {
      const spur = last.nodes[i]!;
      const rootNodes = last.nodes.slice(0, i + 1);
      const rootEdges = last.edges.slice(0, i);
      const bannedEdges = new Set<string>();
      for (const path of found) {
        if (path.nodes.slice(0, i + 1).every((node, index) => node === rootNodes[index])) {
          const edge = path.edges[i];
          if (edge) bannedEdges.add(edge.key);
        }
      }
      const bannedNodes = new Set(rootNodes.slice(0, -1));
      const spurPath = graph.shortest(spur, to, options.maxDepth - i, bannedNodes, bannedEdges);
      if (!spurPath) continue;
      const candidate = {
        nodes: [...rootNodes.slice(0, -1), ...spurPath.nodes],
        edges: [...rootEdges, ...spurPath.edges],
      };
      const key = keyOf(candidate);
      if (known.has(key)) continue;
      known.add(key);
      candidates.push(candidate);
    }
    if (candidates.length === 0) break;
    // Shortest first; among equals, the strongest total weight, then a stable key.
    candidates.sort(
      (a, b) =>
        a.edges.length - b.edges.length ||
        b.edges.reduce((sum, edge) => sum + edge.weight, 0) -
          a.edges.reduce((sum, edge) => sum + edge.weight, 0) ||
        (keyOf(a) < keyOf(b) ? -1 : 1),
    );
    found.push(candidates.shift()!);
  }
  return toPathRecords(db, found);
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
export async function readCoOccurrenceEdges(db: Kysely<DB>): Promise<GraphEdgeRecord[]> {
  const rows = await db
    .selectFrom("co_occurrences")
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
