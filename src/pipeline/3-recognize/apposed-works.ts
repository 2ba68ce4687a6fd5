/**
 * Titles a phrase headed by a work noun describes, set beside them by a comma or a copula: "The
 * Perez Family, her first Hollywood film.", "Aaltra, a Belgian film about…", "Grange Hill, the
 * school-based drama serial which…", "Angels is a great song". The tagger reads such a title as a
 * person, a firm or a place; the phrase says it is a work (OTHER, cued, so the article's other
 * mentions follow it). The noun must head its phrase and the phrase end there: "a spokesman for
 * the show", "the programme's chief co-ordinator", "a leading games developer", "a film-maker
 * who" describe people and firms, and "South Wales, the film is about…" is a clause.
 */

import { HONORIFICS } from "../model/lexicons/titles-of-office.js";
import { APPOSED_WORK_HEADS, WORK_PHRASE_FOLLOWERS } from "../model/lexicons/work-cues.js";
import type { Sentence, Token } from "../types.js";
import type { Candidate } from "./candidate.js";

/** Words that open the describing phrase: "a comedy", "her first film", "the sequel". */
const DETERMINERS: ReadonlySet<string> = new Set(["a", "an", "the", "his", "her", "their", "its"]);
/** Words that set the phrase beside the name. */
const LINKS: ReadonlySet<string> = new Set([",", "is", "was"]);
/** Most words between the determiner and the noun: "her first Hollywood film", "an online puzzle game". */
const MAX_MODIFIERS = 3;
/** Marks that close the phrase right after its noun. */
const CLOSING_MARKS: ReadonlySet<string> = new Set([",", ".", ";", ":", ")", "-", "–", "!", "?"]);
/**
 * Followers of the noun that start a clause, not end the phrase ("South Wales, the film is
 * about…"), or place an event ("CES is the largest electronics show in the world").
 */
const NON_CLOSING_FOLLOWERS: ReadonlySet<string> = new Set([
  "is",
  "was",
  "has",
  "had",
  "in",
  "at",
  "on",
]);
/** Words no describing phrase holds before its noun: "a spokesman for the show". */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  "for",
  "of",
  "the",
  "a",
  "an",
  "and",
  "or",
  "in",
  "on",
  "to",
  "with",
  "by",
  "at",
  "from",
  "he",
  "she",
  "they",
  "who",
  "which",
  "that",
]);

/** Whether the phrase after a name's link, opening at `at`, is headed by a work noun and ends there. */
function isWorkPhrase(tokens: readonly Token[], at: number): boolean {
  if (!DETERMINERS.has(tokens[at]?.text ?? "")) return false;
  for (let noun = at + 1; noun <= at + 1 + MAX_MODIFIERS && noun < tokens.length; noun++) {
    const word = tokens[noun]!.text;
    if (FUNCTION_WORDS.has(word.toLowerCase()) || word === "," || /^['’]/.test(word)) return false;
    if (!APPOSED_WORK_HEADS.has(word)) continue;
    const next = tokens[noun + 1]?.text ?? ".";
    if (CLOSING_MARKS.has(next)) return true;
    if (WORK_PHRASE_FOLLOWERS.has(next) && !NON_CLOSING_FOLLOWERS.has(next)) return true;
  }
  return false;
}

/**
 * Types as a cued work each name the tagger alone read (no list's identity, no title of office or
 * form of address) that a work noun's phrase describes right after it.
 */
export function retypeApposedWorks(
  sentences: readonly Sentence[],
  candidates: readonly Candidate[],
): void {
  for (const candidate of candidates) {
    if (candidate.source !== "tagger" || candidate.key || candidate.title) continue;
    if (candidate.type === "OTHER" && candidate.isCued) continue;
    const tokens = sentences[candidate.sentenceIndex]?.tokens ?? [];
    const { tokenStart: start, tokenEnd: end } = candidate;
    if (HONORIFICS.has(tokens[start]?.text.toLowerCase() ?? "")) continue;
    if (!LINKS.has(tokens[end]?.text ?? "") || !isWorkPhrase(tokens, end + 1)) continue;
    candidate.type = "OTHER";
    candidate.isCued = true;
  }
}
