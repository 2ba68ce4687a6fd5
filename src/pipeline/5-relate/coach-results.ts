/**
 * A result a coach speaks after, owned by "their" before the coach is named: "After their 3-2 win
 * over Leeds, Tom Hale said…" in a story where Hale coaches Rovers → Rovers DEFEATED Leeds
 * (INFERRED: the sentence states the result, the story the coach's side). Only a sentence that
 * opens with the result ("After their…", "Following their…") and names the coach right after its
 * comma, as the speaker.
 */

import type { Resolution } from "../4-resolve/resolve.js";
import type { ExtractedRelation } from "../types.js";
import { coachSides } from "./coach-players.js";
import { makeRelation, type SentenceContext, spanOf, type Unit } from "./sentence-view.js";

const CONFIDENCE = 0.6;
/** Words opening a sentence with a result its speaker reacts to: "After their 3-2 win". */
const RESULT_OPENERS: ReadonlySet<string> = new Set(["after", "following"]);
/** A result noun and the link before the other side: the coach's side won, or lost. */
const WIN_NOUNS: ReadonlySet<string> = new Set(["win", "victory"]);
const LOSS_NOUNS: ReadonlySet<string> = new Set(["defeat", "loss"]);
const WIN_LINKS: ReadonlySet<string> = new Set(["over", "against"]);
const LOSS_LINKS: ReadonlySet<string> = new Set(["to", "by", "against"]);
/** Most describing tokens between "their" and the noun: "their hard-fought 3-2 home win". */
const MAX_DESCRIPTORS = 4;
/** A describing token: "3-2", "first", "hard-fought". */
const DESCRIPTOR_RE = /^([a-z][a-z-]*|\d{1,2}-\d{1,2})$/;
/** Verbs of saying after the speaker: ", McClaren said:". */
const SAYING_VERBS: ReadonlySet<string> = new Set(["said", "says", "added", "admitted"]);

/** The unit starting at token `at`, or undefined. */
function unitAt(ctx: SentenceContext, at: number): Unit | undefined {
  return ctx.units[ctx.unitStartingAt[at] ?? -1];
}

/** DEFEATED between a coach's side and the other side of the result its sentence opens with. */
export function relateCoachResults(
  contexts: readonly SentenceContext[],
  resolution: Resolution,
  known: readonly ExtractedRelation[],
  isSport: boolean,
): ExtractedRelation[] {
  if (!isSport) return [];
  const sides = coachSides(known, resolution);
  const relations: ExtractedRelation[] = [];
  for (const ctx of contexts) {
    const { words } = ctx;
    if (!RESULT_OPENERS.has(words[0] ?? "") || words[1] !== "their") continue;
    let noun = 2;
    while (
      noun - 2 < MAX_DESCRIPTORS &&
      !WIN_NOUNS.has(words[noun] ?? "") &&
      !LOSS_NOUNS.has(words[noun] ?? "")
    ) {
      if (!DESCRIPTOR_RE.test(words[noun] ?? "") || ctx.unitCovering[noun]! >= 0) break;
      noun++;
    }
    const isWin = WIN_NOUNS.has(words[noun] ?? "");
    if (!isWin && !LOSS_NOUNS.has(words[noun] ?? "")) continue;
    if (!(isWin ? WIN_LINKS : LOSS_LINKS).has(words[noun + 1] ?? "")) continue;
    const other = unitAt(ctx, noun + 2);
    if (!other || other.isDemonym || other.type === "PERSON") continue;
    if (words[other.tokenEnd] !== ",") continue;
    const coach = unitAt(ctx, other.tokenEnd + 1);
    if (!coach || coach.type !== "PERSON" || !SAYING_VERBS.has(words[coach.tokenEnd] ?? ""))
      continue;
    const side = sides.get(coach.entity);
    if (side === undefined || side === other.entity) continue;
    const [winner, loser] = isWin ? [side, other] : [other, side];
    const relation = makeRelation(
      ctx,
      winner,
      loser,
      "DEFEATED",
      `their ${words[noun]} ${words[noun + 1]}`,
      CONFIDENCE,
      spanOf(ctx, 0, other, coach),
      { inferred: "speaker's side" },
    );
    relation.provenance = "INFERRED";
    relations.push(relation);
  }
  return relations;
}
