/**
 * A result or a fixture of the side a sentence is said of, where the sentence names that side
 * only through its coach or as its subject: "Tom Hale was pleased after the 2-1 Uefa Cup win over
 * Rovers", "Rovers manager Tom Hale blamed himself for the 3-1 defeat against Leeds" in a story
 * where Hale coaches Rovers → Rovers DEFEATED, or was DEFEATED by, the other side; "Hale expects
 * the Champions League clash with Leeds to be tight" → Rovers PARTICIPATED_IN the competition
 * (the other side's part is read by event-results.ts). A manager's result or fixture with no
 * other owner is his own side's; any other body named between him and it, or owning it
 * ("Leeds's win over Hull"), may be the result's, so such a sentence yields nothing.
 */

import { isFormer } from "../../domain/vocabulary.js";
import { CLUB_KEY_PREFIX } from "../3-recognize/sports-teams.js";
import type { Resolution } from "../4-resolve/resolve.js";
import type { ExtractedRelation } from "../types.js";
import {
  BODY_TYPES,
  coachedBodies,
  coachSides,
  sentenceCoach,
  sentenceSide,
} from "./coach-players.js";
import { fixtureNounAfter, fixtureSide } from "./event-results.js";
import {
  findMainSubject,
  isPossessiveMark,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
} from "./sentence-view.js";

const CONFIDENCE = 0.6;
/** Result nouns and the links before the other side: the speaker's side won, or lost. */
const WIN_NOUNS: ReadonlySet<string> = new Set(["win", "victory"]);
const LOSS_NOUNS: ReadonlySet<string> = new Set(["defeat", "loss"]);
const WIN_LINKS: ReadonlySet<string> = new Set(["over", "against"]);
const LOSS_LINKS: ReadonlySet<string> = new Set(["to", "by", "against"]);
/** Fixture links that name one other side: "clash with Leeds" (not "the tie between X and Y"). */
const FIXTURE_OTHER_LINKS: ReadonlySet<string> = new Set(["with", "against", "v", "vs"]);
/** Most describing tokens between a result's determiner and its noun: "the 2-1 Uefa Cup win". */
const MAX_DESCRIPTORS = 4;
/** A describing token: "3-1", "first", "hard-fought". */
const DESCRIPTOR_RE = /^([a-z][a-z-]*|\d{1,2}-\d{1,2})$/;
/** Words that own a result as the speaker's side's: "their win", "the win", "his side's win". */
const OWN_DETERMINERS: ReadonlySet<string> = new Set(["the", "their", "a"]);
/** Nouns for the speaker's side before a possessive: "his team's", "his side's". */
const SIDE_NOUNS: ReadonlySet<string> = new Set(["team", "side"]);
/** Words before a side noun that make it the speaker's: "his side's", "their team's". */
const SIDE_NOUN_OWNERS: ReadonlySet<string> = new Set(["his", "her", "their", "the"]);
/**
 * Words before a result that place it as done, a time or occasion: "after the win over", "in
 * their defeat to", "during the 2-1 win over", "since the loss to".
 */
const DONE_RESULT_LEADS: ReadonlySet<string> = new Set([
  "after",
  "in",
  "during",
  "following",
  "since",
  "from",
]);
/** A time's possessive before a result or a fixture: "Saturday's", "last night's". */
const TIME_POSSESSOR_RE = /^([a-z]+day|weekend|night|week|afternoon|evening)$/;

/** The unit starting at token `at`, or undefined. */
function unitAt(ctx: SentenceContext, at: number): Unit | undefined {
  return ctx.units[ctx.unitStartingAt[at] ?? -1];
}

/**
 * Where a phrase ending before token `end` starts once its describing tokens are passed ("the
 * 2-1 Uefa Cup"), with the events among them; undefined when more than those stand there or
 * another body owns it.
 */
function phraseStart(
  ctx: SentenceContext,
  end: number,
): { start: number; events: Unit[] } | undefined {
  const events: Unit[] = [];
  let j = end - 1;
  for (let described = 0; j >= 0 && described <= MAX_DESCRIPTORS; described++) {
    const covering = ctx.unitCovering[j] ?? -1;
    if (covering >= 0) {
      const unit = ctx.units[covering]!;
      if (unit.type !== "EVENT" || unit.isDemonym) return undefined;
      events.push(unit);
      j = unit.tokenStart - 1;
      continue;
    }
    if (!DESCRIPTOR_RE.test(ctx.words[j]!) || OWN_DETERMINERS.has(ctx.words[j]!)) break;
    if (DONE_RESULT_LEADS.has(ctx.words[j]!)) return { start: j + 1, events };
    j--;
  }
  if (j < 0) return undefined;
  const word = ctx.words[j]!;
  if (OWN_DETERMINERS.has(word)) return { start: j, events };
  // "his side's 3-1 win", "Saturday's clash".
  if (isPossessiveMark(word) && (ctx.unitCovering[j - 1] ?? -1) < 0) {
    const owner = ctx.words[j - 1] ?? "";
    if (SIDE_NOUNS.has(owner) && SIDE_NOUN_OWNERS.has(ctx.words[j - 2] ?? ""))
      return { start: j - 2, events };
    if (TIME_POSSESSOR_RE.test(owner)) return { start: j - 1, events };
  }
  return undefined;
}

/** Pronouns of one person owning a result: "his side's" is the nearest man's. */
const PERSON_OWNERS: ReadonlySet<string> = new Set(["his", "her"]);

/**
 * Whether a body other than the side stands between the sentence's anchor and the phrase at
 * token `at`, or, for "his side's", another person ("X criticised referee Y after his side's…").
 */
function otherOwnerBetween(ctx: SentenceContext, anchor: Unit, at: number, side: number): boolean {
  const isPersonOwned = PERSON_OWNERS.has(ctx.words[at] ?? "");
  return ctx.units.some(
    (unit) =>
      (BODY_TYPES.has(unit.type) || (isPersonOwned && unit.type === "PERSON")) &&
      unit.entity !== side &&
      unit.entity !== anchor.entity &&
      unit.tokenStart >= anchor.tokenEnd &&
      unit.tokenStart < at,
  );
}

/**
 * The side a sentence is said of, and the unit (its coach, itself, or its player) that names it.
 * A player's club is read only against another club (`clubOnly`): "Chelsea's X was ruled out of
 * the World Cup qualifier against Wales" is his country's fixture.
 */
interface Anchor {
  anchor: Unit;
  side: number;
  clubOnly: boolean;
}

/** The side a sentence is said of through its coach, as its subject, or through its player. */
function sentenceAnchor(
  ctx: SentenceContext,
  sides: ReadonlyMap<number, number>,
  coached: ReadonlySet<number>,
  clubs: ReadonlyMap<number, number>,
): Anchor | undefined {
  const coach = sentenceCoach(ctx, sides);
  if (coach) return { anchor: coach, side: sides.get(coach.entity)!, clubOnly: false };
  const subject = sentenceSide(ctx, coached);
  if (subject) return { anchor: subject, side: subject.entity, clubOnly: false };
  const main = findMainSubject(ctx);
  const club = main?.type === "PERSON" ? clubs.get(main.entity) : undefined;
  return main && club !== undefined ? { anchor: main, side: club, clubOnly: true } : undefined;
}

/** The club each player plays for now, for players the relations so far give one side, a club. */
function playerClubs(
  known: readonly ExtractedRelation[],
  keys: readonly string[],
): Map<number, number> {
  const sides = new Map<number, Set<number>>();
  for (const relation of known) {
    if (relation.type !== "PLAYS_FOR" || isFormer(relation)) continue;
    const set = sides.get(relation.subject) ?? new Set<number>();
    set.add(relation.object);
    sides.set(relation.subject, set);
  }
  const clubs = new Map<number, number>();
  for (const [player, set] of sides) {
    const [only] = set;
    if (set.size === 1 && isClubKey(keys[only!])) clubs.set(player, only!);
  }
  return clubs;
}

/** Whether an entity's key is a listed club's. */
function isClubKey(key: string | undefined): boolean {
  return key?.startsWith(CLUB_KEY_PREFIX) === true;
}

/** Whether the other side of a result or fixture may meet the anchor's side. */
function isSideMet(found: Anchor, other: Unit, keys: readonly string[]): boolean {
  return !found.clubOnly || isClubKey(keys[other.entity]);
}

/** An INFERRED relation of the anchor's side, its evidence from the anchor to the other end. */
function sideRelation(
  ctx: SentenceContext,
  subject: number,
  object: number,
  type: "DEFEATED" | "PARTICIPATED_IN",
  predicate: string,
  anchor: Unit,
  other: Unit,
): ExtractedRelation {
  const relation = makeRelation(
    ctx,
    subject,
    object,
    type,
    predicate,
    CONFIDENCE,
    spanOf(ctx, anchor, other),
    { inferred: "sentence's side" },
  );
  relation.provenance = "INFERRED";
  return relation;
}

/** The results of one sentence's side: "the 2-1 Uefa Cup win over Graz". */
function sideResults(
  ctx: SentenceContext,
  found: Anchor,
  keys: readonly string[],
): ExtractedRelation[] {
  const { anchor, side } = found;
  const relations: ExtractedRelation[] = [];
  for (let i = anchor.tokenEnd; i < ctx.words.length; i++) {
    const noun = ctx.words[i]!;
    const isWin = WIN_NOUNS.has(noun);
    if ((!isWin && !LOSS_NOUNS.has(noun)) || (ctx.unitCovering[i] ?? -1) >= 0) continue;
    const link = ctx.words[i + 1] ?? "";
    if (!(isWin ? WIN_LINKS : LOSS_LINKS).has(link)) continue;
    const other = unitAt(ctx, i + 2);
    if (!other || other.isDemonym || !BODY_TYPES.has(other.type) || other.entity === side) continue;
    if (isPossessiveMark(ctx.words[other.tokenEnd]) || !isSideMet(found, other, keys)) continue;
    const phrase = phraseStart(ctx, i);
    if (!phrase || !DONE_RESULT_LEADS.has(ctx.words[phrase.start - 1] ?? "")) continue;
    if (otherOwnerBetween(ctx, anchor, phrase.start, side)) continue;
    const [winner, loser] = isWin ? [side, other.entity] : [other.entity, side];
    relations.push(sideRelation(ctx, winner, loser, "DEFEATED", `${noun} ${link}`, anchor, other));
    for (const event of phrase.events)
      relations.push(sideRelation(ctx, side, event.entity, "PARTICIPATED_IN", noun, anchor, event));
  }
  return relations;
}

/** The competitions of one sentence's side's fixtures: "the Champions League clash with Leeds". */
function sideFixtures(
  ctx: SentenceContext,
  found: Anchor,
  keys: readonly string[],
): ExtractedRelation[] {
  const { anchor, side } = found;
  const relations: ExtractedRelation[] = [];
  for (const event of ctx.units) {
    if (event.type !== "EVENT" || event.isDemonym || event.tokenStart < anchor.tokenEnd) continue;
    const noun = fixtureNounAfter(ctx, event);
    if (noun < 0 || !FIXTURE_OTHER_LINKS.has(ctx.words[noun + 1] ?? "")) continue;
    const other = fixtureSide(ctx, noun + 2);
    if (!other || !BODY_TYPES.has(other.type) || other.entity === side) continue;
    if (!isSideMet(found, other, keys)) continue;
    const phrase = phraseStart(ctx, event.tokenEnd);
    if (!phrase || otherOwnerBetween(ctx, anchor, phrase.start, side)) continue;
    relations.push(
      sideRelation(ctx, side, event.entity, "PARTICIPATED_IN", ctx.words[noun]!, anchor, event),
    );
  }
  return relations;
}

/**
 * DEFEATED and PARTICIPATED_IN of the side a sports sentence is said of through its coach or as
 * its subject, once the model and the article's roles have found the coaches.
 */
export function relateSideSentenceResults(
  contexts: readonly SentenceContext[],
  resolution: Resolution,
  known: readonly ExtractedRelation[],
  isSport: boolean,
): ExtractedRelation[] {
  if (!isSport) return [];
  const sides = coachSides(known, resolution);
  const coached = coachedBodies(known, resolution);
  const keys = resolution.entities.map((entity) => entity.key);
  const clubs = playerClubs(known, keys);
  const relations: ExtractedRelation[] = [];
  for (const ctx of contexts) {
    const found = sentenceAnchor(ctx, sides, coached, clubs);
    if (!found) continue;
    relations.push(...sideResults(ctx, found, keys));
    relations.push(...sideFixtures(ctx, found, keys));
  }
  return relations;
}
