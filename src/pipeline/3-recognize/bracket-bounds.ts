/** Brackets the tagger reads as part of a name: a name ends at a bracket and starts after it. */

import type { NerSpan, Sentence } from "../types.js";

/** A bracket token. */
const BRACKET_RE = /^[()[\]]$/;

/**
 * "Rourke (Fenwick 80)": a span the tagger runs across a bracket is two names, one each side; a
 * bracket alone names nothing.
 */
export function withoutBracketCrossings(sentence: Sentence, spans: NerSpan[]): NerSpan[] {
  return spans.flatMap((span) => {
    const pieces: NerSpan[] = [];
    let start = span.start;
    for (let i = span.start; i <= span.end; i++) {
      if (i < span.end && !BRACKET_RE.test(sentence.tokens[i]?.text ?? "")) continue;
      if (i > start) pieces.push({ ...span, start, end: i });
      start = i + 1;
    }
    return pieces;
  });
}
