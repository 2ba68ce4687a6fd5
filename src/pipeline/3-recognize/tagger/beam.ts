/**
 * Beam search over BILOU labels, shared by training (dense live weights, early update) and tagging
 * (a frozen sparse table with cached history scores).
 */
import * as sentenceFeatures from "./features.js";
import type { EncodedSentence, KeyIndex, WeightTable } from "./key-index.js";
import * as spans from "./spans.js";
import type { SparseTable } from "./sparse-table.js";
import * as sparseTable from "./sparse-table.js";
import type { WordInfo } from "./word-features.js";

// local copies: under tsx every use of an imported binding is a getter call, and these run per token
const { computeHistoryKeys, HISTORY_KEY_COUNT } = sentenceFeatures;
const { ALLOWED_TRANSITIONS, LABEL_COUNT } = spans;
const { getLabelHistoryScores, getWordHistoryRows } = sparseTable;

// local copies: hot loops should not reach through module bindings
const L = LABEL_COUNT;
const ALLOWED = ALLOWED_TRANSITIONS;
/** Per previous label + 1, the labels allowed next, ascending: row p1 at p1 * L, ALLOWED_COUNT[p1] long. */
const ALLOWED_LABELS = new Int8Array((L + 1) * L);
const ALLOWED_COUNT = new Int8Array(L + 1);
for (let p1 = 0; p1 <= L; p1++) {
  for (let l = 0; l < L; l++) {
    if (ALLOWED[p1 * L + l] === 0) continue;
    ALLOWED_LABELS[p1 * L + (ALLOWED_COUNT[p1] as number)] = l;
    (ALLOWED_COUNT[p1] as number)++;
  }
}
/** Label-history states: previous label -1..L-1. */
const STATES = L + 1;

/** Adds the weight rows `rows[from..to)` (`width` weights at `offset` within each row) into `out` at `at`. */
export function addRows(
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

const historyKeys = new Int32Array(HISTORY_KEY_COUNT);
const historyRows = new Int32Array(HISTORY_KEY_COUNT);
const scratchScores = new Float64Array(L);

/** Writes the history rows of token `w` given the previous labels to `out`; returns how many were found. */
export function findHistoryRows(
  index: KeyIndex,
  w: WordInfo,
  previous1: number,
  previous2: number,
  out: Int32Array,
): number {
  computeHistoryKeys(w, previous1, previous2, historyKeys);
  let count = 0;
  for (let k = 0; k < HISTORY_KEY_COUNT; k++) {
    const row = index.find(historyKeys[k] as number);
    if (row >= 0) out[count++] = row;
  }
  return count;
}

/** Where history scores come from: live dense weights (training) or a frozen sparse table (tagging). */
export type HistorySource =
  | { kind: "dense"; weights: Float32Array | Float64Array; index: KeyIndex }
  | { kind: "sparse"; table: SparseTable; stage: number; labelHistory: Float64Array };

// per-token cache of word-history scores by previous label (the stamp says which token filled it)
const wordHistoryScores = new Float64Array(STATES * L);
/** One stage's raw word-history sums; all zero between uses. */
const wordHistoryRaw = new Int32Array(L);
const wordHistoryStamp = new Int32Array(STATES);
let wordHistoryClock = 0;
// best candidate per (previous label, label) state during selection
const stateScore = new Float64Array(STATES * L).fill(Number.NEGATIVE_INFINITY);
const stateParent = new Int32Array(STATES * L);
const touchedStates = new Int32Array(STATES * L);
// every token's beam (label and parent slot), grown to the longest sentence × beam seen: reused
// rather than allocated per sentence and stage, as each decode overwrites what it reads
let beamLabelScratch = new Int8Array(0);
let beamParentScratch = new Int16Array(0);

/** Adds the dense (training) history scores of token `w` after (previous2, previous1) to `scratchScores`. */
function addDenseHistoryScores(
  weights: Float32Array | Float64Array,
  index: KeyIndex,
  w: WordInfo,
  previous1: number,
  previous2: number,
): void {
  addRows(
    weights,
    L,
    0,
    L,
    historyRows,
    0,
    findHistoryRows(index, w, previous1, previous2, historyRows),
    scratchScores,
    0,
  );
}

/**
 * Fills `wordHistoryScores` at `(previous1 + 1) * L` with token `w`'s scaled word-history scores
 * after `previous1`, once per token and previous label (the stamp says which token filled it).
 */
function fillWordHistoryScores(
  table: SparseTable,
  stage: number,
  w: WordInfo,
  previous1: number,
): void {
  const p1 = previous1 + 1;
  if (wordHistoryStamp[p1] === wordHistoryClock) return;
  wordHistoryStamp[p1] = wordHistoryClock;
  const rows = getWordHistoryRows(table, w, previous1);
  const { rowStart, entries } = table;
  const first = stage * L;
  // this stage's columns of the two rows, summed as integers, then scaled
  for (let k = 2 * p1; k < 2 * p1 + 2; k++) {
    const row = rows[k] as number;
    if (row < 0) continue;
    const end = rowStart[row + 1] as number;
    for (let e = rowStart[row] as number; e < end; e++) {
      const v = entries[e] as number;
      const column = (v >>> 16) - first;
      if (column >= 0 && column < L) (wordHistoryRaw[column] as number) += (v << 16) >> 16;
    }
  }
  const scale = table.scales[stage] as number;
  const cached = p1 * L;
  for (let l = 0; l < L; l++) {
    wordHistoryScores[cached + l] = (wordHistoryRaw[l] as number) * scale;
    wordHistoryRaw[l] = 0;
  }
}

/** What a beam search returns: the best labels for the first `length` tokens. */
export interface BeamResult {
  labels: Uint8Array;
  length: number;
}

/**
 * Beam search over BILOU labels given static scores (n × L). Hypotheses that agree on their last
 * two labels are merged (the features look no further back), and a sentence may not end inside an
 * entity. With `gold`, the search stops as soon as the gold prefix falls out of the beam (early
 * update) and returns the best prefix up to that token.
 */
export function runBeam(
  staticScores: Float64Array,
  words: readonly WordInfo[],
  source: HistorySource,
  beamSize: number,
  gold?: Uint8Array,
): BeamResult {
  const n = words.length;
  const labels = new Uint8Array(n);
  if (n === 0) return { labels, length: 0 };
  if (beamLabelScratch.length < n * beamSize) {
    beamLabelScratch = new Int8Array(n * beamSize);
    beamParentScratch = new Int16Array(n * beamSize);
  }
  const beamLabel = beamLabelScratch;
  const beamParent = beamParentScratch;
  let scores = new Float64Array(beamSize);
  let nextScores = new Float64Array(beamSize);
  const topScore = new Float64Array(beamSize);
  const topState = new Int32Array(beamSize);
  let width = 1;
  let goldSlot = 0;
  let length = n;
  const sparse = source.kind === "sparse" ? source : undefined;
  const dense = source.kind === "dense" ? source : undefined;
  // sparse: label-history scores, read in the candidate loop (an empty array when dense)
  const labelHistory = sparse === undefined ? scratchScores : sparse.labelHistory;
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
      const allowedBase = (previous1 + 1) * L;
      // sparse: static + (word history + label history), summed per allowed label only
      const labelBase = ((previous2 + 1) * STATES + previous1 + 1) * L;
      if (sparse !== undefined) {
        fillWordHistoryScores(sparse.table, sparse.stage, w, previous1);
      } else if (dense !== undefined) {
        for (let l = 0; l < L; l++) scratchScores[l] = staticScores[i * L + l] as number;
        addDenseHistoryScores(dense.weights, dense.index, w, previous1, previous2);
      }
      const score = scores[b] as number;
      const allowedCount = ALLOWED_COUNT[previous1 + 1] as number;
      for (let a = 0; a < allowedCount; a++) {
        const l = ALLOWED_LABELS[allowedBase + a] as number;
        if (last && l !== 0 && ((l - 1) & 3) <= 1) continue;
        const candidate =
          sparse === undefined
            ? score + (scratchScores[l] as number)
            : score +
              ((staticScores[i * L + l] as number) +
                ((wordHistoryScores[allowedBase + l] as number) +
                  (labelHistory[labelBase + l] as number)));
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
