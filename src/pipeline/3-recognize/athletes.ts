/**
 * Athletes the tagger typed an organisation or a place ("flanker Schalk Burger" read as a firm,
 * "Carolina Kluft, the Olympic heptathlon champion," as a town): a noun only an athlete goes by,
 * right before the name or ending an apposition after it, makes the name a person's, and with it
 * every other mention of the name and of its surname.
 */
import { ATHLETE_NOUNS } from "../model/lexicons/athlete-cues.js";
import type { Sentence, Token } from "../types.js";
import type { Candidate } from "./candidate.js";

/** Words an apposition may hold before its athlete noun ("the Olympic heptathlon champion"). */
const MAX_APPOSITION_WORDS = 5;
/** Longest name retyped, in tokens. */
const MAX_NAME_TOKENS = 3;
const CAPITALISED_RE = /^\p{Lu}\p{L}/u;

function lower(tokens: readonly Token[], at: number): string {
  return tokens[at]?.text.toLowerCase() ?? "";
}

/** "the Olympic heptathlon champion," after the name at `end`. */
function isAthleteApposition(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.text !== "," || lower(tokens, end + 1) !== "the") return false;
  for (let at = end + 2; at < Math.min(tokens.length, end + 3 + MAX_APPOSITION_WORDS); at++) {
    const word = tokens[at]!.text;
    if (ATHLETE_NOUNS.has(word.toLowerCase()))
      return [",", ".", "and"].includes(lower(tokens, at + 1));
    if (word === "," || word === ".") return false;
  }
  return false;
}

/** Whether a candidate is an unlisted name the tagger typed other than a person. */
function isRetypable(candidate: Candidate): boolean {
  if (candidate.type !== "ORGANIZATION" && candidate.type !== "PLACE") return false;
  if (candidate.source !== "tagger" || candidate.key !== undefined || candidate.via !== undefined)
    return false;
  const words = candidate.surface.split(" ");
  return words.length <= MAX_NAME_TOKENS && words.every((word) => CAPITALISED_RE.test(word));
}

/** Retypes athletes' names to PERSON in place; returns the candidates. */
export function retypeAthletes(
  sentences: readonly Sentence[],
  candidates: Candidate[],
): Candidate[] {
  const names = new Set<string>();
  for (const candidate of candidates) {
    if (!isRetypable(candidate)) continue;
    const tokens = sentences[candidate.sentenceIndex]?.tokens ?? [];
    const before = lower(tokens, candidate.tokenStart - 1);
    if (ATHLETE_NOUNS.has(before) || isAthleteApposition(tokens, candidate.tokenEnd))
      names.add(candidate.surface);
  }
  if (names.size === 0) return candidates;
  // "Kluft" after "Carolina Kluft": the surname names the same person.
  const surnames = new Set([...names].map((name) => name.split(" ").at(-1)!));
  for (const candidate of candidates) {
    if (!isRetypable(candidate)) continue;
    const surname = candidate.surface.split(" ").at(-1)!;
    // "striker Prinz" and "Birgit Prinz": a full name ending in the surname is the person's too.
    if (names.has(candidate.surface) || surnames.has(surname)) candidate.type = "PERSON";
  }
  return candidates;
}
