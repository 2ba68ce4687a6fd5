/**
 * A part played in a work: "Foxx plays Ray Charles in Ray", "Lisa Kudrow, who played Phoebe in
 * Friends", "Swank won for playing a boxer in Million Dollar Baby" → the actor APPEARS_IN the work.
 * Read outside sports stories only ("played 90 minutes in the final"), and never "played a part in"
 * an event.
 */

import { PART_VERBS } from "../model/lexicons/work-cues.js";
import type { ExtractedRelation } from "../types.js";
import { isWork } from "./media-relations.js";
import {
  findMainSubject,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
} from "./sentence-view.js";
import { findSubjectLeft } from "./verbs.js";

/** Most tokens of the part between the verb and "in": "a prize-fighter turned gym manager". */
const MAX_PART_TOKENS = 7;
/** Tokens that end the part before any "in": the clause or the phrase is over. */
const PART_STOPS: ReadonlySet<string> = new Set([",", ";", ":", ".", "(", ")", "and", "but"]);
/** "played a key role in", "played a part in": a share in something, not a part in a work. */
const SHARE_NOUNS: ReadonlySet<string> = new Set(["part", "role", "roles", "parts", "games"]);
/** Words between "in" and the work: "in the film Ray", "in Mike Leigh's". */
const WORK_LEADS: ReadonlySet<string> = new Set(["the", "a", "new", "hit", "film", "movie"]);

const CONFIDENCE = { named: 0.7, main: 0.6 } as const;

/** The "in" after a verb at `verb`, past the part played, or -1. */
function inAfterPart(ctx: SentenceContext, verb: number): number {
  for (let j = verb + 2; j < ctx.words.length && j - verb <= MAX_PART_TOKENS + 1; j++) {
    const word = ctx.words[j]!;
    if (word === "in") return SHARE_NOUNS.has(ctx.words[j - 1]!) ? -1 : j;
    if (PART_STOPS.has(word)) return -1;
  }
  return -1;
}

/** The work unit after "in" at `at`, past "the", "the film". */
function workAfter(ctx: SentenceContext, at: number): Unit | undefined {
  let i = at + 1;
  while (i - at <= 3 && ctx.unitStartingAt[i]! < 0 && WORK_LEADS.has(ctx.words[i] ?? "")) i++;
  const unit = ctx.units[ctx.unitStartingAt[i] ?? -1];
  // "in Million Dollar Baby": the part played marks a work; a place ("Hamlet in London") needs
  // its own cue, and an event is no work here ("a part in the war").
  return unit && unit.type !== "EVENT" && isWork(ctx, unit, unit.type !== "PLACE")
    ? unit
    : undefined;
}

/** APPEARS_IN from parts played in one sentence of a story that is not sport. */
export function relateRolesPlayed(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (let verb = 1; verb < ctx.words.length; verb++) {
    if (!PART_VERBS.has(ctx.words[verb]!) || ctx.unitCovering[verb]! >= 0) continue;
    if (ctx.words[verb + 1] === "in") continue;
    const link = inAfterPart(ctx, verb);
    if (link < 0) continue;
    const work = workAfter(ctx, link);
    if (!work) continue;
    const found = findSubjectLeft(ctx, verb);
    let actors: Unit[] = [];
    let confidence: number = CONFIDENCE.named;
    if (found && !found.negated && !found.hedged) actors = found.subjects;
    else if (!found && ctx.words[verb] === "playing") {
      // "Swank won best actress for playing a boxer in Million Dollar Baby": the clause's subject.
      const main = findMainSubject(ctx);
      // "The actor, who is nominated for playing Tom Hale in Y": the part played is no actor.
      if (main && main.tokenEnd <= verb) actors = [main];
      confidence = CONFIDENCE.main;
    }
    for (const actor of actors) {
      if (actor.type !== "PERSON" || actor.isDemonym || actor.entity === work.entity) continue;
      relations.push(
        makeRelation(
          ctx,
          actor,
          work,
          "APPEARS_IN",
          `${ctx.words[verb]} … in`,
          confidence,
          spanOf(ctx, actor, work),
        ),
      );
    }
  }
  return relations;
}
