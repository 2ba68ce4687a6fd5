/**
 * A person named in one sentence and described by nationality in the next: "Gebrselassie will
 * race in London. The Ethiopian legend won in Spain on Sunday", "Walker had hoped to compete. The
 * 31-year-old Scot was suspended in 1998", "WADA chief Dick Pound says Marion Jones should be
 * stripped… Victor Conte claims the American sprinter used drugs" → CITIZEN_OF (INFERRED: the
 * description states the nationality, the sentence before names the person). Only where the
 * reference is plain: a description opening its sentence as its subject means the sentence
 * before's subject, whose other people are of other nationalities; one inside a sentence, with a
 * person's noun, means the only untitled person the sentence before names and this one does not;
 * and no other person of the story is of that nationality.
 */

import type { Resolution } from "../4-resolve/resolve.js";
import {
  DEMONYM_SUBJECT_VERBS,
  PERSON_REFERENCE_NOUNS,
} from "../model/lexicons/description-cues.js";
import type { ExtractedRelation } from "../types.js";
import {
  findMainSubject,
  LOWER_WORD_RE,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
} from "./sentence-view.js";

/** A country's short form: "US", "UK". */
const SHORT_FORM_RE = /^\p{Lu}{2,3}$/u;
/**
 * Nouns after a country's short form that name no national: a side's post ("the US coach", which a
 * foreigner may hold) or a chart's or a ranking's place ("the UK top ten").
 */
const NOT_NATIONAL_AFTER_SHORT_FORM: ReadonlySet<string> = new Set([
  "top",
  "world",
  "former",
  "coach",
  "boss",
  "manager",
  "captain",
  "skipper",
  "number",
  "international",
  "player",
]);
/** Tokens that may open a sentence before its subject: a quote mark, "But", "And". */
const OPENERS: ReadonlySet<string> = new Set(['"', "“", "'", "‘", "but", "and"]);
/** "The 31-year-old Scot": an age between the article and the nationality. */
const AGE_RE = /^\d{1,2}-year-old$/;
/** "The Swede reached", "The Ethiopian legend won": the word after the nationality. */
const PAST_VERB_RE = /^[a-z]+ed$/;
/** Words in "-ed" that are no verbs: "Second seed Joachim Johansson won". */
const NOT_PAST_VERBS: ReadonlySet<string> = new Set(["seed", "speed", "need", "bed", "red"]);
/** "the Satyajit Ray Award, named after the Indian director": a namesake inside another name. */
const NAMESAKE_WORDS: ReadonlySet<string> = new Set([
  "named",
  "renamed",
  "dedicated",
  "honour",
  "honor",
  "memory",
  "tribute",
]);
/** Words before a name that put it in a clause of its own: "as he battled past X". */
const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  ...DEMONYM_SUBJECT_VERBS,
  "as",
  "past",
  "when",
  "while",
  "after",
  "before",
  "against",
  "by",
  "with",
  "he",
  "she",
]);

const CONFIDENCE = 0.65;

/** A nationality describing one person ("the 28-year-old Scot", "the American sprinter"). */
interface Description {
  /** The token of its "the". */
  at: number;
  /** The nationality's unit. */
  unit: Unit;
  /** The token of the noun after it ("sprinter"), if the nationality is no noun itself. */
  noun: number | undefined;
}

/** "reached", "battled": a verb in the past, "seed" aside. */
function isPastVerb(word: string): boolean {
  return PAST_VERB_RE.test(word) && !NOT_PAST_VERBS.has(word);
}

/** Whether the word at token `i` is outside names and lower-case. */
function isPlainWord(ctx: SentenceContext, i: number): boolean {
  return ctx.unitCovering[i]! < 0 && LOWER_WORD_RE.test(ctx.words[i] ?? "");
}

/**
 * "the Ethiopian legend", "the 31-year-old Scot", "the American tennis star" from the "the" at
 * token `at`: a nationality with a person's noun after it (one plain word may come between), or,
 * where `isSubject`, a nationality standing for one person before a verb ("The Swede reached").
 */
function describedNationality(
  ctx: SentenceContext,
  at: number,
  isSubject: boolean,
): Description | undefined {
  if (ctx.words[at] !== "the") return undefined;
  let i = at + 1;
  if (AGE_RE.test(ctx.words[i] ?? "")) i++;
  const unit = ctx.units[ctx.unitStartingAt[i] ?? -1];
  if (!unit || unit.type !== "COUNTRY") return undefined;
  // "The US tycoon": a country's short form used as a nationality, only before a person's noun.
  const isShortForm = !unit.isDemonym && SHORT_FORM_RE.test(ctx.text.slice(unit.start, unit.end));
  if (!unit.isDemonym && !isShortForm) return undefined;
  // "the Uruguayan-born researcher": a birthplace, no nationality.
  if (ctx.words.slice(unit.tokenStart, unit.tokenEnd).some((word) => word.endsWith("born")))
    return undefined;
  // "The Welsh region", "The Greek pair": the nationality must describe one person.
  const next = unit.tokenEnd;
  // "But the Moroccan, who has not raced for 15 years, will…": a nationality noun set off as the
  // subject; "The French, who…" names a people, not one person.
  if (isSubject && ctx.words[next] === "," && isPersonNationality(ctx, unit))
    return { at, unit, noun: undefined };
  if (!isPlainWord(ctx, next)) return undefined;
  const word = ctx.words[next] ?? "";
  const isVerb = DEMONYM_SUBJECT_VERBS.has(word) || isPastVerb(word);
  // "the American tennis star": one plain word, no verb, may stand before the noun.
  const noun = PERSON_REFERENCE_NOUNS.has(word)
    ? next
    : !isVerb && isPlainWord(ctx, next + 1) && PERSON_REFERENCE_NOUNS.has(ctx.words[next + 1]!)
      ? next + 1
      : undefined;
  if (isShortForm && (noun === undefined || NOT_NATIONAL_AFTER_SHORT_FORM.has(ctx.words[noun]!)))
    return undefined;
  if (noun !== undefined) {
    // "the American sprinter Marion Jones": a name modifier, which origin-modifiers reads.
    const after = noun + 1;
    if (ctx.unitStartingAt[after]! >= 0) return undefined;
    if (ctx.words[after] === "," && ctx.unitStartingAt[after + 1]! >= 0) return undefined;
    return { at, unit, noun };
  }
  return isSubject && isVerb ? { at, unit, noun: undefined } : undefined;
}

/** "French", "Welsh", "Chinese": a nationality that as a noun names a whole people. */
const PEOPLE_NATIONALITY_RE = /(sh|ch|ese|ss)$/;

/** Whether a nationality used as a noun names one person: "the Moroccan", "the Briton", not "the French". */
function isPersonNationality(ctx: SentenceContext, unit: Unit): boolean {
  return !PEOPLE_NATIONALITY_RE.test(ctx.words[unit.tokenEnd - 1] ?? "");
}

/** "The Ethiopian legend" opening a sentence: its description, or undefined. */
function openingNationality(ctx: SentenceContext): Description | undefined {
  let i = 0;
  while (OPENERS.has(ctx.words[i] ?? "")) i++;
  return describedNationality(ctx, i, true);
}

/** Whether the rules state a nationality of the person other than the country. */
function isOtherNational(
  known: readonly ExtractedRelation[],
  person: number,
  country: number,
): boolean {
  return known.some(
    (r) =>
      r.type === "CITIZEN_OF" &&
      r.provenance === "STATED" &&
      r.subject === person &&
      r.object !== country,
  );
}

/**
 * The person a sentence is about, when it is its main subject and every other person it names is
 * of another nationality than `country` ("Johnson was in a spat with Britain's Darren Campbell.
 * The American…").
 */
function soleSubject(
  ctx: SentenceContext,
  known: readonly ExtractedRelation[],
  country: number,
): Unit | undefined {
  const subject = findMainSubject(ctx);
  if (subject?.type !== "PERSON") return undefined;
  const others = ctx.units.filter((u) => u.type === "PERSON" && u.entity !== subject.entity);
  if (others.some((other) => !isOtherNational(known, other.entity, country))) return undefined;
  // "The fourth seed survived a scare as he battled past Mario Ancic": a clause before the name.
  const lead = ctx.words.slice(0, subject.tokenStart);
  return lead.some((word) => CLAUSE_WORDS.has(word) || isPastVerb(word)) ? undefined : subject;
}

/**
 * The one person a description inside sentence `k` can mean ("Victor Conte claims the American
 * sprinter used drugs" after "WADA chief Dick Pound says Marion Jones should be stripped…"):
 * of the people the sentence before names, the only one this sentence does not name, who has no
 * title and no other stated nationality. Undefined where the sentence names a person before the
 * description other than its subject, or where two people could be meant.
 */
function earlierReferent(
  contexts: readonly SentenceContext[],
  k: number,
  description: Description,
  known: readonly ExtractedRelation[],
): Unit | undefined {
  const ctx = contexts[k]!;
  const before = contexts[k - 1]!;
  const subject = findMainSubject(ctx);
  const named = new Set(ctx.units.filter((u) => u.type === "PERSON").map((u) => u.entity));
  const isEarlierPerson = (u: Unit) =>
    u.type === "PERSON" && u.tokenEnd <= description.unit.tokenStart && u !== subject;
  if (ctx.units.some(isEarlierPerson)) return undefined;
  if (NAMESAKE_WORDS.has(ctx.words[description.at - 2] ?? "")) return undefined;
  const country = description.unit.entity;
  const candidates = new Map<number, Unit>();
  for (const unit of before.units) {
    if (unit.type !== "PERSON" || named.has(unit.entity)) continue;
    // "WADA chief Dick Pound": a person the story names by an office is not "the sprinter".
    if (unit.title !== undefined || isOtherNational(known, unit.entity, country)) continue;
    if (!candidates.has(unit.entity)) candidates.set(unit.entity, unit);
  }
  return candidates.size === 1 ? [...candidates.values()][0] : undefined;
}

/**
 * CITIZEN_OF from a nationality description that refers back to a person the sentence before
 * names (most often in sports stories, where athletes are named so). `known` are the rules'
 * relations, the model's left out: what the description states then overrules the model's guess.
 */
export function relateDescribedNationals(
  contexts: readonly SentenceContext[],
  resolution: Resolution,
  known: readonly ExtractedRelation[],
): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (let k = 1; k < contexts.length; k++) {
    const ctx = contexts[k]!;
    const before = contexts[k - 1]!;
    const found: { description: Description; person: Unit }[] = [];
    const opening = openingNationality(ctx);
    if (opening) {
      const person = soleSubject(before, known, opening.unit.entity);
      if (person) found.push({ description: opening, person });
    }
    for (let at = 1; at < ctx.words.length; at++) {
      const description = describedNationality(ctx, at, false);
      if (!description || description.unit === opening?.unit) continue;
      const person = earlierReferent(contexts, k, description, known);
      if (person) found.push({ description, person });
    }
    for (const { description, person } of found) {
      const nationality = description.unit;
      const country = nationality.entity;
      // "Kenyan Susan Chepkemei" elsewhere: "the Kenyan" may be that other person (a sentence
      // states it; the model's guesses across sentences are no such statement).
      const isShared = known.some(
        (r) =>
          r.type === "CITIZEN_OF" &&
          r.provenance === "STATED" &&
          r.object === country &&
          r.subject !== person.entity,
      );
      const isKnown = [...known, ...relations].some(
        (r) => r.type === "CITIZEN_OF" && r.subject === person.entity && r.object === country,
      );
      // Another nationality a sentence gives the person: not a plain reference.
      if (
        isShared ||
        isKnown ||
        isOtherNational(known, person.entity, country) ||
        resolution.entities[country]?.type !== "COUNTRY"
      )
        continue;
      const end = description.noun ?? nationality.tokenEnd;
      const relation = makeRelation(
        ctx,
        person.entity,
        nationality,
        "CITIZEN_OF",
        ctx.words.slice(nationality.tokenStart - 1, end + 1).join(" "),
        CONFIDENCE,
        spanOf(ctx, nationality),
        { inferred: "nationality describing a person the sentence before names" },
      );
      relation.provenance = "INFERRED";
      relation.support = [
        makeRelation(before, person, person, "CITIZEN_OF", "", 0, spanOf(before, person)).evidence,
      ];
      relations.push(relation);
    }
  }
  return relations;
}
