/**
 * Feature extraction for the NER tagger. Every feature is a 32-bit key: a template id combined with
 * cached per-word hashes, so tagging builds no strings except once per new word type. This file
 * holds the sentence-level keys (neighbour pairs, gazetteer matches, casing context, label history);
 * single-word keys are in word-features.ts, document-level ones in document-features.ts.
 */
import * as featureKeys from "./feature-keys.js";
import * as hashing from "./hashing.js";
import * as spans from "./spans.js";
import type { FeatureResources, WordCache, WordInfo } from "./word-features.js";
import * as wordFeatures from "./word-features.js";

// local copies: under tsx every use of an imported binding is a getter call, and these run per token
const {
  hashFeature,
  hashFeature2,
  T_BIGRAM_LEFT,
  T_BIGRAM_RIGHT,
  T_CAPS_CONTEXT,
  T_CAPS_HEADLINE,
  T_CAPS_START,
  T_CASING_CONTEXT,
  T_CLUSTER_PAIR,
  T_GAZ,
  T_GAZ_CAPS,
  T_GAZ_PART,
  T_LEFT_SHAPE,
  T_LOWER_SKIP,
  T_PREV1,
  T_PREV1_LOWER,
  T_PREV1_SHAPE,
  T_PREV2,
  T_RIGHT_SHAPE,
  T_SHAPE_TRI,
  T_WORD_START,
} = featureKeys;
const { combineHash, hashString } = hashing;
const { NER_TYPES } = spans;
const {
  CAPS_ALL,
  CAPS_LOWER,
  CAPS_MIXED,
  CAPS_PUNCT,
  CAPS_SINGLE,
  foldWord,
  normalizeToken,
  ROLE_OFFSETS,
  WORD_ROLES,
  wordAt,
} = wordFeatures;

const SEED_PHRASE = hashString("gazetteer-phrase");
const SEED_TOKEN = hashString("gazetteer-token");

/** Hash under which a word is stored in cluster tables and the gazetteer. */
export function hashWordForLexicon(token: string): number {
  return hashString(foldWord(normalizeToken(token)));
}

/** Gazetteer key of a phrase given the lexicon hashes of its tokens. */
export function hashGazetteerPhrase(lexiconHashes: readonly number[]): number {
  let key = SEED_PHRASE;
  for (const h of lexiconHashes) key = combineHash(key, h);
  return key;
}

/** Gazetteer key of a single token seen inside a multi-word entry. */
export function hashGazetteerToken(lexiconHash: number): number {
  return combineHash(SEED_TOKEN, lexiconHash);
}

/**
 * Static (history-free) feature keys of one sentence that depend on more than one word, flattened:
 * token i owns keys[offsets[i]..offsets[i+1]). Single-word keys live in `words[*].roleKeys`.
 */
export interface SentenceFeatures {
  keys: Int32Array;
  offsets: Int32Array;
  /** Per token, the casing context (see `encodeCasingClass`), whose keys `computeCasingClassKeys` gives. */
  classIds: Int32Array;
  words: WordInfo[];
  tokens: readonly string[];
  /** Mostly all-caps (a CoNLL headline or dateline). */
  headline: boolean;
}

/**
 * Gazetteer matches as flat triples [token, type * 4 + BILOU position, match length], in token order
 * of the match start (consumers group them by token).
 */
function matchGazetteer(words: readonly WordInfo[], resources: FeatureResources): number[] {
  const n = words.length;
  const matches: number[] = [];
  const { gazetteer } = resources;
  for (let i = 0; i < n; i++) {
    const first = words[i] as WordInfo;
    // "the" or "us" never open a name; "BRUSSELS" and "New" may
    if (first.caps === CAPS_LOWER || first.caps === CAPS_PUNCT) continue;
    let key = SEED_PHRASE;
    const maxEnd = Math.min(n, i + resources.gazetteerMaxLength);
    for (let j = i; j < maxEnd; j++) {
      key = combineHash(key, (words[j] as WordInfo).lexicon);
      const mask = gazetteer.get(key);
      if (mask === undefined) continue;
      const length = j - i + 1;
      for (let t = 0; t < NER_TYPES.length; t++) {
        if ((mask & (1 << t)) === 0) continue;
        for (let k = i; k <= j; k++) {
          const pos = length === 1 ? 3 : k === i ? 0 : k === j ? 2 : 1;
          matches.push(k, t * 4 + pos, Math.min(length, 4));
        }
      }
    }
  }
  return matches;
}

/** Whether most cased words of the sentence are all caps (a CoNLL headline or dateline). */
function isHeadline(words: readonly WordInfo[]): boolean {
  let cased = 0;
  let allCaps = 0;
  for (const w of words) {
    if (w.caps === CAPS_ALL || w.caps === CAPS_SINGLE) allCaps++;
    if (w.caps <= CAPS_MIXED) cased++;
  }
  return cased >= 2 && allCaps * 2 > cased;
}

/** Extracts the static feature keys of every token of a sentence. */
export function extractSentenceFeatures(
  tokens: readonly string[],
  cache: WordCache,
  resources: FeatureResources,
): SentenceFeatures {
  const n = tokens.length;
  const words = tokens.map((t) => cache.describe(t));
  const gaz = matchGazetteer(words, resources);
  const headline = isHeadline(words) ? 1 : 0;
  // at most 9 keys per token plus 3 per gazetteer match (each triple of `gaz` is one match)
  const out = new Int32Array(9 * n + gaz.length);
  let count = 0;
  const offsets = new Int32Array(n + 1);
  const classIds = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    offsets[i] = count;
    const w = words[i] as WordInfo;
    const l1 = wordAt(words, i - 1);
    const r1 = wordAt(words, i + 1);
    out[count++] = combineHash(hashFeature2(T_SHAPE_TRI, l1.shape, w.shape), r1.shape);
    out[count++] = hashFeature2(T_BIGRAM_LEFT, l1.lower, w.lower);
    out[count++] = hashFeature2(T_BIGRAM_RIGHT, w.lower, r1.lower);
    out[count++] = hashFeature2(T_LOWER_SKIP, l1.lower, r1.lower);
    out[count++] = hashFeature2(T_CLUSTER_PAIR, w.clusterShort, r1.clusterShort);
    classIds[i] = encodeCasingClass(l1, w, r1, i === 0 ? 1 : 0, headline);
    out[count++] = hashFeature2(T_LEFT_SHAPE, l1.lower, w.shape);
    out[count++] = hashFeature2(T_RIGHT_SHAPE, w.shape, r1.lower);
    if (i === 0) out[count++] = hashFeature(T_WORD_START, w.lower);
    for (let m = 0; m < gaz.length; m += 3) {
      if (gaz[m] !== i) continue;
      const code = gaz[m + 1] as number;
      out[count++] = hashFeature(T_GAZ, code);
      out[count++] = hashFeature2(T_GAZ, code, gaz[m + 2] as number);
      out[count++] = hashFeature2(T_GAZ_CAPS, code, w.caps);
    }
    const part = resources.gazetteer.get(hashGazetteerToken(w.lexicon));
    if (part !== undefined && w.caps !== CAPS_LOWER) out[count++] = hashFeature(T_GAZ_PART, part);
  }
  offsets[n] = count;
  return {
    keys: out.subarray(0, count),
    offsets,
    classIds,
    words,
    tokens,
    headline: headline === 1,
  };
}

/**
 * Packs the capitalisation context of a token into one exact integer: caps class and learned
 * casing of the word and both neighbours, sentence start, headline. Few distinct values occur, so
 * the tagger caches the summed weights of their keys per value.
 */
export function encodeCasingClass(
  left: WordInfo,
  w: WordInfo,
  right: WordInfo,
  start: number,
  headline: number,
): number {
  let id = left.caps;
  id = id * 8 + left.casing;
  id = id * 16 + w.caps;
  id = id * 8 + w.casing;
  id = id * 16 + right.caps;
  id = id * 8 + right.casing;
  return (id * 2 + start) * 2 + headline;
}

/** The feature keys of a casing context id. */
export function computeCasingClassKeys(id: number): number[] {
  const headline = id & 1;
  const start = (id >> 1) & 1;
  let rest = id >> 2;
  const rightCasing = rest % 8;
  rest = (rest - rightCasing) / 8;
  const rightCaps = rest % 16;
  rest = (rest - rightCaps) / 16;
  const casing = rest % 8;
  rest = (rest - casing) / 8;
  const caps = rest % 16;
  rest = (rest - caps) / 16;
  const leftCasing = rest % 8;
  const leftCaps = (rest - leftCasing) / 8;
  return [
    hashFeature2(T_CAPS_START, caps, start),
    hashFeature2(T_CAPS_HEADLINE, caps, headline),
    combineHash(hashFeature2(T_CAPS_CONTEXT, leftCaps, caps), rightCaps),
    // "THE" in a headline or "Shares" opening a sentence: is this word capitalised elsewhere?
    combineHash(hashFeature2(T_CASING_CONTEXT, casing, caps), start * 2 + headline),
    hashFeature2(T_CASING_CONTEXT, 10 + leftCasing, casing),
    hashFeature2(T_CASING_CONTEXT, 20 + casing, rightCasing),
  ];
}

/** All static keys of a sentence, single-word role and casing-context keys included (what training sees). */
export function expandRoleKeys(features: SentenceFeatures): {
  keys: Int32Array;
  offsets: Int32Array;
} {
  const { words } = features;
  const out: number[] = [];
  const offsets = new Int32Array(words.length + 1);
  for (let i = 0; i < words.length; i++) {
    offsets[i] = out.length;
    for (let role = 0; role < WORD_ROLES; role++) {
      for (const key of wordAt(words, i + (ROLE_OFFSETS[role] as number)).roleKeys[
        role
      ] as number[])
        out.push(key);
    }
    for (let k = features.offsets[i] as number; k < (features.offsets[i + 1] as number); k++)
      out.push(features.keys[k] as number);
    for (const key of computeCasingClassKeys(features.classIds[i] as number)) out.push(key);
  }
  offsets[words.length] = out.length;
  return { keys: Int32Array.from(out), offsets };
}

/** Keys of the history features for token `w` given the two previous labels (-1 = before start). */
export function computeHistoryKeys(
  w: WordInfo,
  previous1: number,
  previous2: number,
  out: Int32Array,
): void {
  out[0] = hashFeature(T_PREV1, previous1);
  out[1] = hashFeature2(T_PREV2, previous2, previous1);
  out[2] = hashFeature2(T_PREV1_LOWER, previous1, w.lower);
  out[3] = hashFeature2(T_PREV1_SHAPE, previous1, w.shape);
}

/** Number of keys `computeHistoryKeys` writes. */
export const HISTORY_KEY_COUNT = 4;

/** The word-independent history keys (the first two of `computeHistoryKeys`). */
export function computeLabelHistoryKeys(
  previous1: number,
  previous2: number,
  out: Int32Array,
): void {
  out[0] = hashFeature(T_PREV1, previous1);
  out[1] = hashFeature2(T_PREV2, previous2, previous1);
}

/** The word-dependent history keys (the last two of `computeHistoryKeys`). */
export function computeWordHistoryKeys(w: WordInfo, previous1: number, out: Int32Array): void {
  out[0] = hashFeature2(T_PREV1_LOWER, previous1, w.lower);
  out[1] = hashFeature2(T_PREV1_SHAPE, previous1, w.shape);
}
