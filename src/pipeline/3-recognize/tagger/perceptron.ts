/**
 * The averaged perceptron: trained greedily with predicted history, or with beam search and
 * early update, over the rows a `KeyIndex` assigns to feature keys.
 */
import { addRows, findHistoryRows, type HistorySource, runBeam } from "./beam.js";
import { HISTORY_KEY_COUNT } from "./features.js";
import { createRandom } from "./hashing.js";
import type { EncodedSentence, KeyIndex, WeightTable } from "./key-index.js";
import { ALLOWED_TRANSITIONS, LABEL_COUNT } from "./spans.js";
import type { WordInfo } from "./word-features.js";

// local copies: hot loops should not reach through module bindings
const L = LABEL_COUNT;
const ALLOWED = ALLOWED_TRANSITIONS;

const historyRows = new Int32Array(HISTORY_KEY_COUNT);
const scratchScores = new Float64Array(L);

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
            update(historyRows, 0, findHistoryRows(index, w, g1, g2, historyRows), g, 1);
            update(historyRows, 0, findHistoryRows(index, w, p1, p2, historyRows), p, -1);
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
        const h = findHistoryRows(
          index,
          sentence.words[i] as WordInfo,
          previous1,
          previous2,
          historyRows,
        );
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
