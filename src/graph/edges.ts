/** Edges as the graph algorithms see them, and the source that feeds them (implemented by src/db). */
import type { EdgeKind, RankBy } from "../domain/edge-kind.js";

/** Which edges count, and between which entities (passed through to the edge source). */
export interface EdgeFilter {
  edgeKind: EdgeKind;
  relationTypes?: readonly string[] | null;
  /** Only relations whose strongest reading is one of these (STATED, INFERRED, KNOWLEDGE). */
  provenances?: readonly string[] | null;
  /** Only neighbours of these types (seeds are always kept). */
  entityTypes?: readonly string[] | null;
  /** Minimum weight: evidence sentences of a relation, or co-occurring sentences of a pair. */
  minWeight?: number | null;
  /** Only edges with evidence in articles published on or after this date (YYYY-MM-DD). */
  since?: string | null;
  /** Only edges with evidence in articles published on or before this date (YYYY-MM-DD). */
  until?: string | null;
  /** Only edges with evidence in articles carrying this tag. */
  tag?: string | null;
  /** How co-occurrence edges are ranked (COUNT when absent); relations rank by evidence. */
  rankBy?: RankBy | null;
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
  /** How the relation was read (STATED, INFERRED, KNOWLEDGE); null for co-occurrence. */
  provenance: string | null;
  /** A co-occurrence edge's association (graph/association.ts), when a traversal computed it. */
  association?: number;
  /** What the traversal ranks the edge by, when not its weight (the association). */
  rank?: number;
}

/** An edge seen from one of its ends (`anchor`), toward `other`. */
export interface AnchoredEdge {
  anchor: number;
  other: number;
  edge: GraphEdgeRecord;
}

/** Where the algorithms get edges and node payloads from: src/db implements it over one connection. */
export interface GraphSource<N> {
  /** At least each anchor's `perNode` strongest edges, in any order (see capEdgesPerAnchor). */
  findEdges(
    anchors: readonly number[],
    filter: EdgeFilter,
    perNode: number,
  ): Promise<AnchoredEdge[]>;
  /** The payload of each node that exists; unknown ids are left out. */
  findNodes(ids: readonly number[]): Promise<Map<number, N>>;
  /**
   * Optional: a hop and the next in one round trip. `edges` as findEdges gives them; `next`,
   * when the hop reaches at most `next.maxAnchors` distinct other ends, the `next.perNode`
   * strongest edges of every one of them (a superset of the next frontier's), else undefined.
   */
  findEdgesAndNext?(
    anchors: readonly number[],
    filter: EdgeFilter,
    perNode: number,
    next: { perNode: number; maxAnchors: number },
  ): Promise<{ edges: AnchoredEdge[]; next?: AnchoredEdge[] }>;
}

/** A node of a traversal result: its payload and hop distance from the nearest seed. */
export interface GraphNodeRecord<N> {
  entity: N;
  depth: number;
}

/** Strongest first: rank (else weight), weight, confidence, then the lower key (deterministic on every backend). */
export function compareEdges(a: GraphEdgeRecord, b: GraphEdgeRecord): number {
  return (
    (b.rank ?? b.weight) - (a.rank ?? a.weight) ||
    b.weight - a.weight ||
    b.confidence - a.confidence ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

/** Strongest edge first, then the lower neighbour id. */
export function compareAnchoredEdges(a: AnchoredEdge, b: AnchoredEdge): number {
  return compareEdges(a.edge, b.edge) || a.other - b.other;
}
