/**
 * Criticism of a party through what it puts forward, and criticism voiced by a party's unnamed
 * spokesman. "Mr Reid attacked the Tory plans", "Labour hit back at the Tory proposals": the plans
 * are the party's, so whoever attacks them criticises the party (the verb patterns leave a name
 * used as a modifier alone, since "rejected a Conservative plan" in general says nothing of the
 * party). "A Labour spokesman criticised Mr Howard's record": a spokesman speaks as the party.
 */

import type { Resolution } from "../4-resolve/resolve.js";
import {
  PARTY_PRODUCT_NOUNS,
  PARTY_VOICE_NOUNS,
  PRODUCT_NOUN_PEOPLE,
} from "../model/lexicons/party-briefs.js";
import {
  DONE_ONLY_VERBS,
  MODIFIER_WORDS,
  SUBJECT_GAP_WORDS,
  VERB_TRIGGERS,
} from "../model/lexicons/relation-triggers.js";
import { DETERMINERS, MODALS, NEGATORS } from "../model/lexicons/sentence-words.js";
import {
  SCORN_VERBS,
  VERDICT_CRITICISM_VERBS,
  WORDS_OF_ATTACK,
} from "../model/lexicons/verb-cues.js";
import { PARTY_OFFICES, ROLE_RELATIONS } from "../model/news-roles.js";
import type { ExtractedRelation } from "../types.js";
import { cueClass, hasCue } from "./cue-words.js";
import { hasVerdict, isParty } from "./political-criticism.js";
import {
  AGENT_TYPES,
  isModifier,
  isPossessiveMark,
  LOWER_WORD_RE,
  makeRelation,
  predicateText,
  type SentenceContext,
  spanOf,
  type Unit,
  unitAfter,
} from "./sentence-view.js";
import { findSubjectLeft } from "./verbs.js";

/** Criticism of a party read through its plans: one step from the words. */
const PRODUCT_CONFIDENCE = 0.65;
/** A relation voiced by an unnamed spokesman for the party. */
const VOICE_CONFIDENCE = 0.6;
/** A hedged clause ("could attack") is less certain. */
const HEDGE_PENALTY = 0.3;
/** Most words between the party's adjective and its product: "Tory tax and spending plans". */
const MAX_PRODUCT_WORDS = 4;
/** Most gap words between a spokesman and the verb: "also", "has". */
const MAX_VOICE_GAP = 2;

const OBJECT_SKIP: ReadonlySet<string> = new Set([...DETERMINERS, ...MODIFIER_WORDS]);

/** "attacked", "branded", "accused", "hit back at": the verbs `criticismVerbAt` reads. */
const CRITICISM_VERB_CUES = cueClass(
  SCORN_VERBS,
  VERDICT_CRITICISM_VERBS,
  WORDS_OF_ATTACK,
  Array.from(VERB_TRIGGERS)
    .filter(([, trigger]) => trigger.type === "CRITICIZES" || trigger.type === "ACCUSES")
    .map(([verb]) => verb),
);

/** What a criticism verb at a token says, and where its object starts. */
interface CriticismVerb {
  type: "CRITICIZES" | "ACCUSES";
  /** Token after the verb and its particles ("hit back at"). */
  objectStart: number;
  /** Whether the object must be followed by a verdict: "branded the Tory plans as …". */
  needsVerdict: boolean;
  /** "attacked": words only when aimed at a person, a party or a party's plans. */
  isAttack: boolean;
}

/** The criticism verb at token `verb`, from the verbs the criticism patterns already read. */
function criticismVerbAt(ctx: SentenceContext, verb: number): CriticismVerb | undefined {
  const word = ctx.words[verb]!;
  if (ctx.unitCovering[verb]! >= 0) return undefined;
  const plain = { objectStart: verb + 1, needsVerdict: false, isAttack: false };
  if (SCORN_VERBS.has(word)) return { ...plain, type: "CRITICIZES" };
  if (VERDICT_CRITICISM_VERBS.has(word))
    return { ...plain, type: "CRITICIZES", needsVerdict: true };
  if (WORDS_OF_ATTACK.has(word)) return { ...plain, type: "CRITICIZES", isAttack: true };
  const trigger = VERB_TRIGGERS.get(word);
  if (!trigger || (trigger.type !== "CRITICIZES" && trigger.type !== "ACCUSES")) return undefined;
  if (DONE_ONLY_VERBS.has(word)) return undefined;
  for (const prep of trigger.preps) {
    const parts = prep.split(" ");
    if (parts.every((part, k) => ctx.words[verb + 1 + k] === part))
      return { ...plain, type: trigger.type, objectStart: verb + 1 + parts.length };
  }
  return trigger.direct ? { ...plain, type: trigger.type } : undefined;
}

/** Whether a word names people or a post: "chief", "voters", "candidate". */
function isPeopleWord(word: string): boolean {
  return (
    PRODUCT_NOUN_PEOPLE.has(word) || ROLE_RELATIONS[word] !== undefined || PARTY_OFFICES.has(word)
  );
}

/**
 * The token after a party's product named by its adjective from `party`: "Tory plans", "Tory
 * spending plans", "Lib Dem plans for…". Undefined when the words after the party name people or
 * a post ("Tory voters", "Tory campaign chief") or end without a product noun.
 */
function productEnd(ctx: SentenceContext, party: Unit): number | undefined {
  for (let i = party.tokenEnd; i < party.tokenEnd + MAX_PRODUCT_WORDS; i++) {
    const word = ctx.words[i] ?? "";
    if (ctx.unitCovering[i]! >= 0 || !LOWER_WORD_RE.test(word) || isPeopleWord(word))
      return undefined;
    if (!PARTY_PRODUCT_NOUNS.has(word)) continue;
    const next = ctx.words[i + 1] ?? "";
    // "the Tory campaign chief", "the Tory plans' backers": the product only modifies.
    if (isPeopleWord(next) || isPossessiveMark(next)) return undefined;
    return i + 1;
  }
  return undefined;
}

/** The object of a criticism verb: a party through its product, or a person or body named. */
interface CriticismObject {
  unit: Unit;
  /** Token after the object's words (for the verdict and the evidence span). */
  end: number;
  throughProduct: boolean;
}

/** The object after a criticism verb: "the Tory plans" (the party), "Mr Howard's record", "Labour". */
function criticismObject(
  ctx: SentenceContext,
  resolution: Resolution,
  verb: CriticismVerb,
  allowNamed: boolean,
): CriticismObject | undefined {
  const unit = unitAfter(ctx, verb.objectStart, OBJECT_SKIP, 2);
  if (!unit || !AGENT_TYPES.has(unit.type) || unit.isDemonym) return undefined;
  const owned = isPossessiveMark(ctx.words[unit.tokenEnd]);
  if (!owned && isModifier(ctx, unit)) {
    // "attacked the Tory plans": only a party's own product stands for the party.
    if (verb.type !== "CRITICIZES" || !isParty(resolution, unit.entity)) return undefined;
    const end = productEnd(ctx, unit);
    return end === undefined ? undefined : { unit, end, throughProduct: true };
  }
  if (!allowNamed) return undefined;
  // "attacked Mr Howard": an attack is words only on a person or a party.
  if (verb.isAttack && unit.type !== "PERSON" && !isParty(resolution, unit.entity))
    return undefined;
  return { unit, end: unit.tokenEnd, throughProduct: false };
}

/** A party's unnamed spokesman standing as the verb's subject, and how certain the clause is. */
interface VoiceFinding {
  party: Unit;
  hedged: boolean;
}

/**
 * "A Labour spokesman criticised", "the Tory spokeswoman also attacked": the party whose unnamed
 * spokesman is the subject of the verb at `verb`. The spokesman must open the clause after "a" or
 * "the" (or the sentence), with only gap words before the verb.
 */
function partyVoiceLeft(
  ctx: SentenceContext,
  resolution: Resolution,
  verb: number,
): VoiceFinding | undefined {
  let hedged = false;
  let k = verb - 1;
  for (; k >= 0 && verb - 1 - k < MAX_VOICE_GAP; k--) {
    const word = ctx.words[k]!;
    if (PARTY_VOICE_NOUNS.has(word)) break;
    if (NEGATORS.has(word)) return undefined;
    if (MODALS.has(word)) hedged = true;
    else if (!SUBJECT_GAP_WORDS.has(word)) return undefined;
  }
  if (!PARTY_VOICE_NOUNS.has(ctx.words[k] ?? "") || ctx.unitCovering[k]! >= 0) return undefined;
  // "A Labour Party spokesman": the party's own word may stand outside its name.
  const nameEnd = ctx.words[k - 1] === "party" && ctx.unitCovering[k - 1]! < 0 ? k - 1 : k;
  const party = ctx.units[ctx.unitCovering[nameEnd - 1] ?? -1];
  if (!party || party.tokenEnd !== nameEnd || !isParty(resolution, party.entity)) return undefined;
  const before = party.tokenStart - 1;
  if (before >= 0 && ctx.words[before] !== "a" && ctx.words[before] !== "the") return undefined;
  return { party, hedged };
}

/** CRITICIZES of a party through its plans, and CRITICIZES / ACCUSES voiced by a party's spokesman. */
export function relatePartyCriticism(
  ctx: SentenceContext,
  resolution: Resolution,
): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  if (!hasCue(ctx.words, CRITICISM_VERB_CUES)) return relations;
  for (let verb = 1; verb < ctx.words.length; verb++) {
    const criticism = criticismVerbAt(ctx, verb);
    if (!criticism) continue;
    const finding = findSubjectLeft(ctx, verb);
    const voice = finding ? undefined : partyVoiceLeft(ctx, resolution, verb);
    const object = criticismObject(ctx, resolution, criticism, voice !== undefined);
    if (!object) continue;
    if (criticism.needsVerdict && !hasVerdict(ctx, object.end)) continue;
    const subjects = finding && !finding.negated ? finding.subjects : voice ? [voice.party] : [];
    const hedged = finding ? finding.hedged : (voice?.hedged ?? false);
    const base = object.throughProduct ? PRODUCT_CONFIDENCE : VOICE_CONFIDENCE;
    const confidence = base - (hedged ? HEDGE_PENALTY : 0);
    for (const subject of subjects) {
      if (subject.entity === object.unit.entity) continue;
      relations.push(
        makeRelation(
          ctx,
          subject,
          object.unit,
          criticism.type,
          predicateText(ctx, verb, criticism.objectStart),
          confidence,
          spanOf(ctx, subject, object.unit, verb, object.end - 1),
        ),
      );
    }
  }
  return relations;
}
