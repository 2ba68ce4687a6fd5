/**
 * Backing stated in one hyphenated word (SUPPORTS, backer → backed): "the Moscow-backed candidate
 * Viktor Yanukovych", "US-backed Iyad Allawi", "Kremlin-funded Rosneft". The backer's name is joined
 * to the participle in one token before the backed one's name, with at most a few describing words
 * between. A compound naming no one after it ("a Moscow-backed plan") relates nothing, and neither
 * does a backer the recogniser did not read as a name ("state-backed").
 */

import type { ExtractedRelation } from "../types.js";
import {
  isPossessiveMark,
  lowerWordsEnd,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
} from "./sentence-view.js";

/** "Moscow-backed", "US-sponsored", "Kremlin-funded": a name joined to a participle of backing. */
const BACKED_COMPOUND_RE = /-(backed|sponsored|funded|financed|supported)$/i;
/** Most describing words between the compound and the name: "presidential candidate". */
const MAX_DESCRIBERS = 3;
const CONFIDENCE = 0.7;

/**
 * The participle of the "-backed" token a unit ends in, if any: a one-word name may span the whole
 * token ("Moscow-backed"), a longer one must stop at the hyphen ("New Delhi-backed").
 */
function backingParticiple(ctx: SentenceContext, unit: Unit): string | undefined {
  const token = ctx.sentence.tokens[unit.tokenEnd - 1];
  if (!token || (unit.tokenEnd - unit.tokenStart > 1 && token.end <= unit.end)) return undefined;
  return BACKED_COMPOUND_RE.exec(token.text)?.[1]?.toLowerCase();
}

/** SUPPORTS from "X-backed Y" compounds in one sentence. */
export function relateBackingCompounds(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (const backer of ctx.units) {
    const participle = backingParticiple(ctx, backer);
    if (!participle) continue;
    const i = lowerWordsEnd(ctx, backer.tokenEnd, MAX_DESCRIBERS);
    const backed = ctx.units[ctx.unitStartingAt[i] ?? -1];
    // "a US-backed Iraqi government": a demonym qualifies the noun; "Moscow-backed Kiev's plan": the
    // possessive's owner is not what is backed.
    if (!backed || backed.isDemonym || backed.entity === backer.entity) continue;
    if (isPossessiveMark(ctx.words[backed.tokenEnd])) continue;
    // The backed name must not itself be a compound's modifier ("US-backed Iraqi-led force").
    if (ctx.sentence.tokens[backed.tokenEnd - 1]!.text.includes("-")) continue;
    relations.push(
      makeRelation(
        ctx,
        backer,
        backed,
        "SUPPORTS",
        `-${participle}`,
        CONFIDENCE,
        spanOf(ctx, backer, backed),
      ),
    );
  }
  return relations;
}
