/**
 * Communities of the drawn graph: Louvain modularity (graphology-communities-louvain) over the
 * shown nodes and edges, weighted by edge weight, with a seeded random source so the same view
 * always gets the same groups. Each community is named by its most mentioned members.
 */
import { UndirectedGraph } from "graphology";
import louvainModule from "graphology-communities-louvain";

// The package's types declare an ES default export; its CommonJS code exports the function
// itself, which is what a default import yields once bundled.
const louvain = louvainModule as unknown as (typeof louvainModule)["default"];

/** A node as community detection reads it. */
export interface CommunityNode {
  id: string;
  label: string;
  mentionCount: number;
}

/** An edge as community detection reads it. */
export interface CommunityEdge {
  source: string;
  target: string;
  weight: number;
}

/** One community, largest first; `label` names its top members. */
export interface Community {
  index: number;
  members: string[];
  label: string;
}

/** Communities with a colour of their own; smaller ones share the last, grey. */
export const COMMUNITY_COLORS = [
  "#4e79a7",
  "#f28e2c",
  "#e15759",
  "#76b7b2",
  "#59a14f",
  "#edc949",
  "#af7aa1",
  "#ff9da7",
  "#9c755f",
];
export const OTHER_COMMUNITY_COLOR = "#c9ccd1";

/** Members named in a community's label. */
const LABEL_MEMBERS = 3;

/** The colour of the community at `index` (largest first). */
export function communityColor(index: number): string {
  return COMMUNITY_COLORS[index] ?? OTHER_COMMUNITY_COLOR;
}

/** A small deterministic random source (a linear congruential generator). */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Splits the graph into communities, largest first; a node without edges is its own. */
export function detectCommunities(
  nodes: readonly CommunityNode[],
  edges: readonly CommunityEdge[],
): Community[] {
  const graph = new UndirectedGraph<Record<string, never>, { weight: number }>();
  // Sorted input: the same view gives the same groups whatever order the server sent.
  const sortedNodes = [...nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const node of sortedNodes) graph.addNode(node.id);
  for (const edge of edges) {
    if (edge.source === edge.target) continue;
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    // Parallel edges (two relation types between one pair) add up.
    if (graph.hasEdge(edge.source, edge.target))
      graph.updateEdgeAttribute(
        edge.source,
        edge.target,
        "weight",
        (weight) => (weight ?? 0) + edge.weight,
      );
    else graph.addEdge(edge.source, edge.target, { weight: edge.weight });
  }
  const assignment =
    graph.size > 0 ? louvain(graph, { getEdgeWeight: "weight", rng: seededRandom(1) }) : {};
  const byCommunity = new Map<string, CommunityNode[]>();
  for (const node of sortedNodes) {
    const key = node.id in assignment ? `c${assignment[node.id]}` : `n${node.id}`;
    const list = byCommunity.get(key) ?? [];
    list.push(node);
    byCommunity.set(key, list);
  }
  const byMentions = (a: CommunityNode, b: CommunityNode) =>
    b.mentionCount - a.mentionCount || (a.id < b.id ? -1 : 1);
  return [...byCommunity.values()]
    .map((members) => [...members].sort(byMentions))
    .sort((a, b) => b.length - a.length || byMentions(a[0] as CommunityNode, b[0] as CommunityNode))
    .map((members, index) => ({
      index,
      members: members.map((member) => member.id),
      label: members
        .slice(0, LABEL_MEMBERS)
        .map((member) => member.label)
        .join(", "),
    }));
}
