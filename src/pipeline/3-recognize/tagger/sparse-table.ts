/**
 * The frozen model's weights as a sparse table, and the cached static and label-history scores
 * tagging reads from it: each weight row is read once per word type, casing context or label pair.
 */
import type { SentenceFeatures } from "./features.js";
import * as sentenceFeatures from "./features.js";
import type { KeyIndex } from "./key-index.js";
import * as spans from "./spans.js";
import type { WordInfo } from "./word-features.js";
import * as wordFeatures from "./word-features.js";

// local copies: under tsx every use of an imported binding is a getter call, and these run per token
const { computeCasingClassKeys, computeLabelHistoryKeys, computeWordHistoryKeys } =
  sentenceFeatures;
const { LABEL_COUNT } = spans;
const { ROLE_OFFSETS, WORD_ROLES, wordAt } = wordFeatures;

// local copies: hot loops should not reach through module bindings
const L = LABEL_COUNT;
/** Label-history states: previous label -1..L-1. */
const STATES = L + 1;

/**
 * A frozen model for tagging: sparse rows (about six non-zero weights per feature), so a row is
 * one or two cache lines and the whole table stays in cache. Each entry packs a column
 * (stage * L + label) in the high 16 bits and an int16 quantised weight in the low 16 bits; stage s
 * weights are `value * scales[s]`.
 */
export interface SparseTable {
  index: KeyIndex;
  rowStart: Int32Array;
  entries: Int32Array;
  scales: Float64Array;
  /** Stages × L. */
  columns: number;
}

/** Adds row `row`'s raw (unscaled) weights into `out` at `at`. */
export function addSparseRow(
  table: SparseTable,
  row: number,
  out: Int32Array | Float64Array,
  at: number,
): void {
  const { rowStart, entries } = table;
  const end = rowStart[row + 1] as number;
  for (let e = rowStart[row] as number; e < end; e++) {
    const v = entries[e] as number;
    (out[at + (v >>> 16)] as number) += (v << 16) >> 16;
  }
}

/** Raw summed weights (all stages) of each role's keys for one word, cached on the word. */
function getRoleScores(table: SparseTable, word: WordInfo): Int32Array {
  if (word.roleScores !== undefined && word.roleScoresOwner === table) return word.roleScores;
  const { columns, index } = table;
  const scores = new Int32Array(WORD_ROLES * columns);
  for (let role = 0; role < WORD_ROLES; role++) {
    for (const key of word.roleKeys[role] as number[]) {
      const row = index.find(key);
      if (row >= 0) addSparseRow(table, row, scores, role * columns);
    }
  }
  word.roleScores = scores;
  word.roleScoresOwner = table;
  return scores;
}

const wordHistoryKeys = new Int32Array(2);

/**
 * The rows of `word`'s two word-history keys after label `previous1`, at `2 * (previous1 + 1)`
 * of the returned array (-1: not in the table); cached on the word, each label looked up once.
 */
export function getWordHistoryRows(
  table: SparseTable,
  word: WordInfo,
  previous1: number,
): Int32Array {
  let rows = word.historyRows;
  if (rows === undefined || word.historyRowsOwner !== table) {
    rows = new Int32Array(STATES * 2).fill(-2);
    word.historyRows = rows;
    word.historyRowsOwner = table;
  }
  const at = 2 * (previous1 + 1);
  if (rows[at] === -2) {
    computeWordHistoryKeys(word, previous1, wordHistoryKeys);
    rows[at] = table.index.find(wordHistoryKeys[0] as number);
    rows[at + 1] = table.index.find(wordHistoryKeys[1] as number);
  }
  return rows;
}

const casingClassCache = new WeakMap<SparseTable, Map<number, Int32Array>>();

/** The casing-context cache of a table (id → raw summed weights of its keys). */
function getCasingClassCache(table: SparseTable): Map<number, Int32Array> {
  let cache = casingClassCache.get(table);
  if (cache === undefined) {
    cache = new Map();
    casingClassCache.set(table, cache);
  }
  return cache;
}

/** Raw summed weights (all stages) of a casing-context id's keys, cached per table. */
function getCasingClassScores(
  table: SparseTable,
  cache: Map<number, Int32Array>,
  id: number,
): Int32Array {
  let scores = cache.get(id);
  if (scores === undefined) {
    scores = new Int32Array(table.columns);
    for (const key of computeCasingClassKeys(id)) {
      const row = table.index.find(key);
      if (row >= 0) addSparseRow(table, row, scores, 0);
    }
    if (cache.size > 100_000) cache.clear();
    cache.set(id, scores);
  }
  return scores;
}

/**
 * Raw static (history-free) scores of every token for all stages, n × columns: cached per-word
 * role scores and casing-context scores plus the multi-word feature rows, each row read once for
 * all stages. Written to `out` when given (every cell is assigned, so it need not be zeroed).
 */
export function computeStaticScores(
  table: SparseTable,
  features: SentenceFeatures,
  out = new Int32Array(features.words.length * table.columns),
): Int32Array {
  const { words, keys, offsets, classIds } = features;
  const { columns, index } = table;
  const n = words.length;
  // the five role vectors of token i: its own word's and its neighbours' (one pass over columns)
  const second = columns;
  const third = 2 * columns;
  const fourth = 3 * columns;
  const fifth = 4 * columns;
  const casingCache = getCasingClassCache(table);
  for (let i = 0; i < n; i++) {
    const at = i * columns;
    const casing = getCasingClassScores(table, casingCache, classIds[i] as number);
    const self = getRoleScores(table, wordAt(words, i + (ROLE_OFFSETS[0] as number)));
    const left1 = getRoleScores(table, wordAt(words, i + (ROLE_OFFSETS[1] as number)));
    const left2 = getRoleScores(table, wordAt(words, i + (ROLE_OFFSETS[2] as number)));
    const right1 = getRoleScores(table, wordAt(words, i + (ROLE_OFFSETS[3] as number)));
    const right2 = getRoleScores(table, wordAt(words, i + (ROLE_OFFSETS[4] as number)));
    for (let l = 0; l < columns; l++) {
      // small integers (sums of int16 weights): the order of the additions does not matter
      out[at + l] =
        (casing[l] as number) +
        (self[l] as number) +
        (left1[second + l] as number) +
        (left2[third + l] as number) +
        (right1[fourth + l] as number) +
        (right2[fifth + l] as number);
    }
    for (let k = offsets[i] as number; k < (offsets[i + 1] as number); k++) {
      const row = index.find(keys[k] as number);
      if (row >= 0) addSparseRow(table, row, out, at);
    }
  }
  return out;
}

const extraScratch = new Int32Array(256);

/**
 * One stage's scaled static scores (n × L) plus extra keys per token (stage 2's document keys),
 * written to `out` when given (its first n × L cells are all assigned).
 */
export function selectStageScores(
  table: SparseTable,
  stage: number,
  all: Int32Array,
  n: number,
  extra?: readonly (readonly number[])[],
  out = new Float64Array(n * L),
): Float64Array {
  const { columns, index } = table;
  const scale = table.scales[stage] as number;
  const first = stage * L;
  for (let i = 0; i < n; i++) {
    const more = extra?.[i];
    if (more !== undefined && more.length > 0) {
      extraScratch.fill(0, 0, columns);
      for (const key of more) {
        const row = index.find(key);
        if (row >= 0) addSparseRow(table, row, extraScratch, 0);
      }
      for (let l = 0; l < L; l++)
        out[i * L + l] =
          ((all[i * columns + first + l] as number) + (extraScratch[first + l] as number)) * scale;
    } else {
      for (let l = 0; l < L; l++) out[i * L + l] = (all[i * columns + first + l] as number) * scale;
    }
  }
  return out;
}

/** Scaled scores of the word-independent history features, dense: [(previous2 + 1) * STATES + previous1 + 1][label]. */
function buildLabelHistoryScores(table: SparseTable, stage: number): Float64Array {
  const dense = new Float64Array(STATES * STATES * L);
  const raw = new Int32Array(table.columns);
  const keys = new Int32Array(2);
  const scale = table.scales[stage] as number;
  for (let p2 = -1; p2 < L; p2++) {
    for (let p1 = -1; p1 < L; p1++) {
      computeLabelHistoryKeys(p1, p2, keys);
      raw.fill(0);
      for (const key of keys) {
        const row = table.index.find(key);
        if (row >= 0) addSparseRow(table, row, raw, 0);
      }
      const base = ((p2 + 1) * STATES + p1 + 1) * L;
      for (let l = 0; l < L; l++) dense[base + l] = (raw[stage * L + l] as number) * scale;
    }
  }
  return dense;
}

const labelHistoryCache = new WeakMap<SparseTable, Float64Array[]>();

/** Dense label-history scores of a frozen table's stage, built once. */
export function getLabelHistoryScores(table: SparseTable, stage: number): Float64Array {
  let perStage = labelHistoryCache.get(table);
  if (perStage === undefined) {
    perStage = [];
    labelHistoryCache.set(table, perStage);
  }
  let dense = perStage[stage];
  if (dense === undefined) {
    dense = buildLabelHistoryScores(table, stage);
    perStage[stage] = dense;
  }
  return dense;
}
