/** Bounded breadth-first neighbourhoods around seed sets, fed by a GraphSource. */
import {
  type AnchoredEdge,
  compareAnchoredEdges,
  compareEdges,
  type EdgeFilter,
  type GraphEdgeRecord,
  type GraphNodeRecord,
  type GraphSource,
} from "./edges.js";
import { capEdgesPerAnchor, HUB_FANOUT } from "./fan-out.js";

/** A bounded subgraph around seeds. */
export interface SubgraphRecord<N> {
  nodes: GraphNodeRecord<N>[];
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

interface Traversal {
  depthOf: Map<number, number>;
  edges: Map<string, GraphEdgeRecord>;
  frontier: number[];
  truncated: boolean;
  reached: number;
}

/**
 * Expands breadth-first from each seed set, one source call per hop for all sets together: each
 * frontier node contributes its strongest edges (all of them up to `limit` on the first hop,
 * `HUB_FANOUT` after), new nodes are admitted strongest edge first until `limit`, and
 * `truncated` says when anything was left out. Edges are kept when both ends are in the result.
 */
export async function expandSubgraphs<N>(
  source: GraphSource<N>,
  seedSets: readonly (readonly number[])[],
  options: TraversalOptions,
): Promise<SubgraphRecord<N>[]> {
  // Unknown seed ids simply have no edges; they are dropped with the node payloads at the end.
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
  const perNodeAt = (hop: number) =>
    hop === 1 ? options.limit : Math.min(options.limit, HUB_FANOUT);
  // Edges of the next hop read with this one (findEdgesAndNext), and the anchors they cover.
  let prefetched: { edges: AnchoredEdge[]; covers: Set<number> } | undefined;
  for (let hop = 1; hop <= options.depth; hop++) {
    const active = traversals.filter((traversal) => {
      if (traversal.frontier.length === 0) return false;
      if (traversal.depthOf.size < options.limit) return true;
      traversal.truncated = true;
      return false;
    });
    if (active.length === 0) break;
    const perNode = perNodeAt(hop);
    // One extra row per node tells whether the cap cut anything.
    const anchors = [...new Set(active.flatMap((traversal) => traversal.frontier))];
    let edges: AnchoredEdge[];
    const covered = prefetched?.covers;
    if (prefetched && anchors.every((anchor) => covered?.has(anchor))) {
      edges = prefetched.edges;
      prefetched = undefined;
    } else if (hop < options.depth && source.findEdgesAndNext) {
      // The next frontier is at most what this hop reaches and the room left in the results.
      const room = active.reduce(
        (sum, traversal) => sum + options.limit - traversal.depthOf.size,
        0,
      );
      const read = await source.findEdgesAndNext(anchors, options, perNode + 1, {
        perNode: perNodeAt(hop + 1) + 1,
        maxAnchors: room,
      });
      edges = read.edges;
      prefetched = read.next
        ? { edges: read.next, covers: new Set(read.edges.map((edge) => edge.other)) }
        : undefined;
    } else {
      edges = await source.findEdges(anchors, options, perNode + 1);
      prefetched = undefined;
    }
    const byAnchor = capEdgesPerAnchor(anchors, edges, perNode + 1);
    for (const traversal of active) {
      const candidates: AnchoredEdge[] = [];
      for (const anchor of traversal.frontier) {
        const list = byAnchor.get(anchor) ?? [];
        if (list.length > perNode) traversal.truncated = true;
        candidates.push(...list.slice(0, perNode));
      }
      candidates.sort(compareAnchoredEdges);
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
  const payloads = await source.findNodes([
    ...new Set(traversals.flatMap((traversal) => [...traversal.depthOf.keys()])),
  ]);
  return traversals.map(({ depthOf, edges, truncated, reached }) => {
    const nodes = [...depthOf.entries()]
      .filter(([id]) => payloads.has(id))
      .map(([id, depth]) => ({ entity: payloads.get(id) as N, depth }));
    const kept = [...edges.values()].filter(
      (edge) => depthOf.has(edge.sourceId) && depthOf.has(edge.targetId),
    );
    kept.sort(compareEdges);
    return { nodes, edges: kept, truncated, depth: reached };
  });
}

/** Expands one seed set (see expandSubgraphs). */
export async function expandSubgraph<N>(
  source: GraphSource<N>,
  seedIds: readonly number[],
  options: TraversalOptions,
): Promise<SubgraphRecord<N>> {
  const [result] = await expandSubgraphs(source, [seedIds], options);
  return result as SubgraphRecord<N>;
}
