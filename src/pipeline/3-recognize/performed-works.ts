/**
 * Works named after people, after a verb of staging or performing and a maker's possessive: "he
 * conducted Verdi's Simon Boccanegra", "she directed Ibsen's Hedda Gabler". The tagger reads the
 * title as a person; the object of such a verb, owned by its maker, is a work (MISC).
 */

import type { NerSpan, Sentence } from "../types.js";
import { POSSESSIVE_MARKERS } from "./gazetteer/surface-text.js";

/** Verbs whose object is a work that is staged or performed, not a person. */
const PERFORMING_VERBS: ReadonlySet<string> = new Set([
  "conducted",
  "conducts",
  "conducting",
  "staged",
  "stages",
  "staging",
  "premiered",
  "premieres",
  "choreographed",
  "sang",
  "sings",
  "singing",
]);

/** The sentence's spans with a person's span after "<verb> <Person>'s" read as a work. */
export function withPerformedWorks(sentence: Sentence, spans: NerSpan[]): NerSpan[] {
  const tokens = sentence.tokens;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  return sorted.map((span, index) => {
    const maker = sorted[index - 1];
    if (span.label !== "PER" || !maker || maker.label !== "PER") return span;
    if (maker.end + 1 !== span.start || !POSSESSIVE_MARKERS.has(tokens[maker.end]?.text ?? ""))
      return span;
    if (!PERFORMING_VERBS.has(tokens[maker.start - 1]?.text ?? "")) return span;
    return { ...span, label: "MISC" };
  });
}
