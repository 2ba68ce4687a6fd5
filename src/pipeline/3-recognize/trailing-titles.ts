/** Titles of office the tagger keeps at the end of the organisation before them. */

import { ORGANIZATION_HEADS } from "../model/lexicons/name-heads.js";
import type { NerSpan, Sentence } from "../types.js";
import { lookupTitle } from "./titles.js";

/**
 * "a UK Independence Party MEP", "Green Party MP Jo Lane": a title right after an organisation's
 * head word is the office its holder has in that organisation, not the organisation's last word,
 * so a span that is not a person's ends before it.
 */
export function withoutTrailingTitles(sentence: Sentence, spans: NerSpan[]): NerSpan[] {
  const tokens = sentence.tokens;
  return spans.map((span) => {
    const last = span.end - 1;
    if (
      span.label === "PER" ||
      last - span.start < 2 ||
      !ORGANIZATION_HEADS.has(tokens[last - 1]?.text ?? "") ||
      lookupTitle(tokens[last]?.text ?? "") === undefined
    )
      return span;
    return { ...span, end: last };
  });
}
