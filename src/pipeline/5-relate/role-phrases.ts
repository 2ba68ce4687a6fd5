/**
 * Role phrases the plain "firm, role, person" reading misses: two roles joined by "and" ("GM
 * chairman and chief executive Rick Wagoner") and a role a describing word opens ("Gartner's
 * principal analyst Jo Hale", "Ryanair's newly-appointed chief executive").
 */

import type { RelationType } from "../../domain/vocabulary.js";
import {
  DEPARTMENT_NAME_RE,
  DEPARTMENT_ROLES,
  EXTRA_ROLES,
  HEAD_KEEPING_DESCRIBERS,
  NON_ROLE_DESCRIBERS,
  OPPOSITION_LEADS,
  PAST_ROLE_WORDS,
} from "../model/lexicons/role-phrase-cues.js";
import { DETERMINERS, PREPOSITIONS } from "../model/lexicons/sentence-words.js";
import { HONORIFICS } from "../model/lexicons/titles-of-office.js";
import {
  BRIEF_MODIFIERS,
  DEPUTY_MODIFIERS,
  PARTY_SURFACE,
  ROLE_MODIFIERS,
  ROLE_RELATIONS,
} from "../model/news-roles.js";
import type { ExtractedRelation } from "../types.js";
import { cueClass, hasCue } from "./cue-words.js";
import {
  findMainSubject,
  isPossessiveMark,
  LOWER_WORD_RE,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
} from "./sentence-view.js";

/** Roles a firm's or a body's staff hold; sport roles are read by the sport patterns. */
const OFFICE_TYPES: ReadonlySet<RelationType> = new Set(["LEADER_OF", "WORKS_FOR", "FOUNDED"]);
/** Most words of one role phrase: "senior vice president". */
const MAX_ROLE_WORDS = 4;
/** Most roles joined by "and": "founder and chief executive". */
const MAX_JOINED_ROLES = 3;
/** Most describing words before a role after a firm's possessive ("Deloitte's chief economic adviser"). */
const MAX_POSSESSIVE_DESCRIBERS = 2;
/** Most describing words before a role after a bare firm name ("RICS housing spokesman"). */
const MAX_BARE_DESCRIBERS = 1;

const CONFIDENCE = 0.75;

interface Role {
  type: RelationType;
  start: number;
  /** The role's head word ("chairman", "secretary"). */
  head: string;
}

/** Whether token `at` is free of any unit but the person's own (a title the mention took in). */
function isFree(ctx: SentenceContext, at: number, person: Unit): boolean {
  // "US Treasury Secretary": the person's title may overlap another unit, which keeps its words.
  return ctx.units.every((unit) => unit === person || at < unit.tokenStart || at >= unit.tokenEnd);
}

/** The role phrase ending at token `end` (exclusive): its relation and first token. */
function roleEndingAt(ctx: SentenceContext, end: number, person: Unit): Role | undefined {
  const head = ctx.words[end - 1];
  if (head === undefined || !isFree(ctx, end - 1, person)) return undefined;
  const extra = EXTRA_ROLES[head] ?? DEPARTMENT_ROLES[head];
  const type = ROLE_RELATIONS[`${ctx.words[end - 2]} ${head}`] ?? ROLE_RELATIONS[head] ?? extra;
  if (!type) return undefined;
  let start = end - 1;
  while (
    start > 0 &&
    end - start < MAX_ROLE_WORDS &&
    isFree(ctx, start - 1, person) &&
    (ROLE_MODIFIERS.has(ctx.words[start - 1]!) || ROLE_RELATIONS[ctx.words[start - 1]!])
  )
    start--;
  const words = ctx.words.slice(start, end);
  // "Treasury chief secretary", "permanent secretary": a department's secretary with a qualifier
  // is one of its officials, left to the relation model; only the bare "Treasury Secretary" heads it.
  if (type === "LEADER_OF" && DEPARTMENT_ROLES[head] && !ROLE_RELATIONS[head] && words.length > 1)
    return undefined;
  // "deputy chairman", "foreign affairs chief": one of the staff, not the head.
  const deputy =
    type === "LEADER_OF" &&
    words.some((word) => DEPUTY_MODIFIERS.has(word) || BRIEF_MODIFIERS.has(word));
  return { type: deputy ? "WORKS_FOR" : type, start, head };
}

/** The organisation unit ending right before token `at`, or undefined. */
function organisationEndingAt(ctx: SentenceContext, at: number, person: Unit): Unit | undefined {
  // "US Treasury Secretary John Snow": the title the person's mention took in may overlap the name.
  return [...ctx.units, ...person.inner].find(
    (unit) => unit.type === "ORGANIZATION" && !unit.isDemonym && unit.tokenEnd === at,
  );
}

/**
 * The firm "its" at token `at` stands for: the sentence's subject, when it is a firm and no other
 * firm comes between ("Yukos claims … its founder Mikhail Khodorkovsky").
 */
export function firmOfIts(ctx: SentenceContext, at: number): Unit | undefined {
  const main = findMainSubject(ctx);
  if (!main || main.type !== "ORGANIZATION" || main.isDemonym || main.tokenEnd > at)
    return undefined;
  const nearest = ctx.units.findLast(
    (unit) => unit.tokenEnd <= at && unit.type === "ORGANIZATION" && !unit.isDemonym,
  );
  return nearest?.entity === main.entity ? main : undefined;
}

/** The role relations of one person a joined or a described role phrase before the name states. */
function relateRolePhrase(ctx: SentenceContext, person: Unit): ExtractedRelation[] {
  let end = person.nameStart;
  // "GM chief executive Mr Rick Wagoner": a form of address between role and name.
  if (HONORIFICS.has(ctx.words[end - 1] ?? "") && !ROLE_RELATIONS[ctx.words[end - 1]!]) end--;
  const first = roleEndingAt(ctx, end, person);
  if (!first) return [];
  const roles = [first];
  let start = first.start;
  // "chairman and chief executive": roles joined by "and".
  while (roles.length < MAX_JOINED_ROLES) {
    if (ctx.words[start - 1] !== "and" || !isFree(ctx, start - 1, person)) break;
    const joined = roleEndingAt(ctx, start - 1, person);
    if (!joined) break;
    roles.push(joined);
    start = joined.start;
  }
  // "Deloitte's chief economic adviser", "RICS housing spokesman": describing words before it.
  let describers = 0;
  let at = start;
  for (;;) {
    const word = ctx.words[at - 1] ?? "";
    if (!isFree(ctx, at - 1, person) || !LOWER_WORD_RE.test(word)) break;
    if (NON_ROLE_DESCRIBERS.has(word) || DETERMINERS.has(word) || PREPOSITIONS.has(word)) break;
    at--;
    describers++;
  }
  const its = ctx.words[at - 1] === "its";
  const possessive = its || isPossessiveMark(ctx.words[at - 1]);
  const organisation = its
    ? firmOfIts(ctx, at - 1)
    : organisationEndingAt(ctx, possessive ? at - 1 : at, person);
  if (!organisation || organisation.entity === person.entity) return [];
  // "Shadow Treasury chief secretary George Osborne": an office in opposition holds none.
  if (OPPOSITION_LEADS.has(ctx.words[organisation.tokenStart - 1] ?? "")) return [];
  const limit = possessive ? MAX_POSSESSIVE_DESCRIBERS : MAX_BARE_DESCRIBERS;
  // "US Treasury Secretary John Snow": a department's secretary only.
  const name = ctx.text.slice(organisation.start, organisation.end);
  if (roles.some((role) => DEPARTMENT_ROLES[role.head] && !ROLE_RELATIONS[role.head]))
    if (!DEPARTMENT_NAME_RE.test(name)) return [];
  // What the plain reading already reads: one listed role after the firm's name, no describing word.
  const isPlain =
    roles.length === 1 && describers === 0 && ROLE_RELATIONS[first.head] !== undefined;
  if (describers > limit || (!its && isPlain)) return [];
  const phrase = ctx.words.slice(at, end);
  if (phrase.some((word) => PAST_ROLE_WORDS.has(word))) return [];
  // "Former Vodafone chairman and chief executive Tom Hale": a past word before the firm's name.
  if (PAST_ROLE_WORDS.has(ctx.words[organisation.tokenStart - 1] ?? "")) return [];
  const isParty = PARTY_SURFACE.test(name);
  // "Labour election chief", "ISM survey chairman": a head of one part works for the whole.
  const isPartHead = ctx.words.slice(at, start).some((word) => !HEAD_KEEPING_DESCRIBERS.has(word));
  const relations: ExtractedRelation[] = [];
  for (const role of roles) {
    if (!OFFICE_TYPES.has(role.type)) continue;
    const worker = role.type === "WORKS_FOR" || (role.type === "LEADER_OF" && isPartHead);
    // "Labour housing spokesman": who speaks for or works in a party is one of its members.
    const type = worker ? (isParty ? "MEMBER_OF" : "WORKS_FOR") : role.type;
    relations.push(
      makeRelation(
        ctx,
        person,
        organisation,
        type,
        phrase.join(" "),
        CONFIDENCE,
        spanOf(ctx, organisation, person),
      ),
    );
  }
  return relations;
}

/** A role phrase's last word: "chairman", "secretary", "vice-chairman", "president" of "vice president". */
const ROLE_HEAD_CUES = cueClass(
  Object.keys(ROLE_RELATIONS).map((role) => role.split(" ").at(-1)!),
  Object.keys(EXTRA_ROLES),
  Object.keys(DEPARTMENT_ROLES),
);

/** The joined and described role phrases of one sentence. */
export function relateRolePhrases(ctx: SentenceContext): ExtractedRelation[] {
  if (!hasCue(ctx.words, ROLE_HEAD_CUES)) return [];
  return ctx.units
    .filter((unit) => unit.type === "PERSON" && !unit.isDemonym)
    .flatMap((person) => relateRolePhrase(ctx, person));
}
