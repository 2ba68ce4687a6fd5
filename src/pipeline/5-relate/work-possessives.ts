/**
 * A maker named in the possessive before the title of a work: "Verdi's La Traviata", "Martin
 * Scorsese's The Aviator", "director Zhang Yimou's martial arts epic Hero" (CREATED). A person's
 * possessive on a title names its author or director; a film noun between them ("Richard Gere's
 * romantic comedy Y") is said of its stars as well, so it counts only after a maker's noun. Outside
 * sport a bare title the recogniser took for an organisation or a place counts too ("Clint
 * Eastwood's Million Dollar Baby led the box office"), when no list knows the name.
 */

import { isKnownKey, isListKey } from "../3-recognize/gazetteer/gazetteer-lookups.js";
import { GENERIC_HEADS, ORGANIZATION_HEADS, PLACE_HEADS } from "../model/lexicons/name-heads.js";
import { AWARD_NAME_RE, BE_FORMS, CREATOR_NOUNS } from "../model/lexicons/relation-triggers.js";
import { MODALS, PREPOSITIONS } from "../model/lexicons/sentence-words.js";
import { HONORIFICS, PEERAGE_RANKS } from "../model/lexicons/titles-of-office.js";
import {
  APPOSED_WORK_NOUNS,
  FIRM_NAME_HEADS,
  MAKER_NOUNS,
  TITLE_FOLLOWER_WORDS,
  TITLE_INNER_WORDS,
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

/** "In" of "Born In The USA": a word starting with a capital. */
const CAPITALISED_RE = /^\p{Lu}/u;

/** What the article tells of its entities: whether it is a sports story, and each entity's key. */
export interface PossessiveStory {
  isSport: boolean;
  keys: readonly string[];
}

/** Whether the word after a title lets the title end its noun phrase (so it is no modifier). */
export function endsPhrase(word: string): boolean {
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
  // "saw director X's": the mention may take in the noun, so the name's own start counts too.
  return [person.tokenStart - 1, person.nameStart - 1].some((at) => {
    const before = ctx.words[at] ?? "";
    return CREATOR_NOUNS.has(before) || MAKER_NOUNS.has(before);
  });
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
 * Whether a unit after a possessive may be a title at all: never an award ("Brando's Academy
 * Award") nor a name modifying a noun ("Sharapova's Wimbledon triumph", "John Peel's Radio 1
 * show", "Brown's pre-Budget report").
 */
function isPlainTitle(ctx: SentenceContext, unit: Unit, afterWorkNoun: boolean): boolean {
  if (unit.isDemonym || isAward(ctx, unit)) return false;
  if (AWARD_NAME_RE.test(ctx.text.slice(unit.start, unit.end))) return false;
  if (ctx.text[unit.start - 1] === "-") return false;
  // "director X's epic Y emerge as": after a work noun the name is the title, whatever follows.
  return afterWorkNoun || endsPhrase(ctx.words[unit.tokenEnd] ?? ".");
}

/**
 * Whether a unit after a possessive is a work's title: a work or a name the article marks as one,
 * never an event ("Fleming's Christmas").
 */
function isTitle(ctx: SentenceContext, unit: Unit, isWorkTitle: readonly boolean[]): boolean {
  if (unit.type === "EVENT" || unit.type === "PERSON" || unit.type === "COUNTRY") return false;
  return isWork(ctx, unit) || (isWorkTitle[unit.entity] === true && isWork(ctx, unit, true));
}

/** "Mr Hadi's", "Sir Clive Woodward's", "Lord Byron's": a form of address, rare before an artist's own work. */
function isAddressed(ctx: SentenceContext, person: Unit): boolean {
  // "Mr" before the unit, inside its title, or as the first word of its name.
  for (let i = person.tokenStart - 1; i <= person.nameStart; i++) {
    const word = ctx.words[i] ?? "";
    if (HONORIFICS.has(word) || PEERAGE_RANKS.has(word)) return true;
  }
  return false;
}

/** A capitalised token that starts no name: the title goes on past the recognised part. */
function isLooseCapital(ctx: SentenceContext, at: number): boolean {
  const text = ctx.sentence.tokens[at]?.text ?? "";
  return CAPITALISED_RE.test(text) && ctx.unitCovering[at]! < 0;
}

/**
 * Whether a title's name stops where the recogniser cut it: not "Born" of "Born In The USA",
 * "Mistletoe" of "Mistletoe and Wine" nor "Dead Man" of "Dead Man's Shoes".
 */
export function isWholeTitle(ctx: SentenceContext, unit: Unit): boolean {
  const next = unit.tokenEnd;
  if (isPossessiveMark(ctx.words[next]) || isLooseCapital(ctx, next)) return false;
  return !(TITLE_INNER_WORDS.has(ctx.words[next] ?? "") && isLooseCapital(ctx, next + 1));
}

/**
 * Whether an organisation or a place after a person's possessive is a bare title: "Clint Eastwood's
 * Million Dollar Baby", "Giuseppe Verdi's La Traviata". Outside sport only ("Ferguson's United"),
 * a name no list knows ("Knight's Birmingham home", "Branson's Virgin") and no head word makes a
 * body, a place or a firm ("Sillerman's Sports Entertainment Enterprises"), after a person named
 * in full and not addressed ("Mr Brown's International Finance Facility"): "Howl's Moving Castle"
 * and "Whole Lotta Shakin' Goin' On" are one title each.
 */
function isBareTitle(
  ctx: SentenceContext,
  person: Unit,
  unit: Unit,
  story: PossessiveStory,
): boolean {
  if (story.isSport || (unit.type !== "ORGANIZATION" && unit.type !== "PLACE")) return false;
  const key = story.keys[unit.entity] ?? "";
  if (isKnownKey(key)) return false;
  const personKey = story.keys[person.entity] ?? "";
  if (isListKey(personKey) || !personKey.includes(" ")) return false;
  // "Meadows' film" but not "Shakin' Goin'": a bare apostrophe only closes a name ending in "s".
  const last = ctx.words[person.tokenEnd - 1] ?? "";
  if (ctx.words[person.tokenEnd] === "'" && !last.endsWith("s")) return false;
  if (isAddressed(ctx, person) || !isWholeTitle(ctx, unit)) return false;
  // "Lord Byron's Childe Harold's Pilgrimage": a possessor after a possessive is inside a title.
  if (isPossessiveMark(ctx.words[person.tokenStart - 1])) return false;
  const head = ctx.sentence.tokens[unit.tokenEnd - 1]?.text ?? "";
  return ![ORGANIZATION_HEADS, PLACE_HEADS, GENERIC_HEADS, FIRM_NAME_HEADS].some((heads) =>
    heads.has(head),
  );
}

/** "Verdi's La Traviata", "director Mike Leigh's drama Vera Drake": the person CREATED the work. */
export function relateWorkPossessives(
  ctx: SentenceContext,
  isWorkTitle: readonly boolean[],
  story: PossessiveStory,
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
    const noun = ctx.words[start - 1] ?? "";
    const afterWorkNoun = WORK_NOUNS.has(noun) || APPOSED_WORK_NOUNS.has(noun);
    if (!isPlainTitle(ctx, work, afterWorkNoun)) continue;
    if (!isTitle(ctx, work, isWorkTitle) && !isBareTitle(ctx, person, work, story)) continue;
    relations.push(
      makeRelation(ctx, person, work, "CREATED", "'s", CONFIDENCE, spanOf(ctx, person, work)),
    );
  }
  return relations;
}
