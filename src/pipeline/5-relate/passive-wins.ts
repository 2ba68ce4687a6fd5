/**
 * An award a sentence names before a passive "won by": "the Academy Award was won by Marlon
 * Brando", "the Grand Trophy, which was won by Jane Doe for her film Y" (the winner WON the award).
 * The award is the name right before the passive (or before ", which"); the winner is the first
 * name after "by", past a few lower-case describing words ("won by veteran actor X"), with the
 * names listed with it. A hedged passive ("could be won by", "was not won by") yields nothing: only
 * "was", "were", "is" or "been" may stand before "won".
 */

import type { EntityType } from "../../domain/vocabulary.js";
import { AWARD_NAME_RE } from "../model/lexicons/relation-triggers.js";
import type { ExtractedRelation } from "../types.js";
import {
  coordinatedFrom,
  isPossessiveMark,
  LOWER_WORD_RE,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
} from "./sentence-view.js";

/** Forms of "be" that state the win as done: "was won by", "has been won by". */
const STATED_BE: ReadonlySet<string> = new Set(["was", "were", "is", "been"]);
/** Who may win an award: a person or a band (read as an organisation). */
const WINNERS: ReadonlySet<EntityType> = new Set(["PERSON", "ORGANIZATION"]);
/** Most lower-case words between "by" and the winner ("won by veteran actor X"). */
const MAX_WINNER_LEAD = 3;

const CONFIDENCE = 0.75;

/** The unit ending right before token `at`, when it is a name and not a possessor or an adjective. */
function unitEndingAt(ctx: SentenceContext, at: number): Unit | undefined {
  const unit = ctx.units[ctx.unitCovering[at - 1] ?? -1];
  return unit && unit.tokenEnd === at && !unit.isDemonym ? unit : undefined;
}

/** The award before "was won" at `be`: "the Academy Award was", "the Grand Trophy, which was". */
function awardBefore(ctx: SentenceContext, be: number): Unit | undefined {
  const end = ctx.words[be - 1] === "which" && ctx.words[be - 2] === "," ? be - 2 : be;
  const award = unitEndingAt(ctx, end);
  if (!award || award.type === "COUNTRY" || award.type === "PERSON") return undefined;
  return AWARD_NAME_RE.test(ctx.text.slice(award.start, award.end)) ? award : undefined;
}

/** The winner after "by" at token `at`, past a few lower-case describing words. */
function winnerAfter(ctx: SentenceContext, at: number): Unit | undefined {
  for (let i = at; i < ctx.words.length && i - at <= MAX_WINNER_LEAD; i++) {
    const unit = ctx.units[ctx.unitStartingAt[i] ?? -1];
    if (unit) {
      if (!WINNERS.has(unit.type) || unit.isDemonym) return undefined;
      // "won by Brando's film": the possessor is not the winner.
      return isPossessiveMark(ctx.words[unit.tokenEnd]) ? undefined : unit;
    }
    const text = ctx.sentence.tokens[i]?.text ?? "";
    if (!LOWER_WORD_RE.test(text)) return undefined;
  }
  return undefined;
}

/** The WON relations a passive "was won by" states in one sentence. */
export function relatePassiveWins(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (let i = 1; i < ctx.words.length - 2; i++) {
    if (ctx.words[i] !== "won" || ctx.words[i + 1] !== "by") continue;
    if (!STATED_BE.has(ctx.words[i - 1]!) || ctx.unitCovering[i]! >= 0) continue;
    const award = awardBefore(ctx, i - 1);
    const first = award && winnerAfter(ctx, i + 2);
    if (!award || !first) continue;
    for (const winner of coordinatedFrom(ctx, first)) {
      if (!WINNERS.has(winner.type) || winner.entity === award.entity) continue;
      relations.push(
        makeRelation(ctx, winner, award, "WON", "won by", CONFIDENCE, spanOf(ctx, award, winner)),
      );
    }
  }
  return relations;
}
