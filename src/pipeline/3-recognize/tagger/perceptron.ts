/**
 * The learning machinery: an open-addressing index from feature keys to weight rows, a BILOU beam
 * search shared by training and tagging, and an averaged perceptron trained with early update.
 */

import {
  computeCasingClassKeys,
  computeHistoryKeys,
  computeLabelHistoryKeys,
  computeWordHistoryKeys,
  HISTORY_KEY_COUNT,
  ROLE_OFFSETS,
  type SentenceFeatures,
  WORD_ROLES,
  type WordInfo,
  wordAt,
} from "./features.js";
import { createRandom } from "./hashing.js";
import { ALLOWED_TRANSITIONS, LABEL_COUNT } from "./spans.js";

/** Open-addressing hash table from 32-bit feature keys to row numbers (key and row interleaved). */
export class KeyIndex {
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Number of keys inserted. */
  size = 0;

  /** Sizes the table for `capacity` keys at a load factor of at most a quarter (absent keys are common). */
  constructor(capacity: number) {
    let slots = 16;
    while (slots < capacity * 4) slots *= 2;
    this.slots = new Int32Array(slots * 2);
    this.mask = slots - 1;
  }

  /** Builds an index where `keys[i]` maps to row i. */
  static fromKeys(keys: Int32Array): KeyIndex {
    const index = new KeyIndex(keys.length);
    for (let i = 0; i < keys.length; i++) index.insert(keys[i] as number);
    return index;
  }

  /** Adds a key (if new) and returns its row. */
  insert(key: number): number {
    const slots = this.slots;
    let slot = key & this.mask;
    for (;;) {
      const row = slots[2 * slot + 1] as number;
      if (row === 0) {
        slots[2 * slot] = key;
        slots[2 * slot + 1] = ++this.size;
        return this.size - 1;
      }
      if (slots[2 * slot] === key) return row - 1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Row of a key, or -1. */
  find(key: number): number {
    const slots = this.slots;
    const mask = this.mask;
    let slot = key & mask;
    for (;;) {
      const row = slots[2 * slot + 1] as number;
      if (row === 0) return -1;
      if (slots[2 * slot] === key) return row - 1;
      slot = (slot + 1) & mask;
    }
  }

  /** All keys in row order. */
  keysByRow(): Int32Array {
    const keys = new Int32Array(this.size);
    for (let slot = 0; slot * 2 < this.slots.length; slot++) {
      const row = this.slots[2 * slot + 1] as number;
      if (row !== 0) keys[row - 1] = this.slots[2 * slot] as number;
    }
    return keys;
  }
}

/** Dense weight rows of one training stage: row r's weights start at r * stride. */
export interface WeightTable {
  index: KeyIndex;
  weights: Float32Array;
  stride: number;
}

// local copies: hot loops should not reach through module bindings
const L = LABEL_COUNT;
const ALLOWED = ALLOWED_TRANSITIONS;
/** Label-history states: previous label -1..L-1. */
const STATES = L + 1;

/** Adds the weight rows `rows[from..to)` (`width` weights at `offset` within each row) into `out` at `at`. */
function addRows(
  weights: Float32Array | Float64Array,
  stride: number,
  offset: number,
  width: number,
  rows: ArrayLike<number>,
  from: number,
  to: number,
  out: Float32Array | Float64Array,
  at: number,
): void {
  for (let k = from; k < to; k++) {
    const base = (rows[k] as number) * stride + offset;
    for (let l = 0; l < width; l++) (out[at + l] as number) += weights[base + l] as number;
  }
}

/** A sentence for training: static feature rows per token and the words for history keys. */
export interface EncodedSentence {
  rows: Int32Array;
  offsets: Int32Array;
  words: readonly WordInfo[];
}

/** Maps feature keys to rows, dropping unknown keys; `extra[i]` adds keys to token i. */
export function encodeSentence(
  index: KeyIndex,
  keys: Int32Array,
  keyOffsets: Int32Array,
  words: readonly WordInfo[],
  extra?: readonly (readonly number[])[],
): EncodedSentence {
  const n = words.length;
  const rows = new Int32Array(
    keys.length + (extra === undefined ? 0 : extra.reduce((a, e) => a + e.length, 0)),
  );
  let count = 0;
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    offsets[i] = count;
    const to = keyOffsets[i + 1] as number;
    for (let k = keyOffsets[i] as number; k < to; k++) {
      const row = index.find(keys[k] as number);
      if (row >= 0) rows[count++] = row;
    }
    const more = extra?.[i];
    if (more !== undefined) {
      for (const key of more) {
        const row = index.find(key);
        if (row >= 0) rows[count++] = row;
      }
    }
  }
  offsets[n] = count;
  return { rows: rows.subarray(0, count), offsets, words };
}

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
function addSparseRow(
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

const casingClassCache = new WeakMap<SparseTable, Map<number, Int32Array>>();

/** Raw summed weights (all stages) of a casing-context id's keys, cached per table. */
function getCasingClassScores(table: SparseTable, id: number): Int32Array {
  let cache = casingClassCache.get(table);
  if (cache === undefined) {
    cache = new Map();
    casingClassCache.set(table, cache);
  }
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
 * all stages.
 */
export function computeStaticScores(table: SparseTable, features: SentenceFeatures): Int32Array {
  const { words, keys, offsets, classIds } = features;
  const { columns, index } = table;
  const n = words.length;
  const out = new Int32Array(n * columns);
  for (let i = 0; i < n; i++) {
    const at = i * columns;
    const casing = getCasingClassScores(table, classIds[i] as number);
    for (let l = 0; l < columns; l++) out[at + l] = casing[l] as number;
    for (let role = 0; role < WORD_ROLES; role++) {
      const scores = getRoleScores(table, wordAt(words, i + (ROLE_OFFSETS[role] as number)));
      const from = role * columns;
      for (let l = 0; l < columns; l++) (out[at + l] as number) += scores[from + l] as number;
    }
    for (let k = offsets[i] as number; k < (offsets[i + 1] as number); k++) {
      const row = index.find(keys[k] as number);
      if (row >= 0) addSparseRow(table, row, out, at);
    }
  }
  return out;
}

const extraScratch = new Int32Array(256);

/** One stage's scaled static scores (n × L) plus extra keys per token (stage 2's document keys). */
export function selectStageScores(
  table: SparseTable,
  stage: number,
  all: Int32Array,
  n: number,
  extra?: readonly (readonly number[])[],
): Float64Array {
  const { columns, index } = table;
  const scale = table.scales[stage] as number;
  const out = new Float64Array(n * L);
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

const historyKeys = new Int32Array(HISTORY_KEY_COUNT);
const historyRows = new Int32Array(HISTORY_KEY_COUNT);
const scratchScores = new Float64Array(L);

/** History rows of token `w` given the previous labels; returns how many were found. */
function findHistoryRows(
  index: KeyIndex,
  w: WordInfo,
  previous1: number,
  previous2: number,
): number {
  computeHistoryKeys(w, previous1, previous2, historyKeys);
  let count = 0;
  for (let k = 0; k < HISTORY_KEY_COUNT; k++) {
    const row = index.find(historyKeys[k] as number);
    if (row >= 0) historyRows[count++] = row;
  }
  return count;
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
function getLabelHistoryScores(table: SparseTable, stage: number): Float64Array {
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

/** Where history scores come from: live dense weights (training) or a frozen sparse table (tagging). */
type HistorySource =
  | { kind: "dense"; weights: Float32Array | Float64Array; index: KeyIndex }
  | { kind: "sparse"; table: SparseTable; stage: number; labelHistory: Float64Array };

// per-token cache of word-history scores by previous label (the stamp says which token filled it)
const wordHistoryScores = new Float64Array(STATES * L);
const wordHistoryRaw = new Int32Array(64);
const wordHistoryStamp = new Int32Array(STATES);
let wordHistoryClock = 0;
const wordHistoryKeys = new Int32Array(2);
// best candidate per (previous label, label) state during selection
const stateScore = new Float64Array(STATES * L).fill(Number.NEGATIVE_INFINITY);
const stateParent = new Int32Array(STATES * L);
const touchedStates = new Int32Array(STATES * L);

/** Adds the history scores of token `w` after (previous2, previous1) to `scratchScores`. */
function addHistoryScores(
  source: HistorySource,
  w: WordInfo,
  previous1: number,
  previous2: number,
): void {
  if (source.kind === "dense") {
    addRows(
      source.weights,
      L,
      0,
      L,
      historyRows,
      0,
      findHistoryRows(source.index, w, previous1, previous2),
      scratchScores,
      0,
    );
    return;
  }
  const { table, stage, labelHistory } = source;
  const p1 = previous1 + 1;
  const cached = p1 * L;
  if (wordHistoryStamp[p1] !== wordHistoryClock) {
    wordHistoryStamp[p1] = wordHistoryClock;
    wordHistoryRaw.fill(0, 0, table.columns);
    computeWordHistoryKeys(w, previous1, wordHistoryKeys);
    for (let k = 0; k < 2; k++) {
      const row = table.index.find(wordHistoryKeys[k] as number);
      if (row >= 0) addSparseRow(table, row, wordHistoryRaw, 0);
    }
    const scale = table.scales[stage] as number;
    for (let l = 0; l < L; l++)
      wordHistoryScores[cached + l] = (wordHistoryRaw[stage * L + l] as number) * scale;
  }
  const labelBase = ((previous2 + 1) * STATES + p1) * L;
  for (let l = 0; l < L; l++) {
    (scratchScores[l] as number) +=
      (wordHistoryScores[cached + l] as number) + (labelHistory[labelBase + l] as number);
  }
}

/** What a beam search returns: the best labels for the first `length` tokens. */
interface BeamResult {
  labels: Uint8Array;
  length: number;
}

/**
 * Beam search over BILOU labels given static scores (n × L). Hypotheses that agree on their last
 * two labels are merged (the features look no further back), and a sentence may not end inside an
 * entity. With `gold`, the search stops as soon as the gold prefix falls out of the beam (early
 * update) and returns the best prefix up to that token.
 */
function runBeam(
  staticScores: Float64Array,
  words: readonly WordInfo[],
  source: HistorySource,
  beamSize: number,
  gold?: Uint8Array,
): BeamResult {
  const n = words.length;
  const labels = new Uint8Array(n);
  if (n === 0) return { labels, length: 0 };
  const beamLabel = new Int8Array(n * beamSize);
  const beamParent = new Int16Array(n * beamSize);
  let scores = new Float64Array(beamSize);
  let nextScores = new Float64Array(beamSize);
  const topScore = new Float64Array(beamSize);
  const topState = new Int32Array(beamSize);
  let width = 1;
  let goldSlot = 0;
  let length = n;
  for (let i = 0; i < n; i++) {
    const w = words[i] as WordInfo;
    const last = i === n - 1;
    const base = i * beamSize;
    const previousBase = base - beamSize;
    wordHistoryClock++;
    let touched = 0;
    for (let b = 0; b < width; b++) {
      const previous1 = i === 0 ? -1 : (beamLabel[previousBase + b] as number);
      const previous2 =
        i < 2
          ? -1
          : (beamLabel[
              previousBase - beamSize + (beamParent[previousBase + b] as number)
            ] as number);
      for (let l = 0; l < L; l++) scratchScores[l] = staticScores[i * L + l] as number;
      addHistoryScores(source, w, previous1, previous2);
      const allowedBase = (previous1 + 1) * L;
      const score = scores[b] as number;
      for (let l = 0; l < L; l++) {
        if (ALLOWED[allowedBase + l] === 0) continue;
        if (last && l !== 0 && ((l - 1) & 3) <= 1) continue;
        const candidate = score + (scratchScores[l] as number);
        const state = allowedBase + l;
        const current = stateScore[state] as number;
        if (current === Number.NEGATIVE_INFINITY) touchedStates[touched++] = state;
        if (candidate > current) {
          stateScore[state] = candidate;
          stateParent[state] = b;
        }
      }
    }
    // keep the best `beamSize` states (insertion into a small sorted list)
    let nextWidth = 0;
    for (let t = 0; t < touched; t++) {
      const state = touchedStates[t] as number;
      const sc = stateScore[state] as number;
      stateScore[state] = Number.NEGATIVE_INFINITY;
      if (nextWidth === beamSize && sc <= (topScore[beamSize - 1] as number)) continue;
      let at = nextWidth < beamSize ? nextWidth++ : beamSize - 1;
      while (at > 0 && (topScore[at - 1] as number) < sc) {
        topScore[at] = topScore[at - 1] as number;
        topState[at] = topState[at - 1] as number;
        at--;
      }
      topScore[at] = sc;
      topState[at] = state;
    }
    let nextGoldSlot = -1;
    for (let slot = 0; slot < nextWidth; slot++) {
      const state = topState[slot] as number;
      const l = state % L;
      const b = stateParent[state] as number;
      beamLabel[base + slot] = l;
      beamParent[base + slot] = b;
      nextScores[slot] = topScore[slot] as number;
      if (gold !== undefined && b === goldSlot && l === gold[i]) nextGoldSlot = slot;
    }
    const swap = scores;
    scores = nextScores;
    nextScores = swap;
    width = nextWidth;
    if (gold !== undefined && nextGoldSlot < 0) {
      length = i + 1;
      break;
    }
    goldSlot = nextGoldSlot;
  }
  let slot = 0;
  for (let i = length - 1; i >= 0; i--) {
    labels[i] = beamLabel[i * beamSize + slot] as number;
    slot = beamParent[i * beamSize + slot] as number;
  }
  return { labels, length };
}

/** Decodes one stage of a frozen table from its scaled static scores (beam 1 is greedy). */
export function decodeStage(
  table: SparseTable,
  stage: number,
  staticScores: Float64Array,
  words: readonly WordInfo[],
  beamSize: number,
): Uint8Array {
  const source: HistorySource = {
    kind: "sparse",
    table,
    stage,
    labelHistory: getLabelHistoryScores(table, stage),
  };
  return runBeam(staticScores, words, source, beamSize).labels;
}

/** Decodes with a training-time (dense, single-stage) table. */
export function decodeEncoded(
  table: WeightTable,
  sentence: EncodedSentence,
  beamSize: number,
): Uint8Array {
  const n = sentence.words.length;
  const staticScores = new Float64Array(n * L);
  for (let i = 0; i < n; i++) {
    addRows(
      table.weights,
      table.stride,
      0,
      L,
      sentence.rows,
      sentence.offsets[i] as number,
      sentence.offsets[i + 1] as number,
      staticScores,
      i * L,
    );
  }
  return runBeam(
    staticScores,
    sentence.words,
    { kind: "dense", weights: table.weights, index: table.index },
    beamSize,
  ).labels;
}

/** A training sentence: encoded features and gold BILOU labels. */
export interface TrainingSentence {
  sentence: EncodedSentence;
  gold: Uint8Array;
}

/** Highest-scoring label allowed after `previous`. */
function pickLabel(scores: Float64Array, previous: number): number {
  const allowedBase = (previous + 1) * L;
  let best = 0;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let l = 0; l < L; l++) {
    if (ALLOWED[allowedBase + l] === 0) continue;
    const s = scores[l] as number;
    if (s > bestScore) {
      bestScore = s;
      best = l;
    }
  }
  return best;
}

/** Trains an averaged perceptron: beam search with early update, or greedy with predicted history at beam 1. */
export function trainPerceptron(
  index: KeyIndex,
  data: readonly TrainingSentence[],
  epochs: number,
  seed: number,
  beamSize = 1,
): WeightTable {
  const size = index.size * L;
  const weights = new Float64Array(size);
  // sum of step * update, for the "w - u / c" averaging trick
  const stamped = new Float64Array(size);
  let step = 1;
  const random = createRandom(seed);
  const order = data.map((_, i) => i);
  const source: HistorySource = { kind: "dense", weights, index };
  const update = (
    rows: ArrayLike<number>,
    from: number,
    to: number,
    label: number,
    delta: number,
  ): void => {
    for (let k = from; k < to; k++) {
      const base = (rows[k] as number) * L + label;
      (weights[base] as number) += delta;
      (stamped[base] as number) += delta * step;
    }
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i] as number;
      order[i] = order[j] as number;
      order[j] = t;
    }
    for (const s of order) {
      const { sentence, gold } = data[s] as TrainingSentence;
      const n = gold.length;
      if (beamSize > 1) {
        const staticScores = new Float64Array(n * L);
        for (let i = 0; i < n; i++) {
          addRows(
            weights,
            L,
            0,
            L,
            sentence.rows,
            sentence.offsets[i] as number,
            sentence.offsets[i + 1] as number,
            staticScores,
            i * L,
          );
        }
        const { labels, length } = runBeam(staticScores, sentence.words, source, beamSize, gold);
        let same = true;
        for (let i = 0; i < length && same; i++) same = labels[i] === gold[i];
        if (!same) {
          // early update: gold prefix up, predicted prefix down, where their features differ
          for (let i = 0; i < length; i++) {
            const g1 = i > 0 ? (gold[i - 1] as number) : -1;
            const g2 = i > 1 ? (gold[i - 2] as number) : -1;
            const p1 = i > 0 ? (labels[i - 1] as number) : -1;
            const p2 = i > 1 ? (labels[i - 2] as number) : -1;
            const g = gold[i] as number;
            const p = labels[i] as number;
            if (g === p && g1 === p1 && g2 === p2) continue;
            const w = sentence.words[i] as WordInfo;
            if (g !== p) {
              update(
                sentence.rows,
                sentence.offsets[i] as number,
                sentence.offsets[i + 1] as number,
                g,
                1,
              );
              update(
                sentence.rows,
                sentence.offsets[i] as number,
                sentence.offsets[i + 1] as number,
                p,
                -1,
              );
            }
            update(historyRows, 0, findHistoryRows(index, w, g1, g2), g, 1);
            update(historyRows, 0, findHistoryRows(index, w, p1, p2), p, -1);
          }
        }
        step += n;
        continue;
      }
      let previous1 = -1;
      let previous2 = -1;
      for (let i = 0; i < n; i++) {
        scratchScores.fill(0);
        const from = sentence.offsets[i] as number;
        const to = sentence.offsets[i + 1] as number;
        addRows(weights, L, 0, L, sentence.rows, from, to, scratchScores, 0);
        const h = findHistoryRows(index, sentence.words[i] as WordInfo, previous1, previous2);
        addRows(weights, L, 0, L, historyRows, 0, h, scratchScores, 0);
        const predicted = pickLabel(scratchScores, previous1);
        const truth = gold[i] as number;
        if (predicted !== truth) {
          update(sentence.rows, from, to, truth, 1);
          update(sentence.rows, from, to, predicted, -1);
          update(historyRows, 0, h, truth, 1);
          update(historyRows, 0, h, predicted, -1);
        }
        step++;
        previous2 = previous1;
        previous1 = predicted;
      }
    }
  }
  const averaged = new Float32Array(size);
  for (let i = 0; i < size; i++)
    averaged[i] = (weights[i] as number) - (stamped[i] as number) / step;
  return { index, weights: averaged, stride: L };
}
