/**
 * Sporting events the tagger typed an organisation, a place or "other" ("won the London
 * Marathon", "at the SAP Open", "the Birmingham Grand Prix", "will run in the European Indoors"):
 * an unlisted name of two words or more whose last word is an event's head ("Marathon", "Grand
 * Prix", "Indoors") is the event. "Open", "Classic", "Cup" end firms' names too: such a name is
 * the event only in a story about sport, when one of its mentions is used as one (after "the",
 * "at", "won", a year). Every mention of the name then becomes the event's, unless one reads it
 * as the body that runs the event ("James Hale, chairman of the Leeds Marathon"). Not "Open
 * University" or "Cup Winners' Committee": the head must end the name; not a firm's "Harbour
 * Open" outside a story about sport.
 */
import {
  CONTEST_SPORT_WORDS,
  EVENT_NAME_HEADS,
  EVENT_USE_LEADS,
  SPORT_EVENT_NAME_HEADS,
} from "../model/lexicons/event-name-heads.js";
import { JOB_NOUNS } from "../model/lexicons/job-nouns.js";
import type { Sentence, Token } from "../types.js";
import type { Candidate } from "./candidate.js";
import { lookupCompetition } from "./sports-teams.js";
import { lookupTitle } from "./titles.js";

const CAPITALISED_RE = /^\p{Lu}/u;
/** "2005 London Marathon": a year before the name. */
const YEAR_RE = /^(?:19|20)\d\d$/;
const POSSESSIVE_RE = /(?:'s|'|’s|’)$/u;
/** Longest name retyped, in words ("Dubai Duty Free Tennis Open"). */
const MAX_NAME_WORDS = 5;

/** The name a candidate reads, without a possessive ("London Marathon's" → "London Marathon"). */
function nameOf(candidate: Candidate): string {
  return candidate.surface.replace(POSSESSIVE_RE, "");
}

/**
 * Whether a candidate is an unlisted capitalised name ending in an event's head word: "sure"
 * for one only an event ends in ("London Marathon"), "sport" for one that needs its use
 * ("SAP Open"), undefined for none.
 */
function eventShape(candidate: Candidate, aboutSport: boolean): "sure" | "sport" | undefined {
  if (candidate.type !== "ORGANIZATION" && candidate.type !== "OTHER" && candidate.type !== "PLACE")
    return undefined;
  if (candidate.source !== "tagger" || candidate.key !== undefined) return undefined;
  const words = nameOf(candidate).split(" ");
  // "Open", "Games" alone: which event it is needs the name it shortens.
  if (words.length < 2 || words.length > MAX_NAME_WORDS) return undefined;
  if (!words.every((word) => CAPITALISED_RE.test(word))) return undefined;
  const head = words.at(-1)!;
  if (EVENT_NAME_HEADS.has(head)) return "sure";
  return aboutSport && SPORT_EVENT_NAME_HEADS.has(head) ? "sport" : undefined;
}

/** "won the London Marathon", "at the SAP Open", "2005 Kooyong Classic": a use as an event. */
function isUsedAsEvent(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1]?.text ?? "";
  return EVENT_USE_LEADS.has(before.toLowerCase()) || YEAR_RE.test(before);
}

/** "chairman of the Leeds Marathon", "director of the Tyne Classic": the body running the event. */
function isUsedAsOrganisation(tokens: readonly Token[], start: number): boolean {
  let at = start - 1;
  if (tokens[at]?.text.toLowerCase() === "the") at -= 1;
  if (tokens[at]?.text !== "of") return false;
  const office = tokens[at - 1]?.text.toLowerCase() ?? "";
  return JOB_NOUNS.has(office) || lookupTitle(office) !== undefined;
}

/**
 * A club-sport story, one naming a listed competition ("the Australian Open"), or one with words
 * of individual sports ("seed", "final", "race").
 */
function isAboutSport(
  sentences: readonly Sentence[],
  candidates: readonly Candidate[],
  inSportsStory: boolean,
): boolean {
  return (
    inSportsStory ||
    candidates.some((candidate) => lookupCompetition(candidate.surface) !== undefined) ||
    sentences.some((sentence) =>
      sentence.tokens.some((token) => CONTEST_SPORT_WORDS.has(token.text.toLowerCase())),
    )
  );
}

/** Retypes sporting events' names to EVENT in place; returns the candidates. */
export function retypeEventNames(
  sentences: readonly Sentence[],
  candidates: Candidate[],
  inSportsStory: boolean,
): Candidate[] {
  const aboutSport = isAboutSport(sentences, candidates, inSportsStory);
  const names = new Set<string>();
  const bodies = new Set<string>();
  for (const candidate of candidates) {
    const shape = eventShape(candidate, aboutSport);
    if (!shape) continue;
    const tokens = sentences[candidate.sentenceIndex]?.tokens ?? [];
    if (isUsedAsOrganisation(tokens, candidate.tokenStart)) bodies.add(nameOf(candidate));
    else if (shape === "sure" || isUsedAsEvent(tokens, candidate.tokenStart))
      names.add(nameOf(candidate));
  }
  for (const candidate of candidates)
    if (
      eventShape(candidate, aboutSport) &&
      names.has(nameOf(candidate)) &&
      !bodies.has(nameOf(candidate))
    )
      candidate.type = "EVENT";
  return candidates;
}
