import type { NerSpan, Sentence } from "../types.js";
import { lookupEntity } from "./gazetteer/gazetteer-lookups.js";
import { POSSESSIVE_MARKERS } from "./gazetteer/surface-text.js";

/** A capitalised word: "Economic", "O'Neill". */
const CAPITALISED = /^\p{Lu}[\p{L}'’.-]*$/u;

/**
 * "the United Nations' Economic Commission" tagged one name: a possessive after a listed name
 * inside a span ends the owner's name, and the owned body's name starts after it. Unlisted
 * owners stay ("Lloyd's of London", "McDonald's Corporation" are names of their own).
 */
export function withoutListedPossessors(sentence: Sentence, spans: NerSpan[]): NerSpan[] {
  const tokens = sentence.tokens;
  return spans.flatMap((span) => {
    for (let k = span.start + 1; k < span.end - 1; k++) {
      if (!POSSESSIVE_MARKERS.has(tokens[k]?.text ?? "")) continue;
      const owner = tokens
        .slice(span.start, k)
        .map((token) => token.text)
        .join(" ");
      if (!lookupEntity(owner) || !CAPITALISED.test(tokens[k + 1]?.text ?? "")) continue;
      return [
        { ...span, end: k },
        { ...span, start: k + 1 },
      ];
    }
    return [span];
  });
}
