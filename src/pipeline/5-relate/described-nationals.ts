/**
 * A person named as one sentence's subject and described by nationality at the head of the next:
 * "Gebrselassie will race in London. The Ethiopian legend won in Spain on Sunday", "Walker had
 * hoped to compete. The 31-year-old Scot was suspended in 1998" → CITIZEN_OF (INFERRED: the
 * description states the nationality, the sentence before names the person). Only where the
 * reference is plain: the description opens its sentence as its subject, the sentence before
 * names one person and as its subject, and no other person of the story is of that nationality.
 */

import type { Resolution } from "../4-resolve/resolve.js";
import {
  DEMONYM_SUBJECT_VERBS,
  PERSON_REFERENCE_NOUNS,
} from "../model/lexicons/description-cues.js";
import type { ExtractedRelation } from "../types.js";
import {
  findMainSubject,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
} from "./sentence-view.js";

/** Tokens that may open a sentence before its subject: a quote mark, "But", "And". */
const OPENERS: ReadonlySet<string> = new Set(['"', "“", "'", "‘", "but", "and"]);
/** "The 31-year-old Scot": an age between the article and the nationality. */
const AGE_RE = /^\d{1,2}-year-old$/;
/** "The Swede reached", "The Ethiopian legend won": the word after the nationality. */
const PAST_VERB_RE = /^[a-z]+ed$/;
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

/** "The Ethiopian legend" opening a sentence: its nationality's unit, or undefined. */
function openingNationality(ctx: SentenceContext): Unit | undefined {
  let i = 0;
  while (OPENERS.has(ctx.words[i] ?? "")) i++;
  if (ctx.words[i] !== "the") return undefined;
  i++;
  if (AGE_RE.test(ctx.words[i] ?? "")) i++;
  const unit = ctx.units[ctx.unitStartingAt[i] ?? -1];
  if (!unit || !unit.isDemonym || unit.type !== "COUNTRY") return undefined;
  // "The Welsh region", "The Greek pair": the nationality must describe one person.
  const next = ctx.words[unit.tokenEnd] ?? "";
  if (ctx.unitCovering[unit.tokenEnd]! >= 0) return undefined;
  const isPerson =
    PERSON_REFERENCE_NOUNS.has(next) || DEMONYM_SUBJECT_VERBS.has(next) || PAST_VERB_RE.test(next);
  return isPerson ? unit : undefined;
}

/** The one person a sentence names, when it is the sentence's main subject. */
function soleSubject(ctx: SentenceContext): Unit | undefined {
  const people = new Set(ctx.units.filter((u) => u.type === "PERSON").map((u) => u.entity));
  if (people.size !== 1) return undefined;
  const subject = findMainSubject(ctx);
  if (subject?.type !== "PERSON") return undefined;
  // "The fourth seed survived a scare as he battled past Mario Ancic": a clause before the name.
  const lead = ctx.words.slice(0, subject.tokenStart);
  return lead.some((word) => CLAUSE_WORDS.has(word) || PAST_VERB_RE.test(word))
    ? undefined
    : subject;
}

/**
 * CITIZEN_OF from a nationality description that refers back to the previous sentence's subject
 * (most often in sports stories, where athletes are named so). `known` are the relations read so far (rules' and model's).
 */
export function relateDescribedNationals(
  contexts: readonly SentenceContext[],
  resolution: Resolution,
  known: readonly ExtractedRelation[],
): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (let k = 1; k < contexts.length; k++) {
    const ctx = contexts[k]!;
    const nationality = openingNationality(ctx);
    if (!nationality) continue;
    const before = contexts[k - 1]!;
    const person = soleSubject(before);
    if (!person) continue;
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
    // Another nationality a sentence gives the person: not a plain reference.
    const isOther = known.some(
      (r) =>
        r.type === "CITIZEN_OF" &&
        r.provenance === "STATED" &&
        r.subject === person.entity &&
        r.object !== country,
    );
    const isKnown = known.some(
      (r) => r.type === "CITIZEN_OF" && r.subject === person.entity && r.object === country,
    );
    if (isShared || isOther || isKnown || resolution.entities[country]?.type !== "COUNTRY")
      continue;
    const relation = makeRelation(
      ctx,
      person.entity,
      nationality,
      "CITIZEN_OF",
      ctx.words.slice(nationality.tokenStart - 1, nationality.tokenEnd + 1).join(" "),
      CONFIDENCE,
      spanOf(ctx, nationality),
      { inferred: "nationality describing the subject of the previous sentence" },
    );
    relation.provenance = "INFERRED";
    relation.support = [
      makeRelation(before, person, person, "CITIZEN_OF", "", 0, spanOf(before, person)).evidence,
    ];
    relations.push(relation);
  }
  return relations;
}
