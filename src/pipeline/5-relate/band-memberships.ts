/**
 * A musician's place in a band stated around a band noun or a player's role, where the band's
 * name does not stand right before the role ("Blur guitarist X" is coordination's reading):
 * "X was lead singer with Quillmoor", "X, drummer in rock group Quillmoor", "X, singer of the band
 * Quillmoor" (a role with, in or of the band), "X took his new band Quillmoor on tour", "X's band Quillmoor" (the band a person's
 * possessive names), and "X announced his departure from pop band Quillmoor", "X quit the band
 * Quillmoor" (a band left: MEMBER_OF marked former). The band is an organisation unit; a person's
 * "band" before a name is never a firm's.
 */

import { FORMER_ATTRIBUTE } from "../../domain/vocabulary.js";
import { BAND_ROLES, GROUP_NOUNS } from "../model/lexicons/coordination-cues.js";
import { BAND_GENRE_WORDS } from "../model/lexicons/music-cues.js";
import type { ExtractedRelation } from "../types.js";
import { isFormerWord } from "./former-roles.js";
import {
  findMainSubject,
  isPossessiveMark,
  LOWER_WORD_RE,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
} from "./sentence-view.js";

const CONFIDENCE = 0.7;
/** Links between a player's role and the band: "singer with", "drummer in". */
const ROLE_LINKS: ReadonlySet<string> = new Set(["with", "in", "for"]);
/** Possessive pronouns before a person's band: "his new band". */
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(["his", "her", "their"]);
/** Words between a possessive and "band": "his new band", "her former band". */
const BAND_LEADS: ReadonlySet<string> = new Set([
  "new",
  "former",
  "old",
  "own",
  "first",
  "current",
]);
/** Marks of a band left behind: "his former band", "his old band". */
const PAST_LEADS: ReadonlySet<string> = new Set(["former", "old"]);
/** Nouns and verbs of leaving a band: "his departure from", "quit the band". */
const LEAVING_NOUNS: ReadonlySet<string> = new Set(["departure", "exit", "split", "sacking"]);
const LEAVING_VERBS: ReadonlySet<string> = new Set([
  "quit",
  "quits",
  "left",
  "leaves",
  "leaving",
  "sacked",
]);
/** Be-forms between a person and the role: "Brown was lead singer with". */
const ROLE_COPULAS: ReadonlySet<string> = new Set(["is", "was", "became", "becomes", "remains"]);
/** Words before a role: "the lead singer", "a former drummer". */
const ROLE_LEADS: ReadonlySet<string> = new Set(["a", "an", "the", "lead", "former", "ex", "ex-"]);

/** The organisation unit starting at token `at`, not a possessor ("Quillmoor's tour"). */
function bandAt(ctx: SentenceContext, at: number): Unit | undefined {
  const unit = ctx.units[ctx.unitStartingAt[at] ?? -1];
  if (!unit || unit.type !== "ORGANIZATION" || unit.isDemonym) return undefined;
  return isPossessiveMark(ctx.words[unit.tokenEnd]) ? undefined : unit;
}

/** Words of a music act's success that make "group" a band's: "chart-topping group X". */
const CHART_WORDS: ReadonlySet<string> = new Set([
  "chart-topping",
  "best-selling",
  "platinum-selling",
  "multi-platinum",
]);
/** Most describing words before a band's noun: "the Irish boy band", "chart-topping group". */
const MAX_BAND_LEAD = 2;

/**
 * Where a band's noun phrase from token `at` ends ("the band", "rock group", "the Irish boy
 * band", "chart-topping group"), or -1 when none stands there. "band" is a band's noun after any
 * describing words; "group", "duo" and the like only after a kind of music or a word of chart
 * success, as "research group" and "banking group" are none.
 */
export function bandNounEnd(ctx: SentenceContext, at: number): number {
  let i = at;
  if (ctx.unitCovering[i]! >= 0) return -1;
  if (ctx.words[i] === "the") i++;
  let isMusical = false;
  for (let lead = 0; lead <= MAX_BAND_LEAD; lead++, i++) {
    if (ctx.unitCovering[i]! >= 0) {
      // "the Irish boy band": a demonym may describe the band.
      const unit = ctx.units[ctx.unitCovering[i]!]!;
      if (!unit.isDemonym || unit.tokenEnd !== i + 1) return -1;
      continue;
    }
    const word = ctx.words[i] ?? "";
    if (word === "band") return i + 1;
    if (GROUP_NOUNS.has(word)) return isMusical ? i + 1 : -1;
    if (!LOWER_WORD_RE.test(word)) return -1;
    const text = ctx.sentence.tokens[i]?.text ?? "";
    if (BAND_GENRE_WORDS.has(text) || CHART_WORDS.has(word)) isMusical = true;
  }
  return -1;
}

/** The band named from token `at`, after an optional band noun ("the band X", "rock group X"). */
function namedBandAt(ctx: SentenceContext, at: number, needsNoun: boolean): Unit | undefined {
  const end = bandNounEnd(ctx, at);
  if (end >= 0) return bandAt(ctx, end);
  if (needsNoun) return undefined;
  // "with The Stone Roses": the band's "The" may open its name or stand before it.
  return bandAt(ctx, at) ?? (ctx.words[at] === "the" ? bandAt(ctx, at + 1) : undefined);
}

/**
 * The person a clause before token `at` is about: the sentence's subject when it is a person and
 * no other person stands between it and `at` ("X praised Y and her new band" is Y's band), or,
 * with no person named before `at`, the person the passage is about ("He said his new band…").
 */
function personBefore(ctx: SentenceContext, at: number): Unit | number | undefined {
  const people = ctx.units.filter((unit) => unit.type === "PERSON" && unit.tokenStart < at);
  if (people.length === 0) return ctx.topicPerson?.entity;
  const subject = findMainSubject(ctx);
  if (subject?.type !== "PERSON" || subject.isDemonym || subject.tokenEnd > at) return undefined;
  return people.every((unit) => unit.entity === subject.entity) ? subject : undefined;
}

function membership(
  ctx: SentenceContext,
  person: Unit | number,
  band: Unit,
  predicate: string,
  from: number,
  isFormer: boolean,
): ExtractedRelation {
  const span =
    typeof person === "number" ? spanOf(ctx, from, band) : spanOf(ctx, person, band, from);
  return makeRelation(
    ctx,
    person,
    band,
    "MEMBER_OF",
    predicate,
    CONFIDENCE,
    span,
    isFormer ? { [FORMER_ATTRIBUTE]: "true" } : {},
  );
}

/**
 * "Tom Hale, lead singer with Quillmoor", "Hale was drummer in rock group Quillmoor": the person
 * before the role (in apposition, or the subject of a be-form) plays in the band after it.
 */
function relateRoleLinks(ctx: SentenceContext, i: number): ExtractedRelation | undefined {
  const role = ctx.words[i]!;
  const link = ctx.words[i + 1] ?? "";
  if (role === "member" || (!ROLE_LINKS.has(link) && link !== "of")) return undefined;
  // "singer of the band X": "of" only before a band's noun ("singer of Because the Night").
  const band = namedBandAt(ctx, i + 2, link === "of");
  if (!band) return undefined;
  let j = i - 1;
  let isFormer = false;
  while (j >= 0 && ROLE_LEADS.has(ctx.words[j]!) && ctx.unitCovering[j]! < 0) {
    if (isFormerWord(ctx.words[j])) isFormer = true;
    j--;
  }
  let person: Unit | undefined;
  if (ctx.words[j] === ",") {
    // "Brown, 42, lead singer with…" is no apposition of the role: the age stands between.
    person = ctx.units[ctx.unitCovering[j - 1] ?? -1];
    if (person && person.tokenEnd !== j) person = undefined;
  } else if (ROLE_COPULAS.has(ctx.words[j] ?? "")) {
    const subject = findMainSubject(ctx);
    if (subject && subject.tokenEnd <= j) person = subject;
  }
  if (person?.type !== "PERSON" || person.isDemonym) return undefined;
  return membership(ctx, person, band, `${role} ${ctx.words[i + 1]}`, i, isFormer);
}

/**
 * The token before the describing words of "band" at token `i` ("his new band", "Hale's former
 * band": the possessive's token), and whether they mark a band left behind.
 */
function bandLeadStart(ctx: SentenceContext, i: number): { k: number; isFormer: boolean } {
  let k = i - 1;
  let isFormer = false;
  while (k >= 0 && BAND_LEADS.has(ctx.words[k]!) && i - k <= 2) {
    if (PAST_LEADS.has(ctx.words[k]!)) isFormer = true;
    k--;
  }
  return { k, isFormer };
}

/** "his new band Quillmoor", "her former band Quillmoor": the band a possessive pronoun names. */
function relatePronounBands(ctx: SentenceContext, i: number): ExtractedRelation | undefined {
  const { k, isFormer } = bandLeadStart(ctx, i);
  if (!POSSESSIVE_PRONOUNS.has(ctx.words[k] ?? "")) return undefined;
  const band = bandAt(ctx, i + 1);
  const person = band ? personBefore(ctx, k) : undefined;
  if (!band || person === undefined) return undefined;
  return membership(ctx, person, band, `${ctx.words[k]} band`, k, isFormer);
}

/** "Tom Hale's band Quillmoor", "Hale's former band Quillmoor": the band a person's possessive names. */
function relatePossessorBands(ctx: SentenceContext, i: number): ExtractedRelation | undefined {
  const { k, isFormer } = bandLeadStart(ctx, i);
  if (!isPossessiveMark(ctx.words[k])) return undefined;
  const person = ctx.units[ctx.unitCovering[k - 1] ?? -1];
  if (person?.type !== "PERSON" || person.isDemonym || person.tokenEnd !== k) return undefined;
  const band = bandAt(ctx, i + 1);
  if (!band) return undefined;
  return membership(ctx, person, band, "'s band", k, isFormer);
}

/**
 * "announced his departure from pop band Quillmoor", "Tom Hale quit the band Quillmoor": a band
 * left, named after a band noun (a bare "left Quillmoor" may be a club or a firm).
 */
function relateLeavings(ctx: SentenceContext, i: number): ExtractedRelation | undefined {
  const word = ctx.words[i]!;
  let at: number;
  if (LEAVING_NOUNS.has(word) && ctx.words[i + 1] === "from") at = i + 2;
  else if (LEAVING_VERBS.has(word)) at = i + 1;
  else return undefined;
  const band = namedBandAt(ctx, at, true);
  if (!band) return undefined;
  const person = personBefore(ctx, i);
  if (person === undefined) return undefined;
  return membership(ctx, person, band, word, i, true);
}

/** The band memberships one sentence states around a band's noun or a player's role. */
export function relateBandMemberships(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (let i = 1; i < ctx.words.length - 1; i++) {
    if (ctx.unitCovering[i]! >= 0) continue;
    const word = ctx.words[i]!;
    if (!LOWER_WORD_RE.test(word)) continue;
    let found: ExtractedRelation | undefined;
    if (BAND_ROLES.has(word)) found = relateRoleLinks(ctx, i);
    else if (word === "band") found = relatePronounBands(ctx, i) ?? relatePossessorBands(ctx, i);
    else found = relateLeavings(ctx, i);
    if (found) relations.push(found);
  }
  return relations;
}
