/**
 * Document-level features for the second stage: the first stage's labels around each token and
 * how the same word was labelled elsewhere in the article.
 */
import * as featureKeys from "./feature-keys.js";
import type { SentenceFeatures } from "./features.js";
import type { WordInfo } from "./word-features.js";
import * as wordFeatures from "./word-features.js";

// local copies: under tsx every use of an imported binding is a getter call, and these run per token
const {
  hashFeature,
  hashFeature2,
  T_DOC_FIRST,
  T_DOC_HAS,
  T_DOC_MAJORITY,
  T_DOC_MAJORITY_CAPS,
  T_STAGE1,
  T_STAGE1_AT,
} = featureKeys;
const { CAPS_DIGIT, CAPS_LOWER, CAPS_PUNCT } = wordFeatures;

/**
 * Second-stage (document-level) keys: the first stage's labels around the token and how the same
 * word was labelled elsewhere in the document ("Clinton" after "Bill Clinton" was tagged PER).
 */
export function extractDocumentKeys(
  sentences: readonly SentenceFeatures[],
  stage1: readonly Uint8Array[],
): number[][][] {
  // word → counts of first-stage types over its occurrences: [O, PER, LOC, ORG, MISC]
  const counts = new Map<number, Int32Array>();
  const firstType = new Map<number, number>();
  const bump = <K>(map: Map<K, Int32Array>, key: K, type: number): void => {
    let c = map.get(key);
    if (c === undefined) {
      c = new Int32Array(5);
      map.set(key, c);
    }
    (c[type] as number)++;
  };
  const typeOf = (label: number): number => (label === 0 ? 0 : ((label - 1) >> 2) + 1);
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s] as SentenceFeatures;
    const words = sentence.words;
    const labels = stage1[s] as Uint8Array;
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as WordInfo;
      if (w.caps === CAPS_LOWER || w.caps === CAPS_PUNCT || w.caps === CAPS_DIGIT) continue;
      const type = typeOf(labels[i] as number);
      bump(counts, w.lexicon, type);
      if (!firstType.has(w.lexicon) && type > 0) firstType.set(w.lexicon, type);
    }
  }
  const majority = (c: Int32Array, exclude: number): [number, number, number] => {
    let best = -1;
    let bestCount = 0;
    let total = 0;
    for (let t = 0; t < 5; t++) {
      const count = (c[t] as number) - (t === exclude ? 1 : 0);
      total += count;
      if (count > bestCount) {
        bestCount = count;
        best = t;
      }
    }
    return [best, bestCount, total];
  };
  return sentences.map((sentence, s) => {
    const labels = stage1[s] as Uint8Array;
    const n = sentence.words.length;
    return sentence.words.map((w, i) => {
      const keys: number[] = [];
      const own = labels[i] as number;
      const ownType = typeOf(own);
      keys.push(hashFeature(T_STAGE1, own));
      keys.push(hashFeature2(T_STAGE1_AT, -1, i > 0 ? (labels[i - 1] as number) : 99));
      keys.push(hashFeature2(T_STAGE1_AT, 1, i + 1 < n ? (labels[i + 1] as number) : 99));
      const c = counts.get(w.lexicon);
      if (c !== undefined && w.caps !== CAPS_LOWER) {
        for (let t = 1; t < 5; t++)
          if ((c[t] as number) - (t === ownType ? 1 : 0) > 0) keys.push(hashFeature(T_DOC_HAS, t));
        const [best, bestCount, total] = majority(c, ownType);
        if (best >= 0) {
          const share = bestCount * 2 > total ? 1 : 0;
          keys.push(
            hashFeature2(T_DOC_MAJORITY, best, share),
            hashFeature2(T_DOC_MAJORITY_CAPS, best, w.caps),
          );
        }
        const first = firstType.get(w.lexicon);
        if (first !== undefined) keys.push(hashFeature(T_DOC_FIRST, first));
      }
      return keys;
    });
  });
}
