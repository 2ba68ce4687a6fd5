/** Community detection for "colour by community" (src/web/app/communities.ts), without a browser. */
import { describe, expect, it } from "vitest";
import {
  COMMUNITY_COLORS,
  communityColor,
  detectCommunities,
  OTHER_COMMUNITY_COLOR,
} from "../../src/web/app/communities.js";

/** Two five-node cliques joined by one light edge, plus a node on its own. */
function twoCliques() {
  const nodes = [
    ...["a1", "a2", "a3", "a4", "a5"].map((id, i) => ({
      id,
      label: `Alpha ${i}`,
      mentionCount: 10 + i,
    })),
    ...["b1", "b2", "b3", "b4", "b5"].map((id, i) => ({
      id,
      label: `Beta ${i}`,
      mentionCount: 20 - i,
    })),
    { id: "z", label: "Loner", mentionCount: 99 },
  ];
  const edges: { source: string; target: string; weight: number }[] = [];
  for (const group of ["a", "b"])
    for (let i = 1; i <= 5; i++)
      for (let j = i + 1; j <= 5; j++)
        edges.push({ source: `${group}${i}`, target: `${group}${j}`, weight: 3 });
  edges.push({ source: "a1", target: "b1", weight: 1 });
  return { nodes, edges };
}

describe("detectCommunities", () => {
  it("finds the two cliques, each named by its most mentioned members, the loner alone", () => {
    const { nodes, edges } = twoCliques();
    const communities = detectCommunities(nodes, edges);
    expect(communities.map((c) => [...c.members].sort())).toEqual([
      ["b1", "b2", "b3", "b4", "b5"],
      ["a1", "a2", "a3", "a4", "a5"],
      ["z"],
    ]);
    // Largest first; equal sizes by the most mentioned member (Beta 0: 20 > Alpha 4: 14).
    expect(communities.map((c) => c.label)).toEqual([
      "Beta 0, Beta 1, Beta 2",
      "Alpha 4, Alpha 3, Alpha 2",
      "Loner",
    ]);
    expect(communities.map((c) => c.index)).toEqual([0, 1, 2]);
  });

  it("gives the same communities whatever order the nodes and edges come in", () => {
    const { nodes, edges } = twoCliques();
    const forward = detectCommunities(nodes, edges);
    const backward = detectCommunities([...nodes].reverse(), [...edges].reverse());
    expect(backward).toEqual(forward);
  });

  it("adds up parallel edges and ignores loops and edges to nodes not drawn", () => {
    const nodes = [
      { id: "x", label: "X", mentionCount: 1 },
      { id: "y", label: "Y", mentionCount: 2 },
    ];
    const communities = detectCommunities(nodes, [
      { source: "x", target: "y", weight: 1 },
      { source: "y", target: "x", weight: 2 },
      { source: "x", target: "x", weight: 5 },
      { source: "x", target: "gone", weight: 5 },
    ]);
    expect(communities).toEqual([{ index: 0, members: ["y", "x"], label: "Y, X" }]);
  });

  it("colours the first communities apart and the rest grey", () => {
    expect(new Set(COMMUNITY_COLORS.map((_, i) => communityColor(i))).size).toBe(
      COMMUNITY_COLORS.length,
    );
    expect(communityColor(COMMUNITY_COLORS.length)).toBe(OTHER_COMMUNITY_COLOR);
  });
});
