/**
 * "Former Kestrel Holdings boss" tagged only "Holdings": a firm's own word ("Holdings", "Group",
 * "Securities") names nothing alone, so the capitalised words straight before it that no other
 * span holds open its name. A sentence's first word is taken only when it is no word news mostly
 * writes in lower case ("Former", "The").
 */

import { PAST_JOB_WORDS } from "../model/lexicons/job-nouns.js";
import { FIRM_NAME_HEADS } from "../model/lexicons/name-heads.js";
import { DETERMINERS } from "../model/lexicons/sentence-words.js";
import type { NerSpan, Sentence } from "../types.js";

/** A capitalised word of letters, as a firm's name has: "Kestrel", "McAlpine". */
const NAME_WORD_RE = /^\p{Lu}[\p{L}&.-]*$/u;
/** Words besides the determiners that open a sentence in capitals naming nothing: "Shares in …". */
const OPENERS: ReadonlySet<string> = new Set(["shares", "in", "at", "for", "by"]);
/** Words of a firm's name before its own word: "Kestrel Holdings", "Bank Austria Creditanstalt Group". */
const MAX_OPENING_WORDS = 3;

/** The sentence's spans with each lone firm's word widened over the name before it. */
export function withFirmHeadsOpened(sentence: Sentence, spans: NerSpan[]): NerSpan[] {
  const tokens = sentence.tokens;
  return spans.map((span) => {
    if (span.label !== "ORG" || span.end - span.start !== 1) return span;
    if (!FIRM_NAME_HEADS.has(tokens[span.start]?.text ?? "")) return span;
    let start = span.start;
    while (start > 0 && span.start - start < MAX_OPENING_WORDS) {
      const word = tokens[start - 1]?.text ?? "";
      const lower = word.toLowerCase();
      if (
        !NAME_WORD_RE.test(word) ||
        PAST_JOB_WORDS.has(lower) ||
        DETERMINERS.has(lower) ||
        OPENERS.has(lower)
      )
        break;
      if (spans.some((other) => other !== span && other.start < start && start - 1 < other.end))
        break;
      start--;
    }
    return start === span.start ? span : { ...span, start };
  });
}
