import { describe, expect, it } from "vitest";
import {
  type CentralityStore,
  type EntityMetric,
  findCentralities,
  refreshCentralities,
} from "../../src/graph/centrality.js";
import type { WeightedPair } from "../../src/graph/page-rank.js";

/** An in-memory store that counts recomputations; `fingerprint` stands for the graph's state. */
function memoryStore(nodeIds: number[], edges: WeightedPair[]) {
  const state = { fingerprint: "g1", cached: undefined as string | undefined, writes: 0 };
  let metrics: readonly EntityMetric[] = [];
  const store: CentralityStore = {
    readGraphFingerprint: async () => state.fingerprint,
    readCachedFingerprint: async () => state.cached,
    readRankInputs: async () => ({ nodeIds, edges }),
    writeMetrics: async (fingerprint, written) => {
      state.writes++;
      state.cached = fingerprint;
      metrics = written;
    },
    findPageRanks: async (ids) =>
      new Map(
        metrics
          .filter((metric) => ids.includes(metric.entityId))
          .map((metric) => [metric.entityId, metric.pageRank]),
      ),
  };
  return { store, state, metrics: () => metrics };
}

const STAR: WeightedPair[] = [
  { a: 1, b: 2, weight: 1 },
  { a: 1, b: 3, weight: 2 },
];

describe("refreshCentralities", () => {
  // [what happens between two refreshes, graph fingerprint after it, recomputations in all]
  const rows: [string, string, number][] = [
    ["nothing changed", "g1", 1],
    ["the graph changed", "g2", 2],
  ];
  it.each(rows)("recomputes only when the graph changed: %s", async (_label, next, writes) => {
    const { store, state } = memoryStore([1, 2, 3], STAR);
    await refreshCentralities(store);
    state.fingerprint = next;
    await refreshCentralities(store);
    expect(state.writes).toBe(writes);
  });

  it("shares one recomputation among concurrent callers", async () => {
    const { store, state } = memoryStore([1, 2, 3], STAR);
    await Promise.all([refreshCentralities(store), refreshCentralities(store)]);
    expect(state.writes).toBe(1);
  });

  it("writes PageRank and degree for every node, isolated ones included", async () => {
    const { store, metrics } = memoryStore([1, 2, 3, 4], STAR);
    await refreshCentralities(store);
    expect(metrics().map(({ entityId, degree }) => [entityId, degree])).toEqual([
      [1, 2],
      [2, 1],
      [3, 1],
      [4, 0],
    ]);
  });
});

describe("findCentralities", () => {
  it("answers 0 for unknown ids and ranks the star's centre first", async () => {
    const { store } = memoryStore([1, 2, 3], STAR);
    const ranks = await findCentralities(store, [1, 2, 99]);
    expect(ranks.get(99)).toBe(0);
    expect(ranks.get(1)).toBeGreaterThan(ranks.get(2) ?? 1);
  });

  it("reads nothing for no ids", async () => {
    const { store, state } = memoryStore([1, 2, 3], STAR);
    expect((await findCentralities(store, [])).size).toBe(0);
    expect(state.writes).toBe(0);
  });
});
