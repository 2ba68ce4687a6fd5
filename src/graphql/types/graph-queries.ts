/**
 * Graph-shaped reads: neighbourhoods, subgraphs, paths, timelines, co-occurrences and graph
 * statistics, in payloads (nodes, edges with ids, labels, types, weights) that Cytoscape.js,
 * sigma.js/graphology, d3 and Gephi map onto directly.
 */
import { createContextCache } from "@pothos/core";
import { dataloaderGetter } from "@pothos/plugin-dataloader";
import { type FieldNode, type GraphQLResolveInfo, getArgumentValues, isObjectType } from "graphql";
import { findArticlesByIds } from "../../db/articles.js";
import type { Entity } from "../../db/entities.js";
import { findArticleIdsOfEdges, type GraphEntity, graphSource } from "../../db/graph-edges.js";
import {
  centralityStore,
  countDegrees,
  countGraph,
  type GraphCountsRecord,
  listCoOccurrences,
  listTimelines,
  listTopEntities,
  type TimeBucket,
  type TimelineBucketRecord,
} from "../../db/stats.js";
import { EDGE_KINDS, type EdgeKind, RANK_BYS, type RankBy } from "../../domain/edge-kind.js";
import {
  edgeGlobalId,
  entityGlobalId,
  parseEntityId as parseEntityIdValue,
} from "../../domain/global-id.js";
import type { EntityType } from "../../domain/vocabulary.js";
import { findCentralities } from "../../graph/centrality.js";
import type { EdgeFilter, GraphEdgeRecord, GraphNodeRecord } from "../../graph/edges.js";
import { findPaths, findShortestPath, type PathRecord } from "../../graph/paths.js";
import { expandSubgraph, expandSubgraphs, type SubgraphRecord } from "../../graph/subgraph.js";
import { builder } from "../builder.js";
import type { Context } from "../context.js";
import { userError } from "../errors.js";
import {
  checkDateRangeArgs,
  checkIntArg,
  checkWeightArg,
  MAX_LIST_SIZE,
  MAX_PATH_DEPTH,
  MAX_PATHS,
  MAX_SEEDS,
  MAX_SUBGRAPH_NODES,
  MAX_TRAVERSAL_DEPTH,
} from "../limits.js";
import { childFieldsNamed, selectsFieldBelow } from "../lookahead.js";
import { ArticleRef } from "./article.js";
import { addEntityLookahead, EntityRef } from "./entity.js";
import { EntityTypeEnum, RelationProvenanceEnum, RelationTypeEnum } from "./enums.js";
import { PROVENANCE_DESCRIPTION, RelationRef } from "./relation.js";
import { loadSharedSentencePages, pairKey, SharedSentenceConnection } from "./shared-sentences.js";

const SENTENCES_DESCRIPTION =
  "Sentences naming both entities (≤ 100 a page), with article and span, in article order.";

/** Edges followed per node by path searches: a hub contributes its strongest edges only. */
const PATH_FANOUT = 200;

/** Which edges a graph query follows. */
export const EdgeKindEnum = builder.enumType("EdgeKind", {
  description:
    "RELATIONS: typed relations; COOCCURRENCE: entities named in one sentence, weighted by how often.",
  values: EDGE_KINDS,
});

/** How a traversal ranks co-occurrence edges. */
export const RankByEnum = builder.enumType("RankBy", {
  description:
    "COUNT: sentences naming both entities; ASSOCIATION: local mutual information over articles (shared articles × log of how much more often they share articles than chance), so frequent names everywhere rank below an entity's real company. Typed relations always rank by evidence.",
  values: RANK_BYS,
});

/** Timeline bucket sizes. */
export const TimeBucketEnum = builder.enumType("TimeBucket", {
  description: "Bucket size of a timeline; weeks start on Monday.",
  values: ["DAY", "WEEK", "MONTH", "YEAR"] as const,
});

interface GraphNodeShape extends GraphNodeRecord<Entity> {
  id: string;
  label: string;
  type: EntityType;
  size: number;
  mentionCount: number;
  edgeKind: EdgeKind;
  /** The typed-relation degree when it was read with the node (relation traversals only). */
  relationDegree?: number;
}

/**
 * Typed-relation degrees read with a traversal's nodes, per request (entity id → degree): the
 * `degree` field answers from here instead of reading entity_degrees again.
 */
const knownRelationDegrees = createContextCache(() => new Map<number, number>());

/** Degrees of graph nodes by `<edge kind>:<entity id>`, batched per request. */
const nodeDegrees = dataloaderGetter<string, number, Context>(
  undefined,
  async (keys, requestContext) => {
    const context = requestContext as Context;
    const byKind = new Map<EdgeKind, number[]>();
    for (const key of keys) {
      const [kind, id] = key.split(":") as [EdgeKind, string];
      const ids = byKind.get(kind);
      if (ids) ids.push(Number(id));
      else byKind.set(kind, [Number(id)]);
    }
    const counts = new Map<string, number>();
    const known = knownRelationDegrees(context);
    const relationIds = byKind.get("RELATIONS");
    if (relationIds) {
      const unknown = relationIds.filter((id) => !known.has(id));
      for (const id of relationIds) {
        const degree = known.get(id);
        if (degree !== undefined) counts.set(`RELATIONS:${id}`, degree);
      }
      if (unknown.length) byKind.set("RELATIONS", unknown);
      else byKind.delete("RELATIONS");
    }
    for (const [kind, ids] of byKind) {
      for (const [id, count] of await countDegrees(context.db, ids, kind))
        counts.set(`${kind}:${id}`, count);
    }
    return keys.map((key) => counts.get(key) ?? 0);
  },
  undefined,
  undefined,
);

/** The nodes of a traversal or path for the `nodes` field, remembering degrees read with them. */
function graphNodes(
  context: Context,
  nodes: readonly GraphNodeRecord<GraphEntity>[],
  edgeKind: EdgeKind,
): GraphNodeShape[] {
  const known = edgeKind === "RELATIONS" ? knownRelationDegrees(context) : undefined;
  return nodes.map((node) => {
    const degree = known ? node.entity.relationDegree : undefined;
    if (known && degree !== undefined) known.set(node.entity.id, degree);
    const { entity } = node;
    return {
      entity,
      depth: node.depth,
      id: entityGlobalId(entity.id),
      label: entity.name,
      type: entity.type as EntityType,
      size: nodeSize(entity),
      mentionCount: entity.mentionCount,
      edgeKind,
      relationDegree: degree,
    };
  });
}

const DEGREE_FIELDS: ReadonlySet<string> = new Set(["degree"]);

/** A source for a traversal whose nodes answer `degree` without another statement when it is selected. */
function graphSourceFor(
  context: Context,
  info: Pick<GraphQLResolveInfo, "fragments" | "fieldNodes">,
  edgeKind: EdgeKind,
) {
  return graphSource(context.db, {
    degrees:
      edgeKind === "RELATIONS" && selectsFieldBelow(info.fragments, info.fieldNodes, DEGREE_FIELDS),
  });
}

/** Node size for drawing: grows with the log of mentions, 1 for an entity named once. */
function nodeSize(entity: Entity): number {
  return Math.round(Math.log2(1 + Math.max(entity.mentionCount, 1)) * 100) / 100;
}

const GraphNodeRef = builder.objectRef<GraphNodeShape>("GraphNode").implement({
  description: "An entity as a node of a graph payload.",
  fields: (t) => ({
    // Plain properties of the node (see graphNodes): graphql-jit reads them inline instead of
    // calling a resolver per field of each of up to 500 nodes.
    id: t.exposeID("id", { description: "The entity's global id." }),
    label: t.exposeString("label"),
    type: t.expose("type", { type: EntityTypeEnum }),
    size: t.exposeFloat("size", { description: "log2(1 + mentions): a radius hint for drawing." }),
    degree: t.int({
      description:
        "Edges of the requested kind at this entity in the whole graph (co-occurrence: distinct partners).",
      // Read with the traversal's nodes when it was selected (graphSourceFor): then a plain
      // value, not one dataloader promise per node.
      resolve: (node, _args, context) =>
        node.relationDegree ?? nodeDegrees(context).load(`${node.edgeKind}:${node.entity.id}`),
    }),
    mentionCount: t.exposeInt("mentionCount"),
    depth: t.exposeInt("depth", { description: "Hops from the nearest seed (0 for a seed)." }),
    entity: t.field({ type: EntityRef, resolve: (node) => node.entity }),
  }),
});

const GraphEdgeRef = builder.objectRef<GraphEdgeRecord>("GraphEdge").implement({
  description: "A typed relation or a co-occurrence as an edge of a graph payload.",
  fields: (t) => ({
    id: t.id({
      description: "The Relation's global id, or a stable co-occurrence id.",
      resolve: edgeGlobalId,
    }),
    source: t.id({
      description: "Global id of the subject (relations) or lower-id entity (co-occurrence).",
      resolve: (edge) => entityGlobalId(edge.sourceId),
    }),
    target: t.id({
      description: "Global id of the object, or the other entity.",
      resolve: (edge) => entityGlobalId(edge.targetId),
    }),
    sourceLabel: t.string({
      description: "The source entity's name, so a client draws the edge without a join.",
      resolve: async (edge, _args, context) =>
        (await EntityRef.getDataloader(context).load(String(edge.sourceId))).name,
    }),
    targetLabel: t.string({
      description: "The target entity's name.",
      resolve: async (edge, _args, context) =>
        (await EntityRef.getDataloader(context).load(String(edge.targetId))).name,
    }),
    type: t.exposeString("type", { description: "A RelationType name, or CO_OCCURS." }),
    weight: t.exposeFloat("weight", {
      description: "Evidence sentences of the relation, or sentences naming both entities.",
    }),
    association: t.float({
      nullable: true,
      description:
        "A co-occurrence edge's association (see RankBy; 0 when the pair shares fewer than 2 articles); null for relations and outside neighbors/subgraph.",
      resolve: (edge) => edge.association ?? null,
    }),
    label: t.string({
      description: 'The predicate as first written ("embraced"), or "co-occurs with".',
      resolve: (edge) => edge.predicate,
    }),
    evidenceCount: t.exposeInt("evidenceCount"),
    confidence: t.exposeFloat("confidence", {
      description: "The relation's confidence; 1 for co-occurrence.",
    }),
    directed: t.exposeBoolean("directed", {
      description: "False for symmetric relation types and co-occurrence.",
    }),
    provenance: t.field({
      type: RelationProvenanceEnum,
      nullable: true,
      description:
        "How the relation was read, so a client can draw INFERRED and KNOWLEDGE edges apart; null for co-occurrence.",
      resolve: (edge) => edge.provenance as "STATED" | "INFERRED" | "KNOWLEDGE" | null,
    }),
    relation: t.field({
      type: RelationRef,
      nullable: true,
      resolve: (edge) => (edge.relationId === null ? null : String(edge.relationId)),
    }),
  }),
});

const SubgraphStatsRef = builder
  .objectRef<{ nodeCount: number; edgeCount: number; depth: number }>("SubgraphStats")
  .implement({
    fields: (t) => ({
      nodeCount: t.exposeInt("nodeCount"),
      edgeCount: t.exposeInt("edgeCount"),
      depth: t.exposeInt("depth", { description: "The deepest hop reached." }),
    }),
  });

const SubgraphRef = builder
  .objectRef<SubgraphRecord<Entity> & { edgeKind: EdgeKind }>("Subgraph")
  .implement({
    description:
      "A bounded neighbourhood: nodes, edges among them, and whether caps left anything out.",
    fields: (t) => ({
      nodes: t.field({
        type: [GraphNodeRef],
        // The parent's `limit` already multiplied the cost.
        complexity: { field: 1, multiplier: 1 },
        resolve: (graph, _args, context) => graphNodes(context, graph.nodes, graph.edgeKind),
      }),
      edges: t.field({
        type: [GraphEdgeRef],
        complexity: { field: 1, multiplier: 1 },
        resolve: (graph) => graph.edges,
      }),
      truncated: t.exposeBoolean("truncated", {
        description:
          "True when the node limit or a hub's fan-out cap left nodes or edges out (strongest edges are kept).",
      }),
      stats: t.field({
        type: SubgraphStatsRef,
        resolve: (graph) => ({
          nodeCount: graph.nodes.length,
          edgeCount: graph.edges.length,
          depth: graph.depth,
        }),
      }),
    }),
  });

/** Parses an edge key back into the parts findArticleIdsOfEdges needs. */
function edgeFromKey(key: string): {
  key: string;
  relationId: number | null;
  sourceId: number;
  targetId: number;
} {
  const [kind, first, second] = key.split(":");
  return kind === "relation"
    ? { key, relationId: Number(first), sourceId: 0, targetId: 0 }
    : { key, relationId: null, sourceId: Number(first), targetId: Number(second) };
}

const PathEdgeRef = builder.objectRef<GraphEdgeRecord>("PathEdge").implement({
  description: "One hop of a path: the edge, and for typed edges the relation with its evidence.",
  fields: (t) => ({
    edge: t.field({ type: GraphEdgeRef, resolve: (edge) => edge }),
    relation: t.field({
      type: RelationRef,
      nullable: true,
      resolve: (edge) => (edge.relationId === null ? null : String(edge.relationId)),
    }),
    articles: t.loadableList({
      type: ArticleRef,
      byPath: true,
      description:
        "Articles that carry the hop: evidence of the relation, or articles naming both entities.",
      args: { first: t.arg.int({ defaultValue: 5 }) },
      load: async (keys: string[], context, args) => {
        const first = checkIntArg("first", args.first, 5, 0, MAX_LIST_SIZE);
        const idsByKey = await findArticleIdsOfEdges(context.db, keys.map(edgeFromKey), first);
        const articles = new Map(
          (await findArticlesByIds(context.db, [...new Set([...idsByKey.values()].flat())])).map(
            (a) => [a.id, a],
          ),
        );
        return keys.map((key) => (idsByKey.get(key) ?? []).flatMap((id) => articles.get(id) ?? []));
      },
      resolve: (edge) => edge.key,
    }),
    sentences: t.loadable({
      type: SharedSentenceConnection,
      byPath: true,
      description: `${SENTENCES_DESCRIPTION} Co-occurrence hops only; empty for a typed relation (see relation.evidence).`,
      args: { first: t.arg.int({ defaultValue: 5 }), after: t.arg.string() },
      load: (keys: string[], context, args) => loadSharedSentencePages(context, keys, args),
      // A typed hop has its own evidence; an impossible pair key gives it an empty page.
      resolve: (edge) => (edge.relationId === null ? pairKey(edge.sourceId, edge.targetId) : "0:0"),
    }),
  }),
});

const PathRef = builder.objectRef<PathRecord<Entity> & { edgeKind: EdgeKind }>("Path").implement({
  description: "A chain of entities joined by edges, from `from` to `to`.",
  fields: (t) => ({
    length: t.int({ description: "Hops.", resolve: (path) => path.edges.length }),
    nodes: t.field({
      type: [GraphNodeRef],
      complexity: { field: 1, multiplier: MAX_PATH_DEPTH },
      resolve: (path, _args, context) => graphNodes(context, path.nodes, path.edgeKind),
    }),
    edges: t.field({
      type: [PathEdgeRef],
      complexity: { field: 1, multiplier: MAX_PATH_DEPTH },
      resolve: (path) => path.edges,
    }),
  }),
});

const TimelineBucketRef = builder.objectRef<TimelineBucketRecord>("TimelineBucket").implement({
  description: "Activity of an entity in one time bucket, by article publication date.",
  fields: (t) => ({
    start: t.exposeString("start", { description: "First day of the bucket (YYYY-MM-DD)." }),
    mentions: t.exposeInt("mentions"),
    relations: t.exposeInt("relations", {
      description: "Evidence sentences of relations involving the entity.",
    }),
    articles: t.exposeInt("articles", {
      description: "Articles with a mention or relation evidence.",
    }),
  }),
});

const CoOccurrenceRef = builder
  .objectRef<{ anchorId: number; entityId: number; count: number; articleCount: number }>(
    "CoOccurrence",
  )
  .implement({
    description: "An entity named in the same sentences as another.",
    fields: (t) => ({
      entity: t.field({ type: EntityRef, resolve: (item) => String(item.entityId) }),
      count: t.exposeInt("count", { description: "Sentences naming both." }),
      articleCount: t.exposeInt("articleCount", { description: "Articles with such a sentence." }),
      sentences: t.loadable({
        type: SharedSentenceConnection,
        byPath: true,
        description: SENTENCES_DESCRIPTION,
        args: { first: t.arg.int({ defaultValue: 5 }), after: t.arg.string() },
        load: (keys: string[], context, args) => loadSharedSentencePages(context, keys, args),
        resolve: (item) => pairKey(item.anchorId, item.entityId),
      }),
    }),
  });

const TypeCountRef = builder.objectRef<{ type: string; count: number }>("TypeCount").implement({
  fields: (t) => ({ type: t.exposeString("type"), count: t.exposeInt("count") }),
});

const GraphStatsRef = builder.objectRef<GraphCountsRecord>("GraphStats").implement({
  description: "Counts over the whole graph and its most connected entities.",
  fields: (t) => ({
    entityCount: t.exposeInt("entityCount"),
    relationCount: t.exposeInt("relationCount"),
    articleCount: t.exposeInt("articleCount"),
    mentionCount: t.exposeInt("mentionCount"),
    entitiesByType: t.field({ type: [TypeCountRef], resolve: (stats) => stats.entitiesByType }),
    relationsByType: t.field({ type: [TypeCountRef], resolve: (stats) => stats.relationsByType }),
    topEntities: t.field({
      type: [EntityRef],
      description:
        "Most typed relations first, then most mentions; of one type when given. With a source or tag, both are counted over those articles only.",
      args: {
        first: t.arg.int({ defaultValue: 10 }),
        type: t.arg({ type: EntityTypeEnum }),
        source: t.arg.string({ description: "Only articles of this source (exact match)." }),
        tag: t.arg.string({ description: "Only articles carrying this tag." }),
      },
      resolve: async (_stats, args, context) =>
        listTopEntities(
          context.db,
          checkIntArg("first", args.first, 10, 0, MAX_LIST_SIZE),
          args.type ?? undefined,
          { source: args.source, tag: args.tag },
        ),
    }),
  }),
});

/** Arguments shared by neighbors and subgraph, as the schema declares them. */
interface TraversalArgs {
  depth?: number | null;
  relationTypes?: readonly string[] | null;
  provenance?: readonly string[] | null;
  entityTypes?: readonly string[] | null;
  minWeight?: number | null;
  since?: string | null;
  until?: string | null;
  tag?: string | null;
  limit?: number | null;
  edgeKind?: EdgeKind | null;
  rankBy?: RankBy | null;
}

function traversalOptions(args: TraversalArgs) {
  return {
    ...edgeFilter(args),
    entityTypes: args.entityTypes,
    rankBy: args.rankBy ?? "COUNT",
    depth: checkIntArg("depth", args.depth, 1, 1, MAX_TRAVERSAL_DEPTH),
    limit: checkIntArg("limit", args.limit, 100, 1, MAX_SUBGRAPH_NODES),
  };
}

function edgeFilter(args: Omit<TraversalArgs, "depth" | "limit" | "entityTypes">): EdgeFilter {
  const { since, until } = checkDateRangeArgs(args);
  return {
    edgeKind: args.edgeKind ?? "RELATIONS",
    relationTypes: args.relationTypes,
    provenances: args.provenance,
    minWeight: checkWeightArg("minWeight", args.minWeight),
    since,
    until,
    tag: args.tag,
  };
}

/** Cost of a traversal field: its node limit multiplies what is selected under it. */
function traversalComplexity(args: { limit?: number | null; depth?: number | null }) {
  // Clamped: out-of-range arguments are refused by the resolver with BAD_USER_INPUT.
  const depth = Math.min(Math.max(1, args.depth ?? 1), MAX_TRAVERSAL_DEPTH);
  return {
    field: 5 * depth,
    multiplier: Math.min(Math.max(1, args.limit ?? 100), MAX_SUBGRAPH_NODES),
  };
}

/** Names a neighbourhood request: the entity and its checked traversal options. */
function neighborsKey(entityId: number, options: ReturnType<typeof traversalOptions>): string {
  return JSON.stringify([entityId, options], (_key, value) => value ?? null);
}

/** Neighbourhoods read by the root `entity` field with their entity, per request (see neighborsKey). */
const earlyNeighbors = createContextCache(
  () => new Map<string, SubgraphRecord<GraphEntity> & { edgeKind: EdgeKind }>(),
);

/**
 * `entity(id) { neighbors(…) }`: the traversal starts at once and its node read brings the
 * entity too (the seed is a node), so the entity needs no statement of its own; no seed node
 * means no such entity. Only the first `neighbors` below the entity is read this way.
 */
addEntityLookahead((context, entityId, info) => {
  const [field] = childFieldsNamed(info.fragments, info.fieldNodes, "neighbors");
  if (!field) return undefined;
  const entityType = info.schema.getType("Entity");
  const definition = isObjectType(entityType) ? entityType.getFields().neighbors : undefined;
  if (!definition) return undefined;
  let options: ReturnType<typeof traversalOptions>;
  try {
    options = traversalOptions(getArgumentValues(definition, field, info.variableValues));
  } catch {
    return undefined;
  }
  const fieldNodes: readonly FieldNode[] = [field];
  return (async () => {
    const graph = await expandSubgraph(
      graphSourceFor(context, { fragments: info.fragments, fieldNodes }, options.edgeKind),
      [entityId],
      options,
    );
    const seed = graph.nodes.find((node) => node.depth === 0)?.entity;
    if (!seed) return null;
    earlyNeighbors(context).set(neighborsKey(entityId, options), {
      ...graph,
      edgeKind: options.edgeKind,
    });
    return seed;
  })();
});

builder.objectFields(EntityRef, (t) => ({
  neighbors: t.loadable({
    type: SubgraphRef,
    byPath: true,
    description:
      "The entity's neighbourhood up to `depth` hops (1–3), at most `limit` nodes (≤ 500).",
    complexity: traversalComplexity,
    args: {
      depth: t.arg.int({ defaultValue: 1 }),
      relationTypes: t.arg({ type: [RelationTypeEnum] }),
      provenance: t.arg({ type: [RelationProvenanceEnum], description: PROVENANCE_DESCRIPTION }),
      entityTypes: t.arg({
        type: [EntityTypeEnum],
        description: "Only neighbours of these types.",
      }),
      minWeight: t.arg.float({ description: "Only edges at least this heavy." }),
      since: t.arg.string({
        description:
          "Only edges with evidence on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).",
      }),
      until: t.arg.string({
        description:
          "Only edges with evidence on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).",
      }),
      tag: t.arg.string({
        description: "Only edges with evidence in articles carrying this tag.",
      }),
      limit: t.arg.int({ defaultValue: 100 }),
      edgeKind: t.arg({ type: EdgeKindEnum, defaultValue: "RELATIONS" }),
      rankBy: t.arg({
        type: RankByEnum,
        defaultValue: "COUNT",
        description: "How co-occurrence neighbours are ranked when the limit cuts them.",
      }),
    },
    load: async (ids: number[], context, args, info) => {
      const options = traversalOptions(args);
      const early = earlyNeighbors(context);
      const missing = ids.filter((id) => !early.has(neighborsKey(id, options)));
      const graphs = await expandSubgraphs(
        graphSourceFor(context, info, options.edgeKind),
        missing.map((id) => [id]),
        options,
      );
      const read = new Map(missing.map((id, i) => [id, graphs[i]!]));
      return ids.map(
        (id) =>
          early.get(neighborsKey(id, options)) ?? {
            ...read.get(id)!,
            edgeKind: options.edgeKind,
          },
      );
    },
    resolve: (entity) => entity.id,
  }),
  timeline: t.loadableList({
    type: TimelineBucketRef,
    byPath: true,
    description:
      "Mentions, relation evidence and articles per time bucket, by article date (undated articles left out).",
    args: {
      bucket: t.arg({ type: TimeBucketEnum, defaultValue: "MONTH" }),
      since: t.arg.string(),
      until: t.arg.string(),
      tag: t.arg.string({ description: "Only articles carrying this tag." }),
    },
    load: async (ids: number[], context, args) => {
      const timelines = await listTimelines(context.db, ids, {
        bucket: (args.bucket ?? "MONTH") as TimeBucket,
        ...checkDateRangeArgs(args),
        tag: args.tag,
      });
      return ids.map((id) => timelines.get(id) ?? []);
    },
    resolve: (entity) => entity.id,
  }),
  coOccurrences: t.loadableList({
    type: CoOccurrenceRef,
    byPath: true,
    description: "Entities most often named in the same sentence (of one type when given).",
    args: {
      first: t.arg.int({ defaultValue: 20 }),
      type: t.arg({ type: EntityTypeEnum, description: "Only partners of this type." }),
    },
    load: async (ids: number[], context, args) => {
      const first = checkIntArg("first", args.first, 20, 0, MAX_LIST_SIZE);
      const lists = await listCoOccurrences(context.db, ids, first, args.type);
      return ids.map((id) => (lists.get(id) ?? []).map((item) => ({ ...item, anchorId: id })));
    },
    resolve: (entity) => entity.id,
  }),
  degree: t.loadable({
    type: "Int",
    description: "Typed relations at this entity.",
    load: async (ids: number[], context) => {
      const known = knownRelationDegrees(context);
      const degrees = await countDegrees(
        context.db,
        ids.filter((id) => !known.has(id)),
        "RELATIONS",
      );
      return ids.map((id) => known.get(id) ?? degrees.get(id) ?? 0);
    },
    resolve: (entity) => entity.id,
  }),
  centrality: t.loadable({
    type: "Float",
    description:
      "PageRank over the typed relation graph (undirected, weighted by evidence); cached, recomputed on demand after the graph changes.",
    load: async (ids: number[], context) => {
      const ranks = await findCentralities(centralityStore(context.db, context.primaryDb), ids);
      return ids.map((id) => ranks.get(id) ?? 0);
    },
    resolve: (entity) => entity.id,
  }),
}));

/** Decodes an Entity global id (or a bare numeric id); anything else is BAD_USER_INPUT. */
function parseEntityId(argument: string, value: string): number {
  const id = parseEntityIdValue(value);
  if (id === undefined) {
    throw userError("BAD_USER_INPUT", `${argument} is not an Entity id: ${value}`, { argument });
  }
  return id;
}

function pathOptions(args: {
  maxDepth?: number | null;
  relationTypes?: readonly string[] | null;
  provenance?: readonly string[] | null;
  edgeKind?: EdgeKind | null;
}) {
  return {
    ...edgeFilter(args),
    maxDepth: checkIntArg("maxDepth", args.maxDepth, 4, 1, MAX_PATH_DEPTH),
    fanout: PATH_FANOUT,
  };
}

builder.queryFields((t) => ({
  subgraph: t.field({
    type: SubgraphRef,
    description:
      "The neighbourhood of several seeds up to `depth` hops (1–3), at most `limit` nodes (≤ 500).",
    complexity: traversalComplexity,
    args: {
      seeds: t.arg.idList({ required: true, description: `Entity ids, at most ${MAX_SEEDS}.` }),
      depth: t.arg.int({ defaultValue: 1 }),
      relationTypes: t.arg({ type: [RelationTypeEnum] }),
      provenance: t.arg({ type: [RelationProvenanceEnum], description: PROVENANCE_DESCRIPTION }),
      entityTypes: t.arg({ type: [EntityTypeEnum] }),
      minWeight: t.arg.float(),
      since: t.arg.string(),
      until: t.arg.string(),
      tag: t.arg.string({
        description: "Only edges with evidence in articles carrying this tag.",
      }),
      limit: t.arg.int({ defaultValue: 100 }),
      edgeKind: t.arg({ type: EdgeKindEnum, defaultValue: "RELATIONS" }),
      rankBy: t.arg({
        type: RankByEnum,
        defaultValue: "COUNT",
        description: "How co-occurrence neighbours are ranked when the limit cuts them.",
      }),
    },
    resolve: async (_root, args, context, info) => {
      if (args.seeds.length > MAX_SEEDS) {
        throw userError("BAD_USER_INPUT", `at most ${MAX_SEEDS} seeds`, { argument: "seeds" });
      }
      const seeds = args.seeds.map((seed) => parseEntityId("seeds", String(seed)));
      const options = traversalOptions(args);
      return {
        ...(await expandSubgraph(graphSourceFor(context, info, options.edgeKind), seeds, options)),
        edgeKind: options.edgeKind,
      };
    },
  }),
  shortestPath: t.field({
    type: PathRef,
    nullable: true,
    description:
      "A shortest path of at most `maxDepth` hops (≤ 6), strongest edges preferred; null when there is none.",
    complexity: { field: 20, multiplier: 1 },
    args: {
      from: t.arg.id({ required: true }),
      to: t.arg.id({ required: true }),
      maxDepth: t.arg.int({ defaultValue: 4 }),
      relationTypes: t.arg({ type: [RelationTypeEnum] }),
      provenance: t.arg({ type: [RelationProvenanceEnum], description: PROVENANCE_DESCRIPTION }),
      edgeKind: t.arg({ type: EdgeKindEnum, defaultValue: "RELATIONS" }),
    },
    resolve: async (_root, args, context, info) => {
      const options = pathOptions(args);
      const path = await findShortestPath(
        graphSourceFor(context, info, options.edgeKind),
        parseEntityId("from", String(args.from)),
        parseEntityId("to", String(args.to)),
        options,
      );
      return path ? { ...path, edgeKind: options.edgeKind } : null;
    },
  }),
  paths: t.field({
    type: [PathRef],
    description:
      "The `first` shortest loopless paths (≤ 10) of at most `maxDepth` hops, shortest first.",
    complexity: (args) => ({
      field: 20,
      multiplier: Math.min(Math.max(1, args.first ?? 3), MAX_PATHS),
    }),
    args: {
      from: t.arg.id({ required: true }),
      to: t.arg.id({ required: true }),
      first: t.arg.int({ defaultValue: 3 }),
      maxDepth: t.arg.int({ defaultValue: 4 }),
      relationTypes: t.arg({ type: [RelationTypeEnum] }),
      provenance: t.arg({ type: [RelationProvenanceEnum], description: PROVENANCE_DESCRIPTION }),
      edgeKind: t.arg({ type: EdgeKindEnum, defaultValue: "RELATIONS" }),
    },
    resolve: async (_root, args, context, info) => {
      const first = checkIntArg("first", args.first, 3, 0, MAX_PATHS);
      const options = pathOptions(args);
      const paths = await findPaths(
        graphSourceFor(context, info, options.edgeKind),
        parseEntityId("from", String(args.from)),
        parseEntityId("to", String(args.to)),
        first,
        options,
      );
      return paths.map((path) => ({ ...path, edgeKind: options.edgeKind }));
    },
  }),
  graphStats: t.field({
    type: GraphStatsRef,
    description: "Counts by entity and relation type, and the most connected entities.",
    resolve: (_root, _args, context) => countGraph(context.db),
  }),
}));
