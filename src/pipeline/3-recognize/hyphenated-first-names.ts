/**
 * A hyphenated first name the tagger leaves out of a person's span: "Frank-Juergen Weise" tagged
 * "Weise" alone, so the person is known by a surname and relations name only it. A capitalised
 * pair of words joined by a hyphen right before a person's span, in no span itself, opens the
 * name; not a demonym's compound ("Anglo-Irish Tom Hale") nor a prefixed word ("Ex-Tory").
 */

import type { NerSpan, Sentence } from "../types.js";
import { lookupDemonym, lookupEntity } from "./gazetteer/gazetteer-lookups.js";

/** "Frank-Juergen", "Jean-Pierre": two capitalised words of letters joined by a hyphen. */
const HYPHENATED_NAME_RE = /^(\p{Lu}\p{Ll}{2,})-(\p{Lu}\p{Ll}{2,})$/u;
/** Prefixes a capitalised compound opens with that are no first name: "Anti-Nazi", "Pro-Blair". */
const PREFIXES: ReadonlySet<string> = new Set(["Anti", "Pro", "Non", "Neo", "Post", "Pre", "Pan"]);

/** Whether a word names a people or a place: "Irish", "Anglo" aside, "Dutch", "Britain". */
function isGeographic(word: string): boolean {
  return lookupDemonym(word) !== undefined || lookupEntity(word) !== undefined;
}

/** The sentence's spans with a hyphenated first name before a person's span taken into it. */
export function withHyphenatedFirstNames(sentence: Sentence, spans: NerSpan[]): NerSpan[] {
  const tokens = sentence.tokens;
  return spans.map((span) => {
    if (span.label !== "PER") return span;
    const at = span.start - 1;
    const match = HYPHENATED_NAME_RE.exec(tokens[at]?.text ?? "");
    if (!match || spans.some((other) => other.start <= at && other.end > at)) return span;
    const [, first = "", second = ""] = match;
    if (PREFIXES.has(first) || isGeographic(first) || isGeographic(second)) return span;
    return { start: at, end: span.end, label: "PER" as const };
  });
}
