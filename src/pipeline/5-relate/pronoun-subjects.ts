/**
 * A person named as the subject of one sentence and taken up by "He"/"She" in the next: "Jane
 * Doe was appointed chief executive in 2003. She joined Acme from Globex…", "But he told the
 * BBC…". The sentence rules see the pronoun as a unit of that person, and a relation resting on
 * it is INFERRED, with the sentence naming the person as support.
 *
 * Gender is mostly unknown ("Mr", "Ms", "Dame" aside), so only where no one else could be meant:
 * the sentence before names one person and as its subject, outside any quotation (or is itself
 * such a pronoun sentence naming no one else, a quotation "he said" attributes, or one sentence
 * naming no one); the pronoun opens its sentence (after "But", "And" or a short phrase and a
 * comma), outside any quotation ("“He was brilliant,” said Jones" may mean anyone), and the
 * sentence does not name the person again.
 */

import { FEMALE_ADDRESS, MALE_ADDRESS } from "../model/lexicons/titles-of-office.js";
import type { ExtractedRelation, RelationEvidence } from "../types.js";
import {
  findMainSubject,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
} from "./sentence-view.js";

/** Words that may open a sentence before its subject: "But", "And". */
const OPENERS: ReadonlySet<string> = new Set(["but", "and"]);
/** Quotation marks, straight or curly. */
const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', "“", "”"]);
/** "In the mid-1960s, he joined…": the longest phrase before the comma and the pronoun. */
const MAX_OPENING_PHRASE = 6;
/** Sentences naming no one a pronoun may reach back over to its person. */
const MAX_QUIET_SENTENCES = 1;
/** Subject pronouns of one person. */
const PERSON_PRONOUNS: ReadonlySet<string> = new Set(["he", "she"]);
/** A relation resting on a pronoun is less certain than one on a name. */
const PRONOUN_DISCOUNT = 0.9;

/** A sentence whose opening "He"/"She" is read as a person named in an earlier sentence. */
export interface PronounView {
  /** The sentence with the pronoun as a unit of the person. */
  ctx: SentenceContext;
  /** The pronoun's unit. */
  pronoun: Unit;
  /** The sentence naming the person, and the name's unit there. */
  named: { ctx: SentenceContext; unit: Unit };
}

/** The people a sentence names, inner names included. */
function peopleNamed(ctx: SentenceContext): Set<number> {
  const people = new Set<number>();
  for (const unit of ctx.units) {
    if (unit.type === "PERSON") people.add(unit.entity);
    for (const inner of unit.inner) if (inner.type === "PERSON") people.add(inner.entity);
  }
  return people;
}

/** Whether token `at` is inside a quotation: an odd number of quote marks before it. */
function isQuoted(ctx: SentenceContext, at: number): boolean {
  let marks = 0;
  for (let i = 0; i < at; i++) if (QUOTE_MARKS.has(ctx.words[i]!)) marks++;
  return marks % 2 === 1;
}

/**
 * The token of a "He"/"She" opening the sentence as its subject, or -1: "He joined…", "But she
 * said…", "In 2003, he joined…" (a short phrase naming no person, then a comma).
 */
function openingPronoun(ctx: SentenceContext): number {
  let i = 0;
  while (i < 2 && OPENERS.has(ctx.words[i] ?? "")) i++;
  if (PERSON_PRONOUNS.has(ctx.words[i] ?? "")) return i;
  const comma = ctx.words.indexOf(",");
  if (comma < 1 || comma > MAX_OPENING_PHRASE || !PERSON_PRONOUNS.has(ctx.words[comma + 1] ?? ""))
    return -1;
  for (let j = 0; j < comma; j++) {
    const unit = ctx.units[ctx.unitCovering[j]!];
    if (unit?.type === "PERSON" || QUOTE_MARKS.has(ctx.words[j]!)) return -1;
  }
  return comma + 1;
}

/** "Jane Doe joined Acme in 2003.": the one person a sentence names, as its subject and unquoted. */
function soleNamedSubject(ctx: SentenceContext): Unit | undefined {
  if (peopleNamed(ctx).size !== 1) return undefined;
  const subject = findMainSubject(ctx);
  if (subject?.type !== "PERSON" || isQuoted(ctx, subject.tokenStart)) return undefined;
  return subject;
}

/**
 * "“We will appeal,” he said.": a quotation its speaker names by a pronoun (of the expected
 * gender, where known) after it, naming no person outside the quotation, goes on about the same
 * person.
 */
function isPronounAttribution(ctx: SentenceContext, expected: string | undefined): boolean {
  const words = ctx.words;
  if (!QUOTE_MARKS.has(words[0] ?? "")) return false;
  let close = -1;
  for (let i = words.length - 1; i > 0 && close < 0; i--) if (QUOTE_MARKS.has(words[i]!)) close = i;
  const pronoun = words[close + 1] === "," ? close + 2 : close + 1;
  const word = words[pronoun] ?? "";
  if (close < 0 || isQuoted(ctx, close) === false || !PERSON_PRONOUNS.has(word)) return false;
  if (expected !== undefined && expected !== word) return false;
  // "he said." or "he told the BBC.": nothing after the verb names a person.
  return !ctx.units.some((unit) => unit.type === "PERSON" && unit.tokenStart > close);
}

/** The sentence with `pronoun` among its units, the indexes over them rebuilt. */
export function withUnit(ctx: SentenceContext, pronoun: Unit): SentenceContext {
  const units = [...ctx.units, pronoun].sort((a, b) => a.tokenStart - b.tokenStart);
  const unitStartingAt = new Int32Array(ctx.words.length).fill(-1);
  const unitCovering = new Int32Array(ctx.words.length).fill(-1);
  units.forEach((unit, index) => {
    if (unit.tokenStart < ctx.words.length) unitStartingAt[unit.tokenStart] = index;
    for (let i = unit.tokenStart; i < unit.tokenEnd && i < ctx.words.length; i++)
      unitCovering[i] = index;
  });
  return { ...ctx, units, unitStartingAt, unitCovering };
}

/**
 * "he" or "she" for the people the story addresses as a man or a woman ("Mr Blair", "Ms Kelly",
 * "Dame Kelly Holmes"): a pronoun of the other gender is not theirs.
 */
function pronounsByAddress(contexts: readonly SentenceContext[]): Map<number, string> {
  const pronouns = new Map<number, string>();
  for (const ctx of contexts)
    for (const unit of ctx.units) {
      if (unit.type !== "PERSON") continue;
      const before = ctx.words[unit.nameStart - 1];
      const first = ctx.words[unit.nameStart];
      for (const word of [before, first]) {
        if (word !== undefined && MALE_ADDRESS.has(word)) pronouns.set(unit.entity, "he");
        if (word !== undefined && FEMALE_ADDRESS.has(word)) pronouns.set(unit.entity, "she");
      }
    }
  return pronouns;
}

/** For each sentence, its pronoun view when its opening "He"/"She" names a certain person. */
export function findPronounViews(
  contexts: readonly SentenceContext[],
): (PronounView | undefined)[] {
  const views: (PronounView | undefined)[] = [];
  const addressed = pronounsByAddress(contexts);
  // The person the previous sentence is about, and the sentence naming them.
  let topic: { ctx: SentenceContext; unit: Unit } | undefined;
  // Sentences naming no one since the person's ("The firm grew in 2004. She left in 2005.").
  let quiet = 0;
  for (const ctx of contexts) {
    const at = openingPronoun(ctx);
    const people = peopleNamed(ctx);
    const view =
      topic &&
      at >= 0 &&
      !people.has(topic.unit.entity) &&
      (addressed.get(topic.unit.entity) ?? ctx.words[at]) === ctx.words[at]
        ? pronounView(ctx, at, topic)
        : undefined;
    views.push(view);
    // "“We won. He was brilliant.”": a quotation running on into the next sentence.
    if (isQuoted(ctx, ctx.words.length)) {
      topic = undefined;
      continue;
    }
    // "She joined Acme in 2003. She left in 2008.": a pronoun sentence naming no one keeps its
    // person; "He told Jane Doe…" is no sentence about Jane Doe.
    if (at >= 0) topic = view && people.size === 0 ? topic : undefined;
    else if (topic && isPronounAttribution(ctx, addressed.get(topic.unit.entity))) continue;
    else if (topic && people.size === 0 && ++quiet <= MAX_QUIET_SENTENCES) continue;
    else {
      const subject = soleNamedSubject(ctx);
      topic = subject ? { ctx, unit: subject } : undefined;
    }
    quiet = 0;
  }
  return views;
}

function pronounView(
  ctx: SentenceContext,
  at: number,
  named: { ctx: SentenceContext; unit: Unit },
): PronounView | undefined {
  const pronoun = pronounUnit(ctx, at, named.unit);
  return { ctx: withUnit(ctx, pronoun), pronoun, named };
}

/** The pronoun at token `at` as a unit standing for the entity `named` names ("she" as Jane Doe). */
export function pronounUnit(ctx: SentenceContext, at: number, named: Unit): Unit {
  return unitOver(ctx, at, at + 1, named);
}

/**
 * Tokens [start, end) of `ctx` as a unit standing for the entity `named` names: a pronoun ("she"),
 * or a description ("The computer giant") read as that entity.
 */
export function unitOver(ctx: SentenceContext, start: number, end: number, named: Unit): Unit {
  return {
    ...named,
    tokenStart: start,
    tokenEnd: end,
    nameStart: start,
    start: ctx.sentence.tokens[start]!.start,
    end: ctx.sentence.tokens[end - 1]!.end,
    isDemonym: false,
    isMetonymy: false,
    title: undefined,
    inner: [],
  };
}

/**
 * The relations read from a pronoun view with those resting on the pronoun made INFERRED (the
 * sentence naming the person as support) and a little less confident.
 */
export function inferThroughPronoun(
  view: PronounView,
  relations: readonly ExtractedRelation[],
): ExtractedRelation[] {
  const person = view.pronoun.entity;
  const support = supportOf(view.named.ctx, view.named.unit);
  return relations.map((relation) => {
    if (relation.subject !== person && relation.object !== person) return relation;
    return {
      ...relation,
      confidence: Math.round(relation.confidence * PRONOUN_DISCOUNT * 100) / 100,
      attributes: {
        ...relation.attributes,
        inferred: "pronoun for the previous sentence's subject",
      },
      provenance: "INFERRED",
      support: [support],
    };
  });
}

/** The sentence naming the person, as support. */
function supportOf(ctx: SentenceContext, unit: Unit): RelationEvidence {
  return makeRelation(ctx, unit, unit, "MET_WITH", "", 0, spanOf(ctx, unit)).evidence;
}
