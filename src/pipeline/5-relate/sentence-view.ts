/** Per-sentence view the relation patterns read: lower-cased tokens and the entity units over them. */

import type { EntityType, RelationType } from "../../domain/vocabulary.js";
import type { CandidateTitle } from "../3-recognize/candidate.js";
import type { Resolution } from "../4-resolve/resolve.js";
import { COMPETITION_EVENT_NAME_RE } from "../model/lexicons/competition-names.js";
import { AFTER_NAME_WORDS, DETERMINERS, PREPOSITIONS } from "../model/lexicons/sentence-words.js";
import { ROLE_RELATIONS } from "../model/news-roles.js";
import type { ExtractedRelation, Sentence } from "../types.js";

/** A lowercase word ("based", "born"). */
const LOWERCASE_WORD_RE = /^\p{Ll}[\p{Ll}-]*$/u;

/** One argument a relation can take: a mention, widened over its title ("Chinese President Xi Jinping"). */
export interface Unit {
  entity: number;
  type: EntityType;
  /** Token span in the sentence (end exclusive), title included. */
  tokenStart: number;
  tokenEnd: number;
  /** Token where the name itself starts (after any title). */
  nameStart: number;
  start: number;
  end: number;
  /** "Chinese", "Russian": a demonym used as an adjective. */
  isDemonym: boolean;
  isMetonymy: boolean;
  title: CandidateTitle | undefined;
  /** Entities named inside this unit's span that are not units themselves ("Chinese" in "Chinese peace plan"). */
  inner: Unit[];
}

/** A sentence with what every pattern family needs, computed once. */
export interface SentenceContext {
  text: string;
  sentence: Sentence;
  /** Lower-cased token texts, curly apostrophes folded to straight ones. */
  words: string[];
  /** Units in token order. */
  units: Unit[];
  /** For each token, the index into `units` of the unit starting there, or -1. */
  unitStartingAt: Int32Array;
  /** For each token, the index into `units` of the unit covering it, or -1. */
  unitCovering: Int32Array;
  entityTypes: readonly EntityType[];
  /** Per entity: whether the article cues it as a work somewhere ("Evil Dead director Sam Raimi"). */
  cuedWorks: readonly boolean[];
  /** The person recent sentences are about, whom a sentence-initial "He"/"She" names. */
  topicPerson: Unit | undefined;
}

/** Entity types that act: they meet, sanction, support, criticise. */
export const AGENT_TYPES: ReadonlySet<EntityType> = new Set<EntityType>([
  "PERSON",
  "COUNTRY",
  "ORGANIZATION",
]);

/** "Xi's", "Nixon’s": the token after a unit that makes it a possessor. */
export function isPossessiveMark(word: string | undefined): boolean {
  return word === "'s" || word === "'";
}

/** A lower-case word (with hyphens): "medical", "e-democracy", "newly-appointed". */
export const LOWER_WORD_RE = /^[a-z][a-z-]*$/;

/** A year of the last two centuries: "1984", "2005". */
export const YEAR_RE = /^(?:19|20)\d\d$/;

/**
 * Where the run of lower-case words outside names from token `at` ends, after at most `max` of
 * them: the words describing a name ("bought medical technology firm Guidant").
 */
export function lowerWordsEnd(ctx: SentenceContext, at: number, max: number): number {
  let i = at;
  while (i - at < max && ctx.unitCovering[i]! < 0 && LOWER_WORD_RE.test(ctx.words[i] ?? "")) i++;
  return i;
}

/** "the 2000 Sydney Olympics", "the Qatar Open": an event named as a competition, whole. */
function isCompetition(text: string, unit: Unit): boolean {
  return COMPETITION_EVENT_NAME_RE.test(text.slice(unit.start, unit.end));
}

function foldWord(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes("’") ? lower.replaceAll("’", "'") : lower;
}

const folded = new WeakMap<Sentence, string[]>();

/**
 * A sentence's words, lower-cased with curly apostrophes straightened: built once per sentence
 * and shared by the contexts and the retyping before them (read only).
 */
export function foldedWords(sentence: Sentence): string[] {
  let words = folded.get(sentence);
  if (!words) {
    words = sentence.tokens.map((token) => foldWord(token.text));
    folded.set(sentence, words);
  }
  return words;
}

function firstTokenAtOrAfter(sentence: Sentence, offset: number): number {
  const tokens = sentence.tokens;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Builds the per-sentence contexts: nested mentions resolved, title qualifiers folded into their person. */
export function buildContexts(
  text: string,
  sentences: Sentence[],
  resolution: Resolution,
  cuedWorks: readonly boolean[] = [],
): SentenceContext[] {
  const bySentence = new Map<number, number[]>();
  resolution.mentions.forEach((mention, index) => {
    const list = bySentence.get(mention.sentenceIndex);
    if (list) list.push(index);
    else bySentence.set(mention.sentenceIndex, [index]);
  });
  const entityTypes = resolution.entities.map((entity) => entity.type);

  const contexts: SentenceContext[] = sentences.map((sentence) => {
    const words = foldedWords(sentence);
    const raw: Unit[] = (bySentence.get(sentence.index) ?? []).map((index) => {
      const mention = resolution.mentions[index]!;
      const candidate = resolution.candidates[index]!;
      const title = candidate.title;
      const titleStart = title ? firstTokenAtOrAfter(sentence, title.start) : candidate.tokenStart;
      return {
        entity: mention.entity,
        type: resolution.entities[mention.entity]!.type,
        tokenStart: Math.min(titleStart, candidate.tokenStart),
        tokenEnd: candidate.tokenEnd,
        nameStart: candidate.tokenStart,
        start: Math.min(title?.start ?? mention.start, mention.start),
        end: mention.end,
        isDemonym: candidate.via === "demonym",
        isMetonymy: mention.isMetonymy,
        title,
        inner: [],
      };
    });
    raw.sort((a, b) => a.tokenStart - b.tokenStart || b.tokenEnd - a.tokenEnd);

    // "Russian invasion of Ukraine" (an event) gives way to the mentions inside it; "Chinese peace
    // plan" (an agreement), "Chinese President Xi Jinping" (a title) and a competition named after
    // its host ("the 2000 Sydney Olympics") keep them as inner units.
    const units: Unit[] = [];
    for (const unit of raw) {
      const outer = units.at(-1);
      if (outer && unit.tokenStart >= outer.tokenStart && unit.tokenEnd <= outer.tokenEnd) {
        if (unit.tokenStart === outer.tokenStart && unit.tokenEnd === outer.tokenEnd) {
          // Same span typed twice ("post-World War II" as ORG and EVENT): keep the first.
          continue;
        }
        if (outer.type === "EVENT" && !outer.title && !isCompetition(text, outer)) {
          units.pop();
          units.push(unit);
          continue;
        }
        outer.inner.push(unit);
        continue;
      }
      units.push(unit);
    }
    units.sort((a, b) => a.tokenStart - b.tokenStart);

    const unitStartingAt = new Int32Array(words.length).fill(-1);
    const unitCovering = new Int32Array(words.length).fill(-1);
    units.forEach((unit, index) => {
      if (unit.tokenStart < words.length) unitStartingAt[unit.tokenStart] = index;
      for (let i = unit.tokenStart; i < unit.tokenEnd && i < words.length; i++)
        unitCovering[i] = index;
    });
    return {
      text,
      sentence,
      words,
      units,
      unitStartingAt,
      unitCovering,
      entityTypes,
      cuedWorks,
      topicPerson: undefined,
    };
  });
  // "Schneider (born 1963) is a German skeleton racer. He won two medals…": the last person who
  // was a sentence's subject, at most three sentences back.
  let topic: Unit | undefined;
  let age = 0;
  for (const ctx of contexts) {
    ctx.topicPerson = age <= 3 ? topic : undefined;
    const main = findMainSubject(ctx);
    if (main?.type === "PERSON") {
      topic = main;
      age = 0;
    } else {
      age++;
    }
  }
  return contexts;
}

/** "He" or "She" at token `at` read as the topic person, with the pronoun's own span. */
export function resolvePronoun(ctx: SentenceContext, at: number): Unit | undefined {
  const word = ctx.words[at];
  const topic = ctx.topicPerson;
  if ((word !== "he" && word !== "she") || !topic) return undefined;
  const token = ctx.sentence.tokens[at]!;
  return {
    ...topic,
    tokenStart: at,
    tokenEnd: at + 1,
    nameStart: at,
    start: token.start,
    end: token.end,
    inner: [],
  };
}

/**
 * "rejected a Conservative plan", "will meet Chinese officials": a name followed by a lower-case
 * noun modifies that noun and is not the object itself.
 */
export function isModifier(ctx: SentenceContext, unit: Unit): boolean {
  const next = ctx.sentence.tokens[unit.tokenEnd]?.text;
  if (next === undefined || !LOWERCASE_WORD_RE.test(next)) return false;
  return !AFTER_NAME_WORDS.has(next) && !next.endsWith("ly");
}

/** "Berlin-based", "Moscow-backed": a name joined to a lower-case tail in one token. */
const COMPOUND_TAIL_RE = /[-–]\p{Ll}+$/u;

/**
 * Whether a unit is the name inside a compound modifier ("Moscow-backed candidate", "London-based
 * firm"): it describes what follows and names no side, party or target itself.
 */
export function isCompoundModifier(ctx: SentenceContext, unit: Unit): boolean {
  const token = ctx.sentence.tokens[unit.tokenEnd - 1];
  return token !== undefined && token.end > unit.start && COMPOUND_TAIL_RE.test(token.text);
}

/** The unit starting at token `at` after skipping determiners and the given extra words, or undefined. */
export function unitAfter(
  ctx: SentenceContext,
  at: number,
  skip: ReadonlySet<string> = DETERMINERS,
  maxSkip = 3,
): Unit | undefined {
  let i = at;
  for (let skipped = 0; i < ctx.words.length && skipped <= maxSkip; i++, skipped++) {
    const index = ctx.unitStartingAt[i]!;
    if (index >= 0) return ctx.units[index];
    if (!skip.has(ctx.words[i]!)) return undefined;
  }
  return undefined;
}

/** "the US, United Kingdom and Australia": the units coordinated with `first`, first included. */
export function coordinatedFrom(ctx: SentenceContext, first: Unit): Unit[] {
  const list = [first];
  let last = first;
  // "talks with Xi, Putin embraced…" is no list: a run of commas counts only when "and" closes it.
  let closed = 1;
  for (;;) {
    let i = last.tokenEnd;
    const word = ctx.words[i];
    const next = ctx.words[i + 1];
    if (word === "," && (next === "and" || next === "or")) i += 2;
    else if (word === "," || word === "and" || word === "or" || word === "&") i += 1;
    else break;
    const unit = unitAfter(ctx, i, DETERMINERS, 1);
    if (
      !unit ||
      (unit.type !== first.type && !(AGENT_TYPES.has(unit.type) && AGENT_TYPES.has(first.type)))
    )
      break;
    list.push(unit);
    last = unit;
    if (word !== ",") closed = list.length;
    else if (next === "and" || next === "or") closed = list.length;
  }
  return list.slice(0, closed);
}

/** "Russia and China have…": the units coordinated before `last`, in text order, `last` included. */
export function coordinatedBefore(ctx: SentenceContext, last: Unit): Unit[] {
  const list = [last];
  let first = last;
  for (;;) {
    let i = first.tokenStart - 1;
    const word = ctx.words[i];
    // "Xi, Putin embraced" is not a list: the last link must be "and".
    if (word === "and" || word === "&" || (word === "," && list.length > 1)) i -= 1;
    else break;
    if (ctx.words[i] === ",") i -= 1;
    const index = i >= 0 ? ctx.unitCovering[i]! : -1;
    const unit = index >= 0 ? ctx.units[index] : undefined;
    if (!unit || !AGENT_TYPES.has(unit.type)) break;
    list.unshift(unit);
    first = unit;
  }
  return list;
}

/** Whether any token in [from, to) is one of `words`. */
export function hasWordBetween(
  ctx: SentenceContext,
  from: number,
  to: number,
  words: ReadonlySet<string>,
): boolean {
  for (let i = Math.max(from, 0); i < to && i < ctx.words.length; i++)
    if (words.has(ctx.words[i]!)) return true;
  return false;
}

/** Whether a body's name is followed by a role noun and a person's name: "QPR keeper Chris Day". */
export function isRoleOwnerBefore(ctx: SentenceContext, unit: Unit): boolean {
  if (unit.type === "PERSON") return false;
  const role = ctx.words[unit.tokenEnd] ?? "";
  if (!Object.hasOwn(ROLE_RELATIONS, role)) return false;
  // The person's unit may take the role in as its title ("manager Arsene Wenger").
  const person =
    ctx.units[ctx.unitStartingAt[unit.tokenEnd] ?? -1] ??
    ctx.units[ctx.unitStartingAt[unit.tokenEnd + 1] ?? -1];
  return person?.type === "PERSON";
}

/**
 * The sentence's grammatical subject as far as cheap cues tell: the first acting unit that is not
 * inside a prepositional phrase or a possessive ("On Tuesday, following talks with Xi, Putin…" → Putin).
 */
export function findMainSubject(ctx: SentenceContext): Unit | undefined {
  for (const unit of ctx.units) {
    if (unit.tokenStart > 12) return undefined;
    const before = ctx.words[unit.tokenStart - 1];
    if (before !== undefined && PREPOSITIONS.has(before)) continue;
    if (isPossessiveMark(ctx.words[unit.tokenEnd]) || unit.isDemonym) continue;
    // "QPR keeper Chris Day is set to join Preston": the side describes the person after its role.
    if (isRoleOwnerBefore(ctx, unit)) continue;
    if (!AGENT_TYPES.has(unit.type)) return undefined;
    return unit;
  }
  return undefined;
}

/** A relation with its evidence span, before dates and type checks are applied. */
export function makeRelation(
  ctx: SentenceContext,
  subject: Unit | number,
  object: Unit | number,
  type: RelationType,
  predicate: string,
  confidence: number,
  span: { start: number; end: number },
  attributes: Record<string, string> = {},
): ExtractedRelation {
  const subjectEntity = typeof subject === "number" ? subject : subject.entity;
  const objectEntity = typeof object === "number" ? object : object.entity;
  // A capital standing for its country ("sanctions on Moscow") is a reading, not a statement.
  const metonymy =
    (typeof subject !== "number" && subject.isMetonymy) ||
    (typeof object !== "number" && object.isMetonymy);
  return {
    subject: subjectEntity,
    object: objectEntity,
    type,
    predicate,
    confidence: Math.round((metonymy ? confidence * 0.9 : confidence) * 100) / 100,
    attributes,
    evidence: {
      sentenceIndex: ctx.sentence.index,
      sentence: ctx.text.slice(ctx.sentence.start, ctx.sentence.end),
      sentenceStart: ctx.sentence.start,
      start: span.start,
      end: span.end,
      eventDate: null,
    },
    provenance: "STATED",
    support: [],
  };
}

/** A relation between two units of a sentence, its evidence the span from one to the other. */
export function relationBetween(
  ctx: SentenceContext,
  subject: Unit,
  object: Unit,
  type: RelationType,
  predicate: string,
  confidence: number,
): ExtractedRelation {
  return makeRelation(
    ctx,
    subject,
    object,
    type,
    predicate,
    confidence,
    spanOf(ctx, subject, object),
  );
}

/** The character span covering two units (or token indices) of a sentence. */
export function spanOf(
  ctx: SentenceContext,
  ...parts: (Unit | number)[]
): { start: number; end: number } {
  let start = Number.POSITIVE_INFINITY;
  let end = 0;
  for (const part of parts) {
    if (typeof part === "number") {
      const token = ctx.sentence.tokens[part];
      if (!token) continue;
      start = Math.min(start, token.start);
      end = Math.max(end, token.end);
    } else {
      start = Math.min(start, part.start);
      end = Math.max(end, part.end);
    }
  }
  return { start, end };
}

/** The raw predicate as written: the sentence's tokens [from, to) joined by single spaces. */
export function predicateText(ctx: SentenceContext, from: number, to: number): string {
  return ctx.sentence.tokens
    .slice(from, to)
    .map((token) => token.text)
    .join(" ");
}
