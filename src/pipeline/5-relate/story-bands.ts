/**
 * A player named by a band role alone in a story about one band: "Pop band Quillmoor have split
 * … A statement said frontman Tom Hale planned to spend time with his family", "surviving band
 * members Jo Bell and drummer Tom Hale" (MEMBER_OF the band, INFERRED: the band is named in
 * another sentence). The story's band is the one organisation a band's noun or a
 * member's role names ("pop band X", "X guitarist Y"); a story naming two bands says nothing of
 * whose player a bare role names. Only roles that name a band's player: a "singer" is as often a
 * solo act, and a "fellow guitarist" plays elsewhere.
 */

import { FORMER_ATTRIBUTE } from "../../domain/vocabulary.js";
import { isBandAfterGroupNoun, isBandBeforeMember } from "../3-recognize/bands.js";
import type { ExtractedRelation } from "../types.js";
import { isFormerWord } from "./former-roles.js";
import {
  coordinatedFrom,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
} from "./sentence-view.js";

const CONFIDENCE = 0.6;
/** Roles that name a band's player before a name: "drummer Tom Hale". */
const PLAYER_ROLES: ReadonlySet<string> = new Set([
  "bassist",
  "drummer",
  "guitarist",
  "keyboardist",
  "frontman",
  "frontwoman",
]);
/** Words before a role that make the player another band's or none: "fellow guitarist". */
const OTHER_PLAYER_WORDS: ReadonlySet<string> = new Set(["fellow", "another", "session", "a"]);

/** The one band a story names with a band's noun or a member's role, or undefined. */
function findStoryBand(contexts: readonly SentenceContext[]): number | undefined {
  let found: number | undefined;
  for (const ctx of contexts) {
    const tokens = ctx.sentence.tokens;
    for (const unit of ctx.units) {
      if (unit.type !== "ORGANIZATION" || unit.isDemonym) continue;
      if (
        !isBandAfterGroupNoun(tokens, unit.tokenStart) &&
        !isBandBeforeMember(tokens, unit.tokenStart, unit.tokenEnd)
      )
        continue;
      if (found !== undefined && found !== unit.entity) return undefined;
      found = unit.entity;
    }
  }
  return found;
}

/** The person units a bare role at token `i` names: "drummer Tom Hale", "band members A and B". */
function playersAt(ctx: SentenceContext, i: number): Unit[] {
  const word = ctx.words[i]!;
  const covering = ctx.units[ctx.unitCovering[i] ?? -1];
  // "Drummer Tom Hale": the person's unit may hold the role as its title.
  if (covering)
    return covering.type === "PERSON" &&
      !covering.isDemonym &&
      covering.tokenStart === i &&
      covering.nameStart === i + 1 &&
      PLAYER_ROLES.has(word)
      ? [covering]
      : [];
  const next = ctx.units[ctx.unitStartingAt[i + 1] ?? -1];
  if (next?.type !== "PERSON" || next.isDemonym) return [];
  if (PLAYER_ROLES.has(word)) return [next];
  // "band members Jo Bell and drummer Tom Hale": the list after "band members".
  if ((word === "members" || word === "member") && ctx.words[i - 1] === "band")
    return coordinatedFrom(ctx, next).filter((unit) => unit.type === "PERSON");
  return [];
}

/** Band memberships a story about one band states through its players' bare roles. */
export function relateStoryBands(contexts: readonly SentenceContext[]): ExtractedRelation[] {
  const band = findStoryBand(contexts);
  if (band === undefined) return [];
  const relations: ExtractedRelation[] = [];
  for (const ctx of contexts) {
    for (let i = 0; i < ctx.words.length - 1; i++) {
      // "Quillmoor drummer X": a band named before the role is coordination's reading.
      if (i > 0 && ctx.unitCovering[i - 1]! >= 0) continue;
      const before = ctx.words[i - 1] ?? "";
      if (OTHER_PLAYER_WORDS.has(before)) continue;
      for (const player of playersAt(ctx, i)) {
        if (player.entity === band) continue;
        const relation = makeRelation(
          ctx,
          player,
          band,
          "MEMBER_OF",
          ctx.words[i]!,
          CONFIDENCE,
          spanOf(ctx, i, player),
          isFormerWord(before) ? { [FORMER_ATTRIBUTE]: "true" } : {},
        );
        relation.provenance = "INFERRED";
        relations.push(relation);
      }
    }
  }
  return relations;
}
