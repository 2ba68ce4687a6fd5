/**
 * What the tagger knows about one word type, computed once and cached: normalisation, shape,
 * capitalisation class, cluster path, learned casing, and the keys it contributes by position.
 */
import * as featureKeys from "./feature-keys.js";
import * as hashing from "./hashing.js";

// local copies: under tsx every use of an imported binding is a getter call, and these run per token
const {
  hashFeature,
  hashFeature2,
  T_BIAS,
  T_CAPS,
  T_CASING,
  T_CLUSTER,
  T_CLUSTER_AT,
  T_FLAGS,
  T_LOWER,
  T_LOWER_AT,
  T_PREFIX,
  T_SHAPE,
  T_SHAPE_AT,
  T_SHAPE_LEN,
  T_SUFFIX,
  T_WORD,
} = featureKeys;
const { hashString } = hashing;

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
  /**
   * Weight rows of the word-history keys (previous label × lower form, previous label × shape)
   * by previous label + 1, two per label; -1 for a key the table lacks, -2 not looked up yet.
   * Cached by the tagger, filled on first use.
   */
  historyRows: Int32Array | undefined;
  /** The weight table `historyRows` index. */
  historyRowsOwner: object | undefined;
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
    hashFeature(T_WORD, hashString(word)),
    hashFeature(T_LOWER, lower),
    hashFeature(T_SHAPE, shape),
    hashFeature2(T_SHAPE_LEN, shape, Math.min(word.length, 12)),
    hashFeature(T_CAPS, caps),
  ];
  for (let n = 1; n <= 4 && n <= word.length; n++) {
    selfKeys.push(hashFeature2(T_PREFIX, n, hashString(word.slice(0, n))));
    selfKeys.push(hashFeature2(T_SUFFIX, n, hashString(folded.slice(-n))));
  }
  if (word.includes("-")) selfKeys.push(hashFeature(T_FLAGS, 1));
  if (word.includes(".")) selfKeys.push(hashFeature(T_FLAGS, 2));
  if (word.length > 1 && word.endsWith(".")) selfKeys.push(hashFeature(T_FLAGS, 3));
  let cluster = 0;
  let clusterShort = 0;
  if (path !== undefined) {
    for (const n of [4, 6, 10, 20]) {
      if (n > path.length && n !== 4) break;
      selfKeys.push(hashFeature2(T_CLUSTER, n, hashString(path.slice(0, n))));
    }
    cluster = hashString(path);
    clusterShort = hashString(path.slice(0, 6));
  } else {
    selfKeys.push(hashFeature2(T_CLUSTER, 0, 0));
  }
  const casingBucket = resources.casing.get(lexicon);
  const casing = casingBucket === undefined ? 0 : casingBucket + 1;
  selfKeys.push(hashFeature2(T_CASING, casing, caps));
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
    historyRows: undefined,
    historyRowsOwner: undefined,
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
    [
      hashFeature2(T_LOWER_AT, -1, lower),
      hashFeature2(T_SHAPE_AT, -1, shape),
      hashFeature2(T_CLUSTER_AT, -1, cluster),
    ],
    [hashFeature2(T_LOWER_AT, -2, lower), hashFeature2(T_CLUSTER_AT, -2, clusterShort)],
    [
      hashFeature2(T_LOWER_AT, 1, lower),
      hashFeature2(T_SHAPE_AT, 1, shape),
      hashFeature2(T_CLUSTER_AT, 1, cluster),
    ],
    [hashFeature2(T_LOWER_AT, 2, lower), hashFeature2(T_CLUSTER_AT, 2, clusterShort)],
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
    historyRows: undefined,
    historyRowsOwner: undefined,
  };
}

/** Padding before the sentence start. */
export const PAD_BEFORE: WordInfo = makePad("<S>", 8, 1);
/** Padding after the sentence end. */
export const PAD_AFTER: WordInfo = makePad("</S>", 9, 2);

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

/** The word at `i`, or padding beyond the sentence edges. */
export function wordAt(words: readonly WordInfo[], i: number): WordInfo {
  return i < 0 ? PAD_BEFORE : i >= words.length ? PAD_AFTER : (words[i] as WordInfo);
}
