/**
 * A player's side stated by a main-clause verb in a sports story: "X plays for Real Madrid",
 * "X signed for Bolton", "X joined Chelsea from Porto", "X made his debut for Wales", "X, on loan at
 * Y". Only what the sentence states as done: negated, future and hoped-for moves ("could join",
 * "will sign", "is set to join", "wants to sign") yield nothing, and a club named after "from" is
 * the former one.
 */

import type { EntityType } from "../../domain/vocabulary.js";
import { findEntryByKey } from "../3-recognize/gazetteer/gazetteer-lookups.js";
import { isSideKey } from "../3-recognize/sports-teams.js";
import { UNREAL_WORDS } from "../model/lexicons/sentence-words.js";
import { PARTY_SURFACE, ROLE_RELATIONS } from "../model/news-roles.js";
import type { ExtractedRelation } from "../types.js";
import {
  isModifier,
  isPossessiveMark,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
  unitAfter,
} from "./sentence-view.js";
import { findSubjectLeft } from "./verbs.js";

/** Verbs whose "for" (or "with") object is the side played for: "plays for", "scored twice for". */
const FOR_VERBS: Readonly<Record<string, readonly string[]>> = {
  plays: ["for"],
  played: ["for"],
  scored: ["for"],
  scores: ["for"],
  starred: ["for"],
  stars: ["for"],
  appeared: ["for"],
  featured: ["for"],
  // "Bell, who excelled for England", "X touched down for Fiji", "X, who is now playing for Y".
  excelled: ["for"],
  impressed: ["for"],
  shone: ["for"],
  touched: ["for"],
  playing: ["for"],
  signed: ["for", "with"],
  signs: ["for", "with"],
  "re-signed": ["for", "with"],
};
/** Verbs that say it only with one of these nouns before "for": "made his debut for", "won 50 caps for". */
const NOUN_VERBS: ReadonlySet<string> = new Set([
  "made",
  "makes",
  "won",
  "wins",
  "earned",
  "earns",
]);
const CAREER_NOUNS: ReadonlySet<string> = new Set([
  "debut",
  "cap",
  "caps",
  "appearance",
  "appearances",
]);
/** Verbs whose direct object is the new side: "joined Chelsea", "captained England". */
const DIRECT_VERBS: ReadonlySet<string> = new Set([
  "joined",
  "joins",
  "rejoined",
  "rejoins",
  "captained",
  "represented",
  "represents",
]);
/**
 * Verbs of leading a side now, whose object may be a national side named by its country or a club
 * by its town: "captains Wales", and "will captain Wales" (a selection announced). A past
 * "captained England" is often a retired captain's, so it keeps the clubs-only reading above.
 */
const CAPTAIN_VERBS: ReadonlySet<string> = new Set(["captains", "captain"]);
/** Verbs whose "to" object is the new side: "moved to Chelsea". */
const TO_VERBS: ReadonlySet<string> = new Set(["moved", "moves", "transferred", "switched"]);
/** Words that may stand between a verb and its "for": "scored his first goal for", "played 50 times for". */
const MAX_FOR_GAP = 6;
const WORD_OR_NUMBER_RE = /^([a-z][a-z-]*|\d+)$/;
/** Words after which the next name is another side or another place: "scored against Chelsea for". */
const GAP_BREAKS: ReadonlySet<string> = new Set([
  "against",
  "v",
  "vs",
  "versus",
  "beat",
  "over",
  "from",
  "to",
  "with",
  "and",
  "or",
  "but",
  "while",
  "when",
  "after",
  "before",
  "than",
  "by",
  "of",
  "at",
  "who",
  "which",
  "that",
]);
/** Lower-case words a side's name may be followed by and still be the side: "for the England team". */
const SIDE_NOUNS: ReadonlySet<string> = new Set(["team", "side", "squad", "club"]);
/** A club, or a national side named by its country or a club by its town, after "for". */
const FOR_OBJECTS: readonly EntityType[] = ["ORGANIZATION", "COUNTRY", "PLACE"];

const CONFIDENCE = { named: 0.7, pronoun: 0.6 } as const;

/** The side a verb's object names, if it may be one: "joined Chelsea", not "joined Chelsea's board". */
function sideObject(
  ctx: SentenceContext,
  unit: Unit | undefined,
  keys: readonly string[],
  types: readonly EntityType[],
): Unit | undefined {
  if (!unit || unit.isDemonym) return undefined;
  if (isPossessiveMark(ctx.words[unit.tokenEnd])) return undefined;
  // "joined the Labour Party", "joined the IOC": a body with members is no side.
  const kind = findEntryByKey(keys[unit.entity] ?? "")?.kind;
  if (kind === "party" || kind === "international") return undefined;
  if (PARTY_SURFACE.test(ctx.text.slice(unit.start, unit.end))) return undefined;
  if (isModifier(ctx, unit) && !SIDE_NOUNS.has(ctx.words[unit.tokenEnd] ?? "")) return undefined;
  return types.includes(unit.type) || isSideKey(keys[unit.entity]) ? unit : undefined;
}

/** The token of the link word ("for") a verb at `verb` reaches over its gap, or -1. */
function linkAfter(ctx: SentenceContext, verb: number, links: readonly string[], noun: boolean) {
  let sawNoun = !noun;
  for (let j = verb + 1; j < ctx.words.length && j - verb <= MAX_FOR_GAP; j++) {
    const word = ctx.words[j]!;
    if (links.includes(word)) return sawNoun ? j : -1;
    if (ctx.unitCovering[j]! >= 0 || GAP_BREAKS.has(word) || !WORD_OR_NUMBER_RE.test(word))
      return -1;
    if (CAREER_NOUNS.has(word)) sawNoun = true;
  }
  return -1;
}

/** The people a verb at `verb` is said of, when the clause states it as done. */
function playersOf(
  ctx: SentenceContext,
  verb: number,
): { people: Unit[]; pronoun: boolean } | undefined {
  // "X, on loan at Y" / "X (on loan at Y)": an apposition's person.
  const before = ctx.words[verb - 1];
  if (before === "," || before === "(") {
    const index = ctx.unitCovering[verb - 2];
    const unit = index !== undefined && index >= 0 ? ctx.units[index] : undefined;
    if (unit && unit.type === "PERSON" && !unit.isDemonym && unit.tokenEnd === verb - 1)
      return { people: [unit], pronoun: false };
  }
  // "Brown last played for England": "last" dates the verb, it does not hide the subject.
  const found = findSubjectLeft(ctx, before === "last" ? verb - 1 : verb);
  if (!found || found.negated) return undefined;
  // "Vieira, Ljungberg and Cole scored for Arsenal": each of them.
  const people = found.subjects.filter((unit) => unit.type === "PERSON");
  if (people.length === 0 || people.length !== found.subjects.length) return undefined;
  const end = Math.max(...people.map((unit) => unit.tokenEnd));
  for (let j = end; j < verb; j++) if (UNREAL_WORDS.has(ctx.words[j]!)) return undefined;
  return { people, pronoun: found.pronoun === true };
}

/** Most lower-case words between "who is" and "on loan": "who is in his second month on loan". */
const MAX_LOAN_GAP = 5;
/** The copulas of a loan's relative clause: "X, who is on loan from Y", "who was on loan at Y". */
const LOAN_COPULAS: ReadonlySet<string> = new Set(["is", "was"]);

/**
 * The person a relative clause's loan is said of: "Simon Royce, who is in his second month on
 * loan from Charlton" (a few lower-case words between the copula and "on loan", no other name).
 */
function relativeLoanee(
  ctx: SentenceContext,
  on: number,
): { people: Unit[]; pronoun: boolean } | undefined {
  for (let j = on - 1; j >= 2 && on - j <= MAX_LOAN_GAP + 1; j--) {
    const word = ctx.words[j]!;
    if (LOAN_COPULAS.has(word) && ctx.words[j - 1] === "who" && ctx.words[j - 2] === ",") {
      const index = ctx.unitCovering[j - 3] ?? -1;
      const unit = index >= 0 ? ctx.units[index] : undefined;
      if (!unit || unit.type !== "PERSON" || unit.isDemonym || unit.tokenEnd !== j - 2)
        return undefined;
      return { people: [unit], pronoun: false };
    }
    if (ctx.unitCovering[j]! >= 0 || !WORD_OR_NUMBER_RE.test(word) || UNREAL_WORDS.has(word))
      return undefined;
  }
  return undefined;
}

/** Pronouns that make an "as" after the side open a clause of its own: "as he wins". */
const CLAUSE_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(["he", "she", "they", "it", "we"]);

/** "joined Liverpool as chief executive": a role named after the club that is not a player's. */
function isOtherRole(ctx: SentenceContext, after: number): boolean {
  if (ctx.words[after] !== "as") return false;
  // "will captain Wales as he wins his 50th cap": "as" opens a clause, not a role.
  if (CLAUSE_SUBJECT_PRONOUNS.has(ctx.words[after + 1] ?? "")) return false;
  let i = after + 1;
  if (ctx.words[i] === "a" || ctx.words[i] === "an" || ctx.words[i] === "the") i++;
  const type =
    ROLE_RELATIONS[`${ctx.words[i]} ${ctx.words[i + 1]}`] ?? ROLE_RELATIONS[ctx.words[i] ?? ""];
  return type !== "PLAYS_FOR" && ctx.words[i] !== "player";
}

/** The PLAYS_FOR relations main-clause verbs state in one sentence of a sports story. */
export function relateSportVerbs(
  ctx: SentenceContext,
  keys: readonly string[],
): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (let i = 0; i < ctx.words.length; i++) {
    if (ctx.unitCovering[i]! >= 0) continue;
    const word = ctx.words[i]!;
    let object: Unit | undefined;
    let predicateEnd = i + 1;
    let subjectAt = i;
    const forLinks = FOR_VERBS[word];
    if (forLinks || NOUN_VERBS.has(word)) {
      const link = linkAfter(ctx, i, forLinks ?? ["for"], !forLinks);
      if (link < 0) continue;
      object = sideObject(ctx, unitAfter(ctx, link + 1), keys, FOR_OBJECTS);
      predicateEnd = link + 1;
    } else if (CAPTAIN_VERBS.has(word)) {
      // "will captain Wales": the bare verb only after "will", whose subject stands before it.
      if (word === "captain") {
        if (ctx.words[i - 1] !== "will") continue;
        subjectAt = i - 1;
      }
      object = sideObject(ctx, unitAfter(ctx, i + 1), keys, FOR_OBJECTS);
    } else if (DIRECT_VERBS.has(word)) {
      object = sideObject(ctx, unitAfter(ctx, i + 1), keys, ["ORGANIZATION"]);
    } else if (TO_VERBS.has(word) && ctx.words[i + 1] === "to") {
      object = sideObject(ctx, unitAfter(ctx, i + 2), keys, ["ORGANIZATION"]);
      predicateEnd = i + 2;
    } else if (
      word === "on" &&
      ctx.words[i + 1] === "loan" &&
      (ctx.words[i + 2] === "at" ||
        ctx.words[i + 2] === "with" ||
        ctx.words[i + 2] === "to" ||
        ctx.words[i + 2] === "from")
    ) {
      // "on loan at Leeds": a club named by its town.
      object = sideObject(ctx, unitAfter(ctx, i + 3), keys, FOR_OBJECTS);
      predicateEnd = i + 3;
      // "X is on loan at Y": the copula's subject.
      if (ctx.words[i - 1] === "is" || ctx.words[i - 1] === "was") subjectAt = i - 1;
    } else continue;
    if (!object) continue;
    if (isOtherRole(ctx, object.tokenEnd)) continue;
    const players =
      playersOf(ctx, subjectAt) ?? (word === "on" ? relativeLoanee(ctx, i) : undefined);
    if (!players) continue;
    for (const person of players.people) {
      if (person.entity === object.entity) continue;
      relations.push(
        makeRelation(
          ctx,
          person,
          object,
          "PLAYS_FOR",
          ctx.words.slice(i, predicateEnd).join(" "),
          players.pronoun ? CONFIDENCE.pronoun : CONFIDENCE.named,
          spanOf(ctx, person, object),
        ),
      );
    }
  }
  return relations;
}
