/** Month and weekday names the tagger glues onto the name right after them. */

import {
  MONTH_NUMBERS,
  TIME_PHRASE_LEADS,
  WEEKDAY_NUMBERS,
} from "../model/lexicons/calendar-names.js";
import type { NerSpan, Sentence } from "../types.js";

/** Whether a token is a month's or a weekday's name written with its capital ("January", "Monday"). */
function isCalendarName(text: string): boolean {
  const word = text.toLowerCase();
  return (word in MONTH_NUMBERS || word in WEEKDAY_NUMBERS) && text !== word;
}

/**
 * "until January Zelnet launched", "in March Brovia said": after a word that opens a time
 * phrase the month or weekday ends that phrase and the name starts after it, so a span opened by
 * it loses it. After any other word it may open the name ("with June Carter", "rival May
 * Department Stores", "by Sunday Telegraph"), and one ending a span is no opener ("Theresa
 * May"): those stay.
 */
export function withoutLeadingCalendarNames(sentence: Sentence, spans: NerSpan[]): NerSpan[] {
  const tokens = sentence.tokens;
  return spans.map((span) => {
    if (
      span.end - span.start < 2 ||
      !isCalendarName(tokens[span.start]?.text ?? "") ||
      !TIME_PHRASE_LEADS.has((tokens[span.start - 1]?.text ?? "").toLowerCase())
    )
      return span;
    return { ...span, start: span.start + 1 };
  });
}
