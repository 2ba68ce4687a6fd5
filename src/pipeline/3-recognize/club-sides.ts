/**
 * Listed clubs' one-word names ("Chelsea", also a first name) the tagger typed a person, in a
 * story with a sport word that is not sports-heavy enough for the club table's one-word forms
 * ("his red card against Kelbrook", "a £2m move from Kelbrook", "Kelbrook's coach"): a name from
 * the club table written where a side stands is the club, in every guessed mention, unless the
 * article writes it as a person's ("Kelbrook Hale", "Ms Kelbrook", "Kelbrook, 25,"). A guessed
 * person or other name (MISC) of several words ending in a club's letters ("Kelbrook RFC") is a
 * club in any story.
 */

import {
  CLUB_MOVE_WORDS,
  CLUB_NAME_SUFFIXES,
  SIDE_NOUNS,
  SPORT_CUE_WORDS,
  TEAM_LEAD_WORDS,
} from "../model/lexicons/sport-cues.js";
import type { Sentence, Token } from "../types.js";
import type { Candidate } from "./candidate.js";
import { isLoneGuessedPerson, personSpellings } from "./lone-names.js";
import { isRugbyStory, lookupClub, makeClub } from "./sports-teams.js";

const POSSESSIVE_RE = /^['’]s?$/;

function lower(tokens: readonly Token[], at: number): string {
  return tokens[at]?.text.toLowerCase() ?? "";
}

/** "against Kelbrook", "from Kelbrook", "Kelbrook's coach", "Kelbrook team-mate": a side's place. */
function standsAsSide(tokens: readonly Token[], at: number): boolean {
  const before = lower(tokens, at - 1);
  if (TEAM_LEAD_WORDS.has(before) || CLUB_MOVE_WORDS.has(before)) return true;
  const after = POSSESSIVE_RE.test(tokens[at + 1]?.text ?? "") ? at + 2 : at + 1;
  return SIDE_NOUNS.has(lower(tokens, after)) || lower(tokens, after) === "team-mate";
}

/** Whether any word of the article is a sport word ("striker", "winger", "league"). */
function hasSportWord(sentences: readonly Sentence[]): boolean {
  return sentences.some((sentence) =>
    sentence.tokens.some((token) => SPORT_CUE_WORDS.has(token.text.toLowerCase())),
  );
}

/** The first words of the article's people of several words: "Kelbrook Hale" makes "Kelbrook" a first name. */
function firstNames(candidates: readonly Candidate[]): Set<string> {
  const names = new Set<string>();
  for (const candidate of candidates) {
    const words = candidate.surface.split(" ");
    if (candidate.type === "PERSON" && words.length > 1) names.add(words[0] ?? "");
  }
  return names;
}

/** "Kelbrook RFC": a tagger's person or other name of several words whose last word is a club's letters. */
function isSuffixedClub(candidate: Candidate): boolean {
  const words = candidate.surface.split(" ");
  return (
    (candidate.type === "PERSON" || candidate.type === "OTHER") &&
    candidate.source === "tagger" &&
    !candidate.key &&
    !candidate.title &&
    words.length > 1 &&
    CLUB_NAME_SUFFIXES.has(words.at(-1) ?? "")
  );
}

/** Retypes, in place, the guessed people whose one-word name is a listed club written as a side. */
export function retypeClubSides(
  sentences: readonly Sentence[],
  candidates: readonly Candidate[],
): Candidate[] {
  const sides = new Set<string>();
  for (const candidate of candidates) {
    if (isSuffixedClub(candidate)) candidate.type = "ORGANIZATION";
    if (!isLoneGuessedPerson(candidate) || !lookupClub(candidate.surface, true)) continue;
    const tokens = sentences[candidate.sentenceIndex]?.tokens ?? [];
    if (standsAsSide(tokens, candidate.tokenStart)) sides.add(candidate.surface);
  }
  // "O Smith (Leicester)" in a rugby story: a football club's one-word name is the town's side.
  if (sides.size === 0 || !hasSportWord(sentences) || isRugbyStory(sentences))
    return [...candidates];
  const people = personSpellings(sentences, candidates);
  const first = firstNames(candidates);
  for (const candidate of candidates) {
    const club = lookupClub(candidate.surface, true);
    if (!club || !sides.has(candidate.surface) || !isLoneGuessedPerson(candidate)) continue;
    if (people.has(candidate.surface) || first.has(candidate.surface)) continue;
    makeClub(candidate, club);
  }
  return [...candidates];
}
