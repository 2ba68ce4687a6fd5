/** Nominalisations: "Nixon's visit to Beijing", "the Russian invasion of Ukraine", "sanctions on Moscow". */

import type { RelationType } from "../../domain/vocabulary.js";
import { BLOCKING_WORDS } from "../model/lexicons/nominalisation-cues.js";
import {
  BE_FORMS,
  LIGHT_VERBS,
  MODIFIER_WORDS,
  NOUN_TRIGGERS,
  type NounTrigger,
  SUBJECT_LEAD_INS,
} from "../model/lexicons/relation-triggers.js";
import { DETERMINERS, NEGATORS, PREPOSITIONS } from "../model/lexicons/sentence-words.js";
import type { ExtractedRelation } from "../types.js";
import { cueClass, hasCue } from "./cue-words.js";
import { describedFirm } from "./firm-patterns.js";
import {
  AGENT_TYPES,
  coordinatedFrom,
  findMainSubject,
  isModifier,
  isPossessiveMark,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
  unitAfter,
} from "./sentence-view.js";
import { findSubjectLeft, roleHolderAfter } from "./verbs.js";

const OBJECT_SKIP: ReadonlySet<string> = new Set([...DETERMINERS, ...MODIFIER_WORDS]);

/** Nouns a country before them places rather than acts: "a US lawsuit" is heard in the US. */
const VENUE_NOUNS: ReadonlySet<string> = new Set(["lawsuit", "lawsuits"]);

/** "its third meeting with the LSE", "their latest talks": which of several. */
const ORDINAL_WORDS: ReadonlySet<string> = new Set([
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "latest",
  "last",
  "recent",
  "private",
  "secret",
  "informal",
  "formal",
]);

/** Possessive pronouns whose antecedent is the subject ("his trip to Moscow"). */
const PERSONAL_POSSESSIVES: ReadonlySet<string> = new Set(["his", "her"]);
const GROUP_POSSESSIVES: ReadonlySet<string> = new Set(["its", "their"]);

interface Subjects {
  units: Unit[];
  confidence: number;
}

/** "talks" between countries are negotiations; between people, a meeting. */
function adjustType(word: string, type: RelationType, a: Unit, b: Unit): RelationType {
  if (word === "talks" && (a.type !== "PERSON" || b.type !== "PERSON")) return "NEGOTIATES_WITH";
  return type;
}

function nearestUnitBefore(
  ctx: SentenceContext,
  at: number,
  accept: (unit: Unit) => boolean,
): Unit | undefined {
  for (let j = at - 1; j >= 0; j--) {
    const index = ctx.unitCovering[j]!;
    if (index >= 0 && accept(ctx.units[index]!)) return ctx.units[index];
  }
  return undefined;
}

/** The subjects of the clause whose verb (or "in") stands at `at`; "blocked" when it is negated. */
function clauseSubjects(
  ctx: SentenceContext,
  at: number,
  confidence: number,
): Subjects | "blocked" | undefined {
  const finding = findSubjectLeft(ctx, at);
  if (!finding) return undefined;
  if (finding.negated) return "blocked";
  return { units: finding.subjects, confidence: finding.hedged ? 0.45 : confidence };
}

/** The subject of the noun at `noun`, read leftwards; `lastObjectEnd` links "visit to Beijing and meeting with Mao". */
function findNounSubject(
  ctx: SentenceContext,
  noun: number,
  previous: { end: number; subjects: Subjects } | undefined,
): Subjects | "blocked" | undefined {
  let k = noun - 1;
  for (
    let skipped = 0;
    k >= 0 &&
    skipped < 3 &&
    (MODIFIER_WORDS.has(ctx.words[k]!) ||
      ORDINAL_WORDS.has(ctx.words[k]!) ||
      ctx.words[k]!.includes("-"));
    k--
  ) {
    if (ctx.unitCovering[k]! >= 0) break;
    skipped++;
  }
  if (k < 0) return undefined;
  const word = ctx.words[k]!;
  if (NEGATORS.has(word)) return "blocked";
  // "Nixon's visit", "Xi’s arrival".
  if (isPossessiveMark(word) && ctx.unitCovering[k - 1]! >= 0) {
    const unit = ctx.units[ctx.unitCovering[k - 1]!]!;
    return AGENT_TYPES.has(unit.type) ? { units: [unit], confidence: 0.75 } : undefined;
  }
  // "the Russian invasion", "US sanctions".
  const covering = ctx.unitCovering[k]!;
  if (covering >= 0) {
    const unit = ctx.units[covering]!;
    // "a separate US lawsuit against Rosneft": the country is the court's, not the claimant.
    if (unit.type === "COUNTRY" && VENUE_NOUNS.has(ctx.words[noun]!)) return undefined;
    return unit.type === "COUNTRY" || unit.type === "ORGANIZATION"
      ? { units: [unit], confidence: 0.7 }
      : undefined;
  }
  // "his high-profile trip to Moscow": the nearest person before.
  if (PERSONAL_POSSESSIVES.has(word) || GROUP_POSSESSIVES.has(word)) {
    const personal = PERSONAL_POSSESSIVES.has(word);
    const antecedent = nearestUnitBefore(ctx, k, (unit) =>
      personal
        ? unit.type === "PERSON"
        : AGENT_TYPES.has(unit.type) && unit.type !== "PERSON" && !unit.isDemonym,
    );
    return antecedent ? { units: [antecedent], confidence: 0.65 } : undefined;
  }
  // "trip to Moscow and meetings with Putin": the second noun shares the first one's subject.
  if (word === "and" && previous && previous.end === k)
    return { units: previous.subjects.units, confidence: 0.65 };
  while (k >= 0 && DETERMINERS.has(ctx.words[k]!)) k--;
  const lead = ctx.words[k];
  if (lead === undefined) return undefined;
  if (BLOCKING_WORDS.has(lead)) return "blocked";
  // "following talks with Xi, Putin embraced…".
  if (SUBJECT_LEAD_INS.has(lead)) {
    const main = findMainSubject(ctx);
    return main && main.tokenStart > noun ? { units: [main], confidence: 0.6 } : undefined;
  }
  // "Mitsubishi is in talks with Peugeot": the talks are the subject's.
  if (lead === "in" && BE_FORMS.has(ctx.words[k - 1] ?? "") && ctx.words[k - 1] !== "'s")
    return clauseSubjects(ctx, k, 0.7);
  // "The US and its allies have imposed crippling sanctions on Moscow".
  if (LIGHT_VERBS.has(lead)) return clauseSubjects(ctx, k, 0.75);
  return undefined;
}

/** Objects after the noun's preposition: "sanctions on Moscow", "visit to Beijing". */
function findNounObjects(ctx: SentenceContext, at: number, trigger: NounTrigger): Unit[] {
  if (!trigger.preps.includes(ctx.words[at] ?? "")) return [];
  const unit = unitAfter(ctx, at + 1, OBJECT_SKIP, 2);
  if (!unit) return [];
  const objects = coordinatedFrom(ctx, unit);
  // "talks with LSE boss Clara Furse": the person holding the role.
  const holder = objects.length === 1 ? roleHolderAfter(ctx, unit) : undefined;
  if (holder) return [holder];
  if (!isModifier(ctx, objects.at(-1) as Unit)) return objects;
  // "talks with French carmaker PSA Peugeot Citroen": the firm the description names.
  const firm = objects.length === 1 ? describedFirm(ctx, at + 1) : undefined;
  return firm && firm !== unit ? [firm] : [];
}

/** The trigger nouns: "visit", "sanctions", "talks". */
const NOUN_CUES = cueClass(NOUN_TRIGGERS.keys());

/**
 * Nouns of a claim brought before a court or a disciplinary body: "filed a lawsuit against",
 * "has begun proceedings against", "pressed charges against", "is taking legal action against".
 */
const LEGAL_ACTION_NOUNS: ReadonlySet<string> = new Set([
  "action",
  "proceedings",
  "complaint",
  "complaints",
  "charges",
  "lawsuit",
  "lawsuits",
]);

/** Words that may describe such a claim between its verb and its noun: "disciplinary action". */
const LEGAL_MODIFIERS: ReadonlySet<string> = new Set([
  "legal",
  "court",
  "disciplinary",
  "criminal",
  "civil",
  "libel",
  "formal",
  "fresh",
  "further",
  "new",
]);

/** Verbs that bring such a claim: "took legal action", "has begun proceedings", "pressed charges". */
const LEGAL_ACTION_VERBS: ReadonlySet<string> = new Set([
  "take",
  "takes",
  "took",
  "taken",
  "taking",
  "launch",
  "launched",
  "launches",
  "launching",
  "bring",
  "brings",
  "brought",
  "bringing",
  "file",
  "files",
  "filed",
  "filing",
  "lodge",
  "lodged",
  "lodges",
  "lodging",
  "began",
  "begun",
  "started",
  "starting",
  "initiated",
  "press",
  "pressed",
  "pressing",
]);

/** "decided to press charges": a decision made, unlike "intends to" or "threatened to" sue. */
const DECISION_VERBS: ReadonlySet<string> = new Set(["decided", "decides", "voted"]);

/** Most lower-case words of a description before the party a claim is against: "national coach". */
const MAX_PARTY_DESCRIPTION_WORDS = 3;

/** Most lower-case words naming what a claim is for before its "against": "for defamation". */
const MAX_GROUND_WORDS = 2;

const LOWER_WORD_RE = /^[a-z][a-z-]*$/;

/** Whether token `at` is a lower-case word that may describe a party ("national", "coach"), no link word. */
function isDescriptionWord(ctx: SentenceContext, at: number): boolean {
  const word = ctx.words[at] ?? "";
  return (
    ctx.unitCovering[at]! < 0 &&
    LOWER_WORD_RE.test(word) &&
    !PREPOSITIONS.has(word) &&
    !DETERMINERS.has(word) &&
    !BLOCKING_WORDS.has(word) &&
    word !== "who" &&
    word !== "which" &&
    word !== "that"
  );
}

/**
 * The parties a claim is brought against, from token `at` after "against": a named party, the
 * firm a description names ("media giant Vivendi"), the person a role names ("Balco boss Victor
 * Conte", "national coach Luis Aragones"), and those coordinated with it.
 */
function claimParties(ctx: SentenceContext, at: number): Unit[] {
  let i = at;
  while (DETERMINERS.has(ctx.words[i] ?? "")) i++;
  let unit = ctx.units[ctx.unitStartingAt[i] ?? -1] ?? describedFirm(ctx, i);
  if (!unit) {
    let end = i;
    while (end - i < MAX_PARTY_DESCRIPTION_WORDS && isDescriptionWord(ctx, end)) end++;
    const person = ctx.units[ctx.unitStartingAt[end] ?? -1];
    if (end > i && person?.type === "PERSON") unit = person;
  }
  if (!unit || unit.isDemonym) return [];
  const holder = roleHolderAfter(ctx, unit);
  if (holder) return [holder];
  if (isModifier(ctx, unit)) return [];
  return coordinatedFrom(ctx, unit);
}

/**
 * "Marion Jones has filed a lawsuit for defamation against Victor Conte", "USADA decided to press
 * charges against Collins", "Austin Aitken is taking action against NBC": the subject of a verb
 * that brings a legal claim accuses the party it is against. A negated, hedged or intended act
 * ("will take no action", "could file", "intends to take action") states no claim.
 */
function relateLegalActions(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  const words = ctx.words;
  for (let noun = 1; noun < words.length; noun++) {
    if (!LEGAL_ACTION_NOUNS.has(words[noun]!) || ctx.unitCovering[noun]! >= 0) continue;
    let against = noun + 1;
    if (words[against] === "for") {
      let k = against + 1;
      while (k - against <= MAX_GROUND_WORDS && isDescriptionWord(ctx, k)) k++;
      if (k > against + 1) against = k;
    }
    if (words[against] !== "against") continue;
    let k = noun - 1;
    while (k > 0 && noun - k <= 2 && LEGAL_MODIFIERS.has(words[k]!)) k--;
    if (words[k] === "a" || words[k] === "an") k--;
    const verb = words[k] ?? "";
    if (!LEGAL_ACTION_VERBS.has(verb)) continue;
    // "intends to take action", "threatened to file a lawsuit": no claim yet; "decided to press
    // charges" is a decision made.
    let clauseVerb = k;
    if (words[k - 1] === "to") {
      if (!DECISION_VERBS.has(words[k - 2] ?? "")) continue;
      clauseVerb = k - 2;
    }
    const finding = findSubjectLeft(ctx, clauseVerb);
    if (!finding || finding.negated || finding.hedged) continue;
    const parties = claimParties(ctx, against + 1);
    for (const subject of finding.subjects) {
      for (const party of parties) {
        if (party.entity === subject.entity) continue;
        relations.push(
          makeRelation(
            ctx,
            subject,
            party,
            "ACCUSES",
            `${verb} ${words[noun]} against`,
            0.7,
            spanOf(ctx, subject, noun, party),
          ),
        );
      }
    }
  }
  return relations;
}

/** Relations stated by relation nouns in one sentence. */
export function relateNominals(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = relateLegalActions(ctx);
  const words = ctx.words;
  if (!hasCue(words, NOUN_CUES)) return relations;
  let previous: { end: number; subjects: Subjects } | undefined;
  for (let noun = 0; noun < words.length; noun++) {
    const word = words[noun]!;
    const trigger = NOUN_TRIGGERS.get(word);
    if (!trigger || ctx.unitCovering[noun]! >= 0) continue;

    // "talks between Xi and Putin", "war between Russia and Ukraine": every pair, both ways alike.
    if (trigger.between && words[noun + 1] === "between") {
      const first = unitAfter(ctx, noun + 2, DETERMINERS, 1);
      const parties = first ? coordinatedFrom(ctx, first) : [];
      const lead = findNounSubject(ctx, noun, undefined);
      if (parties.length < 2 || lead === "blocked") continue;
      for (let a = 0; a < parties.length; a++) {
        for (let b = a + 1; b < parties.length; b++) {
          const x = parties[a]!;
          const y = parties[b]!;
          const type = adjustType(word, trigger.type, x, y);
          relations.push(
            makeRelation(ctx, x, y, type, `${word} between`, 0.7, spanOf(ctx, noun, x, y)),
          );
        }
      }
      continue;
    }

    // "sanctions were imposed on Russia by the US": the noun, a passive light verb, object, agent.
    let at = noun + 1;
    let passive = false;
    if (BE_FORMS.has(words[at] ?? "") && LIGHT_VERBS.has(words[at + 1] ?? "")) {
      at += 2;
      passive = true;
    }
    const objects = findNounObjects(ctx, at, trigger);
    if (objects.length === 0) continue;
    const objectEnd = objects.at(-1)!.tokenEnd;

    let subjects: Subjects | "blocked" | undefined;
    const byIndex = words[objectEnd] === "by" ? objectEnd : -1;
    if (byIndex >= 0) {
      // "the invasion of Ukraine by Russia".
      const agent = unitAfter(ctx, byIndex + 1, DETERMINERS, 1);
      subjects =
        agent && AGENT_TYPES.has(agent.type)
          ? { units: coordinatedFrom(ctx, agent), confidence: 0.75 }
          : undefined;
    } else if (!passive) {
      subjects = findNounSubject(ctx, noun, previous);
    }
    if (subjects === undefined || subjects === "blocked") {
      previous = undefined;
      continue;
    }
    previous = { end: objectEnd, subjects };
    for (const subject of subjects.units) {
      for (const object of objects) {
        const type = adjustType(word, trigger.type, subject, object);
        const predicate = `${ctx.sentence.tokens[noun]!.text} ${words[at]}`;
        relations.push(
          makeRelation(
            ctx,
            subject,
            object,
            type,
            predicate,
            subjects.confidence,
            spanOf(ctx, subject, noun, object),
          ),
        );
      }
    }
  }
  return relations;
}
