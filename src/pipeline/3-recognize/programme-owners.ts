/**
 * A broadcaster in the possessive before a programme's name and its noun: "Five's Kelly Lane
 * show", "Sky's Soccer Saturday programme". Channels named by a common word ("Five", "Sky",
 * "Dave") the tagger leaves untagged; a lone capitalised word mid-sentence that owns a named
 * programme is the organisation airing it (a host the tagger reads as a person already).
 */

import { MONTH_NUMBERS, WEEKDAY_NUMBERS } from "../model/lexicons/calendar-names.js";
import { PROGRAMME_NOUNS } from "../model/lexicons/work-cues.js";
import type { NerSpan, Sentence } from "../types.js";

const CAPITALISED_RE = /^\p{Lu}\p{L}*$/u;
const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", "’s"]);
/** Capitalised words that are no broadcaster: "I", "Tonight's", a day's or a month's name ("Sunday's Panorama programme"). */
const NON_OWNERS: ReadonlySet<string> = new Set(["I", "Tonight", "Christmas", "Easter"]);

function isNonOwner(word: string): boolean {
  const lower = word.toLowerCase();
  return NON_OWNERS.has(word) || lower in MONTH_NUMBERS || lower in WEEKDAY_NUMBERS;
}
/** Marks after which a capital opens a sentence or a quotation, not a name. */
const OPENING_MARKS: ReadonlySet<string> = new Set(['"', "“", "‘", "'", "(", ":", "-", "–", "—"]);

/** The sentence's spans with an untagged word owning "<Name> show" read as an organisation. */
export function withProgrammeOwners(sentence: Sentence, spans: NerSpan[]): NerSpan[] {
  const tokens = sentence.tokens;
  const covered = (at: number) => spans.some((span) => span.start <= at && at < span.end);
  const added: NerSpan[] = [];
  for (let at = 1; at < tokens.length - 3; at++) {
    // The possessive first: the rarest and cheapest test (the others read the word itself).
    if (!POSSESSIVE_MARKS.has(tokens[at + 1]!.text)) continue;
    const word = tokens[at]!.text;
    if (!CAPITALISED_RE.test(word) || isNonOwner(word) || covered(at)) continue;
    if (OPENING_MARKS.has(tokens[at - 1]!.text)) continue;
    let end = at + 2;
    while (CAPITALISED_RE.test(tokens[end]?.text ?? "")) end++;
    if (end === at + 2 || !PROGRAMME_NOUNS.has(tokens[end]?.text ?? "")) continue;
    added.push({ start: at, end: at + 1, label: "ORG" });
  }
  if (added.length === 0) return spans;
  return [...spans, ...added].sort((a, b) => a.start - b.start);
}
