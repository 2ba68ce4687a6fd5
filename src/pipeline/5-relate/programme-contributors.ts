/**
 * A person the sentence opens with and says is a programme's regular voice: "Tom Hale is a regular
 * commentator on the BBC World Service programme Tech Talk", "Ann Lee was the presenter of the
 * series Night Desk" (APPEARS_IN). Only a title a programme noun announces, read from the clause's
 * own subject: "a commentator on the programme" with no name, or a noun of the trade that is no
 * voice on air ("producer", "editor"), yields nothing.
 */

import { DETERMINERS } from "../model/lexicons/sentence-words.js";
import { SCREEN_WORK_NOUNS } from "../model/lexicons/work-cues.js";
import type { ExtractedRelation } from "../types.js";
import { isWork } from "./media-relations.js";
import {
  isPossessiveMark,
  LOWER_WORD_RE,
  relationBetween,
  type SentenceContext,
  type Unit,
} from "./sentence-view.js";

const CONFIDENCE = 0.7;
/** Nouns of a programme's regular voice: the one heard or seen on it. */
const CONTRIBUTOR_NOUNS: ReadonlySet<string> = new Set([
  "commentator",
  "presenter",
  "host",
  "co-host",
  "co-presenter",
  "contributor",
  "pundit",
]);
/** "on the … programme", "of the … show", "for the … series". */
const CONTRIBUTOR_PREPOSITIONS: ReadonlySet<string> = new Set(["on", "of", "for"]);
const BE_WORDS: ReadonlySet<string> = new Set(["is", "was"]);
/** Most describing words before the noun ("a regular weekly"), and between a maker and the programme noun. */
const MAX_WORDS = 3;

/** The token after "is a regular commentator on", or -1: the noun phrase of a contributor from token `at`. */
function contributorPhraseEnd(ctx: SentenceContext, at: number): number {
  let i = at;
  if (DETERMINERS.has(ctx.words[i] ?? "")) i++;
  for (let n = 0; n <= MAX_WORDS; n++, i++) {
    const word = ctx.words[i] ?? "";
    if (ctx.unitCovering[i]! >= 0 || !LOWER_WORD_RE.test(word)) return -1;
    if (CONTRIBUTOR_NOUNS.has(word))
      return CONTRIBUTOR_PREPOSITIONS.has(ctx.words[i + 1] ?? "") ? i + 2 : -1;
  }
  return -1;
}

/**
 * The title a programme noun announces from token `at`: "the BBC World Service programme Y",
 * "the show Y", "Radio 4's series Y". Only a maker's name, its possessive and a few describing
 * words may come before the noun.
 */
function programmeAfter(ctx: SentenceContext, at: number): Unit | undefined {
  let i = at;
  if (DETERMINERS.has(ctx.words[i] ?? "")) i++;
  const maker = ctx.units[ctx.unitStartingAt[i] ?? -1];
  if (maker) i = isPossessiveMark(ctx.words[maker.tokenEnd]) ? maker.tokenEnd + 1 : maker.tokenEnd;
  for (let n = 0; n < MAX_WORDS; n++, i++) {
    const word = ctx.words[i] ?? "";
    if (ctx.unitCovering[i]! >= 0 || !LOWER_WORD_RE.test(word)) return undefined;
    if (SCREEN_WORK_NOUNS.has(word)) {
      const work = ctx.units[ctx.unitStartingAt[i + 1] ?? -1];
      return work && work !== maker && isWork(ctx, work, true) ? work : undefined;
    }
  }
  return undefined;
}

/** "Tom Hale is a regular commentator on the BBC programme Tech Talk": the person APPEARS_IN the programme. */
export function relateProgrammeContributors(ctx: SentenceContext): ExtractedRelation[] {
  const person = ctx.units[ctx.unitStartingAt[0] ?? -1];
  if (person?.type !== "PERSON" || !BE_WORDS.has(ctx.words[person.tokenEnd] ?? "")) return [];
  const after = contributorPhraseEnd(ctx, person.tokenEnd + 1);
  if (after < 0) return [];
  const work = programmeAfter(ctx, after);
  if (!work || work.entity === person.entity) return [];
  const noun = ctx.words[after - 2]!;
  return [relationBetween(ctx, person, work, "APPEARS_IN", noun, CONFIDENCE)];
}
