/** An in-memory GraphSource over a list of undirected weighted edges, for the pure graph tests. */
import type { AnchoredEdge, GraphEdgeRecord, GraphSource } from "../../src/graph/edges.js";

/**
 * Builds a source whose nodes are their own ids and whose edges are `[a, b, weight]` co-occurrences;
 * with `twoHops` it also reads a hop and the next in one call, as the database source does, and
 * `calls` counts the calls that read edges (round trips).
 */
export function inMemorySource(
  edges: readonly [number, number, number][],
  options: { twoHops?: boolean } = {},
): GraphSource<number> & { calls: number } {
  const records: GraphEdgeRecord[] = edges.map(([a, b, weight]) => ({
    key: `cooc:${Math.min(a, b)}:${Math.max(a, b)}`,
    relationId: null,
    sourceId: Math.min(a, b),
    targetId: Math.max(a, b),
    type: "CO_OCCURS",
    predicate: "co-occurs with",
    weight,
    confidence: 1,
    evidenceCount: weight,
    articleCount: 1,
    directed: false,
    provenance: null,
  }));
  const nodes = new Set(records.flatMap((edge) => [edge.sourceId, edge.targetId]));
  const edgesOf = (anchors: readonly number[]) => {
    const found: AnchoredEdge[] = [];
    for (const anchor of anchors) {
      for (const edge of records) {
        if (edge.sourceId === anchor) found.push({ anchor, other: edge.targetId, edge });
        else if (edge.targetId === anchor) found.push({ anchor, other: edge.sourceId, edge });
      }
    }
    return found;
  };
  const source: GraphSource<number> & { calls: number } = {
    calls: 0,
    findEdges: async (anchors) => {
      source.calls += 1;
      return edgesOf(anchors);
    },
    findNodes: async (ids) => new Map(ids.filter((id) => nodes.has(id)).map((id) => [id, id])),
  };
  if (options.twoHops) {
    source.findEdgesAndNext = async (anchors, _filter, _perNode, next) => {
      source.calls += 1;
      const found = edgesOf(anchors);
      const reached = [...new Set(found.map((edge) => edge.other))];
      return reached.length <= next.maxAnchors
        ? { edges: found, next: edgesOf(reached) }
        : { edges: found };
    };
  }
  return source;
}
