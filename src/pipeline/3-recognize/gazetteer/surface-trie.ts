/** A word trie over token runs: how surfaces are stored and how a sentence's tokens walk it. */

import type { Token } from "../../types.js";
import type { GazetteerEntry, MatchVia, MetonymMatch } from "./gazetteer-types.js";
import { normaliseText, POSSESSIVE_RE, THE, titleCaseCaps } from "./surface-text.js";

const WHITESPACE_RE = /\s+/;
/** A word with a possessive ending a tokenizer may split off ("People's" → "People" "'s"). */
const SPLIT_POSSESSIVE_RE = /^(.+)('s|')$/;

/** What a trie node holds: the entry one surface leads to, and how it matched. */
export interface Hit {
  entry: GazetteerEntry;
  via: MatchVia;
  /** The alias was written "the X": only matches right after "the"/"The". */
  requiresThe: boolean;
  priority: number;
  metonym?: MetonymMatch;
}

/** One word of a trie: the words that may follow, and the hit when the run may end here. */
export interface TrieNode {
  next: Map<string, TrieNode> | undefined;
  hit: Hit | undefined;
}

/** A trie match starting at some token: its exclusive end and what it found. */
export interface TrieMatch {
  end: number;
  hit: Hit;
}

/** Splits a lexicon surface into the token runs a CoNLL/PTB tokenizer may produce for it. */
export function tokeniseSurface(surface: string): string[][] {
  const words = normaliseText(surface).trim().split(WHITESPACE_RE);
  const plain: string[] = [];
  for (const word of words) {
    // "Washington, D.C." → "Washington" "," "D.C."
    if (word.length > 1 && (word.endsWith(",") || word.endsWith(";")))
      plain.push(word.slice(0, -1), word.slice(-1));
    else plain.push(word);
  }
  const runs = [plain];
  // "People's Daily" may come as "People" "'s" "Daily"; "OPEC+" as "OPEC" "+".
  const split = plain.flatMap((word) => {
    const possessive = SPLIT_POSSESSIVE_RE.exec(word);
    if (possessive?.[1] && possessive[2]) return [possessive[1], possessive[2]];
    if (word.length > 1 && word.endsWith("+")) return [word.slice(0, -1), "+"];
    return [word];
  });
  if (split.length !== plain.length) runs.push(split);
  return runs;
}

/** Adds one token run to a trie, keeping the higher-priority hit where two surfaces meet. */
export function insertRun(trie: Map<string, TrieNode>, run: string[], hit: Hit): void {
  let level = trie;
  let node: TrieNode | undefined;
  for (const word of run) {
    node = level.get(word);
    if (!node) {
      node = { next: undefined, hit: undefined };
      level.set(word, node);
    }
    node.next ??= new Map();
    level = node.next;
  }
  if (node && (!node.hit || hit.priority > node.hit.priority)) node.hit = hit;
}

/**
 * Whether a hit may end a match here. In an all-caps headline or dateline only names count:
 * "WHO" stays an acronym match.
 */
function isUsableHit(hit: Hit | undefined, afterThe: boolean, capsAsTitle: boolean): hit is Hit {
  return (
    hit !== undefined && (!hit.requiresThe || afterThe) && !(capsAsTitle && hit.via === "acronym")
  );
}

/**
 * The name of a possessive word ("Russia" of "Russia's"), or undefined. Asked of nearly every
 * token the trie does not know: a word with no apostrophe skips the pattern.
 */
function possessorName(word: string): string | undefined {
  if (!word.includes("'") && !word.includes("’")) return undefined;
  return POSSESSIVE_RE.exec(word)?.[1];
}

/** Longest run starting at i in the trie, honouring "the"-only aliases; first-token keys given. */
export function matchTrie(
  trie: Map<string, TrieNode>,
  tokens: readonly Token[],
  i: number,
  keys: string[],
  capsAsTitle = false,
): TrieMatch | undefined {
  let best: TrieMatch | undefined;
  const afterThe = i > 0 && THE.has(tokens[i - 1]?.text ?? "");
  for (const key of keys) {
    let node = trie.get(key);
    let j = i;
    while (node) {
      const hit = node.hit;
      if (isUsableHit(hit, afterThe, capsAsTitle) && (!best || j + 1 > best.end))
        best = { end: j + 1, hit };
      j += 1;
      const next = tokens[j];
      if (!next || !node.next) break;
      const text = capsAsTitle ? titleCaseCaps(normaliseText(next.text)) : normaliseText(next.text);
      const child = node.next.get(text);
      if (!child) {
        // "Russia’s" left unsplit by a tokenizer: match the name, the span keeps the token.
        const name = possessorName(text);
        const stripped = name ? node.next.get(name) : undefined;
        if (isUsableHit(stripped?.hit, afterThe, capsAsTitle) && (!best || j + 1 > best.end))
          best = { end: j + 1, hit: stripped.hit };
      }
      node = child;
    }
    if (!best) {
      const name = possessorName(key);
      const stripped = name ? trie.get(name) : undefined;
      if (isUsableHit(stripped?.hit, afterThe, capsAsTitle))
        best = { end: i + 1, hit: stripped.hit };
    }
  }
  return best;
}
