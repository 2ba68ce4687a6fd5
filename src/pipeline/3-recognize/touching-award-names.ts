/**
 * An award's name the tagger cuts in two touching spans: "British Independent Film
 * Awards" tagged "British Independent" (an organisation) and "Film Awards" (other). No word stands
 * between the pieces, and the second ends in an award's head word, so they are one
 * name (an organisation's when the first piece was one). A person's span or a piece listed
 * as a name of its own ("Leeds United FA Cup heroes") keeps them apart.
 */

import { AWARD_NAME_RE } from "../model/lexicons/relation-triggers.js";
import type { NerSpan, Sentence } from "../types.js";
import { lookupEntity } from "./gazetteer/gazetteer-lookups.js";
import { lookupClub, lookupCompetition } from "./sports-teams.js";

/** The words of a span, space-joined. */
function surfaceOf(sentence: Sentence, span: NerSpan): string {
  return sentence.tokens
    .slice(span.start, span.end)
    .map((token) => token.text)
    .join(" ");
}

/** Whether a piece is a name of its own: "Leeds United" then "FA Cup" are two. */
function isListed(surface: string): boolean {
  return (
    lookupEntity(surface) !== undefined ||
    lookupCompetition(surface) !== undefined ||
    lookupClub(surface, true) !== undefined
  );
}

/** The sentence's spans with each award name cut in touching pieces joined. */
export function withTouchingAwardNames(sentence: Sentence, spans: NerSpan[]): NerSpan[] {
  const tokens = sentence.tokens;
  const joined: NerSpan[] = [];
  for (const span of spans) {
    const previous = joined.at(-1);
    const head = tokens[span.end - 1]?.text ?? "";
    if (
      previous &&
      previous.end === span.start &&
      previous.label !== "PER" &&
      span.label !== "PER" &&
      AWARD_NAME_RE.test(head) &&
      !isListed(surfaceOf(sentence, previous)) &&
      !isListed(surfaceOf(sentence, span))
    ) {
      // "British Independent" (an organisation) + "Film Awards": a body's awards, named as one.
      const label = previous.label === "ORG" ? "ORG" : span.label;
      joined[joined.length - 1] = { start: previous.start, end: span.end, label };
      continue;
    }
    joined.push(span);
  }
  return joined;
}
