/**
 * A work's title followed by "by" and a person: "White Teeth by Zadie Smith", "Wuthering Heights
 * by Kate Bush" (CREATED). Only a name no gazetteer or list knows can be a title here: "joined on
 * stage in Berlin by X", "the raid on Baghdad by Y" name a place.
 */

import { isKnownKey } from "../3-recognize/gazetteer/gazetteer-lookups.js";
import type { ExtractedRelation } from "../types.js";
import { isAward, isWork } from "./media-relations.js";
import { makeRelation, type SentenceContext, spanOf, type Unit } from "./sentence-view.js";

const CONFIDENCE = 0.7;

/** Whether a unit may be a work's title: a thing, or a name the recogniser guessed that no list knows. */
function mayBeTitle(
  ctx: SentenceContext,
  unit: Unit,
  keys: readonly string[],
  isWorkTitle: readonly boolean[],
): boolean {
  if (unit.isDemonym || isAward(ctx, unit)) return false;
  if (unit.type !== "OTHER" && unit.type !== "ORGANIZATION" && unit.type !== "PLACE") return false;
  const key = keys[unit.entity] ?? "";
  if (isKnownKey(key)) return false;
  return isWork(ctx, unit, true) || isWorkTitle[unit.entity] === true;
}

/** "White Teeth by Zadie Smith": the person after "by" CREATED the work before it. */
export function relateWorksBy(
  ctx: SentenceContext,
  keys: readonly string[],
  isWorkTitle: readonly boolean[],
): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (const work of ctx.units) {
    if (ctx.words[work.tokenEnd] !== "by") continue;
    const after = ctx.units[ctx.unitStartingAt[work.tokenEnd + 1] ?? -1];
    if (after?.type !== "PERSON" || after.isDemonym) continue;
    if (!mayBeTitle(ctx, work, keys, isWorkTitle)) continue;
    relations.push(
      makeRelation(ctx, after, work, "CREATED", "by", CONFIDENCE, spanOf(ctx, work, after)),
    );
  }
  return relations;
}
