/**
 * Departures: "Robert Kilroy-Silk has quit the UK Independence Party", "Tom Hale, who recently
 * left Acme,", "Jo Bell resigned from the Acme board": a person who leaves an organisation was its
 * member (a party) or worked for it (else), a past role (`former: "true"`).
 */

import { FORMER_ATTRIBUTE, type RelationType } from "../../domain/vocabulary.js";
import { MODALS, NEGATORS } from "../model/lexicons/sentence-words.js";
import { PARTY_SURFACE } from "../model/news-roles.js";
import type { ExtractedRelation } from "../types.js";
import {
  isPossessiveMark,
  LOWER_WORD_RE,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
} from "./sentence-view.js";
import { findSubjectLeft } from "./verbs.js";

/** Verbs of leaving with the organisation as their object: "quit UKIP", "left Acme". */
const LEAVE_VERBS: ReadonlySet<string> = new Set(["quit", "quits", "left", "leaves"]);
/** Verbs of leaving with the organisation after "from": "resigned from the board of Acme". */
const LEAVE_FROM_VERBS: ReadonlySet<string> = new Set([
  "resigned",
  "resigns",
  "defected",
  "defects",
]);
/** "resigned from Acme's board": the board of a firm is the firm's. */
const BOARD_WORDS: ReadonlySet<string> = new Set(["board"]);
/** Lower-case words that may follow the organisation a departure leaves: "quit UKIP last week". */
const DEPARTURE_ENDS: ReadonlySet<string> = new Set([
  "and",
  "but",
  "in",
  "on",
  "at",
  "after",
  "before",
  "last",
  "this",
  "earlier",
  "when",
  "following",
  "to",
  "over",
  "amid",
  "for",
  "because",
  "saying",
  "with",
  "since",
  "as",
]);
/** Words that make the act one not done: "will quit", "is to quit", "could leave". */
export const UNDONE_WORDS: ReadonlySet<string> = new Set([
  ...MODALS,
  ...NEGATORS,
  "will",
  "to",
  "'ll",
]);

/** A place of learning, which its pupils leave as its staff do: "left Llanelli Grammar School". */
const SCHOOL_NAME_RE = /\b(School|University|College|Academy)\b/;

const CONFIDENCE = 0.7;

/**
 * The organisation a departure verb at token `verb` leaves, with the token after the phrase:
 * "quit the UK Independence Party", "resigned from Acme's board"; undefined unless the
 * organisation ends the phrase ("quit his BBC One show" leaves a show, not the broadcaster).
 */
function organisationLeft(ctx: SentenceContext, verb: number): Unit | undefined {
  let at = verb + 1;
  if (LEAVE_FROM_VERBS.has(ctx.words[verb]!)) {
    if (ctx.words[at] !== "from") return undefined;
    at++;
  }
  if (ctx.words[at] === "the") at++;
  const unit = ctx.units[ctx.unitStartingAt[at] ?? -1];
  if (unit?.type !== "ORGANIZATION" || unit.isDemonym) return undefined;
  if (SCHOOL_NAME_RE.test(ctx.text.slice(unit.start, unit.end))) return undefined;
  let end = unit.tokenEnd;
  if (isPossessiveMark(ctx.words[end])) {
    if (!BOARD_WORDS.has(ctx.words[end + 1] ?? "")) return undefined;
    end += 2;
  }
  const next = ctx.sentence.tokens[end]?.text;
  if (next !== undefined && LOWER_WORD_RE.test(next) && !DEPARTURE_ENDS.has(next)) return undefined;
  return unit;
}

/**
 * Whether a word between the subject and the verb makes the act (a departure, a change of role)
 * undone or a wish.
 */
export function isUndone(ctx: SentenceContext, from: number, verb: number): boolean {
  for (let i = from; i < verb; i++) if (UNDONE_WORDS.has(ctx.words[i]!)) return true;
  return false;
}

/** The departures one sentence states; none in a sports story, where a side's player and its manager read alike. */
export function relateDepartures(ctx: SentenceContext, isSport: boolean): ExtractedRelation[] {
  if (isSport) return [];
  const relations: ExtractedRelation[] = [];
  for (let verb = 1; verb < ctx.words.length; verb++) {
    const word = ctx.words[verb]!;
    if (!LEAVE_VERBS.has(word) && !LEAVE_FROM_VERBS.has(word)) continue;
    if (ctx.unitCovering[verb]! >= 0) continue;
    const organisation = organisationLeft(ctx, verb);
    if (!organisation) continue;
    const finding = findSubjectLeft(ctx, verb);
    // A relative clause's subject comes back hedged: what counts is the clause's own words.
    if (!finding || finding.negated || finding.pronoun) continue;
    if (isUndone(ctx, finding.from, verb)) continue;
    const type: RelationType = PARTY_SURFACE.test(
      ctx.text.slice(organisation.start, organisation.end),
    )
      ? "MEMBER_OF"
      : "WORKS_FOR";
    for (const person of finding.subjects) {
      if (person.type !== "PERSON" || person.isDemonym) continue;
      relations.push(
        makeRelation(
          ctx,
          person,
          organisation,
          type,
          word,
          CONFIDENCE,
          spanOf(ctx, person, organisation),
          { [FORMER_ATTRIBUTE]: "true" },
        ),
      );
    }
  }
  return relations;
}
