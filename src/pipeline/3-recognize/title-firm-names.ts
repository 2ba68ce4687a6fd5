/**
 * Firms' names that open with a title word: "General Electric", "General Mills", "General
 * Dynamics". The tagger, reading "General" as a military title, spans only "Electric"; a title
 * word right before a span that opens with a firm's trade word is the name's first word, and the
 * whole is an organisation's name.
 */
import { FIRM_TRADE_WORDS } from "../model/lexicons/firm-mention-cues.js";
import type { NerSpan, Sentence } from "../types.js";
import { lookupTitle } from "./titles.js";

/** A capitalised word. */
const CAPITALISED_RE = /^\p{Lu}/u;

/** Whether a trade word opens the span and a capitalised title word stands right before it. */
function isTitleOpenedFirm(sentence: Sentence, span: NerSpan): boolean {
  const before = sentence.tokens[span.start - 1]?.text ?? "";
  return (
    FIRM_TRADE_WORDS.has(sentence.tokens[span.start]?.text ?? "") &&
    CAPITALISED_RE.test(before) &&
    lookupTitle(before) !== undefined
  );
}

/** Spans with the title word a firm's name opens with joined on, as an organisation's. */
export function withTitleOpenedFirms(sentence: Sentence, spans: NerSpan[]): NerSpan[] {
  return spans.map((span) =>
    isTitleOpenedFirm(sentence, span)
      ? { start: span.start - 1, end: span.end, label: "ORG" }
      : span,
  );
}
