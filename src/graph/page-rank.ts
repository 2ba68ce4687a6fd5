/** Graph-wide centrality over an undirected weighted edge list: PageRank and degrees. */

/** PageRank damping factor and iterations: 40 rounds converge far below display precision. */
const DAMPING = 0.85;
const ITERATIONS = 40;

/** An undirected edge between two node ids with a weight (evidence count). */
export interface WeightedPair {
  a: number;
  b: number;
  weight: number;
}

/** Weighted PageRank over the undirected relation graph (weight: evidence count); dangling mass spread evenly. */
export function computePageRank(
  nodeIds: readonly number[],
  edges: readonly WeightedPair[],
): Map<number, number> {
  const n = nodeIds.length;
  const index = new Map(nodeIds.map((id, i) => [id, i]));
  const strength = new Float64Array(n);
  const from: number[] = [];
  const to: number[] = [];
  const weight: number[] = [];
  for (const edge of edges) {
    const a = index.get(edge.a);
    const b = index.get(edge.b);
    if (a === undefined || b === undefined || a === b) continue;
    const w = Math.max(edge.weight, 1);
    from.push(a, b);
    to.push(b, a);
    weight.push(w, w);
    strength[a]! += w;
    strength[b]! += w;
  }
  let rank = new Float64Array(n).fill(n ? 1 / n : 0);
  for (let round = 0; round < ITERATIONS; round++) {
    const next = new Float64Array(n);
    let dangling = 0;
    for (let i = 0; i < n; i++) if (strength[i] === 0) dangling += rank[i]!;
    const base = (1 - DAMPING) / n + (DAMPING * dangling) / n;
    next.fill(base);
    for (let e = 0; e < from.length; e++) {
      const source = from[e]!;
      next[to[e]!]! += (DAMPING * rank[source]! * weight[e]!) / strength[source]!;
    }
    rank = next;
  }
  return new Map(nodeIds.map((id, i) => [id, rank[i]!]));
}

/** Edges at each node, counting both ends of every edge (a self-loop counts twice). */
export function countDegreesOfEdges(edges: readonly WeightedPair[]): Map<number, number> {
  const degrees = new Map<number, number>();
  for (const edge of edges) {
    degrees.set(edge.a, (degrees.get(edge.a) ?? 0) + 1);
    degrees.set(edge.b, (degrees.get(edge.b) ?? 0) + 1);
  }
  return degrees;
}
