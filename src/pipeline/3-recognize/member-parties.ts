/** The party written before a member of a parliament's letters and name. */

import { MEMBER_POST_NOMINALS } from "../model/lexicons/titles-of-office.js";
import type { NerSpan, Sentence } from "../types.js";

const CAPITALISED_RE = /^\p{Lu}/u;

/**
 * "Green MEP Jean Lambrell", "SNP MP Ann Lowe": one word the tagger read as a person right before
 * a member's letters that a name follows is the party the member sits for, not a second person.
 * "Tom Hale MP said" (the letters after the name itself) is left alone.
 */
export function withPartiesBeforeMembers(sentence: Sentence, spans: NerSpan[]): NerSpan[] {
  const tokens = sentence.tokens;
  return spans.map((span) => {
    const letters = tokens[span.end]?.text ?? "";
    if (
      span.label !== "PER" ||
      span.end - span.start !== 1 ||
      letters !== letters.toUpperCase() ||
      !MEMBER_POST_NOMINALS.has(letters.toLowerCase()) ||
      !CAPITALISED_RE.test(tokens[span.end + 1]?.text ?? "")
    )
      return span;
    return { ...span, label: "ORG" };
  });
}
