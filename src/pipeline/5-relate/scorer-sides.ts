/**
 * A scorer's side read from the result his score gave it, in a sports story: "Gerrard scored late
 * to give Liverpool a 3-1 win", "Mellor gave Liverpool the lead", "Kerr's header earned Everton a
 * draw", "Six Paterson penalties gave Scotland victory", "a drop goal by Uzzell gave Newport a 3-0
 * win" (PLAYS_FOR). Only the person whose score it is: an own goal anywhere in the sentence, a
 * possessive that is not the scorer's ("Kerr's error"), another name between him and the verb, or
 * a result hoped for or denied ("could give", "failed to give") yields nothing.
 */

import type { EntityType } from "../../domain/vocabulary.js";
import { GRANTING_VERBS, HOPE_WORDS, UNREAL_RESULT_WORDS } from "../model/lexicons/result-cues.js";
import { MODALS, NEGATORS } from "../model/lexicons/sentence-words.js";
import type { ExtractedRelation } from "../types.js";
import {
  isPossessiveMark,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
} from "./sentence-view.js";

/** Who may be given a result: a club, a national side by its country, a club by its town. */
const TEAMS: ReadonlySet<EntityType> = new Set(["ORGANIZATION", "COUNTRY", "PLACE"]);
/** Verbs that hand a side its result, with "earned": "earned Chelsea a draw". */
const RESULT_GIVING_VERBS: ReadonlySet<string> = new Set([
  ...GRANTING_VERBS,
  "earn",
  "earns",
  "earned",
  "earning",
]);
/** What a score gives a side: "a 3-1 win", "the lead", "a draw", "a 2-0 advantage", "a point". */
const GIVEN_RESULT_NOUNS: ReadonlySet<string> = new Set([
  "win",
  "victory",
  "triumph",
  "draw",
  "lead",
  "advantage",
  "point",
  "points",
]);
/** Words opening the given result: "a 3-1 win", "the lead", "their first win". */
const RESULT_OPENERS: ReadonlySet<string> = new Set(["a", "an", "the", "their", "its"]);
/** A word describing the result: "3-1", "late", "first", "much-needed", "18-10". */
const DESCRIPTOR_RE = /^([a-z][a-z-]*|\d+(st|nd|rd|th)?|\d{1,3}-\d{1,3})$/;
/** Most tokens from the side to the result noun ("a much-needed 18-10 home win"). */
const MAX_RESULT_TOKENS = 6;
/** Nouns of a score: "Kerr's header", "Six Paterson penalties", "a drop goal by Uzzell". */
const SCORE_NOUNS: ReadonlySet<string> = new Set([
  "goal",
  "goals",
  "header",
  "strike",
  "volley",
  "shot",
  "finish",
  "effort",
  "brace",
  "double",
  "hat-trick",
  "try",
  "tries",
  "penalty",
  "penalties",
  "free-kick",
  "kick",
  "kicks",
  "conversion",
  "boot",
]);
/** Verbs of scoring whose clause may end "to give Y a win": "scored twice to give". */
const SCORING_VERBS: ReadonlySet<string> = new Set([
  "scored",
  "scores",
  "struck",
  "strikes",
  "netted",
  "nets",
  "headed",
  "heads",
  "fired",
  "fires",
  "converted",
  "kicked",
  "kicks",
  "volleyed",
  "slotted",
  "grabbed",
  "bagged",
  "landed",
  "notched",
  "curled",
  "crossed",
  "finished",
  "added",
  "equalised",
  "pounced",
]);
/** Adverbs that may stand between a scorer and his verb: "Gerrard then scored". */
const SCORER_ADVERBS: ReadonlySet<string> = new Set(["then", "also", "later", "twice", "again"]);
/** Most lower-case tokens between a scoring verb and "to give": "a spectacular late goal". */
const MAX_SCORING_GAP = 10;
/** Words that end the scoring clause before "to give": another clause's words. */
const SCORING_GAP_BREAKS: ReadonlySet<string> = new Set([
  "and",
  "but",
  "as",
  "after",
  "while",
  "when",
  "before",
  "by",
  "than",
  "who",
  "which",
  "that",
  "against",
]);
/** Most describing tokens before a score noun: "an early", "a spectacular late". */
const MAX_SCORE_DESCRIPTORS = 4;
/** Tokens before the verb searched for a word that makes the result unreal ("could yet give"). */
const UNREAL_REACH = 3;

const CONFIDENCE = 0.7;

/** Whether a word in the few before token `at` makes the result hoped for or denied. */
function isUnrealBefore(ctx: SentenceContext, at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= UNREAL_REACH; k--) {
    const word = ctx.words[k]!;
    if (
      MODALS.has(word) ||
      NEGATORS.has(word) ||
      HOPE_WORDS.has(word) ||
      UNREAL_RESULT_WORDS.has(word)
    )
      return true;
  }
  return false;
}

/** The side given a result by the verb at `verb`: "give Liverpool a 3-1 win", "earned the Tigers a draw". */
function givenSide(ctx: SentenceContext, verb: number): Unit | undefined {
  const at = ctx.words[verb + 1] === "the" ? verb + 2 : verb + 1;
  const side = ctx.units[ctx.unitStartingAt[at] ?? -1];
  if (!side || side.isDemonym || !TEAMS.has(side.type)) return undefined;
  if (isPossessiveMark(ctx.words[side.tokenEnd])) return undefined;
  for (let j = side.tokenEnd; j < ctx.words.length && j - side.tokenEnd < MAX_RESULT_TOKENS; j++) {
    const word = ctx.words[j]!;
    if (GIVEN_RESULT_NOUNS.has(word)) return side;
    if (ctx.unitCovering[j]! >= 0) return undefined;
    if (!RESULT_OPENERS.has(word) && !DESCRIPTOR_RE.test(word)) return undefined;
  }
  return undefined;
}

/** The person unit ending right before token `at`, if it is a plain name. */
function personEndingAt(ctx: SentenceContext, at: number): Unit | undefined {
  const unit = ctx.units[ctx.unitCovering[at - 1] ?? -1];
  if (!unit || unit.tokenEnd !== at || unit.type !== "PERSON" || unit.isDemonym) return undefined;
  return unit;
}

/** Whether the person is the object of a preposition ("a cross from X"), not the scorer. */
function isAfterPreposition(ctx: SentenceContext, person: Unit): boolean {
  const before = ctx.words[person.tokenStart - 1];
  return before === "from" || before === "for" || before === "against" || before === "to";
}

/**
 * The scorer a score noun ending before token `at` names: "Kerr's late header", "Six Paterson
 * penalties", "a drop goal by student Uzzell".
 */
function scoreNounScorer(ctx: SentenceContext, at: number): Unit | undefined {
  if (!SCORE_NOUNS.has(ctx.words[at - 1] ?? "")) return undefined;
  // "a drop goal by student John Uzzell gave": the score's "by" names the scorer.
  let j = at - 2;
  while (j >= 0 && at - 2 - j < MAX_SCORE_DESCRIPTORS && ctx.unitCovering[j]! < 0) {
    if (!DESCRIPTOR_RE.test(ctx.words[j]!)) break;
    j--;
  }
  // "Kerr's late header", "Six Paterson penalties": the scorer owns or names the score.
  const owner = isPossessiveMark(ctx.words[j])
    ? personEndingAt(ctx, j)
    : personEndingAt(ctx, j + 1);
  return owner && !isAfterPreposition(ctx, owner) ? owner : undefined;
}

/** "a drop goal by student John Uzzell gave": the person after the score's "by". */
function byScorer(ctx: SentenceContext, verb: number): Unit | undefined {
  const person = personEndingAt(ctx, verb);
  if (!person) return undefined;
  let j = person.tokenStart - 1;
  while (j >= 0 && person.tokenStart - 1 - j < 2 && ctx.words[j] !== "by") j--;
  if (ctx.words[j] !== "by" || !SCORE_NOUNS.has(ctx.words[j - 1] ?? "")) return undefined;
  for (let k = j + 1; k < person.tokenStart; k++)
    if (ctx.unitCovering[k]! >= 0 || !DESCRIPTOR_RE.test(ctx.words[k]!)) return undefined;
  return person;
}

/** The scorer who is the finite verb's subject: "Mellor gave Liverpool the lead", "Kerr's header earned". */
function finiteScorer(ctx: SentenceContext, verb: number): Unit | undefined {
  const scorer = scoreNounScorer(ctx, verb) ?? byScorer(ctx, verb);
  if (scorer) return scorer;
  const at = SCORER_ADVERBS.has(ctx.words[verb - 1] ?? "") ? verb - 1 : verb;
  const person = personEndingAt(ctx, at);
  if (!person || isAfterPreposition(ctx, person) || ctx.words[person.tokenStart - 1] === "by")
    return undefined;
  return person;
}

/** The scorer of the clause "X scored twice to give": its subject, right before a scoring verb. */
function infinitiveScorer(ctx: SentenceContext, to: number): Unit | undefined {
  for (let j = to - 1; j >= 0 && to - j <= MAX_SCORING_GAP; j--) {
    const word = ctx.words[j]!;
    // "X's header was enough to give": no scoring verb before another name.
    if (ctx.unitCovering[j]! >= 0) return undefined;
    if (!SCORING_VERBS.has(word)) {
      if (SCORING_GAP_BREAKS.has(word) || !DESCRIPTOR_RE.test(word)) return undefined;
      continue;
    }
    const at = SCORER_ADVERBS.has(ctx.words[j - 1] ?? "") ? j - 1 : j;
    const person = personEndingAt(ctx, at);
    if (!person || isAfterPreposition(ctx, person) || ctx.words[person.tokenStart - 1] === "by")
      return undefined;
    return person;
  }
  return undefined;
}

/** Whether the sentence tells of an own goal: its scorer gave the result to the other side. */
function hasOwnGoal(ctx: SentenceContext): boolean {
  return ctx.words.some(
    (word, i) => word === "own-goal" || (word === "own" && SCORE_NOUNS.has(ctx.words[i + 1] ?? "")),
  );
}

/** The PLAYS_FOR relations a score's given result states in one sentence of a sports story. */
export function relateScorerSides(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  if (hasOwnGoal(ctx)) return relations;
  for (let i = 1; i < ctx.words.length - 1; i++) {
    const word = ctx.words[i]!;
    if (!RESULT_GIVING_VERBS.has(word) || ctx.unitCovering[i]! >= 0) continue;
    const side = givenSide(ctx, i);
    if (!side) continue;
    const isInfinitive = ctx.words[i - 1] === "to";
    if (isUnrealBefore(ctx, isInfinitive ? i - 1 : i)) continue;
    const scorer = isInfinitive ? infinitiveScorer(ctx, i - 1) : finiteScorer(ctx, i);
    if (!scorer || scorer.entity === side.entity) continue;
    relations.push(
      makeRelation(
        ctx,
        scorer,
        side,
        "PLAYS_FOR",
        isInfinitive ? `to ${word}` : word,
        CONFIDENCE,
        spanOf(ctx, scorer, side),
      ),
    );
  }
  return relations;
}
