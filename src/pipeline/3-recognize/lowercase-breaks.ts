/** Lowercase words the tagger runs a name across: a name holds none but its small joining words. */

import type { NerSpan, Sentence } from "../types.js";

/** A lowercase word long enough to be no joining word of a name ("of", "and", "van", "bin"). */
const CONTENT_WORD_RE = /^\p{Ll}{4,}$/u;
/** Longer lowercase words a name's title case keeps: "Gone with the Wind", "Kingston upon Hull". */
const NAME_JOINS: ReadonlySet<string> = new Set([
  "with",
  "from",
  "into",
  "upon",
  "over",
  "under",
  "della",
  "degli",
  "against",
  "without",
]);

/**
 * "The Act of Settlement bars Catholics": a lowercase word no name's title case keeps ends the
 * name the tagger ran across it; a name's own words start again after it.
 */
export function withoutLowercaseBreaks(sentence: Sentence, spans: NerSpan[]): NerSpan[] {
  return spans.flatMap((span) => {
    if (span.label === "PER") return [span];
    const pieces: NerSpan[] = [];
    let start = span.start;
    for (let i = span.start; i <= span.end; i++) {
      const word = sentence.tokens[i]?.text ?? "";
      if (i < span.end && !(CONTENT_WORD_RE.test(word) && !NAME_JOINS.has(word))) continue;
      if (i > start) pieces.push({ ...span, start, end: i });
      start = i + 1;
    }
    return pieces;
  });
}
