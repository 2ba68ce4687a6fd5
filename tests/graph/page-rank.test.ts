import { describe, expect, it } from "vitest";
import { computePageRank, countDegreesOfEdges } from "../../src/graph/page-rank.js";

describe("computePageRank", () => {
  it("sums to one and ranks a star's centre first", () => {
    const ranks = computePageRank(
      [1, 2, 3, 4],
      [
        { a: 1, b: 2, weight: 1 },
        { a: 1, b: 3, weight: 1 },
        { a: 1, b: 4, weight: 1 },
      ],
    );
    const total = [...ranks.values()].reduce((sum, rank) => sum + rank, 0);
    expect(total).toBeCloseTo(1, 9);
    expect(ranks.get(1)).toBeGreaterThan(ranks.get(2) ?? 1);
    expect(ranks.get(2)).toBeCloseTo(ranks.get(4) ?? 0, 12);
  });

  const rows: [string, number[], { a: number; b: number; weight: number }[], number[]][] = [
    ["no nodes", [], [], []],
    ["isolated nodes share evenly", [1, 2], [], [0.5, 0.5]],
    ["a symmetric pair shares evenly", [1, 2], [{ a: 1, b: 2, weight: 5 }], [0.5, 0.5]],
    [
      "self-loops and unknown ends are ignored",
      [1, 2],
      [
        { a: 1, b: 1, weight: 1 },
        { a: 1, b: 9, weight: 1 },
      ],
      [0.5, 0.5],
    ],
  ];
  it.each(rows)("%s", (_name, ids, edges, expected) => {
    const ranks = computePageRank(ids, edges);
    expect(ids.map((id) => ranks.get(id))).toEqual(
      expected.map((value) => expect.closeTo(value, 9)),
    );
  });
});

describe("countDegreesOfEdges", () => {
  const rows: [[number, number][], [number, number][]][] = [
    [[], []],
    [
      [
        [1, 2],
        [1, 3],
      ],
      [
        [1, 2],
        [2, 1],
        [3, 1],
      ],
    ],
    [
      [
        [1, 2],
        [2, 1],
      ],
      [
        [1, 2],
        [2, 2],
      ],
    ],
  ];
  it.each(rows)("%j → %j", (pairs, expected) => {
    const degrees = countDegreesOfEdges(pairs.map(([a, b]) => ({ a, b, weight: 1 })));
    expect([...degrees].sort((x, y) => x[0] - y[0])).toEqual(expected);
  });
});
