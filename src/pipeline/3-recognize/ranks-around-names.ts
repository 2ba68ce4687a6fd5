/**
 * Ranks written around a person's name that the tagger reads as part of another kind of name: a
 * peer's rank before a surname ("Lord Harbin" tagged a place), a barrister's or a member's letters
 * after a name ("Gil Marston QC" tagged an organisation), and a member's letters after the seat or
 * party they sit for ("the Ashford North MP", "Veteran Labour MP"), which is no name at all.
 */

import {
  MEMBER_POST_NOMINALS,
  PEERAGE_RANKS,
  PERSONAL_POST_NOMINALS,
} from "../model/lexicons/titles-of-office.js";
import type { NerSpan, Sentence } from "../types.js";
import { lookupTitle } from "./titles.js";

/** A word written with its capital ("Harbin", "Ashford"). */
const CAPITALISED_RE = /^\p{Lu}[\p{L}'’.-]*$/u;
/** The longest peer's name after the rank: "Lord Harbin", "Lady Ann Coltby". */
const MAX_PEER_NAME_WORDS = 2;

function lower(sentence: Sentence, at: number): string {
  return (sentence.tokens[at]?.text ?? "").toLowerCase();
}

/**
 * "sitting with Lord Oswin and Lord Carrow", "neuroscientist Baroness Greenwood": a rank of the
 * peerage before one or two capitalised words that are no title ("Lord Chancellor", "Lord Chief
 * Justice" are offices) and no "of" ("Lord of the Rings") names a person.
 */
function isPeerName(sentence: Sentence, span: NerSpan): boolean {
  const rank = sentence.tokens[span.start]?.text ?? "";
  const words = sentence.tokens.slice(span.start + 1, span.end).map((token) => token.text);
  return (
    PEERAGE_RANKS.has(rank.toLowerCase()) &&
    CAPITALISED_RE.test(rank) &&
    words.length >= 1 &&
    words.length <= MAX_PEER_NAME_WORDS &&
    words.every((word) => CAPITALISED_RE.test(word) && lookupTitle(word) === undefined)
  );
}

/**
 * "Gil Marston QC": a barrister's letters end a person's name, whatever the tagger called it;
 * "Dan Kemp MP": a member's letters end a name the tagger read as a person's. The letters are not
 * the name's.
 */
function withoutPostNominal(sentence: Sentence, span: NerSpan): NerSpan | undefined {
  const last = lower(sentence, span.end - 1);
  if (span.end - span.start < 2) return undefined;
  if (PERSONAL_POST_NOMINALS.has(last))
    return { start: span.start, end: span.end - 1, label: "PER" };
  if (MEMBER_POST_NOMINALS.has(last) && span.label === "PER") return { ...span, end: span.end - 1 };
  return undefined;
}

/** "QC", "MP": letters of rank, which alone name no one ("a QC, Tam Rudd and ..."). */
function isRankLetters(word: string): boolean {
  return PERSONAL_POST_NOMINALS.has(word) || MEMBER_POST_NOMINALS.has(word);
}

/** Where a member's letters stand inside a span, or -1. */
function memberLettersAt(sentence: Sentence, span: NerSpan): number {
  for (let i = span.start; i < span.end; i++)
    if (MEMBER_POST_NOMINALS.has(lower(sentence, i))) return i;
  return -1;
}

/**
 * Mends the edges of tagger spans around ranks (see the file comment):
 * - "QC" or "MP" alone is dropped;
 * - "Lord Harbin" tagged a place or an organisation becomes a person;
 * - "Gil Marston QC" becomes the person "Gil Marston"; "Dan Kemp MP" the person "Dan Kemp";
 * - "the Ashford North MP", "Veteran Labour MP" (not a person's span) is dropped: it describes a
 *   member, and the gazetteer still reads the place or party inside it;
 * - "MSP Kara Whitby", "Labour MSP Kay Bell" tagged an organisation: the words after the letters
 *   are the member's name, the words before them (if any) stay as tagged.
 */
export function withRanksAroundNames(sentence: Sentence, spans: NerSpan[]): NerSpan[] {
  return spans.flatMap((span): NerSpan[] => {
    if (span.end - span.start === 1 && isRankLetters(lower(sentence, span.start))) return [];
    if (span.label !== "PER" && isPeerName(sentence, span)) return [{ ...span, label: "PER" }];
    const named = withoutPostNominal(sentence, span);
    if (named) return [named];
    if (span.label === "PER") return [span];
    const at = memberLettersAt(sentence, span);
    if (at < 0) return [span];
    if (at === span.end - 1) return [];
    const before: NerSpan[] = at > span.start ? [{ ...span, end: at }] : [];
    return [...before, { start: at + 1, end: span.end, label: "PER" }];
  });
}
