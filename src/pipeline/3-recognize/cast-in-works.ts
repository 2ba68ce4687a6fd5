/**
 * Titles an actor is cast in: "her role in Vera Drake", "he starred in The Godfather", "roles in
 * Brookside, My Family…". The tagger reads the title as a person, a firm or a place; after a
 * word of casting and "in", a name only the tagger read is a work (OTHER, cued), read over the
 * rest of its title when the tagger cut it ("Eternal Sunshine" of the Spotless Mind). A name a
 * list knows ("starred in Hollywood movies", "a role in BBC series") or one in the possessive, the
 * maker ("starred in Mike Nichols' Closer"), is left; never in a sports story ("a starring role
 * in England's win").
 */

import { CASTING_WORDS } from "../model/lexicons/work-cues.js";
import type { Sentence } from "../types.js";
import type { Candidate } from "./candidate.js";
import { findTitleEnd, stretchToTitle } from "./work-title-spans.js";

/** Marks of a possessive after a name: the name is the work's maker. */
const POSSESSIVE_RE = /^['’]s?$/;

/** Types as a cued work each name only the tagger read right after a word of casting and "in". */
export function retypeCastInWorks(
  text: string,
  sentences: readonly Sentence[],
  candidates: readonly Candidate[],
  inSportsStory: boolean,
): void {
  if (inSportsStory) return;
  for (const candidate of candidates) {
    if (candidate.source !== "tagger" || candidate.key || candidate.title) continue;
    const tokens = sentences[candidate.sentenceIndex]?.tokens ?? [];
    const { tokenStart: start, tokenEnd: end } = candidate;
    if (tokens[start - 1]?.text !== "in" || !CASTING_WORDS.has(tokens[start - 2]?.text ?? ""))
      continue;
    if (POSSESSIVE_RE.test(tokens[end]?.text ?? "")) continue;
    const titleEnd = findTitleEnd(tokens, start);
    const isCut =
      titleEnd > end &&
      !candidates.some(
        (other) =>
          other !== candidate &&
          other.sentenceIndex === candidate.sentenceIndex &&
          other.tokenStart < titleEnd &&
          other.tokenEnd > start,
      );
    if (isCut) stretchToTitle(text, tokens, candidate, start, titleEnd);
    candidate.type = "OTHER";
    candidate.isCued = true;
  }
}
