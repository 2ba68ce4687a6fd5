/**
 * Bands the tagger took for a person or a place: "Muse singer Matt Bellamy", "Linkin Park singer
 * Chester Bennington", "Blur guitarist Graham Coxon". A name right before a band role and a
 * person's name names the band the person plays in, and so do its other mentions in the article;
 * so does a name right after "band" or a kind of music's group noun ("Scottish band Snow Patrol",
 * "rock group Evanescence").
 */

import { BAND_ROLES, GROUP_NOUNS } from "../model/lexicons/coordination-cues.js";
import { PAST_PART_WORDS } from "../model/lexicons/firm-cues.js";
import { LANGUAGE_NAMES } from "../model/lexicons/language-cues.js";
import {
  BAND_GENRE_WORDS,
  CAPITALISED_GENRES,
  ORIGIN_PRONE_ROLES,
} from "../model/lexicons/music-cues.js";
import { FIRM_NAME_HEADS, ORGANIZATION_HEADS } from "../model/lexicons/name-heads.js";
import { FIRM_NAME_HEADS as BUSINESS_NAME_HEADS } from "../model/lexicons/work-cues.js";
import type { Sentence } from "../types.js";
import type { Candidate } from "./candidate.js";
import { lookupDemonym } from "./gazetteer/gazetteer-lookups.js";
import { POSSESSIVE_MARKERS } from "./gazetteer/surface-text.js";

/** A token that opens a name: "Matt", "Ian". */
const NAME_START_RE = /^\p{Lu}\p{Ll}/u;
/** "The Stone Roses" and "Stone Roses" are one band. */
const LEADING_THE_RE = /^the\s+/i;

/** A name the tagger alone guessed, which no list knows and no title of office comes with. */
function isGuessedName(candidate: Candidate): boolean {
  return candidate.source === "tagger" && !candidate.key && !candidate.title;
}

/** "ex-Blur": the past mark the tokenizer may leave joined to the name. */
const EX_RE = /^ex-?$/i;

/**
 * Whether the name at tokens [start, end) is a band: a band role and a person's name follow it,
 * and a lone word before "singer" is marked as a past band ("former Boyzone singer"), since a
 * county or an origin takes that place as often ("Devon singer", "Welsh singer").
 */
export function isBandBeforeMember(
  tokens: Sentence["tokens"],
  start: number,
  end: number,
): boolean {
  // The role first: the cheap check most names fail, before the name's own lookups.
  const role = tokens[end]?.text ?? "";
  if (!BAND_ROLES.has(role) || !NAME_START_RE.test(tokens[end + 1]?.text ?? "")) return false;
  const surface = tokens
    .slice(start, end)
    .map((token) => token.text)
    .join(" ");
  if (CAPITALISED_GENRES.has(surface) || LANGUAGE_NAMES.has(surface) || lookupDemonym(surface))
    return false;
  if (!ORIGIN_PRONE_ROLES.has(role) || end - start > 1) return true;
  const before = tokens[start - 1]?.text.toLowerCase() ?? "";
  return PAST_PART_WORDS.has(before) || EX_RE.test(before);
}

/**
 * Whether the name starting at token `start` follows a band's noun: "Scottish band Snow Patrol",
 * "boy band the Bay City Rollers", "rock group Evanescence". "Group", "duo" and "trio" name a
 * band only after a kind of music ("research group X", "comedy duo X" are no bands).
 */
export function isBandAfterGroupNoun(tokens: Sentence["tokens"], start: number): boolean {
  let at = start - 1;
  if (tokens[at]?.text.toLowerCase() === "the") at--;
  const noun = tokens[at]?.text ?? "";
  if (noun === "band") return true;
  return GROUP_NOUNS.has(noun) && BAND_GENRE_WORDS.has(tokens[at - 1]?.text ?? "");
}

/** "Island Records", "Mute Music Group": a last word only a business's or a body's name ends with. */
function hasBodyHead(tokens: Sentence["tokens"], start: number, end: number): boolean {
  for (let last = end - 1; last >= start; last--) {
    const word = tokens[last]?.text ?? "";
    if (POSSESSIVE_MARKERS.has(word)) continue;
    return (
      ORGANIZATION_HEADS.has(word) || FIRM_NAME_HEADS.has(word) || BUSINESS_NAME_HEADS.has(word)
    );
  }
  return false;
}

/**
 * "Bell's band Fightstar" with "Bell" read as a firm: the possessor of a named band is its
 * musician. Only an unlisted, uncued organisation reading changes; a listed label keeps its own,
 * and so does a name a business's head word ends ("Island Records' band Keane" is the label's act).
 */
function isBandLeader(candidate: Candidate, tokens: Sentence["tokens"]): boolean {
  if (candidate.type !== "ORGANIZATION" || candidate.isCued) return false;
  const end = candidate.tokenEnd;
  const owned = POSSESSIVE_MARKERS.has(tokens[end - 1]?.text ?? "") ? end : end + 1;
  if (owned === end + 1 && !POSSESSIVE_MARKERS.has(tokens[end]?.text ?? "")) return false;
  return (
    tokens[owned]?.text === "band" &&
    NAME_START_RE.test(tokens[owned + 1]?.text ?? "") &&
    !hasBodyHead(tokens, candidate.tokenStart, end)
  );
}

/** Retypes as organisations the guessed names an article cues as bands (a member's role, a band noun). */
export function retypeBands(sentences: readonly Sentence[], candidates: Candidate[]): Candidate[] {
  const bands = new Set<string>();
  for (const candidate of candidates) {
    if (!isGuessedName(candidate)) continue;
    const tokens = sentences[candidate.sentenceIndex]?.tokens ?? [];
    if (isBandLeader(candidate, tokens)) candidate.type = "PERSON";
    if (
      isBandBeforeMember(tokens, candidate.tokenStart, candidate.tokenEnd) ||
      isBandAfterGroupNoun(tokens, candidate.tokenStart)
    )
      bands.add(candidate.surface.replace(LEADING_THE_RE, ""));
  }
  if (bands.size === 0) return candidates;
  for (const candidate of candidates) {
    if (isGuessedName(candidate) && bands.has(candidate.surface.replace(LEADING_THE_RE, "")))
      candidate.type = "ORGANIZATION";
  }
  return candidates;
}
