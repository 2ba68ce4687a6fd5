/**
 * A show or a film named before "actor" or "actress" and a person, which the recogniser took for
 * an organisation or an event: "X Files actress Gillian Anderson", "Quantum Leap actor Scott
 * Bakula" (APPEARS_IN). Only a name no gazetteer or list knows: "BBC actress", "Olympics actor"
 * name an employer or an occasion.
 */

import { isKnownKey } from "../3-recognize/gazetteer/gazetteer-lookups.js";
import { PERFORMER_NOUNS } from "../model/lexicons/relation-triggers.js";
import type { ExtractedRelation } from "../types.js";
import { makeRelation, type SentenceContext, spanOf } from "./sentence-view.js";

const CONFIDENCE = 0.7;

/** "X Files actress Gillian Anderson": the person APPEARS_IN the show named before the noun. */
export function relatePerformerTitles(
  ctx: SentenceContext,
  keys: readonly string[],
): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (const work of ctx.units) {
    if (work.type !== "ORGANIZATION" && work.type !== "EVENT") continue;
    const noun = ctx.words[work.tokenEnd] ?? "";
    if (!PERFORMER_NOUNS.has(noun) || work.isDemonym) continue;
    const key = keys[work.entity] ?? "";
    if (isKnownKey(key)) continue;
    const person = ctx.units[ctx.unitStartingAt[work.tokenEnd + 1] ?? -1];
    if (person?.type !== "PERSON" || person.isDemonym) continue;
    relations.push(
      makeRelation(ctx, person, work, "APPEARS_IN", noun, CONFIDENCE, spanOf(ctx, work, person)),
    );
  }
  return relations;
}
