/** Shortest and k-shortest loopless paths between two entities, over edges a GraphSource feeds. */
import {
  compareEdges,
  type EdgeFilter,
  type GraphEdgeRecord,
  type GraphNodeRecord,
  type GraphSource,
} from "./edges.js";
import { capEdgesPerAnchor } from "./fan-out.js";

/** A path: its nodes in order and the edge taken at each hop. */
export interface PathRecord<N> {
  nodes: GraphNodeRecord<N>[];
  edges: GraphEdgeRecord[];
}

/** Bounds of a path search. */
export interface PathOptions extends EdgeFilter {
  maxDepth: number;
  /** Edges followed per node: hubs contribute their strongest edges only. */
  fanout: number;
}

/** The part of the graph a path search has seen: adjacency lists, strongest edge first. */
export class LocalGraph {
  readonly adjacency = new Map<number, { other: number; edge: GraphEdgeRecord }[]>();

  /** Adds an edge in both directions, once. */
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

  /** Orders every adjacency list strongest edge first, then by neighbour id. */
  sort(): void {
    for (const list of this.adjacency.values()) {
      list.sort((a, b) => compareEdges(a.edge, b.edge) || a.other - b.other);
    }
  }

  /**
   * Keeps only the strongest edge between each pair of nodes (call after sort), so paths that
   * differ only in which of two parallel relations they take become one path.
   */
  keepStrongestPerPair(): void {
    for (const [node, list] of this.adjacency) {
      const seen = new Set<number>();
      this.adjacency.set(
        node,
        list.filter((item) => !seen.has(item.other) && Boolean(seen.add(item.other))),
      );
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
 * Explores from both ends, expanding the smaller frontier one hop at a time (one source call each),
 * until the balls meet (`stopAtMeeting`) or together cover every path of up to `maxDepth` hops.
 */
async function exploreBetween<N>(
  source: GraphSource<N>,
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
    const byAnchor = capEdgesPerAnchor(
      side.frontier,
      await source.findEdges(side.frontier, filter, options.fanout),
      options.fanout,
    );
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

async function toPathRecords<N>(
  source: GraphSource<N>,
  paths: { nodes: number[]; edges: GraphEdgeRecord[] }[],
): Promise<PathRecord<N>[]> {
  const payloads = await source.findNodes([...new Set(paths.flatMap((path) => path.nodes))]);
  return paths.map((path) => ({
    nodes: path.nodes.map((id, depth) => ({ entity: payloads.get(id) as N, depth })),
    edges: path.edges,
  }));
}

/** The shortest path between two entities within `maxDepth` hops, strongest edges preferred; undefined when none. */
export async function findShortestPath<N>(
  source: GraphSource<N>,
  from: number,
  to: number,
  options: PathOptions,
): Promise<PathRecord<N> | undefined> {
  // No existence check first: an unknown id has no edges, so there is no path (one round trip saved).
  const graph = await exploreBetween(source, from, to, options, true);
  const path = graph.shortest(from, to, options.maxDepth);
  if (!path) return undefined;
  const [record] = await toPathRecords(source, [path]);
  return record?.nodes.every((node) => node.entity) ? record : undefined;
}

/**
 * The `k` shortest loopless paths between two entities within `maxDepth` hops (Yen's algorithm
 * over the explored neighbourhood), shortest first; each a different sequence of entities, over
 * the strongest edge between each pair.
 */
export async function findPaths<N>(
  source: GraphSource<N>,
  from: number,
  to: number,
  k: number,
  options: PathOptions,
): Promise<PathRecord<N>[]> {
  if (k <= 0 || from === to) return [];
  const graph = await exploreBetween(source, from, to, options, false);
  // Two relations between one pair (MET_WITH and CRITICIZES) would give the same chain of
  // entities twice; the analyst asks for different chains.
  graph.keepStrongestPerPair();
  const first = graph.shortest(from, to, options.maxDepth);
  if (!first) return [];
  const found = [first];
  const keyOf = (path: { nodes: number[] }) => path.nodes.join(">");
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
  return toPathRecords(source, found);
}
