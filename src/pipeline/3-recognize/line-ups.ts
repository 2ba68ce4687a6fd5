/**
 * Team line-ups: "Murphy, Horgan, O'Driscoll; S Byrne, Hayes (capt)". A sentence that is a list
 * of bare capitalised names names players, so a one-word name the tagger typed a place or an
 * organisation there ("Byrne", "Cudicini") is a person, unless a gazetteer knows it.
 */

import type { Sentence, Token } from "../types.js";
import type { Candidate } from "./candidate.js";

/** A line-up lists at least this many names. */
const MIN_LINE_UP_NAMES = 5;
/** Words of a name in a line-up entry: "S Easterby", "Ma Bergamasco", "Simpson-Daniel". */
const MAX_ENTRY_WORDS = 3;
// "Kezman (Cole 63)", "Hayes (capt)": what brackets hold is a note on the entry.
const OPEN_RE = /^[([]$/;
const CLOSE_RE = /^[)\]]$/;
// Entries are separated by commas and semicolons; a colon ends a label ("Ireland:", "Subs:").
const SEPARATOR_RE = /^[,;:]$/;
const NAME_WORD_RE = /^\p{Lu}[\p{L}'’.-]*$/u;
const END_RE = /^[.!?]$/;
// "Leamy, Foley and Wallace": a list's last entry may follow "and".
const AND_RE = /^and$/;

/** Splits a sentence into entries at separators, skipping bracketed notes and the final stop. */
function entriesOf(tokens: readonly Token[]): string[][] {
  const entries: string[][] = [[]];
  let depth = 0;
  for (const token of tokens) {
    if (OPEN_RE.test(token.text)) depth++;
    else if (CLOSE_RE.test(token.text)) depth = Math.max(0, depth - 1);
    else if (depth > 0 || END_RE.test(token.text)) continue;
    else if (SEPARATOR_RE.test(token.text) || AND_RE.test(token.text)) entries.push([]);
    else entries.at(-1)?.push(token.text);
  }
  return entries.filter((entry) => entry.length > 0);
}

/** Whether every entry of the sentence is a short run of capitalised words, and there are many. */
export function isLineUp(sentence: Sentence): boolean {
  const entries = entriesOf(sentence.tokens);
  return (
    entries.length >= MIN_LINE_UP_NAMES &&
    entries.every(
      (entry) => entry.length <= MAX_ENTRY_WORDS && entry.every((word) => NAME_WORD_RE.test(word)),
    )
  );
}

/** Token positions inside brackets: "(Leinster)" after a player is his club, not a player. */
function bracketedTokens(tokens: readonly Token[]): Set<number> {
  const inside = new Set<number>();
  let depth = 0;
  tokens.forEach((token, i) => {
    if (OPEN_RE.test(token.text)) depth++;
    else if (CLOSE_RE.test(token.text)) depth = Math.max(0, depth - 1);
    else if (depth > 0) inside.add(i);
  });
  return inside;
}

/** Retypes the one-word unlisted names of line-up sentences as people (in place). */
export function readLineUps(
  sentences: readonly Sentence[],
  candidates: readonly Candidate[],
): void {
  const lineUps = new Map(
    sentences
      .filter(isLineUp)
      .map((sentence) => [sentence.index, bracketedTokens(sentence.tokens)]),
  );
  if (lineUps.size === 0) return;
  for (const candidate of candidates) {
    const bracketed = lineUps.get(candidate.sentenceIndex);
    if (!bracketed || bracketed.has(candidate.tokenStart) || candidate.key) continue;
    if (candidate.source !== "tagger" || candidate.tokenEnd - candidate.tokenStart !== 1) continue;
    if (
      candidate.type === "PLACE" ||
      candidate.type === "ORGANIZATION" ||
      candidate.type === "OTHER"
    )
      candidate.type = "PERSON";
  }
}
