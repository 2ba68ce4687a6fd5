/**
 * Results a sentence hands to a side as the object of a verb, in a sports story: "Gerrard scored
 * late to give Liverpool a 3-1 win over Olympiakos", "an own goal handed Wales victory over Italy",
 * "Hamm helped the US claim a 5-0 win over Mexico" (the side DEFEATED the other). The side the
 * result is given to is its holder, whoever the sentence's subject is; a hoped-for or denied result
 * ("could give Leeds a win over", "failed to give") yields nothing.
 */

import type { EntityType } from "../../domain/vocabulary.js";
import {
  CLAIMING_VERBS,
  GRANTING_VERBS,
  HELPING_VERBS,
  HOPE_WORDS,
  UNREAL_RESULT_WORDS,
} from "../model/lexicons/result-cues.js";
import { MODALS, NEGATORS } from "../model/lexicons/sentence-words.js";
import type { ExtractedRelation } from "../types.js";
import {
  isPossessiveMark,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
  unitAfter,
} from "./sentence-view.js";

/** Who may be given a result: a club, a national side by its country, a club by its town. */
const TEAMS: ReadonlySet<EntityType> = new Set(["ORGANIZATION", "COUNTRY", "PLACE"]);
/** Nouns of a win, and the links to the side it was over: "a 3-1 win over", "victory against". */
const WIN_NOUNS: ReadonlySet<string> = new Set(["win", "victory", "triumph"]);
const WIN_LINKS: ReadonlySet<string> = new Set(["over", "against"]);
/** Determiners that open the given result: "a 3-1 win", "their first win", bare "victory". */
const RESULT_OPENERS: ReadonlySet<string> = new Set(["a", "an", "their", "its"]);
/** A word describing the result: "3-1", "late", "first", "much-needed", "18-10". */
const DESCRIPTOR_RE = /^([a-z][a-z-]*|\d+(st|nd|rd|th)?|\d{1,3}-\d{1,3})$/;
/** Most describing tokens between the side and the result noun ("a much-needed 18-10 home win"). */
const MAX_DESCRIPTORS = 5;
/** Tokens before the verb searched for a word that makes the result unreal ("could yet give"). */
const UNREAL_REACH = 3;

const CONFIDENCE = 0.7;

/** Whether a word before the granting verb makes the result hoped for or denied. */
function isUnreal(word: string): boolean {
  return (
    MODALS.has(word) || NEGATORS.has(word) || HOPE_WORDS.has(word) || UNREAL_RESULT_WORDS.has(word)
  );
}

/** The side right before token `at` ("Liverpool" in "give Liverpool a"), when it is a plain team. */
function sideEndingAt(ctx: SentenceContext, at: number): Unit | undefined {
  const index = ctx.unitCovering[at - 1] ?? -1;
  const unit = index >= 0 ? ctx.units[index] : undefined;
  if (!unit || unit.tokenEnd !== at || unit.isDemonym || !TEAMS.has(unit.type)) return undefined;
  return isPossessiveMark(ctx.words[unit.tokenEnd]) ? undefined : unit;
}

/**
 * The token where the result phrase before the noun at `at` starts: its opener ("a 3-1 win",
 * "their first win") or, with none, its first describing word ("victory", "late victory").
 */
function resultStart(ctx: SentenceContext, at: number): number {
  let j = at - 1;
  while (j >= 0 && at - 1 - j < MAX_DESCRIPTORS && ctx.unitCovering[j]! < 0) {
    const word = ctx.words[j]!;
    if (RESULT_OPENERS.has(word)) return j;
    if (!DESCRIPTOR_RE.test(word) || GRANTING_VERBS.has(word) || CLAIMING_VERBS.has(word)) break;
    j--;
  }
  return j + 1;
}

/** Whether a word in the few before token `at` makes the result hoped for or denied. */
function isUnrealBefore(ctx: SentenceContext, at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= UNREAL_REACH; k--)
    if (isUnreal(ctx.words[k]!)) return true;
  return false;
}

/** The verb before a side ("give" in "give the US"), skipping the side's article. */
function verbBefore(ctx: SentenceContext, side: Unit): number {
  return ctx.words[side.tokenStart - 1] === "the" ? side.tokenStart - 2 : side.tokenStart - 1;
}

/**
 * The side a result noun at `at` is given to: "give Liverpool a 3-1 win", "handed Wales victory",
 * "help the US claim a 5-0 win". Undefined unless a granting verb (or "help" and a claiming verb)
 * stands right before the side, with no modal, negator or hope in the words before it.
 */
function grantedHolder(ctx: SentenceContext, at: number): Unit | undefined {
  const start = resultStart(ctx, at);
  const given = sideEndingAt(ctx, start);
  if (given) {
    const verb = verbBefore(ctx, given);
    return GRANTING_VERBS.has(ctx.words[verb] ?? "") && !isUnrealBefore(ctx, verb)
      ? given
      : undefined;
  }
  // "helped the US claim a 5-0 win": the side between "help" and its claiming verb.
  if (!CLAIMING_VERBS.has(ctx.words[start - 1] ?? "")) return undefined;
  const claimer = sideEndingAt(ctx, start - 1);
  if (!claimer) return undefined;
  const help = verbBefore(ctx, claimer);
  return HELPING_VERBS.has(ctx.words[help] ?? "") && !isUnrealBefore(ctx, help)
    ? claimer
    : undefined;
}

/** The DEFEATED relations results given to a side state in one sentence of a sports story. */
export function relateGrantedResults(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (let i = 1; i < ctx.words.length - 1; i++) {
    if (!WIN_NOUNS.has(ctx.words[i]!) || !WIN_LINKS.has(ctx.words[i + 1]!)) continue;
    const loser = unitAfter(ctx, i + 2);
    if (!loser || loser.isDemonym || !TEAMS.has(loser.type)) continue;
    if (isPossessiveMark(ctx.words[loser.tokenEnd])) continue;
    const holder = grantedHolder(ctx, i);
    if (!holder || holder.entity === loser.entity) continue;
    relations.push(
      makeRelation(
        ctx,
        holder,
        loser,
        "DEFEATED",
        `${ctx.words[i]} ${ctx.words[i + 1]}`,
        CONFIDENCE,
        spanOf(ctx, holder, loser),
      ),
    );
  }
  return relations;
}
