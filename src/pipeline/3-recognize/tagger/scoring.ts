/** conlleval-style scoring: an entity counts only when its type and both boundaries match exactly. */
import type { NerLabel, NerSpan } from "../../types.js";
import { NER_TYPES } from "./spans.js";

/** Precision, recall and F1 (all 0-100) with the counts behind them. */
export interface SpanScore {
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  predicted: number;
  gold: number;
}

/** Per-type and overall scores. */
export interface SpanScores {
  byType: Record<NerLabel, SpanScore>;
  overall: SpanScore;
}

/** Builds a score from counts. */
export function computeSpanScore(
  truePositives: number,
  predicted: number,
  gold: number,
): SpanScore {
  const precision = predicted === 0 ? 0 : (100 * truePositives) / predicted;
  const recall = gold === 0 ? 0 : (100 * truePositives) / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePositives, predicted, gold };
}

/** Scores predicted against gold spans, sentence by sentence (both arrays aligned). */
export function scoreSpans(
  gold: readonly (readonly NerSpan[])[],
  predicted: readonly (readonly NerSpan[])[],
): SpanScores {
  const counts = new Map<NerLabel, { tp: number; p: number; g: number }>(
    NER_TYPES.map((t) => [t, { tp: 0, p: 0, g: 0 }]),
  );
  for (let s = 0; s < gold.length; s++) {
    const goldSpans = gold[s] ?? [];
    const predSpans = predicted[s] ?? [];
    const goldKeys = new Set(goldSpans.map((span) => `${span.start}:${span.end}:${span.label}`));
    for (const span of goldSpans) (counts.get(span.label) as { g: number }).g++;
    for (const span of predSpans) {
      const count = counts.get(span.label) as { tp: number; p: number };
      count.p++;
      if (goldKeys.has(`${span.start}:${span.end}:${span.label}`)) count.tp++;
    }
  }
  let tp = 0;
  let p = 0;
  let g = 0;
  const byType = {} as Record<NerLabel, SpanScore>;
  for (const [type, count] of counts) {
    byType[type] = computeSpanScore(count.tp, count.p, count.g);
    tp += count.tp;
    p += count.p;
    g += count.g;
  }
  return { byType, overall: computeSpanScore(tp, p, g) };
}
