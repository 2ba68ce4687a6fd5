/** Cached graph-wide centrality: decides when PageRank is stale and recomputes it over what db/ fetches. */
import { computePageRank, countDegreesOfEdges, type WeightedPair } from "./page-rank.js";

/** One entity's cached metrics. */
export interface EntityMetric {
  entityId: number;
  degree: number;
  pageRank: number;
}

/** What the centrality cache reads and writes; db/stats.ts provides it over one database handle. */
export interface CentralityStore {
  /** A fingerprint of the graph as it is now (changes when relations, evidence or entities do). */
  readGraphFingerprint(): Promise<string>;
  /** The fingerprint the cached metrics were computed from; undefined before the first computation. */
  readCachedFingerprint(): Promise<string | undefined>;
  /** Every entity id in ascending order and every relation as an undirected pair weighted by evidence. */
  readRankInputs(): Promise<{ nodeIds: number[]; edges: WeightedPair[] }>;
  /** Replaces every cached metric and records the fingerprint they were computed from, all or nothing. */
  writeMetrics(fingerprint: string, metrics: readonly EntityMetric[]): Promise<void>;
  /** The cached PageRank of each given entity that has one. */
  findPageRanks(entityIds: readonly number[]): Promise<Map<number, number>>;
}

/** Computes PageRank and degree of every node (nodes without edges get degree 0). */
export function computeEntityMetrics(
  nodeIds: readonly number[],
  edges: readonly WeightedPair[],
): EntityMetric[] {
  const ranks = computePageRank(nodeIds, edges);
  const degrees = countDegreesOfEdges(edges);
  return nodeIds.map((entityId) => ({
    entityId,
    degree: degrees.get(entityId) ?? 0,
    pageRank: ranks.get(entityId) ?? 0,
  }));
}

/** One refresh in flight per store: concurrent callers wait for it instead of recomputing. */
const refreshing = new WeakMap<CentralityStore, Promise<void>>();

/**
 * Makes the cached metrics current: recomputes PageRank and degrees for the whole graph when
 * articles or relations changed since the last computation (on demand, not on ingest).
 */
export async function refreshCentralities(store: CentralityStore): Promise<void> {
  const pending = refreshing.get(store);
  if (pending) return pending;
  const run = (async () => {
    const fingerprint = await store.readGraphFingerprint();
    if ((await store.readCachedFingerprint()) === fingerprint) return;
    const { nodeIds, edges } = await store.readRankInputs();
    await store.writeMetrics(fingerprint, computeEntityMetrics(nodeIds, edges));
  })();
  refreshing.set(store, run);
  try {
    await run;
  } finally {
    refreshing.delete(store);
  }
}

/** PageRank of each entity (0 when unknown), refreshing the cache first when the graph changed. */
export async function findCentralities(
  store: CentralityStore,
  entityIds: readonly number[],
): Promise<Map<number, number>> {
  const result = new Map<number, number>(entityIds.map((id) => [id, 0]));
  if (entityIds.length === 0) return result;
  await refreshCentralities(store);
  for (const [id, rank] of await store.findPageRanks(entityIds)) result.set(id, rank);
  return result;
}
