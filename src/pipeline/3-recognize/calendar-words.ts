/** Month and weekday names the tagger glues onto the name right after them. */

import {
  MONTH_NUMBERS,
  TIME_PHRASE_LEADS,
  WEEKDAY_NUMBERS,
} from "../model/lexicons/calendar-names.js";
import { GENERIC_HEADS, INSTITUTION_WORDS } from "../model/lexicons/name-heads.js";
import type { NerSpan, Sentence } from "../types.js";
import { lookupEntity } from "./gazetteer/gazetteer-lookups.js";
import { loadTagger } from "./tagger/tagger.js";
import { lookupTitle } from "./titles.js";

/** Whether a token is a month's or a weekday's name written with its capital ("January", "Monday"). */
function isCalendarName(text: string): boolean {
  // A capital first: most tokens have none, and lower-casing each costs more than the test.
  if (!CAPITAL_FIRST_RE.test(text)) return false;
  const word = text.toLowerCase();
  return word in MONTH_NUMBERS || word in WEEKDAY_NUMBERS;
}

/** A token that opens with a capital letter. */
const CAPITAL_FIRST_RE = /^\p{Lu}/u;

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

/** A word shaped as a name: a capital, then lower-case letters ("Zelnet", "Carvell"). */
const NAME_WORD_RE = /^\p{Lu}\p{Ll}+$/u;
/** The longest name read after a calendar word. */
const MAX_NAME_WORDS = 3;

/**
 * "in March Parliament voted", "on Monday President…": a body's or an office's word, one news
 * writes in lower case, or one a list knows is no missed name.
 */
function isCommonWord(word: string): boolean {
  return (
    GENERIC_HEADS.has(word) ||
    INSTITUTION_WORDS.has(word) ||
    lookupTitle(word) !== undefined ||
    loadTagger().isMostlyLowercase(word) ||
    lookupEntity(word) !== undefined
  );
}

/**
 * "until January Zelnet launched", "She married June Carvell": a month or weekday the tagger
 * read nothing of, then capitalised words it read nothing of either, is a name it missed beside
 * the calendar word. After a word that opens a time phrase the name starts after the calendar
 * word (as `withoutLeadingCalendarNames` cuts it); after any other word the calendar word is the
 * name's first ("June Carvell"). The name is a person's until other cues say otherwise ("Zelnet
 * launched its own network").
 */
export function withNamesAfterCalendarNames(sentence: Sentence, spans: NerSpan[]): NerSpan[] {
  const tokens = sentence.tokens;
  const covered = (at: number): boolean => spans.some((span) => span.start <= at && at < span.end);
  const isMissedName = (at: number): boolean => {
    const word = tokens[at]?.text ?? "";
    return NAME_WORD_RE.test(word) && !covered(at) && !isCalendarName(word) && !isCommonWord(word);
  };
  const found: NerSpan[] = [];
  for (let at = 1; at < tokens.length - 1; at++) {
    if (!isCalendarName(tokens[at]!.text) || covered(at) || !isMissedName(at + 1)) continue;
    let end = at + 1;
    while (end < tokens.length && end - at - 1 < MAX_NAME_WORDS && isMissedName(end)) end++;
    const afterLead = TIME_PHRASE_LEADS.has(tokens[at - 1]!.text.toLowerCase());
    found.push({ start: afterLead ? at + 1 : at, end, label: "PER" });
    at = end - 1;
  }
  if (found.length === 0) return spans;
  return [...spans, ...found].sort((a, b) => a.start - b.start);
}
