/** A person's calling the tagger read as the first word of the name after it. */

import { ORGANIZATION_HEADS } from "../model/lexicons/name-heads.js";
import { PERSON_NOUNS } from "../model/lexicons/person-nouns.js";
import type { NerSpan, Sentence } from "../types.js";

/**
 * "Rapper Kozzy said", "Singer Jarvela has sold": a calling only people have, capitalised to open
 * a sentence and read by the tagger as the name's first word, is not the name's; the words after
 * it name a person. A name ending on an organisation's head ("Architect Partners Association")
 * is a body's and stays whole.
 */
export function withoutLeadingCallings(sentence: Sentence, spans: NerSpan[]): NerSpan[] {
  const tokens = sentence.tokens;
  return spans.map((span) => {
    const first = tokens[span.start]?.text ?? "";
    const last = tokens[span.end - 1]?.text ?? "";
    if (
      span.end - span.start < 2 ||
      first === first.toLowerCase() ||
      !PERSON_NOUNS.has(first.toLowerCase()) ||
      ORGANIZATION_HEADS.has(last)
    )
      return span;
    return { start: span.start + 1, end: span.end, label: "PER" };
  });
}
