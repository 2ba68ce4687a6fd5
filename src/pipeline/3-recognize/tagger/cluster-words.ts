/**
 * Learns word clusters from unlabelled text, standing in for Brown clusters: each word gets a
 * bit-string path in a binary tree, and words sharing a long prefix occur in similar contexts.
 * Recipe: counts of the words at ±1 and ±2 (among the most frequent words), PPMI weighting, a
 * randomized truncated SVD, then recursive spherical 2-means to build the tree. Deterministic.
 */
import { createRandom } from "./hashing.js";

/** Clustering settings. */
export interface ClusterOptions {
  /** Words seen fewer times get no cluster. */
  minCount: number;
  /** How many of the most frequent words serve as context features. */
  contextWords: number;
  /** Dimensions kept by the SVD. */
  dimensions: number;
  /** Maximum path length in bits. */
  maxDepth: number;
  /** A node with this many words or fewer becomes a leaf. */
  minLeafSize: number;
  seed: number;
}

/** Default clustering settings. */
export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  minCount: 3,
  contextWords: 2000,
  dimensions: 80,
  maxDepth: 18,
  minLeafSize: 3,
  seed: 1234,
};

/** Modified Gram-Schmidt on the k columns of a row-major (rows × k) matrix. */
function orthonormalizeColumns(m: Float64Array, rows: number, k: number): void {
  for (let j = 0; j < k; j++) {
    for (let p = 0; p < j; p++) {
      let dot = 0;
      for (let r = 0; r < rows; r++) dot += (m[r * k + j] as number) * (m[r * k + p] as number);
      for (let r = 0; r < rows; r++) (m[r * k + j] as number) -= dot * (m[r * k + p] as number);
    }
    let norm = 0;
    for (let r = 0; r < rows; r++) norm += (m[r * k + j] as number) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let r = 0; r < rows; r++) (m[r * k + j] as number) /= norm;
  }
}

/** Clusters the words of `sentences` (already normalised/folded); returns word → bit path. */
export function buildWordClusters(
  sentences: Iterable<readonly string[]>,
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
): Map<string, string> {
  const corpus: string[][] = [];
  const counts = new Map<string, number>();
  for (const sentence of sentences) {
    corpus.push([...sentence]);
    for (const w of sentence) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const vocabulary = [...counts.entries()]
    .filter(([, c]) => c >= options.minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([w]) => w);
  const ids = new Map(vocabulary.map((w, i) => [w, i]));
  const V = vocabulary.length;
  const C = Math.min(options.contextWords, V);
  const columns = 4 * C + 4;
  // sparse co-occurrence rows: column = slot * C + context id; boundary columns at the end
  const rowsMap: Map<number, number>[] = vocabulary.map(() => new Map());
  const at = (sentence: (number | undefined)[], i: number): number =>
    i < 0 ? -1 : i >= sentence.length ? -2 : (sentence[i] ?? -3);
  for (const sentence of corpus) {
    const sid = sentence.map((w) => ids.get(w));
    for (let i = 0; i < sid.length; i++) {
      const w = sid[i];
      if (w === undefined) continue;
      const row = rowsMap[w] as Map<number, number>;
      const offsets = [-2, -1, 1, 2];
      for (let s = 0; s < 4; s++) {
        const ctx = at(sid, i + (offsets[s] as number));
        let col: number;
        if (ctx === -1) col = 4 * C + (s < 2 ? 0 : 1);
        else if (ctx === -2) col = 4 * C + 2 + (s < 2 ? 0 : 1);
        else if (ctx >= 0 && ctx < C) col = s * C + ctx;
        else continue;
        row.set(col, (row.get(col) ?? 0) + 1);
      }
    }
  }
  // PPMI with context-distribution smoothing (alpha 0.75)
  const rowStart = new Int32Array(V + 1);
  let nnz = 0;
  for (let w = 0; w < V; w++) {
    rowStart[w] = nnz;
    nnz += (rowsMap[w] as Map<number, number>).size;
  }
  rowStart[V] = nnz;
  const colIndex = new Int32Array(nnz);
  const values = new Float64Array(nnz);
  const rowTotals = new Float64Array(V);
  const colTotals = new Float64Array(columns);
  for (let w = 0; w < V; w++) {
    let k = rowStart[w] as number;
    for (const [col, c] of [...(rowsMap[w] as Map<number, number>).entries()].sort(
      (a, b) => a[0] - b[0],
    )) {
      colIndex[k] = col;
      values[k++] = c;
      (rowTotals[w] as number) += c;
      (colTotals[col] as number) += c;
    }
  }
  let total = 0;
  let smoothedTotal = 0;
  for (let c = 0; c < columns; c++) {
    total += colTotals[c] as number;
    colTotals[c] = (colTotals[c] as number) ** 0.75;
    smoothedTotal += colTotals[c] as number;
  }
  for (let w = 0; w < V; w++) {
    for (let k = rowStart[w] as number; k < (rowStart[w + 1] as number); k++) {
      const pmi = Math.log(
        (values[k] as number) /
          total /
          (((rowTotals[w] as number) / total) *
            ((colTotals[colIndex[k] as number] as number) / smoothedTotal)),
      );
      values[k] = pmi > 0 ? pmi : 0;
    }
  }
  // randomized truncated SVD: power iterations on A^T A, then E = A Z
  const k = options.dimensions;
  const random = createRandom(options.seed);
  const gaussian = (): number =>
    Math.sqrt(-2 * Math.log(random() + 1e-12)) * Math.cos(2 * Math.PI * random());
  let Z: Float64Array = new Float64Array(columns * k);
  for (let i = 0; i < Z.length; i++) Z[i] = gaussian();
  const multiplyA = (z: Float64Array): Float64Array => {
    const y = new Float64Array(V * k);
    for (let w = 0; w < V; w++) {
      for (let p = rowStart[w] as number; p < (rowStart[w + 1] as number); p++) {
        const v = values[p] as number;
        if (v === 0) continue;
        const zBase = (colIndex[p] as number) * k;
        const yBase = w * k;
        for (let j = 0; j < k; j++) (y[yBase + j] as number) += v * (z[zBase + j] as number);
      }
    }
    return y;
  };
  const multiplyAt = (y: Float64Array): Float64Array => {
    const z = new Float64Array(columns * k);
    for (let w = 0; w < V; w++) {
      for (let p = rowStart[w] as number; p < (rowStart[w + 1] as number); p++) {
        const v = values[p] as number;
        if (v === 0) continue;
        const zBase = (colIndex[p] as number) * k;
        const yBase = w * k;
        for (let j = 0; j < k; j++) (z[zBase + j] as number) += v * (y[yBase + j] as number);
      }
    }
    return z;
  };
  orthonormalizeColumns(Z, columns, k);
  for (let iteration = 0; iteration < 3; iteration++) {
    Z = multiplyAt(multiplyA(Z));
    orthonormalizeColumns(Z, columns, k);
  }
  const embedding = multiplyA(Z);
  for (let w = 0; w < V; w++) {
    let norm = 0;
    for (let j = 0; j < k; j++) norm += (embedding[w * k + j] as number) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < k; j++) (embedding[w * k + j] as number) /= norm;
  }
  return splitIntoTree(vocabulary, embedding, k, options);
}

/**
 * Recursive spherical 2-means over unit-length rows of `embedding` (row i is `vocabulary[i]`,
 * `k` columns; rows in descending frequency): returns word → bit path. Each split seeds one side
 * with the most frequent member and the other with the member least like it, so it is deterministic.
 */
export function splitIntoTree(
  vocabulary: readonly string[],
  embedding: Float64Array | Float32Array,
  k: number,
  options: Pick<ClusterOptions, "maxDepth" | "minLeafSize">,
): Map<string, string> {
  const V = vocabulary.length;
  const paths = new Map<string, string>();
  const stack: { members: number[]; path: string }[] = [
    { members: vocabulary.map((_, i) => i), path: "" },
  ];
  const centroidA = new Float64Array(k);
  const centroidB = new Float64Array(k);
  while (stack.length > 0) {
    const { members, path } = stack.pop() as { members: number[]; path: string };
    if (members.length <= options.minLeafSize || path.length >= options.maxDepth) {
      for (const m of members) paths.set(vocabulary[m] as string, path);
      continue;
    }
    // seeds: the most frequent member and the member least similar to it
    const first = members[0] as number;
    let second = members[1] as number;
    let lowest = Number.POSITIVE_INFINITY;
    for (const m of members) {
      let dot = 0;
      for (let j = 0; j < k; j++)
        dot += (embedding[first * k + j] as number) * (embedding[m * k + j] as number);
      if (dot < lowest) {
        lowest = dot;
        second = m;
      }
    }
    for (let j = 0; j < k; j++) {
      centroidA[j] = embedding[first * k + j] as number;
      centroidB[j] = embedding[second * k + j] as number;
    }
    let side = new Uint8Array(members.length);
    for (let iteration = 0; iteration < 8; iteration++) {
      const next = new Uint8Array(members.length);
      members.forEach((m, i) => {
        let a = 0;
        let b = 0;
        for (let j = 0; j < k; j++) {
          const e = embedding[m * k + j] as number;
          a += e * (centroidA[j] as number);
          b += e * (centroidB[j] as number);
        }
        next[i] = b > a ? 1 : 0;
      });
      side = next;
      centroidA.fill(0);
      centroidB.fill(0);
      members.forEach((m, i) => {
        const target = side[i] === 1 ? centroidB : centroidA;
        for (let j = 0; j < k; j++) (target[j] as number) += embedding[m * k + j] as number;
      });
      for (const centroid of [centroidA, centroidB]) {
        let norm = 0;
        for (let j = 0; j < k; j++) norm += (centroid[j] as number) ** 2;
        norm = Math.sqrt(norm) || 1;
        for (let j = 0; j < k; j++) (centroid[j] as number) /= norm;
      }
    }
    const left = members.filter((_, i) => side[i] === 0);
    const right = members.filter((_, i) => side[i] === 1);
    if (left.length === 0 || right.length === 0) {
      for (const m of members) paths.set(vocabulary[m] as string, path);
      continue;
    }
    stack.push({ members: right, path: `${path}1` }, { members: left, path: `${path}0` });
  }
  return paths;
}

/** Casing buckets: how often a word is capitalised when it is not sentence-initial. */
export const CASING_BUCKETS = [0.02, 0.2, 0.5, 0.8, 0.98] as const;

/**
 * Learns, for each folded word, how often it is capitalised away from the sentence start
 * ("THE" in a headline is usually "the"; "BRUSSELS" is usually "Brussels"). Returns folded word →
 * bucket index (0: almost always lowercase … 5: almost always capitalised); rare words are left out.
 */
export function learnWordCasing(
  sentences: Iterable<readonly string[]>,
  fold: (token: string) => string,
  minCount = 3,
): Map<string, number> {
  const seen = new Map<string, [number, number]>();
  for (const sentence of sentences) {
    // all-caps lines say nothing about casing
    let upperOnly = 0;
    for (const token of sentence)
      if (token.length > 1 && token === token.toUpperCase() && token !== token.toLowerCase())
        upperOnly++;
    if (upperOnly * 2 > sentence.length) continue;
    for (let i = 1; i < sentence.length; i++) {
      const token = sentence[i] as string;
      const first = token.charAt(0);
      if (first.toLowerCase() === first.toUpperCase()) continue;
      const key = fold(token);
      const counts = seen.get(key) ?? [0, 0];
      if (first !== first.toLowerCase()) counts[0]++;
      counts[1]++;
      seen.set(key, counts);
    }
  }
  const casing = new Map<string, number>();
  for (const [word, [capitalised, total]] of seen) {
    if (total < minCount) continue;
    const ratio = capitalised / total;
    let bucket = 0;
    while (bucket < CASING_BUCKETS.length && ratio >= (CASING_BUCKETS[bucket] as number)) bucket++;
    casing.set(word, bucket);
  }
  return casing;
}
