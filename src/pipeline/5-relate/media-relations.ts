/**
 * Entertainment, tech and business patterns: a person APPEARS_IN a work, someone CREATED it, a
 * winner WON an award, a company PRODUCES a product. Only a stated, unhedged fact counts.
 */

import type { RelationType } from "../../domain/vocabulary.js";
import { VENUE_NAME_HEADS } from "../model/lexicons/name-heads.js";
import {
  AUTHORED_WORK_NOUNS,
  AWARD_FOLLOWER_WORDS,
  AWARD_NAME_RE,
  AWARD_TAIL_WORDS,
  AWARD_WINNER_NOUNS,
  BE_FORMS,
  CREATOR_NOUNS,
  MEDIA_HEDGES,
  MEDIA_PARTICIPLES,
  MEDIA_VERBS,
  type MediaVerb,
  NON_PRODUCT_TAILS,
  PERFORMER_NOUNS,
  PRODUCT_NOUNS,
  PRODUCT_TAIL_WORDS,
  REFLEXIVES,
  WORK_LEAD_WORDS,
} from "../model/lexicons/relation-triggers.js";
import {
  AFTER_NAME_WORDS,
  DETERMINERS,
  MODALS,
  NEGATORS,
  PREPOSITIONS,
} from "../model/lexicons/sentence-words.js";
import {
  CAST_NOUNS,
  ORDER_WORDS,
  PROGRAMME_NOUNS,
  SCREEN_WORK_NOUNS,
  WORK_NOUNS,
} from "../model/lexicons/work-cues.js";
import type { ExtractedRelation } from "../types.js";
import { cueClass, hasCue } from "./cue-words.js";
import {
  coordinatedFrom,
  isPossessiveMark,
  LOWER_WORD_RE,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
  YEAR_RE,
} from "./sentence-view.js";
import { findSubjectLeft } from "./verbs.js";

/** "2" in "PlayStation 2", "360" in "Xbox 360": a model number after a product's name. */
const MODEL_NUMBER_RE = /^\d{1,4}$/;
/** Participles that only a work takes: "directed by", "written by", "composed by". */
const WORK_PARTICIPLES: ReadonlySet<string> = new Set([
  "directed",
  "written",
  "composed",
  "penned",
]);
/** Most tokens between "starring" or "directed by" and the person: "starring former Friends actor Matt LeBlanc". */
const MAX_PERSON_LEAD = 6;
/** Tokens that end the search for that person. */
const PERSON_LEAD_STOPS: ReadonlySet<string> = new Set([",", ";", ".", "(", ")", ":", "-"]);

/** Words that make a win or a role only hoped for: "nominated for", "tipped to win", "bid to". */
const HEDGE_WORDS: ReadonlySet<string> = new Set([...MODALS, ...NEGATORS, ...MEDIA_HEDGES]);

/** "Bafta-winning drama", "Oscar-nominated actress": a name inside an adjective is no work or award. */
const HYPHENATED_ADJECTIVE_RE = /-[a-z]+$/;
/**
 * The rest of that adjective after a name the recogniser cut out of it: "-winning" after "Bafta",
 * "-nominated" after "Oscar"; not the rest of a name ("Blu" of "Blu-ray").
 */
const ADJECTIVE_REST_RE = /^-[a-z]*(?:ing|ed)\b/;

/** Whether a unit is a name inside a hyphenated adjective: "Oscar-nominated", "the Bafta-winning drama". */
function isInAdjective(ctx: SentenceContext, unit: Unit): boolean {
  return (
    HYPHENATED_ADJECTIVE_RE.test(ctx.text.slice(unit.start, unit.end)) ||
    ADJECTIVE_REST_RE.test(ctx.text.slice(unit.end, unit.end + 20))
  );
}
/** Words that may follow an award's name: "won the Oscar for", "won a Bafta in 1999". Else "Oscar rights". */
const AWARD_FOLLOWERS: ReadonlySet<string> = new Set([
  ...PREPOSITIONS,
  ...AWARD_FOLLOWER_WORDS,
  ...AWARD_WINNER_NOUNS,
]);
/** Words that end the run before an award: "won four awards herself at the Grammy ceremony". */
const AWARD_LEAD_STOPS: ReadonlySet<string> = new Set([...PREPOSITIONS, ...REFLEXIVES]);

/** "three Baftas", "the best actor Oscar": words allowed before an award's name. */
const AWARD_LEAD_RE = /^[a-z]+(-[a-z]+)?$/;
/** Most lower-case words between "won" and the award: "the best supporting actress Oscar". */
const MAX_AWARD_LEAD = 5;
/** A year or a possessive before an award's name: "the 2003 Golden Lion", "last year's Mercury Prize". */
const AWARD_YEAR_LEAD_RE = /^(?:(?:19|20)\d\d|'s)$/;
/** Auxiliaries between a work and its verb of winning: "Y has been named winner of", "Y has won". */
const WINNER_AUXILIARIES: ReadonlySet<string> = new Set([
  "has",
  "have",
  "had",
  "been",
  "was",
  "is",
]);
/** Most words before a winning work that may hide a preposition: "of the Swedish drama Y won". */
const MAX_WINNER_LEAD = 5;
/** A word, not punctuation: the search for a preposition stops at a comma or a bracket. */
const WORD_RE = /^[\p{L}-]+$/u;
/** Adverbs between a work and "won": "Y previously won", "Y also won". */
const WINNER_ADVERBS: ReadonlySet<string> = new Set(["previously", "already", "also", "recently"]);

/** Words between a verb and its work: "directed the hit film Y", "wrote her latest novel Y". */
const WORK_LEAD: ReadonlySet<string> = new Set([
  ...DETERMINERS,
  ...WORK_NOUNS,
  ...AUTHORED_WORK_NOUNS,
  ...PRODUCT_NOUNS,
  ...WORK_LEAD_WORDS,
  ...ORDER_WORDS,
]);

/**
 * Nouns of a performer set beside their name before "of" a work: "X, star of Y". Safe there
 * only, not before a name ("Westlife star X" names a band).
 */
const APPOSED_PERFORMER_NOUNS: ReadonlySet<string> = new Set([
  ...PERFORMER_NOUNS,
  "star",
  "co-star",
]);

const CONFIDENCE = { verb: 0.75, noun: 0.7 } as const;

/** Verbs of receiving an award besides the lexicon's: "X received an Oscar", "X picked up her first Grammy". */
const VERBS: ReadonlyMap<string, MediaVerb> = new Map([
  ...MEDIA_VERBS,
  ["received", { type: "WON", prep: "" }],
  ["receives", { type: "WON", prep: "" }],
  ["picked", { type: "WON", prep: "up" }],
  ["picks", { type: "WON", prep: "up" }],
]);

/** Whether a word in [from, to) hedges or negates the clause. */
function isHedged(ctx: SentenceContext, from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to; i++) if (HEDGE_WORDS.has(ctx.words[i]!)) return true;
  return false;
}

/**
 * Whether a unit can be a work or a product: OTHER or EVENT, or a name the recogniser read as an
 * organisation or a place that a work noun announces ("the album Greenwich Mean Time", "on the
 * Wright Stuff show"). Never a person or a country.
 */
export function isWork(ctx: SentenceContext, unit: Unit, cued = false): boolean {
  if (unit.isDemonym || isInAdjective(ctx, unit)) return false;
  // "who directed the Harbour Theatre" tagged MISC: a venue's head makes the name no work.
  if (unit.type === "OTHER" && isVenueName(ctx, unit)) return hasWorkCue(ctx, unit, cued);
  if (unit.type === "OTHER" || unit.type === "EVENT") return true;
  if (unit.type !== "ORGANIZATION" && unit.type !== "PLACE") return false;
  return hasWorkCue(ctx, unit, cued);
}

/** "the Harbour Theatre": a name whose last word is a venue's or a performing company's head. */
function isVenueName(ctx: SentenceContext, unit: Unit): boolean {
  const last = ctx.sentence.tokens[unit.tokenEnd - 1]?.text ?? "";
  return unit.tokenEnd - unit.tokenStart > 1 && VENUE_NAME_HEADS.has(last);
}

/**
 * Whether the sentence marks a name as a work (a work noun before it, a programme noun after it, a
 * title's "The"), or the article did elsewhere ("Evil Dead director Sam Raimi").
 */
function hasWorkCue(ctx: SentenceContext, unit: Unit, cued = false): boolean {
  const before = ctx.words[unit.tokenStart - 1] ?? "";
  // "stars in The Terminal": mid-sentence, only a title keeps a capital "The".
  const capitalThe =
    unit.tokenStart > 1 &&
    (ctx.sentence.tokens[unit.tokenStart - 1]?.text === "The" ||
      ctx.text.startsWith("The ", unit.start));
  return (
    cued ||
    ctx.cuedWorks[unit.entity] === true ||
    capitalThe ||
    WORK_NOUNS.has(before) ||
    AUTHORED_WORK_NOUNS.has(before) ||
    PROGRAMME_NOUNS.has(ctx.words[unit.tokenEnd] ?? "")
  );
}

/** Whether a unit names an award or a title: "the Oscar", "the Golden Globe award", "Wimbledon title". */
export function isAward(ctx: SentenceContext, unit: Unit): boolean {
  const surface = ctx.text.slice(unit.start, unit.end);
  if (unit.type === "COUNTRY" || unit.isDemonym || isInAdjective(ctx, unit)) return false;
  const next = ctx.sentence.tokens[unit.tokenEnd]?.text ?? "";
  // "the Golden Globe award", "the Screen Actors Guild Awards".
  if (AWARD_TAIL_WORDS.has(next.toLowerCase())) return unit.type !== "PERSON";
  // "Oscar rights", "the Grammy ceremony": the name modifies another noun.
  if (/^[a-z]+$/.test(next) && !AWARD_FOLLOWERS.has(next)) return false;
  return AWARD_NAME_RE.test(surface);
}

/** The unit at or after token `at`, skipping at most `max` words that `skip` accepts; whether a work noun was skipped. */
function unitAfterLead(
  ctx: SentenceContext,
  at: number,
  skip: (word: string) => boolean,
  max: number,
): { unit: Unit; cued: boolean } | undefined {
  let cued = false;
  for (let i = at; i < ctx.words.length && i - at <= max; i++) {
    const index = ctx.unitStartingAt[i]!;
    if (index >= 0) return { unit: ctx.units[index]!, cued };
    const word = ctx.words[i]!;
    if (!skip(word)) return undefined;
    if (WORK_NOUNS.has(word) || AUTHORED_WORK_NOUNS.has(word) || PRODUCT_NOUNS.has(word))
      cued = true;
  }
  return undefined;
}

/** Most tokens between a verb and the title a work noun announces: "starred in hit BBC comedy Y". */
const MAX_DESCRIBED_LEAD = 6;

/** Whether a word is a noun that announces the title right after it: "film", "comedy", "mini-series", "album". */
function isTitleNoun(word: string): boolean {
  return WORK_NOUNS.has(word) || SCREEN_WORK_NOUNS.has(word) || AUTHORED_WORK_NOUNS.has(word);
}

/**
 * The title a work noun announces after a longer description from token `at`, which the short
 * lead does not pass: "starred in hit BBC comedy The Office", "starred in Tom Hale's 1943 film
 * The Outlaw", "wrote the award-winning musical Y". The description holds lower-case words, years
 * and a maker's name (in the possessive or not); a function word ends it ("appeared in court with
 * the film's director"), and so does any other name.
 */
function workAfterDescription(ctx: SentenceContext, at: number): Unit | undefined {
  let i = at;
  while (i < ctx.words.length && i - at < MAX_DESCRIBED_LEAD) {
    const index = ctx.unitStartingAt[i]!;
    if (index >= 0) {
      const maker = ctx.units[index]!;
      if (maker.type !== "PERSON" && maker.type !== "ORGANIZATION") return undefined;
      i = isPossessiveMark(ctx.words[maker.tokenEnd]) ? maker.tokenEnd + 1 : maker.tokenEnd;
      continue;
    }
    const word = ctx.words[i]!;
    if (isTitleNoun(word)) {
      // "the BBC comedy the Office": the title's "the" may stand outside its name.
      const start = ctx.unitStartingAt[i + 1]! < 0 && ctx.words[i + 1] === "the" ? i + 2 : i + 1;
      const title = ctx.units[ctx.unitStartingAt[start] ?? -1];
      return title && isWork(ctx, title, true) ? title : undefined;
    }
    if (!YEAR_RE.test(word) && (!LOWER_WORD_RE.test(word) || AFTER_NAME_WORDS.has(word)))
      return undefined;
    i++;
  }
  return undefined;
}

/** The unit ending right before token `at` ("Y" in "Y star X", "Y, directed by"). */
function unitEndingBefore(ctx: SentenceContext, at: number): Unit | undefined {
  const index = ctx.unitCovering[at - 1] ?? -1;
  const unit = index >= 0 ? ctx.units[index] : undefined;
  return unit && unit.tokenEnd === at ? unit : undefined;
}

/** Whether the subject may hold this relation: a maker is an organisation, a performer a person or a band. */
function fitsSubject(type: RelationType, unit: Unit): boolean {
  if (type === "PRODUCES") return unit.type === "ORGANIZATION";
  if (type === "APPEARS_IN" || type === "CREATED")
    return unit.type === "PERSON" || unit.type === "ORGANIZATION";
  return unit.type !== "COUNTRY" || type === "WON";
}

/**
 * A work a noun announces right before a verb of winning, which no subject search takes for an
 * agent: "drama The Harvest previously won", "the film The Harvest has been named winner of".
 */
function workBefore(
  ctx: SentenceContext,
  verb: number,
): { subjects: Unit[]; negated: boolean; from: number; pronoun?: boolean } | undefined {
  let at = verb;
  while (
    at > verb - 3 &&
    (WINNER_ADVERBS.has(ctx.words[at - 1] ?? "") || WINNER_AUXILIARIES.has(ctx.words[at - 1] ?? ""))
  )
    at--;
  // "The Return (Vozvrashchenie) has been named": past a name in brackets.
  if (ctx.words[at - 1] === ")" && ctx.words[at - 3] === "(" && ctx.unitCovering[at - 2]! >= 0)
    at -= 3;
  // "Half-Life 2 has won": a sequel's or a model's number after the name marks a title, not a firm.
  const numbered = MODEL_NUMBER_RE.test(ctx.words[at - 1] ?? "") && ctx.unitCovering[at - 1]! < 0;
  const unit = unitEndingBefore(ctx, numbered ? at - 1 : at);
  if (!unit || unit.type === "PERSON" || unit.isDemonym || isAward(ctx, unit)) return undefined;
  if (!numbered && !isWork(ctx, unit)) return undefined;
  // "the director of the drama Y won": the work is no subject inside a prepositional phrase.
  for (let j = unit.tokenStart - 1; j >= 0 && j >= unit.tokenStart - MAX_WINNER_LEAD; j--) {
    const word = ctx.words[j]!;
    if (PREPOSITIONS.has(word)) return undefined;
    if (!WORD_RE.test(word)) break;
  }
  return { subjects: [unit], negated: false, from: unit.tokenStart };
}

/** "Y was named winner of the Z award": as "Y won the Z award". */
const NAMED_WINNER: MediaVerb = { type: "WON", prep: "" };

/** After "named" at token `verb`, "(a|the) winner of": the token after "of", or -1. */
function namedWinnerOf(ctx: SentenceContext, verb: number): number {
  if (ctx.words[verb] !== "named") return -1;
  let i = verb + 1;
  if (ctx.words[i] === "a" || ctx.words[i] === "the") i++;
  return ctx.words[i] === "winner" && ctx.words[i + 1] === "of" ? i + 2 : -1;
}

/** Most describing words between "a" and a name used as a likeness: "a contemporary Indiana Jones". */
const MAX_LIKENESS_LEAD = 2;

/**
 * Whether a person's name follows "a" or "an" over a few lower-case words, which makes it a
 * likeness rather than the person: "a professor likened to a contemporary Tom Hale, who also
 * appeared in…" tells of the professor.
 */
function isLikeness(ctx: SentenceContext, unit: Unit): boolean {
  if (unit.type !== "PERSON") return false;
  for (let i = unit.tokenStart - 1; i >= 0 && unit.tokenStart - i <= MAX_LIKENESS_LEAD + 1; i--) {
    const word = ctx.words[i]!;
    if (word === "a" || word === "an") return true;
    if (!LOWER_WORD_RE.test(word) || ctx.unitCovering[i]! >= 0) return false;
  }
  return false;
}

/** "scooped seven nominations at": nominations won are no award won. */
const NOMINATION_NOUNS: ReadonlySet<string> = new Set(["nomination", "nominations"]);
/** Most category words before the ceremony: "won best supporting actress at". */
const MAX_CATEGORY_WORDS = 4;
/** Words naming which ceremony of an award: "the", "last year's", "this year's 2005". */
const CEREMONY_LEAD_WORDS: ReadonlySet<string> = new Set(["the", "last", "this", "year", "'s"]);
/** Most of those words (and a year) between "at" and the award: "at last year's". */
const MAX_CEREMONY_LEAD = 4;

/**
 * The award whose ceremony a category won or a nomination was given at, from token `at`: "won
 * best animation at last year's Oscars", "nominated for best actor at the 1955 Oscars", "seven
 * nominations at this year's Brit Awards". The category is lower-case words with no function word
 * among them; an award's name must follow ("won a race at the Olympics" names none).
 */
export function awardAtCeremony(ctx: SentenceContext, at: number): Unit | undefined {
  let i = at;
  while (
    i - at < MAX_CATEGORY_WORDS &&
    ctx.unitCovering[i]! < 0 &&
    LOWER_WORD_RE.test(ctx.words[i] ?? "") &&
    !AFTER_NAME_WORDS.has(ctx.words[i]!) &&
    !NOMINATION_NOUNS.has(ctx.words[i]!)
  )
    i++;
  if (ctx.words[i] !== "at") return undefined;
  const from = ++i;
  while (
    i - from < MAX_CEREMONY_LEAD &&
    (CEREMONY_LEAD_WORDS.has(ctx.words[i] ?? "") || YEAR_RE.test(ctx.words[i] ?? ""))
  )
    i++;
  const award = ctx.units[ctx.unitStartingAt[i] ?? -1];
  return award && isAward(ctx, award) ? award : undefined;
}

/** "X stars in Y", "X directed the film Y", "X won the best actor Oscar", "Sony makes the PSP". */
function relateMediaVerbs(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  if (!hasCue(ctx.words, MEDIA_VERB_CUES)) return relations;
  for (let verb = 0; verb < ctx.words.length; verb++) {
    const winnerOf = namedWinnerOf(ctx, verb);
    const trigger = winnerOf > 0 ? NAMED_WINNER : VERBS.get(ctx.words[verb]!);
    if (!trigger || ctx.unitCovering[verb]! >= 0) continue;
    let at = winnerOf > 0 ? winnerOf : verb + 1;
    if (trigger.prep) {
      if (ctx.words[at] !== trigger.prep) continue;
      at++;
    }
    const found =
      trigger.type === "WON"
        ? unitAfterLead(
            ctx,
            at,
            (word) =>
              (AWARD_LEAD_RE.test(word) && !AWARD_LEAD_STOPS.has(word)) ||
              AWARD_YEAR_LEAD_RE.test(word),
            MAX_AWARD_LEAD,
          )
        : unitAfterLead(ctx, at, (word) => WORK_LEAD.has(word), 3);
    let object = found?.unit;
    // "won best animation at last year's Oscars": the award of the ceremony the category was won at.
    const ceremony =
      trigger.type === "WON" && (!object || !isAward(ctx, object))
        ? awardAtCeremony(ctx, at)
        : undefined;
    object = ceremony ?? object;
    if (trigger.type === "WON") {
      // After "received" or "picked up" only an award by its name: "picked up his second ATP
      // title" is a tour title, "picked up her first Grammy" an award.
      const named =
        MEDIA_VERBS.has(ctx.words[verb]!) ||
        winnerOf > 0 ||
        (object !== undefined && AWARD_NAME_RE.test(ctx.text.slice(object.start, object.end)));
      if (!object || !named || !isAward(ctx, object)) continue;
    } else if (!object || !isWork(ctx, object, found?.cued)) {
      // "starred in hit BBC comedy Y": a work noun after a longer description announces it.
      object = trigger.type === "PRODUCES" ? undefined : workAfterDescription(ctx, at);
      if (!object) continue;
    }
    const finding =
      findSubjectLeft(ctx, verb) ?? (trigger.type === "WON" ? workBefore(ctx, verb) : undefined);
    if (!finding || finding.negated) continue;
    // "could win", "is tipped to win", "nominated for": nothing is stated yet.
    if (isHedged(ctx, finding.from, verb)) continue;
    for (const subject of finding.subjects) {
      if (!fitsSubject(trigger.type, subject) || isLikeness(ctx, subject)) continue;
      // A category is won by a person, a band or a work, not by a happening ("9/11" read as one).
      if (ceremony && subject.type === "EVENT") continue;
      relations.push(
        makeRelation(
          ctx,
          subject,
          object,
          trigger.type,
          ctx.words[verb]!,
          // "He won a Grammy in 1998": the passage's person, less certain.
          finding.pronoun ? CONFIDENCE.verb - 0.15 : CONFIDENCE.verb,
          spanOf(ctx, subject, object, verb),
        ),
      );
    }
  }
  return relations;
}

/** The first person within a few tokens from `at` in the same phrase, and the people listed with them. */
function peopleFrom(ctx: SentenceContext, at: number): Unit[] {
  for (let i = at; i < ctx.words.length && i - at <= MAX_PERSON_LEAD; i++) {
    if (PERSON_LEAD_STOPS.has(ctx.words[i]!)) return [];
    const unit = ctx.units[ctx.unitStartingAt[i] ?? -1];
    if (unit?.type === "PERSON" && !unit.isDemonym)
      return coordinatedFrom(ctx, unit).filter((person) => person.type === "PERSON");
  }
  return [];
}

/** "The Aviator, starring Leonardo DiCaprio", "Joey, starring former Friends actor Matt LeBlanc". */
function relateStarring(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  if (!hasCue(ctx.words, STARRING_CUES)) return relations;
  for (let i = 1; i < ctx.words.length; i++) {
    if (ctx.words[i] !== "starring" || ctx.unitCovering[i]! >= 0) continue;
    const end = ctx.words[i - 1] === "," || ctx.words[i - 1] === "-" ? i - 1 : i;
    const work = unitEndingBefore(ctx, end);
    // "The Aviator, starring …": "starring" itself says the name before it is a work.
    if (!work || !isWork(ctx, work, true)) continue;
    for (const person of peopleFrom(ctx, i + 1))
      relations.push(
        makeRelation(
          ctx,
          person,
          work,
          "APPEARS_IN",
          "starring",
          CONFIDENCE.verb,
          spanOf(ctx, work, person),
        ),
      );
  }
  return relations;
}

/** Verbs whose subject is a work and whose object is its cast: "Kinsey stars Liam Neeson". */
const CAST_VERBS: ReadonlySet<string> = new Set([
  "stars",
  "starred",
  "co-stars",
  "co-starred",
  "features",
  "featured",
]);

/**
 * The work that is the subject of a cast verb at token `verb`: right before it (over "also"), and
 * either opening its sentence after at most a few describing words with no preposition among them
 * ("The low-budget feature Y stars", not "The sequel to comedy Y stars"), or the antecedent of
 * ", which".
 */
function castVerbWork(ctx: SentenceContext, verb: number): Unit | undefined {
  let end = verb;
  if (ctx.words[end - 1] === "also") end--;
  const relative = ctx.words[end - 1] === "which" && ctx.words[end - 2] === ",";
  const work = unitEndingBefore(ctx, relative ? end - 2 : end);
  if (!work || !isWork(ctx, work)) return undefined;
  if (relative) return work;
  for (let i = 0; i < work.tokenStart; i++) {
    const word = ctx.words[i]!;
    if (ctx.unitCovering[i]! >= 0 || PREPOSITIONS.has(word) || !/^[a-z][a-z-]*$/.test(word))
      return undefined;
  }
  return work.tokenStart <= MAX_PERSON_LEAD ? work : undefined;
}

/** "Kinsey, which features Liam Neeson", "The low-budget film Y stars X as a lawyer". */
function relateCastVerbs(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  if (!hasCue(ctx.words, CAST_VERB_CUES)) return relations;
  for (let verb = 1; verb < ctx.words.length; verb++) {
    if (!CAST_VERBS.has(ctx.words[verb]!) || ctx.unitCovering[verb]! >= 0) continue;
    const work = castVerbWork(ctx, verb);
    if (!work) continue;
    for (const person of peopleFrom(ctx, verb + 1))
      relations.push(
        makeRelation(
          ctx,
          person,
          work,
          "APPEARS_IN",
          ctx.words[verb]!,
          CONFIDENCE.verb,
          spanOf(ctx, work, person, verb),
        ),
      );
  }
  return relations;
}

/** Participles of a shared work besides the lexicon's: "co-written by", "co-directed by". */
const PARTICIPLES: ReadonlyMap<string, MediaVerb["type"]> = new Map([
  ...MEDIA_PARTICIPLES,
  ["co-written", "CREATED"],
  ["co-directed", "CREATED"],
]);
/** Words between a work and its participle: "Y was originally created by", "Y is also written by". */
const PARTICIPLE_ADVERB_RE = /^(?:[a-z]+ly|also|first|now)$/;

/** A closing quotation mark after a quoted title: '"Y" made by', "'Y', directed by". */
const CLOSING_QUOTE_RE = /^["'”’]$/;

/**
 * Where the work before the participle at token `verb` ends: over "written and" ("Y, written and
 * directed by"), an adverb, a form of "be", a comma or a dash ("Comedy Y - co-written by"), and
 * the quotation mark closing a quoted title ('the "most important Y" made by').
 */
function workEndBeforeParticiple(ctx: SentenceContext, verb: number): number {
  let end = verb;
  if (ctx.words[end - 1] === "and" && PARTICIPLES.has(ctx.words[end - 2] ?? "")) end -= 2;
  if (PARTICIPLE_ADVERB_RE.test(ctx.words[end - 1] ?? "")) end--;
  if (BE_FORMS.has(ctx.words[end - 1] ?? "")) end--;
  else if (ctx.words[end - 1] === "," || ctx.words[end - 1] === "-") end--;
  if (CLOSING_QUOTE_RE.test(ctx.words[end - 1] ?? "")) end--;
  return end;
}

/** "Y, directed by X", "the game was developed by X", "made by Nintendo": the agent after "by". */
function relateParticiples(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  if (!hasCue(ctx.words, PARTICIPLE_CUES)) return relations;
  for (let verb = 1; verb < ctx.words.length; verb++) {
    const type = PARTICIPLES.get(ctx.words[verb]!);
    if (!type || ctx.words[verb + 1] !== "by") continue;
    // "Y, directed by", "Y was directed by", "Y is made by".
    const end = workEndBeforeParticiple(ctx, verb);
    const work = unitEndingBefore(ctx, end);
    // "The Terminal was directed by": a work's own verbs mark it; "developed", "designed" and
    // "made" also take towns, buildings and deals.
    if (
      !work ||
      !isWork(
        ctx,
        work,
        WORK_PARTICIPLES.has(ctx.words[verb]!) || ctx.words[verb]!.startsWith("co-"),
      )
    )
      continue;
    // "made by Nintendo"; a creator may come with a description ("directed by Oscar-winning
    // director Steven Soderbergh").
    const adjacent = unitAfterLead(ctx, verb + 2, (word) => DETERMINERS.has(word), 1)?.unit;
    const agents =
      adjacent?.type === "ORGANIZATION"
        ? [adjacent]
        : type === "CREATED"
          ? peopleFrom(ctx, verb + 2)
          : [];
    for (const agent of agents) {
      if (!fitsSubject(type, agent) || agent.isDemonym) continue;
      relations.push(
        makeRelation(
          ctx,
          agent,
          work,
          type,
          `${ctx.words[verb]} by`,
          CONFIDENCE.verb,
          spanOf(ctx, work, agent),
        ),
      );
    }
  }
  return relations;
}

/**
 * Noun phrases: "EastEnders actress X" and a cued work's "Godzilla star X" (APPEARS_IN), "Titanic director X" and "X, author of Y"
 * (CREATED), "Bafta winner X" (WON), "X's new album Y" (CREATED), "Microsoft's Xbox" (PRODUCES).
 */
function relateMediaNouns(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  const push = (subject: Unit, object: Unit, type: RelationType, predicate: string) =>
    relations.push(
      makeRelation(
        ctx,
        subject,
        object,
        type,
        predicate,
        CONFIDENCE.noun,
        spanOf(ctx, subject, object),
      ),
    );
  // The nouns and the possessive mark every reading of this loop starts from.
  const units = hasCue(ctx.words, MEDIA_NOUN_CUES) ? ctx.units : [];
  for (const unit of units) {
    const next = ctx.words[unit.tokenEnd] ?? "";
    // "Evil Dead director Sam Raimi": the person's unit may hold the noun as his title.
    const titled = ctx.units[ctx.unitStartingAt[unit.tokenEnd] ?? -1];
    const after =
      ctx.units[ctx.unitStartingAt[unit.tokenEnd + 1] ?? -1] ??
      (titled?.nameStart === unit.tokenEnd + 1 ? titled : undefined);
    // "EastEnders star Nina Wadia", "Titanic director James Cameron", "Bafta winner Imelda Staunton".
    if (after?.type === "PERSON" && !after.isDemonym) {
      if (PERFORMER_NOUNS.has(next) && isWork(ctx, unit) && unit.type !== "EVENT")
        push(after, unit, "APPEARS_IN", next);
      else if (
        CREATOR_NOUNS.has(next) &&
        isWork(ctx, unit) &&
        unit.type !== "EVENT" &&
        (next !== "director" || hasWorkCue(ctx, unit))
      )
        push(after, unit, "CREATED", next);
      else if (AWARD_WINNER_NOUNS.has(next) && isAward(ctx, unit)) push(after, unit, "WON", next);
      // "Godzilla star Jean Reno": only a name the article cues as a work ("Westlife star X" is a band's).
      else if (
        CAST_NOUNS.has(next) &&
        isWork(ctx, unit) &&
        unit.type !== "EVENT" &&
        ctx.cuedWorks[unit.entity] === true
      )
        push(after, unit, "APPEARS_IN", next);
    }
    // "Do They Know It's Christmas": "It's" is "it is", no possessive.
    if (!isPossessiveMark(next) || ctx.words[unit.tokenEnd - 1] === "it") continue;
    // "X's new album Y", "Sony's PlayStation", "Microsoft's new console Xbox".
    const found = unitAfterLead(
      ctx,
      unit.tokenEnd + 1,
      (word) => WORK_LEAD.has(word) && !DETERMINERS.has(word),
      3,
    );
    if (!found) continue;
    const lead = ctx.words.slice(unit.tokenEnd + 1, found.unit.tokenStart);
    if (lead.some((word) => AUTHORED_WORK_NOUNS.has(word))) {
      if (fitsSubject("CREATED", unit) && isWork(ctx, found.unit, true))
        push(unit, found.unit, "CREATED", lead.join(" "));
    } else if (unit.type === "ORGANIZATION" && !lead.some((word) => WORK_NOUNS.has(word))) {
      // A firm's product is OTHER by itself, or announced by a product noun ("Sony's console PSP").
      const tail = ctx.sentence.tokens[found.unit.tokenEnd]?.text ?? "";
      // "Sony's PlayStation 2", "Sony's PlayStation Portable console": a model number or a
      // product noun marks a product the recogniser took for an organisation.
      const isProduct =
        found.unit.type === "OTHER" ||
        (found.cued && isWork(ctx, found.unit, true)) ||
        (found.unit.type === "ORGANIZATION" &&
          (MODEL_NUMBER_RE.test(tail) || PRODUCT_TAIL_WORDS.has(tail)));
      const last = ctx.words[found.unit.tokenEnd - 1] ?? "";
      if (isProduct && !NON_PRODUCT_TAILS.has(tail) && !NON_PRODUCT_TAILS.has(last))
        push(unit, found.unit, "PRODUCES", "'s");
    }
  }
  // "X, author of Y", "X, the director of Y"; "X, star of Y" (only after a comma: "the star of
  // Y" alone is anyone).
  const namesAuthor = hasCue(ctx.words, AUTHOR_NOUN_CUES);
  for (let i = 1; namesAuthor && i < ctx.words.length; i++) {
    const noun = ctx.words[i]!;
    const type = CREATOR_NOUNS.has(noun)
      ? "CREATED"
      : APPOSED_PERFORMER_NOUNS.has(noun)
        ? "APPEARS_IN"
        : undefined;
    if (!type || ctx.words[i + 1] !== "of") continue;
    let k = i - 1;
    if (DETERMINERS.has(ctx.words[k] ?? "")) k--;
    if (ctx.words[k] !== ",") continue;
    const person = unitEndingBefore(ctx, k);
    const work = unitAfterLead(ctx, i + 2, (word) => WORK_LEAD.has(word), 3);
    // "director of" mostly heads a firm or a theatre: only a work the sentence marks as one.
    const director = ctx.words[i] === "director";
    // "Pixar, the creator of Toy Story": of these nouns only a creator may be a firm.
    const isHolder =
      person?.type === "PERSON" ||
      (person?.type === "ORGANIZATION" && !person.isDemonym && noun === "creator");
    if (
      isHolder &&
      person &&
      work &&
      isWork(ctx, work.unit, work.cued) &&
      (!director || hasWorkCue(ctx, work.unit, work.cued))
    )
      push(person, work.unit, type, `${noun} of`);
  }
  return relations;
}

/** "won", "received", "named (the) winner of": an award's or a work's verb. */
const MEDIA_VERB_CUES = cueClass(VERBS.keys(), ["named"]);
const STARRING_CUES = cueClass(["starring"]);
const CAST_VERB_CUES = cueClass(CAST_VERBS);
const PARTICIPLE_CUES = cueClass(PARTICIPLES.keys());
/** "EastEnders star X", "Bafta winner X", "Sony's PlayStation": a noun after a name, or "'s". */
const MEDIA_NOUN_CUES = cueClass(PERFORMER_NOUNS, CREATOR_NOUNS, AWARD_WINNER_NOUNS, CAST_NOUNS, [
  "'s",
  "'",
]);
/** "X, author of Y", "X, star of Y". */
const AUTHOR_NOUN_CUES = cueClass(CREATOR_NOUNS, APPOSED_PERFORMER_NOUNS);

/** Relations of works, awards and products stated in one sentence. */
export function relateMedia(ctx: SentenceContext): ExtractedRelation[] {
  return [
    ...relateMediaVerbs(ctx),
    ...relateParticiples(ctx),
    ...relateStarring(ctx),
    ...relateCastVerbs(ctx),
    ...relateMediaNouns(ctx),
  ];
}
