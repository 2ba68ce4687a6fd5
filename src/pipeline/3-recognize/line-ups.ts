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

/** How a token reads in a list: a bracket, a separator, the final stop or a word of an entry. */
type ListToken = "open" | "close" | "separator" | "end" | "word";

/** What `token` is to a list: "(" and "[" open a note, commas, semicolons, colons and "and" separate. */
function listToken(text: string): ListToken {
  if (OPEN_RE.test(text)) return "open";
  if (CLOSE_RE.test(text)) return "close";
  if (END_RE.test(text)) return "end";
  if (SEPARATOR_RE.test(text) || AND_RE.test(text)) return "separator";
  return "word";
}

/**
 * Calls `onWord` for each word of an entry and `onEntryEnd` after each non-empty entry, entries
 * split at separators, bracketed notes and the final stop skipped; stops at the first false
 * either returns and returns false. One pass and no arrays: every sentence of every article is
 * asked, and almost all fail on their first lowercase word.
 */
function everyEntry(
  tokens: readonly Token[],
  onWord: (word: string, index: number) => boolean,
  onEntryEnd: (words: number) => boolean,
): boolean {
  let depth = 0;
  let words = 0;
  for (const token of tokens) {
    const kind = listToken(token.text);
    if (kind === "open") depth++;
    else if (kind === "close") depth = Math.max(0, depth - 1);
    else if (depth > 0 || kind === "end") continue;
    else if (kind === "separator") {
      if (words > 0 && !onEntryEnd(words)) return false;
      words = 0;
    } else if (!onWord(token.text, words++)) return false;
  }
  return words === 0 || onEntryEnd(words);
}

/** Whether every entry of the sentence is a short run of capitalised words, and there are many. */
export function isLineUp(sentence: Sentence): boolean {
  let entries = 0;
  return (
    everyEntry(
      sentence.tokens,
      (word, index) => index < MAX_ENTRY_WORDS && NAME_WORD_RE.test(word),
      () => {
        entries++;
        return true;
      },
    ) && entries >= MIN_LINE_UP_NAMES
  );
}

/** "14", "45+2": a minute of play. */
const MINUTE_RE = /^\d{1,3}(?:\+\d{1,2})?$/;
/** Words that may follow a scorer's minutes: "pen", "og". */
const SCORER_NOTE_RE = /^(?:pen|og|pens)$/;

/**
 * "Holland 14, Bartlett 80.": the scorers of a match, each name followed by the minutes of the
 * goals. Two entries at least; an entry that is only minutes continues the one before it.
 */
export function isScorerList(sentence: Sentence): boolean {
  let scorers = 0;
  // Per entry: its leading name words, then (from the first other word) its minutes and notes.
  let names = 0;
  let inMinutes = false;
  return (
    everyEntry(
      sentence.tokens,
      (word) => {
        if (inMinutes) return MINUTE_RE.test(word) || SCORER_NOTE_RE.test(word);
        if (NAME_WORD_RE.test(word)) return ++names <= MAX_ENTRY_WORDS;
        inMinutes = true;
        return MINUTE_RE.test(word);
      },
      () => {
        // an entry of names alone gives no minutes: no scorer list
        const scored = inMinutes;
        if (names > 0) scorers++;
        names = 0;
        inMinutes = false;
        return scored;
      },
    ) && scorers >= 2
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

/** Place types a player's surname can spell ("Holland", "Jordan", "Chad"). */
const SURNAME_PLACE_TYPES: ReadonlySet<Candidate["type"]> = new Set(["COUNTRY", "PLACE"]);

/** Last words of the people the article names in full ("Matt Holland" → "Holland"). */
function fullNameSurnames(candidates: readonly Candidate[]): Set<string> {
  const surnames = new Set<string>();
  for (const candidate of candidates) {
    if (candidate.type !== "PERSON" || candidate.tokenEnd - candidate.tokenStart < 2) continue;
    const last = candidate.surface.split(/\s+/).at(-1);
    if (last) surnames.add(last);
  }
  return surnames;
}

/**
 * Retypes the one-word unlisted names of line-up sentences as people (in place), and, in a
 * line-up or a list of scorers, a listed country or place whose name is the surname of a person
 * the article names in full: "Holland" in Charlton's line-up is Matt Holland, not the
 * Netherlands, whose team-mates would otherwise all seem Dutch.
 */
export function readLineUps(
  sentences: readonly Sentence[],
  candidates: readonly Candidate[],
): void {
  const lineUps = new Map(
    sentences
      .filter(isLineUp)
      .map((sentence) => [sentence.index, bracketedTokens(sentence.tokens)]),
  );
  const scorerLists = new Set(sentences.filter(isScorerList).map((sentence) => sentence.index));
  if (lineUps.size === 0 && scorerLists.size === 0) return;
  const surnames = fullNameSurnames(candidates);
  for (const candidate of candidates) {
    const bracketed = lineUps.get(candidate.sentenceIndex);
    const inList = bracketed !== undefined || scorerLists.has(candidate.sentenceIndex);
    if (!inList || bracketed?.has(candidate.tokenStart)) continue;
    if (
      candidate.key &&
      SURNAME_PLACE_TYPES.has(candidate.type) &&
      candidate.tokenEnd - candidate.tokenStart === 1 &&
      surnames.has(candidate.surface)
    ) {
      candidate.type = "PERSON";
      candidate.key = undefined;
      candidate.canonical = undefined;
      candidate.via = undefined;
      candidate.isMetonymy = false;
      continue;
    }
    if (!bracketed || candidate.key) continue;
    if (candidate.source !== "tagger" || candidate.tokenEnd - candidate.tokenStart !== 1) continue;
    if (
      candidate.type === "PLACE" ||
      candidate.type === "ORGANIZATION" ||
      candidate.type === "OTHER"
    )
      candidate.type = "PERSON";
  }
}
