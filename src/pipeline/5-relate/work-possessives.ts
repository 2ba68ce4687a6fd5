/**
 * A maker named in the possessive before the title of a work: "Verdi's La Traviata", "Martin
 * Scorsese's The Aviator", "director Zhang Yimou's martial arts epic Hero" (CREATED). A person's
 * possessive on a title names its author or director; a film noun between them ("Richard Gere's
 * romantic comedy Y") is said of its stars as well, so it counts only after a maker's noun.
 */

import { AWARD_NAME_RE, BE_FORMS, CREATOR_NOUNS } from "../model/lexicons/relation-triggers.js";
import { MODALS, PREPOSITIONS } from "../model/lexicons/sentence-words.js";
import {
  APPOSED_WORK_NOUNS,
  MAKER_NOUNS,
  TITLE_FOLLOWER_WORDS,
  WORK_NOUNS,
} from "../model/lexicons/work-cues.js";
import type { ExtractedRelation } from "../types.js";
import { isAward, isWork } from "./media-relations.js";
import {
  isPossessiveMark,
  LOWER_WORD_RE,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
} from "./sentence-view.js";

const CONFIDENCE = 0.7;
/** Most describing words between a maker's possessive and the title: "martial arts epic". */
const MAX_LEAD = 3;

/** A word ending in "s" or "ed" after a title: a verb ("leads", "topped") or a plural. */
const VERB_ENDING_RE = /(?:s|ed)$/;

/** Whether the word after a title lets the title end its noun phrase (so it is no modifier). */
function endsPhrase(word: string): boolean {
  return (
    !LOWER_WORD_RE.test(word) ||
    PREPOSITIONS.has(word) ||
    BE_FORMS.has(word) ||
    MODALS.has(word) ||
    TITLE_FOLLOWER_WORDS.has(word) ||
    VERB_ENDING_RE.test(word)
  );
}

/** Whether the person is introduced by a maker's noun: "director Mike Leigh's", "author X's". */
function isNamedMaker(ctx: SentenceContext, person: Unit): boolean {
  const before = ctx.words[person.tokenStart - 1] ?? "";
  return CREATOR_NOUNS.has(before) || MAKER_NOUNS.has(before);
}

/**
 * The token where the title after a possessive at token `at` may start: right after it or after
 * "the" ("Scorsese's The Aviator"); after a maker's noun also over a few describing words ending
 * in a work noun ("director Mike Leigh's award-winning drama Vera Drake"). -1 when none.
 */
function titleStart(ctx: SentenceContext, at: number, maker: boolean): number {
  if (ctx.unitStartingAt[at]! >= 0) return at;
  if (ctx.words[at] === "the" && ctx.unitStartingAt[at + 1]! >= 0) return at + 1;
  if (!maker) return -1;
  for (let i = at; i < ctx.words.length && i - at < MAX_LEAD; i++) {
    const word = ctx.words[i]!;
    if (ctx.unitCovering[i]! >= 0 || !LOWER_WORD_RE.test(word)) return -1;
    if ((WORK_NOUNS.has(word) || APPOSED_WORK_NOUNS.has(word)) && ctx.unitStartingAt[i + 1]! >= 0)
      return i + 1;
  }
  return -1;
}

/**
 * Whether a unit after a possessive is a work's title: a work or a name the article marks as one,
 * never an award ("Brando's Academy Award") or an event ("Fleming's Christmas"), nor a name
 * modifying a noun ("Sharapova's Wimbledon triumph", "John Peel's Radio 1 show", "Brown's
 * pre-Budget report").
 */
function isTitle(ctx: SentenceContext, unit: Unit, isWorkTitle: readonly boolean[]): boolean {
  if (unit.type === "EVENT" || unit.type === "PERSON" || unit.type === "COUNTRY") return false;
  if (unit.isDemonym || isAward(ctx, unit)) return false;
  if (AWARD_NAME_RE.test(ctx.text.slice(unit.start, unit.end))) return false;
  if (ctx.text[unit.start - 1] === "-" || !endsPhrase(ctx.words[unit.tokenEnd] ?? "."))
    return false;
  return isWork(ctx, unit) || (isWorkTitle[unit.entity] === true && isWork(ctx, unit, true));
}

/** "Verdi's La Traviata", "director Mike Leigh's drama Vera Drake": the person CREATED the work. */
export function relateWorkPossessives(
  ctx: SentenceContext,
  isWorkTitle: readonly boolean[],
): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (const person of ctx.units) {
    if (person.type !== "PERSON" || person.isDemonym) continue;
    // "The Hitchhiker's Guide To The Galaxy": a possessive inside a title.
    if (ctx.sentence.tokens[person.tokenStart - 1]?.text === "The") continue;
    if (!isPossessiveMark(ctx.words[person.tokenEnd])) continue;
    const start = titleStart(ctx, person.tokenEnd + 1, isNamedMaker(ctx, person));
    if (start < 0) continue;
    const work = ctx.units[ctx.unitStartingAt[start]!]!;
    if (!isTitle(ctx, work, isWorkTitle)) continue;
    relations.push(
      makeRelation(ctx, person, work, "CREATED", "'s", CONFIDENCE, spanOf(ctx, person, work)),
    );
  }
  return relations;
}
