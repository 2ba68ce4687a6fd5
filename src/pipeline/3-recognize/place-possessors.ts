/**
 * A place's possessive inside one tagger span: "Munich's Radio Orchestra", "Moscow's Sovlink
 * Securities" tagged whole. The place owns the name after it ("the Radio Orchestra of Munich"),
 * so the span splits at the possessive into the listed place and the name it owns; an unlisted
 * possessor ("McDonald's", "St John's Wood") keeps the span whole.
 */

import type { NerSpan, Sentence } from "../types.js";
import { lookupEntity } from "./gazetteer/gazetteer-lookups.js";

/** "'s", "'" and their curly forms: a possessive mark as its own token. */
const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", "'", "’s", "’"]);
/** Listed types a possessor must have to be split off as a place. */
const PLACE_TYPES: ReadonlySet<string> = new Set(["PLACE", "COUNTRY"]);

/** The sentence's spans with each one holding a listed place's possessive split at the mark. */
export function withPlacePossessorsSplit(sentence: Sentence, spans: NerSpan[]): NerSpan[] {
  const tokens = sentence.tokens;
  return spans.flatMap((span) => {
    if (span.label === "PER" || span.label === "LOC") return [span];
    for (let mark = span.start + 1; mark < span.end - 1; mark++) {
      if (!POSSESSIVE_MARKS.has(tokens[mark]?.text ?? "")) continue;
      const possessor = tokens
        .slice(span.start, mark)
        .map((token) => token.text)
        .join(" ");
      const entry = lookupEntity(possessor);
      if (!entry || !PLACE_TYPES.has(entry.type)) return [span];
      return [
        { start: span.start, end: mark, label: "LOC" as const },
        { start: mark + 1, end: span.end, label: span.label },
      ];
    }
    return [span];
  });
}
