/**
 * Feature extraction for the NER tagger. Every feature is a 32-bit key: a template id combined with
 * cached per-word hashes, so tagging builds no strings except once per new word type.
 */
import { combineHash, hashString } from "./hashing.js";
import { NER_TYPES } from "./spans.js";

/** Learned lexical resources the features consult. */
export interface FeatureResources {
  /** Hash of a word (see `hashWordForLexicon`) → Brown-style cluster bit path. */
  clusters: Map<number, string>;
  /** Phrase and token keys (see `hashGazetteerPhrase`, `hashGazetteerToken`) → type bitmask. */
  gazetteer: Map<number, number>;
  /** Longest phrase in the gazetteer, in tokens. */
  gazetteerMaxLength: number;
  /** Hash of a word → casing bucket learned from unlabelled text (see `learnWordCasing`). */
  casing: Map<number, number>;
}

/** Everything the templates need to know about one word type, computed once and cached. */
export interface WordInfo {
  lower: number;
  shape: number;
  caps: number;
  cluster: number;
  clusterShort: number;
  /** Hash of the lowercased form used by the gazetteer and document-level features. */
  lexicon: number;
  /** Casing bucket + 1, or 0 when the word was too rare to learn. */
  casing: number;
  /**
   * Complete keys of the features this word contributes by itself, by role: [0] to its own token
   * (identity, affixes, shape, clusters), [1] as the token's left neighbour, [2] two to the left,
   * [3] as right neighbour, [4] two to the right. Tagging caches their summed weights per word.
   */
  roleKeys: number[][];
  /** Summed raw weights of `roleKeys`, cached by the tagger that owns this word's cache. */
  roleScores: Int32Array | undefined;
  /** The weight table `roleScores` was computed from. */
  roleScoresOwner: object | undefined;
}

/** Number of roles in `WordInfo.roleKeys`. */
export const WORD_ROLES = 5;

/** Token offsets of the roles after self: left 1, left 2, right 1, right 2. */
export const ROLE_OFFSETS: readonly number[] = [0, -1, -2, 1, 2];

/** Capitalisation class: all lowercase ("the"). */
export const CAPS_LOWER = 0;
/** Capitalisation class: initial capital ("Moscow", "Xi-Putin"). */
export const CAPS_INITIAL = 1;
/** Capitalisation class: all caps ("NATO", "U.S."). */
export const CAPS_ALL = 2;
/** Capitalisation class: a single capital letter ("I"). */
export const CAPS_SINGLE = 3;
/** Capitalisation class: mixed case ("McDonald", "iPhone"). */
export const CAPS_MIXED = 4;
/** Capitalisation class: contains a digit ("1996", "M3"). */
export const CAPS_DIGIT = 5;
/** Capitalisation class: no letters or digits (","). */
export const CAPS_PUNCT = 6;

// Template ids: any distinct integers; they seed the combined hashes.
const T_BIAS = 1;
const T_WORD = 2;
const T_LOWER = 3;
const T_PREFIX = 4;
const T_SUFFIX = 5;
const T_SHAPE = 6;
const T_SHAPE_LEN = 7;
const T_CAPS = 8;
const T_FLAGS = 9;
const T_CLUSTER = 10;
const T_LOWER_AT = 11;
const T_SHAPE_AT = 12;
const T_SHAPE_TRI = 13;
const T_BIGRAM_LEFT = 14;
const T_BIGRAM_RIGHT = 15;
const T_CLUSTER_AT = 16;
const T_CAPS_START = 17;
const T_CAPS_HEADLINE = 18;
const T_LEFT_SHAPE = 19;
const T_GAZ = 20;
const T_GAZ_PART = 21;
const T_GAZ_CAPS = 22;
const T_PREV1 = 23;
const T_PREV2 = 24;
const T_PREV1_LOWER = 25;
const T_PREV1_SHAPE = 26;
const T_STAGE1 = 27;
const T_STAGE1_AT = 28;
const T_DOC_MAJORITY = 29;
const T_DOC_HAS = 30;
const T_DOC_MAJORITY_CAPS = 31;
const T_WORD_START = 32;
const T_CAPS_CONTEXT = 33;
const T_RIGHT_SHAPE = 34;
const T_CLUSTER_PAIR = 35;
const T_LOWER_SKIP = 36;
const T_DOC_FIRST = 37;
const T_CASING = 38;
const T_CASING_CONTEXT = 39;

const SEED_PHRASE = hashString("gazetteer-phrase");
const SEED_TOKEN = hashString("gazetteer-token");

/** Curly quotes and dashes as CoNLL (1996 Reuters ASCII) wrote them. */
const TYPOGRAPHIC_CHARS = /[\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u2013\u2014\u2015\u2212]/g;
const TYPOGRAPHIC_MAP: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201a": "'",
  "\u201b": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u201e": '"',
  "\u2013": "--",
  "\u2014": "--",
  "\u2015": "--",
  "\u2212": "-",
};
/** Any ASCII digit. */
const DIGITS = /[0-9]/g;

/** Maps a token to the CoNLL vocabulary: "’s" → "'s", "“" → "\"", "—" → "--". */
export function normalizeToken(token: string): string {
  return token.replace(TYPOGRAPHIC_CHARS, (c) => TYPOGRAPHIC_MAP[c] ?? c);
}

/** Lowercased form with digits folded to 0 ("1996-08-22" → "0000-00-00"). */
export function foldWord(token: string): string {
  return token.toLowerCase().replace(DIGITS, "0");
}

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

/** Character class for shapes: "X" upper, "x" lower, "d" digit, else the character itself. */
function classifyChar(ch: string, code: number): string {
  if (code < 128) {
    if (code >= 48 && code <= 57) return "d";
    if (code >= 65 && code <= 90) return "X";
    if (code >= 97 && code <= 122) return "x";
    return ch;
  }
  if (ch.toLowerCase() !== ch) return "X";
  if (ch.toUpperCase() !== ch) return "x";
  return ch;
}

/** Word shape with runs collapsed: "McDonald" → "XxXx", "U.S." → "X.X.", "1,000" → "d,d". */
export function computeShape(token: string): string {
  let shape = "";
  let last = "";
  for (let i = 0; i < token.length; i++) {
    const cls = classifyChar(token.charAt(i), token.charCodeAt(i));
    if (cls !== last) shape += cls;
    last = cls;
  }
  return shape;
}

/** Capitalisation class of a token. */
export function computeCapsClass(token: string): number {
  let upper = 0;
  let lower = 0;
  let digit = 0;
  let other = 0;
  for (let i = 0; i < token.length; i++) {
    const cls = classifyChar(token.charAt(i), token.charCodeAt(i));
    if (cls === "d") digit++;
    else if (cls === "X") upper++;
    else if (cls === "x") lower++;
    else other++;
  }
  if (upper + lower === 0) return digit > 0 ? CAPS_DIGIT : CAPS_PUNCT;
  if (digit > 0) return CAPS_DIGIT;
  if (upper === 0) return CAPS_LOWER;
  if (lower === 0) return upper === 1 ? CAPS_SINGLE : CAPS_ALL;
  const firstUpper = classifyChar(token.charAt(0), token.charCodeAt(0)) === "X";
  if (firstUpper && upper === 1) return CAPS_INITIAL;
  return other > 0 && firstUpper ? CAPS_INITIAL : CAPS_MIXED;
}

function key1(template: number, value: number): number {
  return combineHash(template, value);
}

function key2(template: number, a: number, b: number): number {
  return combineHash(combineHash(template, a), b);
}

/** Builds the cached description of one word type. */
export function describeWord(token: string, resources: FeatureResources): WordInfo {
  const word = normalizeToken(token);
  const folded = foldWord(word);
  const lexicon = hashString(folded);
  const shapeText = computeShape(word);
  const caps = computeCapsClass(word);
  const lower = hashString(folded);
  const shape = hashString(shapeText);
  const path = resources.clusters.get(lexicon);
  const selfKeys: number[] = [
    T_BIAS,
    key1(T_WORD, hashString(word)),
    key1(T_LOWER, lower),
    key1(T_SHAPE, shape),
    key2(T_SHAPE_LEN, shape, Math.min(word.length, 12)),
    key1(T_CAPS, caps),
  ];
  for (let n = 1; n <= 4 && n <= word.length; n++) {
    selfKeys.push(key2(T_PREFIX, n, hashString(word.slice(0, n))));
    selfKeys.push(key2(T_SUFFIX, n, hashString(folded.slice(-n))));
  }
  if (word.includes("-")) selfKeys.push(key1(T_FLAGS, 1));
  if (word.includes(".")) selfKeys.push(key1(T_FLAGS, 2));
  if (word.length > 1 && word.endsWith(".")) selfKeys.push(key1(T_FLAGS, 3));
  let cluster = 0;
  let clusterShort = 0;
  if (path !== undefined) {
    for (const n of [4, 6, 10, 20]) {
      if (n > path.length && n !== 4) break;
      selfKeys.push(key2(T_CLUSTER, n, hashString(path.slice(0, n))));
    }
    cluster = hashString(path);
    clusterShort = hashString(path.slice(0, 6));
  } else {
    selfKeys.push(key2(T_CLUSTER, 0, 0));
  }
  const casingBucket = resources.casing.get(lexicon);
  const casing = casingBucket === undefined ? 0 : casingBucket + 1;
  selfKeys.push(key2(T_CASING, casing, caps));
  return {
    lower,
    shape,
    caps,
    cluster,
    clusterShort,
    lexicon,
    casing,
    roleKeys: [selfKeys, ...computeNeighbourKeys(lower, shape, cluster, clusterShort)],
    roleScores: undefined,
    roleScoresOwner: undefined,
  };
}

/** Keys a word contributes as a neighbour: [left 1, left 2, right 1, right 2]. */
function computeNeighbourKeys(
  lower: number,
  shape: number,
  cluster: number,
  clusterShort: number,
): number[][] {
  return [
    [key2(T_LOWER_AT, -1, lower), key2(T_SHAPE_AT, -1, shape), key2(T_CLUSTER_AT, -1, cluster)],
    [key2(T_LOWER_AT, -2, lower), key2(T_CLUSTER_AT, -2, clusterShort)],
    [key2(T_LOWER_AT, 1, lower), key2(T_SHAPE_AT, 1, shape), key2(T_CLUSTER_AT, 1, cluster)],
    [key2(T_LOWER_AT, 2, lower), key2(T_CLUSTER_AT, 2, clusterShort)],
  ];
}

function makePad(text: string, caps: number, cluster: number): WordInfo {
  const lower = hashString(text);
  return {
    lower,
    shape: lower,
    caps,
    cluster,
    clusterShort: cluster,
    lexicon: 0,
    casing: 0,
    roleKeys: [[], ...computeNeighbourKeys(lower, lower, cluster, cluster)],
    roleScores: undefined,
    roleScoresOwner: undefined,
  };
}

/** Padding before the sentence start. */
export const PAD_BEFORE: WordInfo = makePad("<S>", 8, 1);
/** Padding after the sentence end. */
export const PAD_AFTER: WordInfo = makePad("</S>", 9, 2);

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
 * Caches `WordInfo` per token string; bounded (about 1 KB per word with its cached scores) so a
 * long-running process does not grow forever: 2,225 BBC articles hold about 40,000 distinct tokens.
 */
export class WordCache {
  private readonly cache = new Map<string, WordInfo>();

  /** The cache is tied to one set of resources. */
  constructor(
    private readonly resources: FeatureResources,
    private readonly limit = 100_000,
  ) {}

  /** Returns the cached description of `token`. */
  describe(token: string): WordInfo {
    let info = this.cache.get(token);
    if (info === undefined) {
      if (this.cache.size >= this.limit) this.cache.clear();
      info = describeWord(token, this.resources);
      this.cache.set(token, info);
    }
    return info;
  }
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
  const out: number[] = [];
  const offsets = new Int32Array(n + 1);
  const classIds = new Int32Array(n);
  const at = (i: number): WordInfo => wordAt(words, i);
  for (let i = 0; i < n; i++) {
    offsets[i] = out.length;
    const w = words[i] as WordInfo;
    const l1 = at(i - 1);
    const r1 = at(i + 1);
    out.push(combineHash(key2(T_SHAPE_TRI, l1.shape, w.shape), r1.shape));
    out.push(key2(T_BIGRAM_LEFT, l1.lower, w.lower), key2(T_BIGRAM_RIGHT, w.lower, r1.lower));
    out.push(key2(T_LOWER_SKIP, l1.lower, r1.lower));
    out.push(key2(T_CLUSTER_PAIR, w.clusterShort, r1.clusterShort));
    classIds[i] = encodeCasingClass(l1, w, r1, i === 0 ? 1 : 0, headline);
    out.push(key2(T_LEFT_SHAPE, l1.lower, w.shape), key2(T_RIGHT_SHAPE, w.shape, r1.lower));
    if (i === 0) out.push(key1(T_WORD_START, w.lower));
    for (let m = 0; m < gaz.length; m += 3) {
      if (gaz[m] !== i) continue;
      const code = gaz[m + 1] as number;
      out.push(
        key1(T_GAZ, code),
        key2(T_GAZ, code, gaz[m + 2] as number),
        key2(T_GAZ_CAPS, code, w.caps),
      );
    }
    const part = resources.gazetteer.get(hashGazetteerToken(w.lexicon));
    if (part !== undefined && w.caps !== CAPS_LOWER) out.push(key1(T_GAZ_PART, part));
  }
  offsets[n] = out.length;
  return { keys: Int32Array.from(out), offsets, classIds, words, tokens, headline: headline === 1 };
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
    key2(T_CAPS_START, caps, start),
    key2(T_CAPS_HEADLINE, caps, headline),
    combineHash(key2(T_CAPS_CONTEXT, leftCaps, caps), rightCaps),
    // "THE" in a headline or "Shares" opening a sentence: is this word capitalised elsewhere?
    combineHash(key2(T_CASING_CONTEXT, casing, caps), start * 2 + headline),
    key2(T_CASING_CONTEXT, 10 + leftCasing, casing),
    key2(T_CASING_CONTEXT, 20 + casing, rightCasing),
  ];
}

/** The word at `i`, or padding beyond the sentence edges. */
export function wordAt(words: readonly WordInfo[], i: number): WordInfo {
  return i < 0 ? PAD_BEFORE : i >= words.length ? PAD_AFTER : (words[i] as WordInfo);
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
  out[0] = key1(T_PREV1, previous1);
  out[1] = key2(T_PREV2, previous2, previous1);
  out[2] = key2(T_PREV1_LOWER, previous1, w.lower);
  out[3] = key2(T_PREV1_SHAPE, previous1, w.shape);
}

/** Number of keys `computeHistoryKeys` writes. */
export const HISTORY_KEY_COUNT = 4;

/** The word-independent history keys (the first two of `computeHistoryKeys`). */
export function computeLabelHistoryKeys(
  previous1: number,
  previous2: number,
  out: Int32Array,
): void {
  out[0] = key1(T_PREV1, previous1);
  out[1] = key2(T_PREV2, previous2, previous1);
}

/** The word-dependent history keys (the last two of `computeHistoryKeys`). */
export function computeWordHistoryKeys(w: WordInfo, previous1: number, out: Int32Array): void {
  out[0] = key2(T_PREV1_LOWER, previous1, w.lower);
  out[1] = key2(T_PREV1_SHAPE, previous1, w.shape);
}

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
      keys.push(key1(T_STAGE1, own));
      keys.push(key2(T_STAGE1_AT, -1, i > 0 ? (labels[i - 1] as number) : 99));
      keys.push(key2(T_STAGE1_AT, 1, i + 1 < n ? (labels[i + 1] as number) : 99));
      const c = counts.get(w.lexicon);
      if (c !== undefined && w.caps !== CAPS_LOWER) {
        for (let t = 1; t < 5; t++)
          if ((c[t] as number) - (t === ownType ? 1 : 0) > 0) keys.push(key1(T_DOC_HAS, t));
        const [best, bestCount, total] = majority(c, ownType);
        if (best >= 0) {
          const share = bestCount * 2 > total ? 1 : 0;
          keys.push(key2(T_DOC_MAJORITY, best, share), key2(T_DOC_MAJORITY_CAPS, best, w.caps));
        }
        const first = firstType.get(w.lexicon);
        if (first !== undefined) keys.push(key1(T_DOC_FIRST, first));
      }
      return keys;
    });
  });
}
