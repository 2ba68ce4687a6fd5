/**
 * An award's name inside an adjective before a name: "Oscar-nominated actress Ann Lee", "the
 * Bafta-winning drama Harbour Lane", "the Oscar-nominated Tom Brack" (NOMINATED_FOR, WON). The
 * name comes right after the adjective or after a calling or a work noun; any other word makes the
 * adjective describe something else ("Oscar-winning performance in Y", "Oscar-winning films on Z").
 */

import type { RelationType } from "../../domain/vocabulary.js";
import {
  AWARD_NAME_RE,
  CREATOR_NOUNS,
  PERFORMER_NOUNS,
} from "../model/lexicons/relation-triggers.js";
import {
  APPOSED_WORK_NOUNS,
  CAST_NOUNS,
  MAKER_NOUNS,
  PRIZED_CALLING_NOUNS,
} from "../model/lexicons/work-cues.js";
import type { ExtractedRelation } from "../types.js";
import { relationBetween, type SentenceContext, type Unit } from "./sentence-view.js";

const CONFIDENCE = 0.7;
/** Most calling or work nouns between the adjective and the name: "film biopic Y". */
const MAX_LEAD = 2;
/** "-winning", "-nominated" right after the award's name, in the same token. */
const AWARD_ADJECTIVE_RE = /^-(winning|nominated)\b/;
const TYPE_BY_ADJECTIVE: Readonly<Record<string, RelationType>> = {
  winning: "WON",
  nominated: "NOMINATED_FOR",
};

/** Whether a word may stand between the adjective and the name: a calling or a work noun. */
function isLeadNoun(word: string): boolean {
  return (
    APPOSED_WORK_NOUNS.has(word) ||
    CREATOR_NOUNS.has(word) ||
    PERFORMER_NOUNS.has(word) ||
    MAKER_NOUNS.has(word) ||
    CAST_NOUNS.has(word) ||
    PRIZED_CALLING_NOUNS.has(word)
  );
}

/**
 * The name the adjective ending at token `at` describes, if a few lead nouns at most come first.
 * After a work noun the name is a title: one the recogniser took for a person ("the film biopic
 * Ray") may have joined a real person's entity, so it is not read.
 */
function describedAfter(ctx: SentenceContext, at: number): Unit | undefined {
  let afterWorkNoun = false;
  for (let i = at; i < ctx.words.length && i - at <= MAX_LEAD; i++) {
    const unit = ctx.units[ctx.unitStartingAt[i] ?? -1];
    if (unit) return afterWorkNoun && unit.type === "PERSON" ? undefined : unit;
    const word = ctx.words[i]!;
    // "Oscar-nominated movie The Aviator": a title's own "The" the name leaves out.
    if (word === "the" && i > at && ctx.unitStartingAt[i + 1]! >= 0) continue;
    if (!isLeadNoun(word)) return undefined;
    if (APPOSED_WORK_NOUNS.has(word)) afterWorkNoun = true;
  }
  return undefined;
}

/** "Oscar-nominated actress Ann Lee": the name after the adjective won or was nominated for the award. */
export function relateAwardAdjectives(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (const award of ctx.units) {
    if (award.type === "COUNTRY" || award.type === "PERSON" || award.isDemonym) continue;
    if (!AWARD_NAME_RE.test(ctx.text.slice(award.start, award.end))) continue;
    const [, adjective] = AWARD_ADJECTIVE_RE.exec(ctx.text.slice(award.end, award.end + 12)) ?? [];
    const type = adjective ? TYPE_BY_ADJECTIVE[adjective] : undefined;
    if (!type) continue;
    const named = describedAfter(ctx, award.tokenEnd);
    if (!named || named.entity === award.entity || named.isDemonym || named.type === "COUNTRY")
      continue;
    relations.push(relationBetween(ctx, named, award, type, `${adjective}`, CONFIDENCE));
  }
  return relations;
}
