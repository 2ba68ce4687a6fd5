/** Conjunctions opening a sentence that the tagger glues onto the name right after them. */

import { OPENING_CONJUNCTIONS } from "../model/lexicons/sentence-words.js";
import type { NerSpan, Sentence } from "../types.js";

/** Opening quotes or brackets a sentence's first word may follow. */
const OPENERS_RE = /^["“‘'(]$/u;

/** The index of a sentence's first word, after any opening quote. */
function firstWordAt(sentence: Sentence): number {
  let at = 0;
  while (OPENERS_RE.test(sentence.tokens[at]?.text ?? "")) at++;
  return at;
}

/**
 * "But Home Office minister Tam Rudd said", "And Palace boss Iain Dow said": a conjunction
 * opening the sentence has its capital only for being first; a span it opens starts after it.
 */
export function withoutOpeningConjunctions(sentence: Sentence, spans: NerSpan[]): NerSpan[] {
  const first = firstWordAt(sentence);
  return spans.map((span) =>
    span.start === first &&
    span.end - span.start >= 2 &&
    OPENING_CONJUNCTIONS.has((sentence.tokens[first]?.text ?? "").toLowerCase())
      ? { ...span, start: span.start + 1 }
      : span,
  );
}
