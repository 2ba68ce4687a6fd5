/**
 * The people a sentence names as a work's cast (APPEARS_IN): a cast noun before a list ("Y, whose
 * voice cast includes A, B and C", "the cast of Y also includes A and B"), a star's apposition over
 * a list of works ("A, star of Y, Z and W"), and a star's name before a film noun ("Nicolas Cage
 * movie Y", "the Tom Hale thriller Y", unless the article calls that person its maker). A title the recogniser took for an organisation or a place
 * counts when no list knows the name ("star of Chelsea" names a club).
 */

import { isKnownKey } from "../3-recognize/gazetteer/gazetteer-lookups.js";
import { CREATOR_NOUNS } from "../model/lexicons/relation-triggers.js";
import { MAKER_NOUNS, TITLE_INNER_WORDS } from "../model/lexicons/work-cues.js";
import type { ExtractedRelation } from "../types.js";
import { cueClass, hasCue } from "./cue-words.js";
import { isWork } from "./media-relations.js";
import {
  coordinatedFrom,
  isPossessiveMark,
  LOWER_WORD_RE,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
} from "./sentence-view.js";
import { endsPhrase } from "./work-possessives.js";

const CONFIDENCE = 0.7;
/** A word starting with a capital. */
const CAPITAL_RE = /^\p{Lu}/u;

/** Verbs after a cast noun that list its members: "the cast includes", "whose cast featured". */
const CAST_LIST_VERBS: ReadonlySet<string> = new Set([
  "includes",
  "included",
  "include",
  "features",
  "featured",
]);
/** Verbs of making a film or a book: "directed by X", "X, who directed Y", "X is set to direct". */
const MAKING_VERBS: ReadonlySet<string> = new Set([
  "direct",
  "directs",
  "directed",
  "directing",
  "wrote",
  "written",
]);
/** Words of a cast's kind between "whose" and "cast": "whose voice cast", "whose all-star cast". */
const MAX_CAST_LEAD = 2;
/** Most lower-case words and demonyms between the list verb and the first person: "includes British actors X". */
const MAX_PEOPLE_LEAD = 4;
/** Nouns of a star set beside their name before "of" a list of works: "A, star of Y and Z". */
const STAR_NOUNS: ReadonlySet<string> = new Set(["star", "co-star"]);
/**
 * Film nouns after a star's name and before the title: "Jude Law film Closer", "the Will Smith
 * comedy Hitch". Not "biopic" nor "documentary", whose name before is the subject ("Ray Charles
 * biopic Ray"), nor a record's nouns ("Chaka Khan hit" is her own song).
 */
const STAR_VEHICLE_NOUNS: ReadonlySet<string> = new Set([
  "film",
  "movie",
  "thriller",
  "comedy",
  "drama",
  "musical",
  "blockbuster",
]);

/** Whether a unit may be a work's title here: a work, or a name no list knows that the cue marks as one. */
function isCastWork(ctx: SentenceContext, unit: Unit, keys: readonly string[]): boolean {
  if (unit.type === "PERSON" || unit.type === "COUNTRY") return false;
  if (
    (unit.type === "ORGANIZATION" || unit.type === "PLACE") &&
    isKnownKey(keys[unit.entity] ?? "")
  )
    return false;
  return isWork(ctx, unit, true);
}

/** The people listed from token `at`, past a few lower-case words and demonyms ("British actors A, B and C"). */
function peopleListedFrom(ctx: SentenceContext, at: number): Unit[] {
  let i = at;
  while (i - at <= MAX_PEOPLE_LEAD && i < ctx.words.length) {
    const unit = ctx.units[ctx.unitStartingAt[i] ?? -1];
    if (unit?.type === "PERSON" && !unit.isDemonym)
      return coordinatedFrom(ctx, unit).filter(
        (person) => person.type === "PERSON" && !person.isDemonym,
      );
    if (unit?.isDemonym) i = unit.tokenEnd;
    else if (ctx.unitCovering[i]! < 0 && LOWER_WORD_RE.test(ctx.words[i]!)) i++;
    else return [];
  }
  return [];
}

/** The unit ending right before token `at`. */
function unitEndingBefore(ctx: SentenceContext, at: number): Unit | undefined {
  const unit = ctx.units[ctx.unitCovering[at - 1] ?? -1];
  return unit && unit.tokenEnd === at ? unit : undefined;
}

/** The unit starting at token `at`, or after a "the" there. */
function unitAtOrAfterThe(ctx: SentenceContext, at: number): Unit | undefined {
  const start = ctx.words[at] === "the" && ctx.unitStartingAt[at]! < 0 ? at + 1 : at;
  return ctx.units[ctx.unitStartingAt[start] ?? -1];
}

/** The work whose cast the noun at token `cast` is: "Y, whose voice cast", "the cast of Y". */
function castWork(ctx: SentenceContext, cast: number, keys: readonly string[]): Unit | undefined {
  // "the cast of Y (also) includes".
  if (ctx.words[cast + 1] === "of") {
    const work = unitAtOrAfterThe(ctx, cast + 2);
    return work && isCastWork(ctx, work, keys) ? work : undefined;
  }
  // "Y, whose (voice) cast includes".
  let j = cast - 1;
  while (
    j > cast - 1 - MAX_CAST_LEAD &&
    LOWER_WORD_RE.test(ctx.words[j] ?? "") &&
    ctx.words[j] !== "whose"
  )
    j--;
  if (ctx.words[j] !== "whose" || ctx.words[j - 1] !== ",") return undefined;
  const work = unitEndingBefore(ctx, j - 1);
  return work && isCastWork(ctx, work, keys) ? work : undefined;
}

/** "Y, whose voice cast includes A, B and C", "The cast of Y also includes British actors A and B". */
function relateCastNouns(ctx: SentenceContext, keys: readonly string[]): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (let cast = 1; cast < ctx.words.length; cast++) {
    if (ctx.words[cast] !== "cast" || ctx.unitCovering[cast]! >= 0) continue;
    const work = castWork(ctx, cast, keys);
    if (!work) continue;
    let verb = ctx.words[cast + 1] === "of" ? work.tokenEnd : cast + 1;
    if (ctx.words[verb] === "also") verb++;
    if (!CAST_LIST_VERBS.has(ctx.words[verb] ?? "")) continue;
    for (const person of peopleListedFrom(ctx, verb + 1))
      relations.push(
        makeRelation(
          ctx,
          person,
          work,
          "APPEARS_IN",
          `cast ${ctx.words[verb]}`,
          CONFIDENCE,
          spanOf(ctx, work, person),
        ),
      );
  }
  return relations;
}

/**
 * The works listed from a first title: "Y, Z and W", the list closed by "and" (a run of commas
 * alone is no list). Each a name, of any type but a country: the caller keeps the titles.
 */
function worksListedFrom(ctx: SentenceContext, first: Unit): Unit[] {
  const list = [first];
  let closed = 1;
  for (let last = first; ; ) {
    const word = ctx.words[last.tokenEnd];
    let i = last.tokenEnd + 1;
    const isAnd = word === "and" || (word === "," && ctx.words[i] === "and");
    if (word === "," && ctx.words[i] === "and") i++;
    else if (word !== "," && word !== "and") break;
    const unit = unitAtOrAfterThe(ctx, i);
    if (!unit || unit.type === "COUNTRY") break;
    list.push(unit);
    last = unit;
    if (isAnd) closed = list.length;
  }
  return list.slice(0, closed);
}

/** "A, star of Y, Z and W": the star APPEARS_IN each title of the list. */
function relateStarOfLists(ctx: SentenceContext, keys: readonly string[]): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (let noun = 2; noun < ctx.words.length; noun++) {
    if (!STAR_NOUNS.has(ctx.words[noun]!) || ctx.words[noun + 1] !== "of") continue;
    const comma = ctx.words[noun - 1] === "the" ? noun - 2 : noun - 1;
    if (ctx.words[comma] !== ",") continue;
    const star = unitEndingBefore(ctx, comma);
    const first = unitAtOrAfterThe(ctx, noun + 2);
    if (star?.type !== "PERSON" || star.isDemonym || !first) continue;
    for (const work of worksListedFrom(ctx, first)) {
      // "star of the Chelsea side": a name before a noun modifies it.
      if (!isCastWork(ctx, work, keys) || !endsPhrase(ctx.words[work.tokenEnd] ?? ".")) continue;
      relations.push(
        makeRelation(ctx, star, work, "APPEARS_IN", "star of", CONFIDENCE, spanOf(ctx, star, work)),
      );
    }
  }
  return relations;
}

/** Whether a maker's noun introduces the person: "director Tom Hale film Y" names no star. */
function isNamedMaker(ctx: SentenceContext, person: Unit): boolean {
  for (let i = person.tokenStart - 1; i < person.nameStart; i++) {
    const word = ctx.words[i] ?? "";
    if (CREATOR_NOUNS.has(word) || MAKER_NOUNS.has(word)) return true;
  }
  return false;
}

/** "Hide" of "Hide and Seek": a title word and a capital after the name, which goes on past it. */
function isCutTitle(ctx: SentenceContext, work: Unit): boolean {
  const next = ctx.sentence.tokens[work.tokenEnd + 1]?.text ?? "";
  return TITLE_INNER_WORDS.has(ctx.words[work.tokenEnd] ?? "") && CAPITAL_RE.test(next);
}

/** Whether a word names a film's or a book's maker: "director", "film-maker", "writer". */
function isMakerNoun(word: string | undefined): boolean {
  return CREATOR_NOUNS.has(word ?? "") || MAKER_NOUNS.has(word ?? "");
}

/**
 * Whether the sentence calls the person a maker: "director Tom Hale", "Tom Hale, the director",
 * "directed by Tom Hale", "Tom Hale, who directed Y", "Tom Hale is set to direct".
 */
function isCalledMaker(ctx: SentenceContext, person: Unit): boolean {
  const { words } = ctx;
  if (isNamedMaker(ctx, person) || isMakerNoun(words[person.tokenStart - 1])) return true;
  const before = words[person.tokenStart - 1];
  if (before === "by" && MAKING_VERBS.has(words[person.tokenStart - 2] ?? "")) return true;
  // "Tom Hale, the (film) director", "Tom Hale, who directed Y", "Tom Hale directed Y".
  let at = person.tokenEnd;
  if (words[at] === ",") at++;
  if (words[at] === "the" || words[at] === "a" || words[at] === "who") at++;
  if (words[at] === "film" || words[at] === "set" || words[at] === "to") at++;
  if (words[at] === "to") at++;
  return isMakerNoun(words[at]) || MAKING_VERBS.has(words[at] ?? "");
}

/**
 * The people an article calls a film's maker anywhere, by entity: "the Ridley Scott film Y" after
 * "director Ridley Scott" is his as its maker, not his as its star.
 */
export function findMakers(contexts: readonly SentenceContext[]): ReadonlySet<number> {
  const makers = new Set<number>();
  for (const ctx of contexts)
    for (const unit of ctx.units)
      if (unit.type === "PERSON" && !unit.isDemonym && isCalledMaker(ctx, unit))
        makers.add(unit.entity);
  return makers;
}

/**
 * "Nicolas Cage movie National Treasure", "the Tom Hale thriller Y": the star APPEARS_IN the film;
 * the name of someone the article calls its director or writer is the maker's (CREATED).
 */
function relateStarVehicles(
  ctx: SentenceContext,
  keys: readonly string[],
  makers: ReadonlySet<number>,
): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (const person of ctx.units) {
    if (person.type !== "PERSON" || person.isDemonym || isNamedMaker(ctx, person)) continue;
    const noun = ctx.words[person.tokenEnd] ?? "";
    if (!STAR_VEHICLE_NOUNS.has(noun) || isPossessiveMark(ctx.words[person.tokenStart - 1]))
      continue;
    const work = ctx.units[ctx.unitStartingAt[person.tokenEnd + 1] ?? -1];
    if (!work || !isCastWork(ctx, work, keys) || isCutTitle(ctx, work)) continue;
    const type = makers.has(person.entity) ? "CREATED" : "APPEARS_IN";
    relations.push(
      makeRelation(ctx, person, work, type, noun, CONFIDENCE, spanOf(ctx, person, work)),
    );
  }
  return relations;
}

/** "the cast includes", "X, star of Y and Z", "X vehicle Y": the nouns every reading starts from. */
const CAST_CUES = cueClass(["cast"], STAR_NOUNS, STAR_VEHICLE_NOUNS);

/** The casts of works a sentence lists. */
export function relateCastLists(
  ctx: SentenceContext,
  keys: readonly string[],
  makers: ReadonlySet<number>,
): ExtractedRelation[] {
  if (!hasCue(ctx.words, CAST_CUES)) return [];
  return [
    ...relateCastNouns(ctx, keys),
    ...relateStarOfLists(ctx, keys),
    ...relateStarVehicles(ctx, keys, makers),
  ];
}
