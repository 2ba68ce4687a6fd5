/**
 * The work an award, a nomination or praise was for: "Liam Neeson won best actor for Kinsey",
 * "Ann Lee was praised for her role in Vera Drake" (APPEARS_IN); "Clint Eastwood took the best
 * director prize for Million Dollar Baby" (CREATED); a name listed under a category: "best actress
 * nominees include Ann Lee for Monster". Read outside sports stories only; the work is a title no
 * list knows, ending its phrase ("for his role in the Rover deal" is no work).
 */

import type { RelationType } from "../../domain/vocabulary.js";
import { isKnownKey } from "../3-recognize/gazetteer/gazetteer-lookups.js";
import { BE_FORMS, CREATOR_NOUNS, PERFORMER_NOUNS } from "../model/lexicons/relation-triggers.js";
import { DETERMINERS, PREPOSITIONS } from "../model/lexicons/sentence-words.js";
import {
  CAST_NOUNS,
  CATEGORY_LEAD_WORDS,
  CATEGORY_TAIL_NOUNS,
  MAKER_CATEGORY_WORDS,
  PART_NOUNS,
  PERFORMER_CATEGORY_WORDS,
  WORK_NOUNS,
} from "../model/lexicons/work-cues.js";
import type { ExtractedRelation } from "../types.js";
import { isAward, isWork } from "./media-relations.js";
import {
  isPossessiveMark,
  LOWER_WORD_RE,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
  YEAR_RE,
} from "./sentence-view.js";

const CONFIDENCE = 0.7;
/** Most lower-case words between the person and "for": "was named best actor in a TV drama". */
const MAX_PERSON_GAP = 10;
/** Words that end the clause before the person is reached: another clause's subject is no winner. */
const CLAUSE_STOPS: ReadonlySet<string> = new Set([
  "and",
  "but",
  "while",
  "who",
  "whom",
  "which",
  "that",
  "whose",
  "plays",
  "played",
  "playing",
]);
/** Words before a part's noun that give it to someone: "for her role", "for their performances". */
const OWNER_WORDS: ReadonlySet<string> = new Set(["his", "her", "their"]);
/** Words before the first of a list of names: "nominees include X for Y", "alongside Z for W". */
const LIST_LEADS: ReadonlySet<string> = new Set([
  "and",
  "include",
  "includes",
  "included",
  "including",
  "alongside",
  "are",
  "were",
]);
/** Most describing words before a part's noun: "for her lead role", "for his Oscar-winning performance". */
const MAX_PART_LEAD = 2;
/** Most words of the part after "as" before "in": "as a retired boxer in". */
const MAX_PART_NAME = 5;
/** Words between "in" and the title: "in the hit film Y", "in TV drama Y". */
const TITLE_LEAD: ReadonlySet<string> = new Set([
  ...DETERMINERS,
  ...WORK_NOUNS,
  "hit",
  "tv",
  "new",
]);
/** Words after a title that end its phrase: "for Kinsey, while", "for Ray and". */
const PHRASE_ENDS: ReadonlySet<string> = new Set([
  ...PREPOSITIONS,
  ...BE_FORMS,
  ...CLAUSE_STOPS,
  "or",
  "alongside",
]);

/** Whether a unit is a work's title that no list knows and that ends its noun phrase. */
function isTitleHere(ctx: SentenceContext, unit: Unit, keys: readonly string[]): boolean {
  if (unit.type === "EVENT" || !isWork(ctx, unit, true)) return false;
  const key = keys[unit.entity] ?? "";
  if (unit.type !== "OTHER" && isKnownKey(key)) return false;
  const next = ctx.words[unit.tokenEnd] ?? ".";
  return !LOWER_WORD_RE.test(next) || PHRASE_ENDS.has(next);
}

/** The title at token `at`, past at most three leading words ("the film"), when it is one. */
function titleFrom(ctx: SentenceContext, at: number, keys: readonly string[]): Unit | undefined {
  let i = at;
  while (i - at < 3 && ctx.unitStartingAt[i]! < 0 && TITLE_LEAD.has(ctx.words[i] ?? "")) i++;
  const unit = ctx.units[ctx.unitStartingAt[i] ?? -1];
  return unit && isTitleHere(ctx, unit, keys) ? unit : undefined;
}

/** Whether a person's name opens its phrase: at the start, after punctuation or a noun of their trade. */
function opensPhrase(ctx: SentenceContext, unit: Unit): boolean {
  const before = ctx.words[unit.tokenStart - 1];
  if (before === undefined || !LOWER_WORD_RE.test(before)) return true;
  return (
    PERFORMER_NOUNS.has(before) ||
    CREATOR_NOUNS.has(before) ||
    CAST_NOUNS.has(before) ||
    LIST_LEADS.has(before)
  );
}

/** Whether a unit is a person's name, not a possessor ("Ann Lee's"). */
function isPersonName(ctx: SentenceContext, unit: Unit | undefined): unit is Unit {
  return unit?.type === "PERSON" && !unit.isDemonym && !isPossessiveMark(ctx.words[unit.tokenEnd]);
}

/**
 * The person whose clause reaches token `at` over lower-case words only: "Liam Neeson won best
 * actor" from "best", "Paddy Hale, who was crowned best actor" from "best" (the antecedent of a
 * "who" right after the name and its comma); none past a comma, another clause or a name that is
 * no person.
 */
function personBefore(ctx: SentenceContext, at: number): Unit | undefined {
  for (let j = at - 1; j >= 0 && at - j <= MAX_PERSON_GAP + 1; j--) {
    const index = ctx.unitCovering[j]!;
    if (index >= 0) {
      const unit = ctx.units[index]!;
      // "Ann Lee, who is up for an Oscar for her role in Y": the award the clause names is passed.
      if (isAward(ctx, unit) && unit.type !== "PERSON") {
        j = unit.tokenStart;
        continue;
      }
      return isPersonName(ctx, unit) && opensPhrase(ctx, unit) ? unit : undefined;
    }
    const word = ctx.words[j]!;
    // "who won a Bafta in 1999 for her role in Y".
    if (YEAR_RE.test(word)) continue;
    if (word === "who" && ctx.words[j - 1] === ",") {
      const antecedent = ctx.units[ctx.unitCovering[j - 2] ?? -1];
      // "went to Tom Hale, who was crowned": the clause is the name's wherever the name stands.
      return isPersonName(ctx, antecedent) && antecedent.tokenEnd === j - 1
        ? antecedent
        : undefined;
    }
    if (!LOWER_WORD_RE.test(word) || CLAUSE_STOPS.has(word)) return undefined;
  }
  return undefined;
}

/** The relation an award category names: a performer's APPEARS_IN, a maker's CREATED. */
function categoryType(word: string): RelationType | undefined {
  if (PERFORMER_CATEGORY_WORDS.has(word)) return "APPEARS_IN";
  return MAKER_CATEGORY_WORDS.has(word) ? "CREATED" : undefined;
}

/**
 * The category ending right before "for" at token `at`: "best actor for", "a best supporting
 * actress nomination for"; its type and first token.
 */
function categoryBefore(
  ctx: SentenceContext,
  at: number,
): { type: RelationType; start: number } | undefined {
  let noun = at - 1;
  if (CATEGORY_TAIL_NOUNS.has(ctx.words[noun] ?? "")) noun--;
  const type = categoryType(ctx.words[noun] ?? "");
  if (!type) return undefined;
  let start = noun;
  while (start > 0 && CATEGORY_LEAD_WORDS.has(ctx.words[start - 1]!)) start--;
  return start < noun ? { type, start } : undefined;
}

/** The "in" after a part's noun at token `at` ("role in", "role as a boxer in"), or -1. */
function inAfterPart(ctx: SentenceContext, at: number): number {
  if (ctx.words[at + 1] === "in") return at + 1;
  if (ctx.words[at + 1] !== "as") return -1;
  for (let j = at + 2; j < ctx.words.length && j - at - 2 <= MAX_PART_NAME; j++) {
    if (ctx.words[j] === "in") return j;
    if (ctx.unitCovering[j]! < 0 && !LOWER_WORD_RE.test(ctx.words[j]!)) return -1;
  }
  return -1;
}

/** "for her role in Y", "for his lead role as a boxer in Y": the token of the part's "in", or -1. */
function partPhraseAfter(ctx: SentenceContext, forAt: number): number {
  let i = forAt + 1;
  // "for her role in Y"; not "a screen test for the role in Y", a part not yet played.
  if (!OWNER_WORDS.has(ctx.words[i] ?? "")) return -1;
  i++;
  for (let lead = 0; lead < MAX_PART_LEAD && !PART_NOUNS.has(ctx.words[i] ?? ""); lead++) {
    if (ctx.unitCovering[i]! >= 0 || !LOWER_WORD_RE.test(ctx.words[i] ?? "")) return -1;
    i++;
  }
  return PART_NOUNS.has(ctx.words[i] ?? "") ? inAfterPart(ctx, i) : -1;
}

/**
 * The category a listed name stands under: the last one named before it ("best actress
 * nominees include Ann Lee for Monster, Mia Wong for Dust").
 */
function listedCategory(ctx: SentenceContext, before: number): RelationType | undefined {
  for (let j = before - 1; j > 0; j--) {
    const type = categoryType(ctx.words[j]!);
    if (type && CATEGORY_LEAD_WORDS.has(ctx.words[j - 1]!)) return type;
  }
  return undefined;
}

/** APPEARS_IN and CREATED from the work a prize, a nomination or praise was for. */
export function relateAwardRoles(
  ctx: SentenceContext,
  keys: readonly string[],
): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  const push = (person: Unit, work: Unit, type: RelationType, predicate: string) => {
    if (person.entity === work.entity) return;
    relations.push(
      makeRelation(ctx, person, work, type, predicate, CONFIDENCE, spanOf(ctx, person, work)),
    );
  };
  // "X and Y shared the best screenplay award for A and B respectively": pairs not read here.
  if (ctx.words.includes("respectively")) return relations;
  for (let at = 1; at < ctx.words.length; at++) {
    if (ctx.words[at] !== "for" || ctx.unitCovering[at]! >= 0) continue;
    // "praised for her role in Vera Drake", "for his lead role as a boxer in Y".
    const partIn = partPhraseAfter(ctx, at);
    if (partIn >= 0) {
      const work = titleFrom(ctx, partIn + 1, keys);
      const person = work && personBefore(ctx, at);
      if (work && person) push(person, work, "APPEARS_IN", "for … role in");
      continue;
    }
    const work = titleFrom(ctx, at + 1, keys);
    if (!work) continue;
    // "won best actor for Kinsey", "took the best director prize for Y".
    const category = categoryBefore(ctx, at);
    if (category) {
      const person = personBefore(ctx, category.start);
      if (person)
        push(person, work, category.type, ctx.words.slice(category.start, at + 1).join(" "));
      continue;
    }
    // "best actress nominees include Ann Lee for Monster".
    const index = ctx.unitCovering[at - 1]!;
    const listed = index >= 0 ? ctx.units[index] : undefined;
    if (listed?.type !== "PERSON" || listed.isDemonym || !opensPhrase(ctx, listed)) continue;
    const type = listedCategory(ctx, listed.tokenStart);
    if (type) push(listed, work, type, "for");
  }
  return relations;
}
