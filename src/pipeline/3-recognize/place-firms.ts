/**
 * Firms the tagger typed a place or a person ("Shares in Velmora rose" read as a town, "Korvane's
 * profits" as a man): a name no gazetteer or GeoNames entry holds, written with words only a firm
 * takes ("shares in Velmora", "Velmora's profits", "Velmora's chief executive", "Velmora said it
 * would", "Velmora, which makes radios"), is an organisation, and with it every other mention of
 * the name in the article. A place the gazetteer or GeoNames knows keeps its type; a name read as
 * a person needs words no person takes ("Velmora said it" may be a man speaking of a plan).
 */
import type { EntityType } from "../../domain/vocabulary.js";
import { FIRM_PART_NOUNS } from "../model/lexicons/firm-cues.js";
import {
  BODY_PRONOUNS,
  CHIEF_TITLE_WORDS,
  FIRM_ONLY_POSSESSION_WORDS,
  FIRM_OWNER_LEADS,
  FIRM_POSSESSION_WORDS,
  HOLDING_NOUNS,
  OWNED_FIRM_LEADS,
  PARENT_FIRM_NOUNS,
  SAYING_VERBS,
  TRADING_VERBS,
} from "../model/lexicons/firm-mention-cues.js";
import type { Sentence, Token } from "../types.js";
import type { Candidate } from "./candidate.js";
import { POSSESSIVE_MARKERS } from "./gazetteer/surface-text.js";
import { isHonorific } from "./titles.js";

const CAPITALISED_RE = /^\p{Lu}/u;
/** "Hale said he would sell its unit": a person's pronoun makes the subject a person. */
const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(["he", "she", "his", "her", "him"]);
/** A firm's part nouns, not "arm", which is a body's too ("raised its arm"). */
const PART_NOUNS_OF_ITS: ReadonlySet<string> = new Set(
  [...FIRM_PART_NOUNS].filter((noun) => noun !== "arm"),
);

/** "Velmora's" as the tagger may cover it: the possessive is not part of the name. */
const POSSESSIVE_RE = /\s*['’]s?$/;

function lower(tokens: readonly Token[], at: number): string {
  return tokens[at]?.text.toLowerCase() ?? "";
}

/** The name's text without a trailing possessive. */
function nameOf(candidate: Candidate): string {
  return candidate.surface.replace(POSSESSIVE_RE, "");
}

/**
 * The readings a firm's cue retypes: an unlisted place or person; an organisation the tagger read
 * so takes the cue too, so that it outweighs the name's readings as a person elsewhere.
 */
const FIRM_READINGS: ReadonlySet<EntityType> = new Set(["PLACE", "PERSON", "ORGANIZATION"]);

/** An unlisted name the tagger read as a place, a person or an organisation, with no title. */
function isUnknownName(candidate: Candidate): boolean {
  return (
    FIRM_READINGS.has(candidate.type) &&
    candidate.source === "tagger" &&
    candidate.key === undefined &&
    candidate.via === undefined &&
    !candidate.title &&
    // "Mr Hale's shares": a form of address makes a person whatever follows.
    !isHonorific(candidate.surface.split(" ")[0] ?? "")
  );
}

/** "shares in Velmora", "a stake in Velmora". */
function isHeldIn(tokens: readonly Token[], start: number): boolean {
  return lower(tokens, start - 1) === "in" && HOLDING_NOUNS.has(lower(tokens, start - 2));
}

/**
 * "Velmora's profits", "Velmora's chief executive": `at` is the word after the possessive. A name
 * read as a person takes only the words no person has ("Hale's brand" may be a celebrity's).
 */
function isFirmPossession(tokens: readonly Token[], at: number, asPerson: boolean): boolean {
  const word = lower(tokens, at);
  if (word === "chief") return CHIEF_TITLE_WORDS.has(lower(tokens, at + 1));
  // "Def Jam's parent company": a person's parent is no firm's.
  if (word === "parent") return PARENT_FIRM_NOUNS.has(lower(tokens, at + 1));
  return (asPerson ? FIRM_ONLY_POSSESSION_WORDS : FIRM_POSSESSION_WORDS).has(word);
}

/** A word after which a name opens a clause as its subject: none, punctuation, "and", "but". */
const CLAUSE_OPENER_RE = /^(?:[^\p{L}\p{N}]+|and|but|that|while|when)?$/u;

/**
 * "Velmora said it would", "Velmora said its sales": a place does not speak of itself as "it";
 * the name must open the clause ("Police in Ravenholm said it" is the police speaking).
 */
function isSpeakingBody(tokens: readonly Token[], start: number, end: number): boolean {
  return (
    CLAUSE_OPENER_RE.test(lower(tokens, start - 1)) &&
    SAYING_VERBS.has(lower(tokens, end)) &&
    BODY_PRONOUNS.has(lower(tokens, end + 1))
  );
}

/** "Velmora, which makes radios", "Velmora, which also owns": a trade a place does not ply. */
function isTradingBody(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.text !== "," || lower(tokens, end + 1) !== "which") return false;
  const verb = lower(tokens, end + 2) === "also" ? end + 3 : end + 2;
  return TRADING_VERBS.has(lower(tokens, verb));
}

/** "estate" after "the Woolwich": a common noun the name only modifies. */
const LOWER_CASE_WORD_RE = /^\p{Ll}/u;

/** An unlisted name the tagger read as a thing (MISC), which an ownership cue may make a firm. */
function isUnknownThing(candidate: Candidate): boolean {
  return (
    candidate.type === "OTHER" &&
    candidate.source === "tagger" &&
    candidate.key === undefined &&
    candidate.via === undefined
  );
}

/**
 * "Barclays, which owns the Woolwich", "Vorland Radio, which is owned by Globex": a name owned
 * outright, or owning, is a firm's unless it is a person's (people own firms). The name must end
 * its noun phrase: "owns the Woolwich estate" is land.
 */
function hasOwnershipCue(candidate: Candidate, tokens: readonly Token[]): boolean {
  if (candidate.type === "PERSON") return false;
  const { tokenStart: start, tokenEnd: end } = candidate;
  if (LOWER_CASE_WORD_RE.test(tokens[end]?.text ?? "")) return false;
  const lead = lower(tokens, start - 1) === "the" ? start - 2 : start - 1;
  if (OWNED_FIRM_LEADS.has(lower(tokens, lead))) return true;
  return lower(tokens, lead) === "by" && FIRM_OWNER_LEADS.has(lower(tokens, lead - 1));
}

/** Words after "its" that may come before the part's noun: "its Samaraneftegaz unit", "its oil unit". */
const MAX_PART_LEAD = 2;

/**
 * "Yukos has announced plans to make its Samaraneftegaz unit…" with "Yukos" read as a person: a
 * one-word subject opening the sentence that "its" names the unit of, with no other name between,
 * is a firm (no person is "its"). Not "Tom Hale said Lukoil would sell its unit".
 */
function ownsPartAsSubject(tokens: readonly Token[], start: number, end: number): boolean {
  if (start !== 0 || end - start !== 1) return false;
  for (let i = end; i < tokens.length; i++) {
    const word = tokens[i]?.text ?? "";
    if (CAPITALISED_RE.test(word) || PERSONAL_PRONOUNS.has(word)) return false;
    if (word !== "its") continue;
    for (let k = i + 1; k <= i + 1 + MAX_PART_LEAD; k++)
      if (PART_NOUNS_OF_ITS.has(lower(tokens, k))) return true;
    return false;
  }
  return false;
}

/** Whether the words around one mention make it a firm's. */
function hasFirmCue(candidate: Candidate, tokens: readonly Token[]): boolean {
  const { tokenStart: start, tokenEnd: end } = candidate;
  const asPerson = candidate.type === "PERSON";
  if (isHeldIn(tokens, start)) return true;
  // The possessive inside the span ("Velmora's" tagged whole) or right after it.
  const last = tokens[end - 1]?.text ?? "";
  if (POSSESSIVE_MARKERS.has(last)) return isFirmPossession(tokens, end, asPerson);
  if (POSSESSIVE_MARKERS.has(tokens[end]?.text ?? ""))
    return isFirmPossession(tokens, end + 1, asPerson);
  return (
    (!asPerson && isSpeakingBody(tokens, start, end)) ||
    isTradingBody(tokens, end) ||
    (asPerson && ownsPartAsSubject(tokens, start, end))
  );
}

/** Retypes (in place) unlisted places and persons an article writes of as firms, with all their mentions. */
export function retypePlaceFirms(sentences: readonly Sentence[], candidates: Candidate[]): void {
  const firms = new Set<string>();
  for (const candidate of candidates) {
    const isName = isUnknownName(candidate);
    if (!isName && !isUnknownThing(candidate)) continue;
    const tokens = sentences[candidate.sentenceIndex]?.tokens ?? [];
    if (!(isName && hasFirmCue(candidate, tokens)) && !hasOwnershipCue(candidate, tokens)) continue;
    firms.add(nameOf(candidate));
    candidate.isCued = true;
  }
  if (firms.size === 0) return;
  for (const candidate of candidates)
    if ((isUnknownName(candidate) || isUnknownThing(candidate)) && firms.has(nameOf(candidate)))
      candidate.type = "ORGANIZATION";
}
