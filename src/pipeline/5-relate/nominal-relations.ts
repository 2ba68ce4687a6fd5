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
import { DETERMINERS, NEGATORS } from "../model/lexicons/sentence-words.js";
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

/** Relations stated by relation nouns in one sentence. */
export function relateNominals(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
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
