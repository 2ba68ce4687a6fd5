/**
 * Criticism in political news: a verdict on someone ("Mr Howard dismissed Gordon Brown's Budget as
 * 'vote now, pay later'", "Mr Hughes branded Mr Howard 'arrogant'"), scorn ("the prime minister
 * ridiculed the Tory plans"), and a politician's "attack" on a rival, which is words, not force.
 */

import { findEntryByKey } from "../3-recognize/gazetteer/gazetteer-lookups.js";
import type { Resolution } from "../4-resolve/resolve.js";
import { MODIFIER_WORDS } from "../model/lexicons/relation-triggers.js";
import {
  CLAUSE_BREAKS,
  DETERMINERS,
  NEGATORS,
  PREPOSITIONS,
} from "../model/lexicons/sentence-words.js";
import {
  CRITICISM_PARTICIPLES,
  SCORN_VERBS,
  VERDICT_CRITICISM_VERBS,
  WORDS_OF_ATTACK,
} from "../model/lexicons/verb-cues.js";
import { PARTY_SURFACE } from "../model/news-roles.js";
import type { ExtractedRelation } from "../types.js";
import { cueClass, hasCue } from "./cue-words.js";
import {
  AGENT_TYPES,
  findMainSubject,
  hasWordBetween,
  isModifier,
  isPossessiveMark,
  makeRelation,
  predicateText,
  type SentenceContext,
  spanOf,
  type Unit,
  unitAfter,
} from "./sentence-view.js";
import { findSubjectLeft } from "./verbs.js";

const CONFIDENCE = 0.7;
/** A hedged clause ("could dismiss") is less certain. */
const HEDGE_PENALTY = 0.3;
/** Most tokens between the object's name and its verdict: "Gordon Brown's Budget as". */
const MAX_VERDICT_GAP = 4;
const OBJECT_SKIP: ReadonlySet<string> = new Set([...DETERMINERS, ...MODIFIER_WORDS]);
/** Tokens that open a verdict: "as 'fading'", a quotation. */
const VERDICT_OPENERS: ReadonlySet<string> = new Set(["as", '"', "“", "'", "‘"]);
/** "dismissed X as", "ridiculed the plans". */
const CRITICISM_CUES = cueClass(VERDICT_CRITICISM_VERBS, SCORN_VERBS);
/** "accusing Labour of", "with X attacking Y". */
const PARTICIPLE_CUES = cueClass(CRITICISM_PARTICIPLES.keys());

/** Whether a verdict ("as …", a quotation) follows the object within a few tokens, in its clause. */
export function hasVerdict(ctx: SentenceContext, from: number): boolean {
  for (let i = from; i < ctx.words.length && i <= from + MAX_VERDICT_GAP; i++) {
    const word = ctx.words[i]!;
    if (VERDICT_OPENERS.has(word)) return true;
    if (CLAUSE_BREAKS.has(word) || word === "and" || word === "but") return false;
  }
  return false;
}

/** CRITICIZES from verdict and scorn verbs in one sentence. */
export function relatePoliticalCriticism(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  if (!hasCue(ctx.words, CRITICISM_CUES)) return relations;
  for (let verb = 0; verb < ctx.words.length; verb++) {
    const word = ctx.words[verb]!;
    const needsVerdict = VERDICT_CRITICISM_VERBS.has(word);
    if ((!needsVerdict && !SCORN_VERBS.has(word)) || ctx.unitCovering[verb]! >= 0) continue;
    const object = unitAfter(ctx, verb + 1, OBJECT_SKIP, 2);
    // "ridiculed the Tory plans": a party's adjective names the plans, not whom they mock.
    if (!object || !AGENT_TYPES.has(object.type) || object.isDemonym) continue;
    const owned = isPossessiveMark(ctx.words[object.tokenEnd]);
    if (!owned && isModifier(ctx, object)) continue;
    if (needsVerdict && !hasVerdict(ctx, object.tokenEnd)) continue;
    const finding = findSubjectLeft(ctx, verb);
    if (!finding || finding.negated) continue;
    const confidence = CONFIDENCE - (finding.hedged ? HEDGE_PENALTY : 0);
    for (const subject of finding.subjects) {
      if (subject.entity === object.entity) continue;
      relations.push(
        makeRelation(
          ctx,
          subject,
          object,
          "CRITICIZES",
          predicateText(ctx, verb, verb + 1),
          confidence,
          spanOf(ctx, subject, object, verb),
        ),
      );
    }
  }
  return relations;
}

/** Confidence of a participle's relation: its subject is read from the clause it hangs on. */
const PARTICIPLE_CONFIDENCE = 0.6;
/** Most role words between "with" and the name: "with election coordinator Alan Milburn". */
const MAX_ROLE_WORDS = 3;
/** A lowercase word: a role word before a name, or "with" itself. */
const ROLE_WORD_RE = /^\p{Ll}[\p{Ll}-]*$/u;
/** Most tokens between an accused and the "of" of the charge: "Labour of", "Mr Howard's team of". */
const MAX_CHARGE_GAP = 3;

/**
 * Who does what a participle says: "with Mr Milburn accusing": the name right before it after
 * "with"; "Mr Taylor has written to the watchdog accusing": the sentence's subject, when no other
 * name or negation stands between them.
 */
function participleSubject(ctx: SentenceContext, verb: number): Unit | undefined {
  const before = ctx.units[ctx.unitCovering[verb - 1] ?? -1];
  if (before) {
    // "with election coordinator Alan Milburn accusing": role words may stand before the name.
    let k = before.tokenStart - 1;
    while (k > before.tokenStart - 1 - MAX_ROLE_WORDS && ROLE_WORD_RE.test(ctx.words[k] ?? "")) {
      if (ctx.words[k] === "with") break;
      k--;
    }
    if (ctx.words[k] !== "with") return undefined;
    return AGENT_TYPES.has(before.type) && !before.isDemonym ? before : undefined;
  }
  // "responded by accusing", "accused of criticising": another's act, or a charge.
  if (PREPOSITIONS.has(ctx.words[verb - 1] ?? "")) return undefined;
  const main = findMainSubject(ctx);
  if (!main || main.tokenEnd >= verb || hasWordBetween(ctx, main.tokenEnd, verb, NEGATORS))
    return undefined;
  const between = ctx.units.some(
    (unit) => unit.tokenStart >= main.tokenEnd && unit.tokenEnd <= verb && !unit.isDemonym,
  );
  return between ? undefined : main;
}

/** ACCUSES and CRITICIZES from participles: "… accusing Labour of a breach", "with X attacking Y". */
export function relateCriticismParticiples(
  ctx: SentenceContext,
  resolution: Resolution,
): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  if (!hasCue(ctx.words, PARTICIPLE_CUES)) return relations;
  for (let verb = 1; verb < ctx.words.length; verb++) {
    const type = CRITICISM_PARTICIPLES.get(ctx.words[verb]!);
    if (!type || ctx.unitCovering[verb]! >= 0) continue;
    const object = unitAfter(ctx, verb + 1, OBJECT_SKIP, 2);
    if (!object || !AGENT_TYPES.has(object.type) || object.isDemonym) continue;
    const owned = isPossessiveMark(ctx.words[object.tokenEnd]);
    if (!owned && isModifier(ctx, object)) continue;
    // "accusing Labour of a breach": an accusation names its charge.
    if (
      type === "ACCUSES" &&
      !ctx.words.slice(object.tokenEnd, object.tokenEnd + MAX_CHARGE_GAP).includes("of")
    )
      continue;
    const subject = participleSubject(ctx, verb);
    if (!subject || subject.entity === object.entity) continue;
    // "householders attacking intruders": an attack is words only from a person on a person or party.
    if (
      ctx.words[verb] === "attacking" &&
      (subject.type !== "PERSON" ||
        !(object.type === "PERSON" || isParty(resolution, object.entity)))
    )
      continue;
    relations.push(
      makeRelation(
        ctx,
        subject,
        object,
        type,
        predicateText(ctx, verb, verb + 1),
        PARTICIPLE_CONFIDENCE,
        spanOf(ctx, subject, object, verb),
      ),
    );
  }
  return relations;
}

/** Whether an entity is a political party ("Labour", "the Lib Dems"). */
export function isParty(resolution: Resolution, entity: number): boolean {
  const body = resolution.entities[entity];
  if (body?.type !== "ORGANIZATION") return false;
  return findEntryByKey(body.key)?.kind === "party" || PARTY_SURFACE.test(body.name);
}

/**
 * "Mr Cable also attacked Labour's taxes", "Mr Kennedy attacked Mr Brown for failing": a person's
 * attack on a person or a party is criticism. Retypes such verb relations in place.
 */
export function retypeWordsOfAttack(relations: ExtractedRelation[], resolution: Resolution): void {
  for (const relation of relations) {
    if (relation.type !== "ATTACKED" || !WORDS_OF_ATTACK.has(relation.predicate.split(" ")[0]!))
      continue;
    if (resolution.entities[relation.subject]?.type !== "PERSON") continue;
    const object = resolution.entities[relation.object];
    if (object?.type === "PERSON" || isParty(resolution, relation.object))
      relation.type = "CRITICIZES";
  }
}
