/**
 * Taking part read off a result at an event: "Kenteris, who won the 200m title at the 2000 Sydney
 * Games", "Pavey came fifth in the 5,000m at the Athens Olympics", "Johnson finished seventh in last
 * year's Olympic Games" → PARTICIPATED_IN. A result was achieved, so the athlete took part; a
 * hoped-for one ("hopes to win gold at next month's championships") or a withdrawal is none.
 */

import {
  FIXTURE_LINKS,
  FIXTURE_NOUNS,
  FIXTURE_VERBS,
  HOME_NATION_KEYS,
  MATCH_EVENT_LINK_WORDS,
  MATCH_NOUNS,
} from "../model/lexicons/sport-cues.js";
import { RESULT_VERBS } from "../model/news-roles.js";
import type { ExtractedRelation } from "../types.js";
import {
  coordinatedFrom,
  findMainSubject,
  isPossessiveMark,
  isRoleOwnerBefore,
  relationBetween,
  type SentenceContext,
  type Unit,
  unitAfter,
} from "./sentence-view.js";
import { findSubjectLeft, isDoneRelative } from "./verbs.js";

/** Most tokens between a result verb and the "at"/"in" before its event ("won the men's 200m title at"). */
const MAX_RESULT_GAP = 8;
/** Tokens that end the result's clause: the event after them belongs to another. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  ",",
  ";",
  ":",
  "and",
  "but",
  "while",
  "after",
  "before",
  "when",
  "since",
  "as",
]);
/** Words between "at"/"in" and an event that say it is still to come ("next month's"). */
const FUTURE_WORDS: ReadonlySet<string> = new Set(["next", "upcoming", "forthcoming", "coming"]);
/** Words between "at"/"in" and the event's name ("the", "last year's", "Sunday's"). */
const MAX_EVENT_LEAD = 3;

const CONFIDENCE = 0.7;

/** The "at"/"in" token before an event unit, past "the", "last year's", "Sunday's"; -1 if none or if the event is to come. */
export function linkBefore(ctx: SentenceContext, event: Unit): number {
  for (let j = event.tokenStart - 1; j >= 0 && event.tokenStart - j <= MAX_EVENT_LEAD + 1; j--) {
    const word = ctx.words[j]!;
    if (word === "at" || word === "in") return j;
    if (FUTURE_WORDS.has(word) || ctx.unitCovering[j]! >= 0) return -1;
  }
  return -1;
}

/** "5,000m": a comma written inside a number, touching the tokens on both sides. */
function isInsideNumber(ctx: SentenceContext, j: number): boolean {
  const tokens = ctx.sentence.tokens;
  const [before, comma, after] = [tokens[j - 1], tokens[j], tokens[j + 1]];
  return (
    before !== undefined &&
    comma !== undefined &&
    after !== undefined &&
    before.end === comma.start &&
    comma.end === after.start
  );
}

/**
 * Verbs of a match's outcome that, in a sports story, state taking part in the event after them:
 * "Wales lost all five matches in the Six Nations", "X scored twice in the FA Cup final".
 */
const SPORT_RESULT_VERBS: ReadonlySet<string> = new Set(["lost", "scored", "played"]);

/** PARTICIPATED_IN from results stated at events in one sentence. */
export function relateEventResults(ctx: SentenceContext, isSport = false): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (const event of ctx.units) {
    if (event.type !== "EVENT" || event.isDemonym) continue;
    const link = linkBefore(ctx, event);
    if (link < 0) continue;
    let verb = -1;
    for (let j = link - 1; j >= 0 && link - j <= MAX_RESULT_GAP; j--) {
      const word = ctx.words[j]!;
      if (RESULT_VERBS.has(word) || (isSport && SPORT_RESULT_VERBS.has(word))) {
        verb = j;
        break;
      }
      if ((CLAUSE_BREAKS.has(word) && !isInsideNumber(ctx, j)) || ctx.unitCovering[j]! >= 0) break;
    }
    if (verb < 0) continue;
    const found = findSubjectLeft(ctx, verb);
    // "Kenteris, who won": findSubjectLeft marks a relative's antecedent hedged; it is certain here.
    const relative = isDoneRelative(ctx, verb);
    if (!found || found.negated || (found.hedged && !relative) || found.pronoun) continue;
    for (const athlete of found.subjects) {
      // A club or a national side takes part in a sports story: "Wales lost all five matches in".
      const isSide = isSport && athlete.type === "ORGANIZATION";
      if (athlete.type !== "PERSON" && athlete.type !== "COUNTRY" && !isSide) continue;
      relations.push(
        relationBetween(ctx, athlete, event, "PARTICIPATED_IN", ctx.words[verb]!, CONFIDENCE),
      );
    }
  }
  return relations;
}

/** Most tokens between a match's loser and the "at"/"in" before its event ("6-2 6-4 in the final of"). */
const MAX_MATCH_TO_EVENT = 10;
/** Most words between that "at"/"in" and the event's name ("the quarter-finals of the"). */
const MAX_STAGE_WORDS = 5;
/** Tokens of a score or a stage between a match and its event: "6-7", "(2-7)", "final". */
const MATCH_GAP_RE = /^([a-z][a-z-]*|\d+(-\d+)?|[()-])$/;
/** Words that end the match's clause: an event after them is another's. */
const MATCH_BREAKS: ReadonlySet<string> = new Set([
  ...CLAUSE_BREAKS,
  "where",
  "who",
  "which",
  "then",
  "will",
  "would",
]);

/** The EVENT unit a match ending at token `from` was played in: "... 6-3 at the Dubai Open", "in the final of the Sydney International". */
export function matchEvent(ctx: SentenceContext, from: number): Unit | undefined {
  let link = -1;
  for (let j = from; j < ctx.words.length && j - from <= MAX_MATCH_TO_EVENT; j++) {
    const word = ctx.words[j]!;
    if (ctx.unitCovering[j]! >= 0) return undefined;
    if (word === "at" || word === "in") {
      link = j;
      break;
    }
    if (MATCH_BREAKS.has(word) || !MATCH_GAP_RE.test(word)) return undefined;
  }
  if (link < 0) return undefined;
  for (let j = link + 1; j < ctx.words.length && j - link <= MAX_STAGE_WORDS + 1; j++) {
    const index = ctx.unitCovering[j]!;
    if (index >= 0) {
      const unit = ctx.units[index]!;
      return (unit.type === "EVENT" || unit.type === "OTHER") &&
        !unit.isDemonym &&
        unit.tokenStart === j
        ? unit
        : undefined;
    }
    const word = ctx.words[j]!;
    if (FUTURE_WORDS.has(word) || MATCH_BREAKS.has(word) || !MATCH_GAP_RE.test(word))
      return undefined;
  }
  return undefined;
}

/**
 * The two sides of a match a sentence reports (in a sports story, or two players in any), and the event it names right
 * after it: "Calleri beat Novak 7-5 6-1 at the Mexican Open", "a shock defeat to Dent in the
 * quarter-finals of the Adelaide International" → both PARTICIPATED_IN the event. `defeats` are the
 * DEFEATED relations the rules read in this sentence.
 */
export function relateMatchEvents(
  ctx: SentenceContext,
  defeats: readonly ExtractedRelation[],
  isSport: boolean,
): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (const defeat of defeats) {
    if (defeat.type !== "DEFEATED" || defeat.evidence.sentenceIndex !== ctx.sentence.index)
      continue;
    const sides = ctx.units.filter(
      (unit) => unit.entity === defeat.subject || unit.entity === defeat.object,
    );
    const winner = sides.find((unit) => unit.entity === defeat.subject);
    const loser = sides.find((unit) => unit.entity === defeat.object);
    if (!winner || !loser) continue;
    // Outside a sports story (a tennis report with few sport words) only a player over a player.
    if (!isSport && (winner.type !== "PERSON" || loser.type !== "PERSON")) continue;
    const event = matchEvent(ctx, Math.max(winner.tokenEnd, loser.tokenEnd));
    if (!event) continue;
    for (const side of [winner, loser])
      relations.push(
        relationBetween(ctx, side, event, "PARTICIPATED_IN", defeat.predicate, CONFIDENCE),
      );
  }
  return relations;
}

/** Most describing tokens between a side's possessive and the competition ("Boro's 2-1 Uefa Cup win"). */
const MAX_POSSESSIVE_GAP = 3;
/** A describing token there: "2-1", "first", "last-gasp". */
const DESCRIBING_RE = /^([a-z][a-z-]*|\d+-\d+)$/;
/** Who plays in a competition: a club, or a side named by its country or town; players are left out. */
const COMPETING_TYPES: ReadonlySet<string> = new Set(["ORGANIZATION", "COUNTRY", "PLACE"]);

/** Possessive pronouns a side's match may be owned by: "their Carling Cup tie". */
const OWNER_PRONOUNS: ReadonlySet<string> = new Set(["their", "its"]);

/**
 * The side a possessive pronoun at `at` stands for: the sentence's first name, a side that is its
 * subject ("Rangers are out after their Uefa Cup exit") or owns its subject's role ("Rangers
 * manager X accepts … their Uefa Cup exit"), with no other body named before the pronoun.
 */
function pronounOwner(ctx: SentenceContext, at: number): Unit | undefined {
  const [first] = ctx.units;
  if (!first || first.tokenEnd > at || !COMPETING_TYPES.has(first.type) || first.isDemonym)
    return undefined;
  if (first.tokenStart > 1 || isPossessiveMark(ctx.words[first.tokenEnd])) return undefined;
  if (findMainSubject(ctx)?.entity !== first.entity && !isRoleOwnerBefore(ctx, first))
    return undefined;
  const others = ctx.units.filter(
    (unit) =>
      unit.tokenEnd <= at &&
      unit.entity !== first.entity &&
      unit.type !== "PERSON" &&
      unit.type !== "EVENT",
  );
  // "Rangers manager X": the role's person is the side's own, any other body may own the pronoun.
  return others.length === 0 ? first : undefined;
}

/**
 * In a sports story, a side's possessive before a competition and a match noun: "Chelsea's
 * Champions League defeat at Barcelona", "Boro's 2-1 Uefa Cup win", "England's Six Nations opener"
 * → the side PARTICIPATED_IN the competition (a played match, or a run in it).
 */
export function relateSideCompetitions(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (const event of ctx.units) {
    if (event.type !== "EVENT" || event.isDemonym) continue;
    if (!MATCH_NOUNS.has(ctx.words[event.tokenEnd] ?? "")) continue;
    let j = event.tokenStart - 1;
    while (
      j > 0 &&
      event.tokenStart - j <= MAX_POSSESSIVE_GAP &&
      ctx.unitCovering[j]! < 0 &&
      !isPossessiveMark(ctx.words[j]) &&
      !OWNER_PRONOUNS.has(ctx.words[j]!) &&
      DESCRIBING_RE.test(ctx.words[j]!) &&
      !MATCH_EVENT_LINK_WORDS.has(ctx.words[j]!)
    )
      j--;
    // "Rangers manager X accepts … their Uefa Cup exit": the sentence's side owns the pronoun.
    const owned = OWNER_PRONOUNS.has(ctx.words[j] ?? "") ? pronounOwner(ctx, j) : undefined;
    if (!owned && (j < 1 || !isPossessiveMark(ctx.words[j]))) continue;
    const index = owned ? -1 : ctx.unitCovering[j - 1]!;
    const side = owned ?? (index >= 0 ? ctx.units[index] : undefined);
    if (!side || side.isDemonym || !COMPETING_TYPES.has(side.type)) continue;
    if (!owned && side.tokenEnd !== j) continue;
    // "the Londoners' FA Cup defeat": a nickname, not the side's name.
    if (side.entity === event.entity || ctx.words[side.tokenStart - 1] === "the") continue;
    relations.push(
      relationBetween(
        ctx,
        side,
        event,
        "PARTICIPATED_IN",
        `'s ${ctx.words[event.tokenEnd]}`,
        CONFIDENCE,
      ),
    );
  }
  return relations;
}

/** Most describing words between a competition's name and its match noun ("Champions League first-leg tie"). */
const MAX_FIXTURE_WORDS = 2;
/** A describing word there: "first-leg", "quarter-final", "2-1". */
const FIXTURE_WORD_RE = /^([a-z][a-z-]*|\d{1,3}-\d{1,3})$/;
/** Who plays a fixture: a side named by club, country or town, or a player. */
const FIXTURE_SIDE_TYPES: ReadonlySet<string> = new Set([...COMPETING_TYPES, "PERSON"]);
/** "take on Ireland in the Six Nations": the two-word verb's first words. */
const TAKE_ON_VERBS: ReadonlySet<string> = new Set(["take", "takes", "took", "taking"]);
/** Words after a competition's name that make the event another, held before it: "the Australian Open warm-up event". */
const LEAD_UP_WORDS: ReadonlySet<string> = new Set([
  "warm-up",
  "build-up",
  "qualifier",
  "qualifiers",
]);
/** Fixture words with no subject of their own: "a return against Barcelona". */
const FIXTURE_PREPOSITIONS: ReadonlySet<string> = new Set(["against", "v", "vs", "versus"]);

/** Words that may stand between a fixture verb and its subject: "England will have to take on". */
const FIXTURE_SUBJECT_GAP: ReadonlySet<string> = new Set([
  "will",
  "have",
  "has",
  "to",
  "also",
  "now",
  "then",
  "next",
]);

/**
 * A home nation opening the sentence as a fixture verb's subject: "England will have to take on
 * Ireland in the Six Nations". The verb subjects found elsewhere are agents; a home nation is typed
 * a place, yet in a sports story it names its national side.
 */
function homeNationSubject(
  ctx: SentenceContext,
  verb: number,
  keys: readonly string[],
): Unit | undefined {
  const first = ctx.units[ctx.unitStartingAt[0] ?? -1];
  if (!first || first.type !== "PLACE" || first.isDemonym) return undefined;
  if (!HOME_NATION_KEYS.has(keys[first.entity] ?? "")) return undefined;
  for (let j = first.tokenEnd; j < verb; j++)
    if (!FIXTURE_SUBJECT_GAP.has(ctx.words[j]!)) return undefined;
  return first;
}

/** The side a fixture's other end names from token `at`: a name, not its owner's ("Chelsea's reserves"). */
export function fixtureSide(ctx: SentenceContext, at: number): Unit | undefined {
  const side = unitAfter(ctx, at, MATCH_EVENT_LINK_WORDS, 1);
  if (!side || side.isDemonym || !FIXTURE_SIDE_TYPES.has(side.type)) return undefined;
  return isPossessiveMark(ctx.words[side.tokenEnd]) ? undefined : side;
}

/** Where the match noun a competition's name qualifies stands ("tie" in "Champions League first-leg tie"), or -1. */
export function fixtureNounAfter(ctx: SentenceContext, event: Unit): number {
  for (
    let j = event.tokenEnd;
    j < ctx.words.length && j - event.tokenEnd <= MAX_FIXTURE_WORDS;
    j++
  ) {
    const word = ctx.words[j]!;
    if (ctx.unitCovering[j]! >= 0) return -1;
    // "the Heineken Cup quarter-final tie against X": the last of a run of match nouns.
    if (FIXTURE_NOUNS.has(word)) return FIXTURE_NOUNS.has(ctx.words[j + 1] ?? "") ? j + 1 : j;
    // "the Australian Open with victory over X": a link word ends the competition's phrase.
    if (!FIXTURE_WORD_RE.test(word) || MATCH_EVENT_LINK_WORDS.has(word) || FIXTURE_LINKS.has(word))
      return -1;
  }
  return -1;
}

/**
 * In a sports story, the other side of a competition's match: "the Champions League tie against
 * Leverkusen", "the Six Nations defeat by Wales", "the Carling Cup meeting with West Ham", "the
 * Uefa Cup exit at the hands of Steaua", "the FA Cup defeat at Newcastle" (a club, never a ground)
 * → the side PARTICIPATED_IN the competition. And a side met in a competition: "England play
 * Italy in the Six Nations", "a return against Barcelona in the Champions League" → the side met,
 * and the verb's named subject, PARTICIPATED_IN it.
 */
export function relateCompetitionFixtures(
  ctx: SentenceContext,
  keys: readonly string[] = [],
): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  const push = (side: Unit, event: Unit, predicate: string) => {
    if (side.entity !== event.entity)
      relations.push(relationBetween(ctx, side, event, "PARTICIPATED_IN", predicate, CONFIDENCE));
  };
  for (const event of ctx.units) {
    if (event.type !== "EVENT" || event.isDemonym) continue;
    const noun = fixtureNounAfter(ctx, event);
    if (noun < 0) continue;
    let link = ctx.words[noun + 1] ?? "";
    let at = noun + 2;
    // "exit at the hands of Steaua".
    if (link === "at" && ctx.words[noun + 2] === "the" && ctx.words[noun + 3] === "hands") {
      if (ctx.words[noun + 4] !== "of") continue;
      link = "at the hands of";
      at = noun + 5;
    } else if (link !== "at" && !FIXTURE_LINKS.has(link)) continue;
    const side = fixtureSide(ctx, at);
    // "defeat at Newcastle" names the home club; "the semi-final at Stamford Bridge" a ground.
    if (!side || (link === "at" && side.type !== "ORGANIZATION")) continue;
    // "the tie between Chelsea and West Ham", "clash with Barcelona and Milan": each side.
    const sides = link === "at" ? [side] : coordinatedFrom(ctx, side);
    for (const named of sides)
      if (FIXTURE_SIDE_TYPES.has(named.type) && !named.isDemonym)
        push(named, event, `${ctx.words[noun]} ${link}`);
  }
  for (let i = 0; i < ctx.words.length; i++) {
    if (ctx.unitCovering[i]! >= 0) continue;
    const word = ctx.words[i]!;
    const isTakeOn = TAKE_ON_VERBS.has(word) && ctx.words[i + 1] === "on";
    if (!FIXTURE_VERBS.has(word) && !isTakeOn) continue;
    const side = fixtureSide(ctx, i + (isTakeOn ? 2 : 1));
    if (!side) continue;
    const event = matchEvent(ctx, side.tokenEnd);
    // "play X at the Australian Open warm-up event": another event, before the competition.
    if (!event || event.type !== "EVENT" || LEAD_UP_WORDS.has(ctx.words[event.tokenEnd] ?? ""))
      continue;
    const predicate = isTakeOn ? `${word} on` : word;
    push(side, event, predicate);
    // "England play Italy in the Six Nations": the named subject of a verb (not of "against").
    if (FIXTURE_PREPOSITIONS.has(word)) continue;
    const found = findSubjectLeft(ctx, i);
    const home = found ? undefined : homeNationSubject(ctx, i, keys);
    if (home && home.entity !== side.entity) push(home, event, predicate);
    if (!found || found.negated || found.pronoun) continue;
    for (const subject of found.subjects)
      if (FIXTURE_SIDE_TYPES.has(subject.type) && subject.entity !== side.entity)
        push(subject, event, predicate);
  }
  return relations;
}
