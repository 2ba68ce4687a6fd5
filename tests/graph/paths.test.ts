import { describe, expect, it } from "vitest";
import { findPaths, findShortestPath } from "../../src/graph/paths.js";
import { expandSubgraph } from "../../src/graph/subgraph.js";
import { inMemorySource } from "./in-memory-source.js";

// 1 — 2 — 3 — 4, with a heavier detour 1 — 5 — 3 and an island 6 — 7.
const EDGES: [number, number, number][] = [
  [1, 2, 1],
  [2, 3, 1],
  [3, 4, 1],
  [1, 5, 3],
  [5, 3, 3],
  [6, 7, 1],
];
const FILTER = { edgeKind: "COOCCURRENCE" as const, maxDepth: 4, fanout: 10 };
const nodesOf = (path: { nodes: { entity: number }[] } | undefined) =>
  path?.nodes.map((node) => node.entity);

describe("findShortestPath", () => {
  const rows: [number, number, number, number[] | undefined][] = [
    [1, 4, 4, [1, 5, 3, 4]],
    [4, 1, 4, [4, 3, 5, 1]],
    [1, 3, 4, [1, 5, 3]],
    [1, 4, 2, undefined],
    [1, 7, 4, undefined],
    [2, 2, 4, [2]],
  ];
  it.each(rows)("%i → %i within %i hops: %j", async (from, to, maxDepth, expected) => {
    const path = await findShortestPath(inMemorySource(EDGES), from, to, { ...FILTER, maxDepth });
    expect(nodesOf(path)).toEqual(expected);
  });
});

describe("findPaths", () => {
  const rows: [number, number, number, number[][]][] = [
    [1, 4, 1, [[1, 5, 3, 4]]],
    [
      1,
      4,
      3,
      [
        [1, 5, 3, 4],
        [1, 2, 3, 4],
      ],
    ],
    [1, 7, 3, []],
    [1, 1, 3, []],
  ];
  it.each(rows)("%i → %i, first %i: %j", async (from, to, k, expected) => {
    const paths = await findPaths(inMemorySource(EDGES), from, to, k, FILTER);
    expect(paths.map(nodesOf)).toEqual(expected);
  });
});

describe("expandSubgraph", () => {
  const rows: [number[], number, number, { nodes: [number, number][]; truncated: boolean }][] = [
    [
      [1],
      1,
      10,
      {
        nodes: [
          [1, 0],
          [5, 1],
          [2, 1],
        ],
        truncated: false,
      },
    ],
    [
      [1],
      2,
      10,
      {
        nodes: [
          [1, 0],
          [5, 1],
          [2, 1],
          [3, 2],
        ],
        truncated: false,
      },
    ],
    [
      [1],
      2,
      2,
      {
        nodes: [
          [1, 0],
          [5, 1],
        ],
        truncated: true,
      },
    ],
    [
      [6, 4],
      1,
      10,
      {
        nodes: [
          [6, 0],
          [4, 0],
          // Equal weights: the lower edge key (cooc:3:4 before cooc:6:7) is admitted first.
          [3, 1],
          [7, 1],
        ],
        truncated: false,
      },
    ],
  ];
  it.each(rows)("seeds %j, depth %i, limit %i", async (seeds, depth, limit, expected) => {
    const graph = await expandSubgraph(inMemorySource(EDGES), seeds, {
      edgeKind: "COOCCURRENCE",
      depth,
      limit,
    });
    expect({
      nodes: graph.nodes.map((node) => [node.entity, node.depth]),
      truncated: graph.truncated,
    }).toEqual(expected);
  });
});

describe("expandSubgraph reading a hop and the next in one call", () => {
  // [seeds, depth, limit, calls with findEdgesAndNext, calls without]: the next hop comes with
  // the first unless the first reaches more nodes than the limit leaves room for (then the limit
  // is full and there is no next hop); either way the same answer.
  const rows: [number[], number, number, number, number][] = [
    [[1], 2, 10, 1, 2],
    [[1], 3, 10, 2, 3],
    [[2], 2, 10, 1, 2],
    [[1, 6], 2, 10, 1, 2],
    [[1], 2, 2, 1, 1],
    [[3], 2, 3, 1, 1],
  ];
  it.each(rows)(
    "seeds %j, depth %i, limit %i: %i calls (%i)",
    async (seeds, depth, limit, calls, plainCalls) => {
      const options = { edgeKind: "COOCCURRENCE" as const, depth, limit };
      const plain = inMemorySource(EDGES);
      const twoHops = inMemorySource(EDGES, { twoHops: true });
      const expected = await expandSubgraph(plain, seeds, options);
      expect(await expandSubgraph(twoHops, seeds, options)).toEqual(expected);
      expect([twoHops.calls, plain.calls]).toEqual([calls, plainCalls]);
    },
  );
});
