/**
 * Match results told from the loser's side or in the perfect, in a sports story: "Scotland were
 * beaten 33-15 by Samoa", "Bangor, beaten 5-1 by Newry, …", "Ireland lost 17-5 to Tunisia", "X
 * went down 6-2 7-5 to Y", "X were knocked out of the FA Cup by Y" (the agent DEFEATED the
 * subject); "Ireland have beaten Wales", "Having beaten Australia and South Africa to reach the
 * final, England …" (the subject DEFEATED each). A negated or hedged clause ("have not been beaten
 * by", "would have beaten") yields nothing.
 */

import { DETERMINERS, MODALS, NEGATORS, PREPOSITIONS } from "../model/lexicons/sentence-words.js";
import type { ExtractedRelation } from "../types.js";
import {
  coordinatedFrom,
  isPossessiveMark,
  relationBetween,
  type SentenceContext,
  type Unit,
  unitAfter,
} from "./sentence-view.js";

/** Who plays a match: people, clubs, and sides named by their country or town. */
const SIDE_TYPES: ReadonlySet<string> = new Set(["ORGANIZATION", "COUNTRY", "PLACE", "PERSON"]);
/** Participles of losing in the passive: "were beaten by", "was knocked out by". */
const PASSIVE_DEFEATS: ReadonlySet<string> = new Set([
  "beaten",
  "defeated",
  "thrashed",
  "hammered",
  "crushed",
  "routed",
  "edged",
  "outclassed",
  "stunned",
  "eliminated",
  "ousted",
  "downed",
  "knocked",
]);
/** Auxiliaries of a passive result ("were beaten"); "be" and "being" are hoped or feared for. */
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(["was", "were", "is", "are", "been"]);
/** Auxiliaries of a perfect result: "have beaten", "having beaten". */
const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(["has", "have", "had", "having"]);
/** Words that may stand between a side and its verb or inside the verb group: "have now beaten", "were well beaten". */
const VERB_GROUP_WORDS: ReadonlySet<string> = new Set([
  "already",
  "now",
  "also",
  "just",
  "well",
  "finally",
  "eventually",
]);
/** "narrowly", "comprehensively": an -ly adverb inside the verb group. */
const ADVERB_RE = /ly$/;
/** A score's token: "33-15", "(7-3)" as three tokens. */
const SCORE_TOKEN_RE = /^(\d{1,3}-\d{1,3}|\(|\))$/;
/** Most tokens of a verb group before the participle ("have not yet been"). */
const MAX_GROUP = 4;

const CONFIDENCE = 0.7;

/** The token after the scores starting at `at` ("33-15", "6-3 7-6 (7-3)"), or `at` when none. */
function afterScores(ctx: SentenceContext, at: number): number {
  let i = at;
  while (i < ctx.words.length && SCORE_TOKEN_RE.test(ctx.words[i]!)) i++;
  return i;
}

/** The side a unit names: "France's Nathalie Dechy" the player, a demonym none. */
function sideOf(ctx: SentenceContext, unit: Unit | undefined): Unit | undefined {
  if (!unit || unit.isDemonym || !SIDE_TYPES.has(unit.type)) return undefined;
  if (!isPossessiveMark(ctx.words[unit.tokenEnd])) return unit;
  const named = ctx.units[ctx.unitStartingAt[unit.tokenEnd + 1] ?? -1];
  return named?.type === "PERSON" && !named.isDemonym ? named : undefined;
}

/**
 * The side whose verb group ends right before token `verb` ("Scotland were", "Ireland have now",
 * "Ireland" before an active verb when no auxiliary is needed), when the group is neither negated
 * nor hedged and the side is no prepositional object.
 */
function groupSubject(
  ctx: SentenceContext,
  verb: number,
  auxiliaries: ReadonlySet<string>,
  needsAuxiliary = true,
): Unit | undefined {
  let j = verb - 1;
  let sawAuxiliary = false;
  for (; j >= 0 && verb - j <= MAX_GROUP; j--) {
    const word = ctx.words[j]!;
    if (ctx.unitCovering[j]! >= 0) break;
    if (NEGATORS.has(word) || MODALS.has(word)) return undefined;
    if (auxiliaries.has(word)) sawAuxiliary = true;
    else if (!VERB_GROUP_WORDS.has(word) && !ADVERB_RE.test(word) && word !== "been")
      return undefined;
  }
  if ((needsAuxiliary && !sawAuxiliary) || j < 0) return undefined;
  const unit = ctx.units[ctx.unitCovering[j]!];
  if (!unit || unit.tokenEnd !== j + 1) return undefined;
  if (PREPOSITIONS.has(ctx.words[unit.tokenStart - 1] ?? "")) return undefined;
  return isPossessiveMark(ctx.words[unit.tokenEnd]) ? undefined : sideOf(ctx, unit);
}

/** "Bangor, beaten 5-1 by Newry,": the name an apposition's participle right after its comma describes. */
function appositionSubject(ctx: SentenceContext, verb: number): Unit | undefined {
  if (ctx.words[verb - 1] !== ",") return undefined;
  const unit = ctx.units[ctx.unitCovering[verb - 2] ?? -1];
  if (!unit || unit.tokenEnd !== verb - 1) return undefined;
  if (PREPOSITIONS.has(ctx.words[unit.tokenStart - 1] ?? "")) return undefined;
  return sideOf(ctx, unit);
}

/** "Having beaten X and Y to reach the final, England …": the side opening the main clause. */
function mainClauseSide(ctx: SentenceContext, from: number): Unit | undefined {
  for (let j = from; j < ctx.words.length; j++) {
    if (ctx.words[j] !== ",") continue;
    const side = unitAfter(ctx, j + 1, DETERMINERS, 1);
    if (!side || isPossessiveMark(ctx.words[side.tokenEnd])) return undefined;
    return sideOf(ctx, side);
  }
  return undefined;
}

/** DEFEATED from passive, loss and perfect phrasings of results in one sentence of a sports story. */
export function relateResultPhrasings(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  const push = (winner: Unit | undefined, loser: Unit | undefined, predicate: string) => {
    if (!winner || !loser || winner.entity === loser.entity) return;
    relations.push(relationBetween(ctx, winner, loser, "DEFEATED", predicate, CONFIDENCE));
  };
  for (let i = 1; i < ctx.words.length - 1; i++) {
    if (ctx.unitCovering[i]! >= 0) continue;
    const word = ctx.words[i]!;
    if (PASSIVE_DEFEATS.has(word)) {
      // "were beaten 33-15 by Samoa", "were knocked out of the FA Cup by Newcastle".
      let at = afterScores(ctx, i + 1);
      let event: Unit | undefined;
      if (word === "knocked") {
        if (ctx.words[at] !== "out") continue;
        at++;
        if (ctx.words[at] === "of") {
          event = unitAfter(ctx, at + 1, DETERMINERS, 1);
          if (!event || event.type !== "EVENT") continue;
          at = event.tokenEnd;
        }
      }
      if (ctx.words[at] === "by") {
        const predicate = word === "knocked" ? "knocked out by" : `${word} by`;
        const loser = groupSubject(ctx, i, PASSIVE_AUXILIARIES) ?? appositionSubject(ctx, i);
        const winner = sideOf(ctx, unitAfter(ctx, at + 1, DETERMINERS, 1));
        push(winner, loser, predicate);
        // "knocked out of the FA Cup by Newcastle": both sides played in it.
        if (event && winner && loser && winner.entity !== loser.entity)
          for (const side of [winner, loser])
            relations.push(
              relationBetween(ctx, side, event, "PARTICIPATED_IN", predicate, CONFIDENCE),
            );
        continue;
      }
      // "Ireland have beaten Wales", "Having beaten Australia and South Africa, England…".
      if (word !== "beaten" || at !== i + 1) continue;
      const first = sideOf(ctx, unitAfter(ctx, i + 1, DETERMINERS, 1));
      if (!first) continue;
      const opening = i === 1 && ctx.words[0] === "having";
      const winner = opening
        ? mainClauseSide(ctx, first.tokenEnd)
        : groupSubject(ctx, i, PERFECT_AUXILIARIES);
      if (!winner) continue;
      for (const loser of coordinatedFrom(ctx, first)) push(winner, sideOf(ctx, loser), word);
    } else if (
      (word === "lost" || (word === "down" && ctx.words[i - 1] === "went")) &&
      SCORE_TOKEN_RE.test(ctx.words[i + 1] ?? "")
    ) {
      // "Ireland lost 17-5 to Tunisia", "went down 6-2 7-5 to France's Nathalie Dechy".
      const at = afterScores(ctx, i + 1);
      if (ctx.words[at] !== "to") continue;
      const verb = word === "down" ? i - 1 : i;
      const loser =
        groupSubject(ctx, verb, PERFECT_AUXILIARIES, false) ?? relativeSubject(ctx, verb);
      push(sideOf(ctx, unitAfter(ctx, at + 1, DETERMINERS, 1)), loser, `${ctx.words[verb]} to`);
    }
  }
  return relations;
}

/** "Youzhny, who lost 6-3 7-6 to Nadal": the relative's antecedent. */
function relativeSubject(ctx: SentenceContext, verb: number): Unit | undefined {
  if (ctx.words[verb - 1] !== "who" || ctx.words[verb - 2] !== ",") return undefined;
  const unit = ctx.units[ctx.unitCovering[verb - 3] ?? -1];
  if (!unit || unit.tokenEnd !== verb - 2) return undefined;
  if (PREPOSITIONS.has(ctx.words[unit.tokenStart - 1] ?? "")) return undefined;
  return sideOf(ctx, unit);
}
