/**
 * Past roles: "Former Everton midfielder X", "former WorldCom boss Y", "X stepped down as
 * chairman of Y" hold no role today.
 */

import { FORMER_ATTRIBUTE, type RelationType } from "../../domain/vocabulary.js";
import type { ExtractedRelation } from "../types.js";

/** Roles a "former" makes past; a past office in a party leaves its holder a member. */
const PAST_ROLES: ReadonlySet<RelationType> = new Set([
  "LEADER_OF",
  "HOLDS_POSITION",
  "WORKS_FOR",
  "PLAYS_FOR",
  "COACHES",
]);

/** One word that marks a place held in the past: "former", "ex", "ex-" ("former drummer X"). */
const FORMER_WORD_RE = /^(former|ex-?)$/;

/** Whether a (lower-cased) word marks a role, a membership or a band left behind. */
export function isFormerWord(word: string | undefined): boolean {
  return word !== undefined && FORMER_WORD_RE.test(word);
}

/** "former Everton midfielder" (the mark before the role phrase), "ex-Chelsea boss". */
const FORMER_BEFORE_RE = /\b(former|ex-?)\s*$/i;
/** "Former Conservative leader William Hague": a title's span may start with the mark. */
const FORMER_START_RE = /^(former|ex-)\s*/i;

/** "Tom Hale, a former chief executive at Acme": an apposition the mark opens, inside the evidence. */
const FORMER_APPOSITION_RE = /,\s*(?:(?:a|an|the)\s+)?(?:former\b|ex-)/i;

/** "has stepped down as director of Acme", "resigned as chairman": a role left, inside the evidence. */
const LEFT_ROLE_RE =
  /\b(stepped|steps|step|standing|stood) down as\b|\b(resigned|resigns|quit|quits) as\b/i;

/**
 * "Chief executive Jo Bell stepped down last week", "Acme manager Tom Hale has resigned": the
 * role's holder leaves it right after the evidence, with no "as" naming which role.
 */
const LEFT_AFTER_RE = /^\s*(?:(?:has|had|have)\s+)?(?:stepped down|stood down|resigned|quit)\b/i;

/**
 * "Neil Kinnock, who led Labour from 1983 until 1992", "who chaired Acme between 1990 and 1995",
 * "ran the firm until 2001": the years a role ended, right after the evidence (with a past verb
 * inside it; "has led it since 1994" is no end).
 */
const ENDED_AFTER_RE =
  /^\s*(?:from\s+(?:\p{L}+\s+)?\d{4}\s+(?:until|till|to)\s+(?:\p{L}+\s+)?\d{4}|between\s+\d{4}\s+and\s+\d{4}|(?:until|till)\s+(?:\p{L}+\s+)?\d{4})\b/iu;
/** A past tense that holds a role: "led", "chaired", "was". */
const HELD_PAST_RE = /\b(?:led|ran|headed|chaired|managed|coached|captained|served|was)\b/i;

/**
 * "Acme's former chief executive Jo Bell", "Tom Hale, Acme's former head of research": the mark
 * inside the role phrase a rule read (its predicate), after the body's possessive.
 */
const FORMER_IN_ROLE_RE = /(?:^|\s|['’]s\s)(?:former\b|ex-)/i;

/** Whether "former" or "ex-" stands right before a relation's evidence: "Former Everton midfielder X". */
export function isMarkedFormerBefore(relation: ExtractedRelation): boolean {
  const { sentence, sentenceStart, start } = relation.evidence;
  return FORMER_BEFORE_RE.test(sentence.slice(0, Math.max(0, start - sentenceStart)));
}

/** Whether a relation's own sentence marks its role as past. */
export function isPastRole(relation: ExtractedRelation): boolean {
  if (!PAST_ROLES.has(relation.type)) return false;
  const { sentence, sentenceStart, start, end } = relation.evidence;
  const at = Math.max(0, start - sentenceStart);
  return (
    FORMER_IN_ROLE_RE.test(relation.predicate) ||
    isMarkedFormerBefore(relation) ||
    FORMER_START_RE.test(sentence.slice(at)) ||
    LEFT_ROLE_RE.test(sentence.slice(at, Math.max(at, end - sentenceStart))) ||
    LEFT_AFTER_RE.test(sentence.slice(Math.max(at, end - sentenceStart))) ||
    (ENDED_AFTER_RE.test(sentence.slice(Math.max(at, end - sentenceStart))) &&
      HELD_PAST_RE.test(sentence.slice(at, Math.max(at, end - sentenceStart)))) ||
    FORMER_APPOSITION_RE.test(sentence.slice(at, Math.max(at, end - sentenceStart)))
  );
}

/**
 * Past roles kept and marked: a role whose sentence says "former" ("Former Everton midfielder
 * Thomas Gravesen", "former WorldCom boss Bernie Ebbers") stays a relation with the attribute
 * `former: "true"`, as does what the model or an inference read of the same pair's role (nothing
 * but that phrase may have led it there): the article states that the role was held, not that it
 * is. A sentence stating the role without the mark wins: the pair's past readings then go, and
 * the role stands unmarked. A past leader of a party is still its member ("former Tory leader
 * William Hague" is also MEMBER_OF the party).
 */
export function markPastRoles(
  relations: readonly ExtractedRelation[],
  isParty: (entity: number) => boolean,
): ExtractedRelation[] {
  const past = new Set<string>();
  const present = new Set<string>();
  for (const relation of relations) {
    if (!PAST_ROLES.has(relation.type)) continue;
    const key = `${relation.subject}:${relation.object}`;
    if (isPastRole(relation)) past.add(key);
    else if (isRead(relation)) present.add(key);
  }
  const members = new Set(
    relations
      .filter((relation) => relation.type === "MEMBER_OF")
      .map((relation) => `${relation.subject}:${relation.object}`),
  );
  const kept: ExtractedRelation[] = [];
  for (const relation of relations) {
    const key = `${relation.subject}:${relation.object}`;
    const isPast =
      PAST_ROLES.has(relation.type) &&
      past.has(key) &&
      (isPastRole(relation) || (!isRead(relation) && !present.has(key)));
    if (!isPast) {
      kept.push(relation);
      continue;
    }
    if (!present.has(key))
      kept.push({
        ...relation,
        attributes: { ...relation.attributes, [FORMER_ATTRIBUTE]: "true" },
      });
    if (isParty(relation.object) && !members.has(key)) {
      members.add(key);
      kept.push({ ...relation, type: "MEMBER_OF" });
    }
  }
  return kept;
}

/** A relation a sentence states with a rule (not the model's, not an inference). */
function isRead(relation: ExtractedRelation): boolean {
  return (
    relation.provenance === "STATED" &&
    relation.attributes.model === undefined &&
    relation.attributes.inferred === undefined
  );
}
