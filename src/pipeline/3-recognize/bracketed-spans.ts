/** Tagger spans that run across a bracket. */

import type { NerSpan, Sentence } from "../types.js";

/** "(", ")", "[", "]": no name holds one as a word of its own. */
const BRACKETS: ReadonlySet<string> = new Set(["(", ")", "[", "]"]);

/**
 * "D Hale (Pellow), S Ross (Pellow)" read as one name "Hale ( Pellow": a span never runs across a
 * bracket. It splits at each bracket into the runs between them, each keeping the span's label.
 */
export function withoutBracketsInside(sentence: Sentence, spans: NerSpan[]): NerSpan[] {
  const tokens = sentence.tokens;
  return spans.flatMap((span) => {
    const parts: NerSpan[] = [];
    let start = span.start;
    for (let at = span.start; at <= span.end; at++) {
      if (at < span.end && !BRACKETS.has(tokens[at]?.text ?? "")) continue;
      if (at > start) parts.push({ start, end: at, label: span.label });
      start = at + 1;
    }
    return parts;
  });
}
