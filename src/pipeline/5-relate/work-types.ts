/**
 * Titles of works the recogniser took for people: "the film Vera Drake", "Harry Potter author JK
 * Rowling", "Superman actor Christopher Reeve". A person is no end of a work relation, so the article's
 * cue retypes the whole entity as a work (OTHER), and the work relations read it. A name the
 * article also treats as a person ("Mr Drake", "Drake said", "the director Drake") keeps its type.
 */

import type { RelationType } from "../../domain/vocabulary.js";
import { isKnownKey } from "../3-recognize/gazetteer/gazetteer-lookups.js";
import { isWorkNounUse } from "../3-recognize/work-title-spans.js";
import type { Resolution } from "../4-resolve/resolve.js";
import { CREATOR_NOUNS, PERFORMER_NOUNS } from "../model/lexicons/relation-triggers.js";
import { HONORIFICS } from "../model/lexicons/titles-of-office.js";
import {
  CAST_NOUNS,
  MAKER_NOUNS,
  PERSON_SPEECH_VERBS,
  TAKINGS_VERBS,
  TITLE_LEAD_PHRASES,
  WORK_NOUNS,
} from "../model/lexicons/work-cues.js";
import type { ExtractedRelation, Sentence, Token } from "../types.js";

/** Nouns written before a real person's name: "the director Mike Leigh", "actress Imelda Staunton". */
function isPersonNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return CREATOR_NOUNS.has(lower) || PERFORMER_NOUNS.has(lower) || MAKER_NOUNS.has(lower);
}

/** Whether the words around a mention show a person: an honorific before, a speech verb after. */
function isPersonMention(tokens: readonly Token[], start: number, end: number): boolean {
  const before = tokens[start - 1]?.text ?? "";
  const first = tokens[start]?.text ?? "";
  if (HONORIFICS.has(before.toLowerCase()) || HONORIFICS.has(first.toLowerCase())) return true;
  if (isPersonNoun(before)) return true;
  const after = tokens[end]?.text ?? "";
  return (
    PERSON_SPEECH_VERBS.has(after) ||
    (after === "," && PERSON_SPEECH_VERBS.has(tokens[end + 1]?.text ?? ""))
  );
}

/**
 * Whether the words around a mention show a work: a work noun before it ("the film Vera Drake",
 * "the novel The Aviator", "their new show Nora Gale"), or a maker's, a performer's or a star's noun between it and a person
 * ("Vera Drake director Mike Leigh").
 */
function isWorkMention(
  tokens: readonly Token[],
  start: number,
  end: number,
  personStarts: ReadonlySet<number>,
): boolean {
  const article = tokens[start - 1]?.text === "The" ? 1 : 0;
  const before = tokens[start - 1 - article]?.text ?? "";
  if (WORK_NOUNS.has(before) || isWorkNounUse(tokens, start - 1 - article)) return true;
  const after = tokens[end]?.text ?? "";
  return (
    (isPersonNoun(after) || CAST_NOUNS.has(after)) &&
    after === after.toLowerCase() &&
    // "Mary Poppins star Dame Julie Andrews": over the person's honorific.
    (personStarts.has(end + 1) ||
      (HONORIFICS.has(tokens[end + 1]?.text.toLowerCase() ?? "") && personStarts.has(end + 2)))
  );
}

/**
 * Retypes as OTHER each PERSON entity the article marks as a work and never as a person; returns,
 * per entity, whether it was retyped (a work's title, for the relation filters).
 */
export function retypeWorksTypedAsPeople(
  sentences: readonly Sentence[],
  resolution: Resolution,
): boolean[] {
  const personStarts = new Map<number, Set<number>>();
  resolution.mentions.forEach((mention, index) => {
    const candidate = resolution.candidates[index];
    if (!candidate || resolution.entities[mention.entity]?.type !== "PERSON") return;
    const starts = personStarts.get(mention.sentenceIndex) ?? new Set<number>();
    starts.add(candidate.tokenStart);
    personStarts.set(mention.sentenceIndex, starts);
  });
  const asWork = resolution.entities.map(() => false);
  const asPerson = resolution.entities.map(() => false);
  // The longest name the article gives each entity, and the longest it gives it as a work.
  const longest = resolution.entities.map(() => 0);
  const longestAsWork = resolution.entities.map(() => 0);
  resolution.mentions.forEach((mention, index) => {
    const candidate = resolution.candidates[index];
    if (!candidate || resolution.entities[mention.entity]?.type !== "PERSON") return;
    const tokens = sentences[mention.sentenceIndex]?.tokens ?? [];
    const { tokenStart: start, tokenEnd: end } = candidate;
    const length = end - start;
    longest[mention.entity] = Math.max(longest[mention.entity] ?? 0, length);
    if (isPersonMention(tokens, start, end)) asPerson[mention.entity] = true;
    else if (
      isWorkMention(tokens, start, end, personStarts.get(mention.sentenceIndex) ?? new Set())
    ) {
      asWork[mention.entity] = true;
      longestAsWork[mention.entity] = Math.max(longestAsWork[mention.entity] ?? 0, length);
    }
  });
  return resolution.entities.map((entity, index) => {
    // "the film Kinsey" and "Alfred Kinsey": one surname joined a film and a man; keep the man.
    if (!asWork[index] || asPerson[index] || (longest[index] ?? 0) > (longestAsWork[index] ?? 0))
      return false;
    entity.type = "OTHER";
    return true;
  });
}

/** A sum of money: "$19.5m", "£40m" (a currency sign is its own token or leads the number). */
const SUM_RE = /^[$£€]/;
const SUM_ADVERBS: ReadonlySet<string> = new Set(["just", "only", "about", "around", "nearly"]);
/** An article about films' takings: "topped the North American box office". */
const BOX_OFFICE_RE = /\bbox office\b/i;
/** A film story names films more than once: "the film", "films", "movie". */
const FILM_WORD_RE = /\b(?:film|films|movie|movies)\b/gi;
/** An acronym names a body, never a work: "Alva director Robin Broke". */
const ACRONYM_RE = /^[A-Z]{2,}$/;

/** What the whole article says about its works: a box-office story, a film story. */
interface WorkStory {
  boxOffice: boolean;
  film: boolean;
}

/** "sequel to Ben Stiller comedy Meet The Parents": a name that modifies the noun after it. */
function isModifier(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end]?.text ?? "";
  return WORK_NOUNS.has(next) || isWorkNounUse(tokens, end) || next === "'s" || next === "'";
}

/**
 * Whether a mention's own words make it a work's title: "starred in Robocop", "the sequel to
 * Shrek" before it; in a box-office story, takings after it ("Boogeyman took $19.5m", "The
 * Aviator has taken $75m", "Boogeyman, which cost just $7m"); in a film story, a maker's or a
 * star's noun between it and a name ("Evil Dead director Sam Raimi").
 */
function hasStrongWorkCue(
  tokens: readonly Token[],
  start: number,
  end: number,
  story: WorkStory,
): boolean {
  // "starred in Jean Roy's A Long Engagement": a name in the possessive is the work's maker.
  if (isModifier(tokens, end) || tokens[end]?.text === "’s") return false;
  const lead = tokens[start - 1]?.text === "The" ? start - 1 : start;
  const two = `${tokens[lead - 2]?.text ?? ""} ${tokens[lead - 1]?.text ?? ""}`.toLowerCase();
  if (TITLE_LEAD_PHRASES.has(two)) return true;
  const noun = tokens[end]?.text ?? "";
  if (story.film && (noun === "director" || CAST_NOUNS.has(noun)))
    return /^\p{Lu}\p{Ll}/u.test(tokens[end + 1]?.text ?? "");
  if (!story.boxOffice) return false;
  let at = end;
  if (tokens[at]?.text === "," && tokens[at + 1]?.text === "which") at += 2;
  if (tokens[at]?.text === "has" || tokens[at]?.text === "had") at++;
  // "which cost just $7m": one adverb before the sum.
  const sum = SUM_ADVERBS.has(tokens[at + 1]?.text ?? "") ? at + 2 : at + 1;
  return TAKINGS_VERBS.has(tokens[at]?.text ?? "") && SUM_RE.test(tokens[sum]?.text ?? "");
}

/**
 * Retypes as OTHER each entity no list knows that one of its mentions cues as a work ("starred
 * in Robocop", "Boogeyman took $19.5m" at the box office): every mention of the name is then the
 * work's. A name the article also treats as a person ("Mr Drake said") keeps its type, and an
 * acronym stays a body. Returns, per entity, whether it was retyped or is a thing so cued.
 */
export function retypeCuedWorks(
  text: string,
  sentences: readonly Sentence[],
  resolution: Resolution,
): boolean[] {
  const story = {
    boxOffice: BOX_OFFICE_RE.test(text),
    film: (text.match(FILM_WORD_RE)?.length ?? 0) >= 2,
  };
  // The longest name the article gives each entity, and the longest it cues as a work's.
  const longest = resolution.entities.map(() => 0);
  const longestCued = resolution.entities.map(() => 0);
  const asPerson = resolution.entities.map(() => false);
  resolution.mentions.forEach((mention, index) => {
    const candidate = resolution.candidates[index];
    if (!candidate) return;
    const tokens = sentences[mention.sentenceIndex]?.tokens ?? [];
    const { tokenStart: start, tokenEnd: end } = candidate;
    const { entity } = mention;
    longest[entity] = Math.max(longest[entity] ?? 0, end - start);
    if (isPersonMention(tokens, start, end)) asPerson[entity] = true;
    if (hasStrongWorkCue(tokens, start, end, story))
      longestCued[entity] = Math.max(longestCued[entity] ?? 0, end - start);
  });
  return resolution.entities.map((entity, index) => {
    const retypable =
      entity.type === "PLACE" || entity.type === "ORGANIZATION" || entity.type === "PERSON";
    // "Ray star Jamie Foxx" and "Ray Charles": a short name joined a film and a man; keep the man.
    const cued = (longestCued[index] ?? 0) > 0 && longestCued[index] === longest[index];
    if (!cued || asPerson[index] || isKnownKey(entity.key)) return false;
    if (ACRONYM_RE.test(entity.name)) return false;
    // "Godzilla star Jean Reno" with Godzilla read as a thing: cued as a work, nothing to retype.
    if (entity.type === "OTHER") return true;
    if (!retypable) return false;
    entity.type = "OTHER";
    return true;
  });
}

/** Relations whose object is a title by nature, whatever type the recogniser gave it. */
const WORK_OBJECT_RELATIONS: ReadonlySet<RelationType> = new Set(["APPEARS_IN", "CREATED"]);

/**
 * Marks as works, in place, the titles the rules read as one ("Clint Eastwood CREATED Million
 * Dollar Baby", "Tom Hale APPEARS_IN Moving Castle"), so that no inference after them puts a film
 * in a country or makes it an employer ("Million Dollar Baby BASED_IN United States"). A place
 * stays a place: "designed by" names a building's architect as well as a game's maker.
 */
export function markRelatedWorks(
  isWork: boolean[],
  rules: readonly ExtractedRelation[],
  resolution: Resolution,
): void {
  for (const relation of rules) {
    if (!WORK_OBJECT_RELATIONS.has(relation.type)) continue;
    if (resolution.entities[relation.object]?.type === "PLACE") continue;
    isWork[relation.object] = true;
  }
}
