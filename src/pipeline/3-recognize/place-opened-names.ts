/** Organisation names that open on a place the tagger read apart from the rest of the name. */

import { ORGANIZATION_HEADS } from "../model/lexicons/name-heads.js";
import type { NerSpan, Sentence } from "../types.js";

/**
 * "The Southeast Asia Treaty Organization" read as "Southeast Asia" and "Treaty Organization": a
 * place span right before a span that ends on an organisation's head, nothing between them, is
 * the opening of that organisation's name. The spans join into one organisation.
 */
export function withPlaceOpenedOrganisations(sentence: Sentence, spans: NerSpan[]): NerSpan[] {
  const out: NerSpan[] = [];
  for (const span of spans) {
    const before = out.at(-1);
    const head = sentence.tokens[span.end - 1]?.text ?? "";
    if (
      before?.label === "LOC" &&
      before.end === span.start &&
      span.label !== "PER" &&
      ORGANIZATION_HEADS.has(head)
    ) {
      out[out.length - 1] = { start: before.start, end: span.end, label: "ORG" };
      continue;
    }
    out.push(span);
  }
  return out;
}
