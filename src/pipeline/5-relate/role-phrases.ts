/**
 * Role phrases the plain "firm, role, person" reading misses: two roles joined by "and" ("GM
 * chairman and chief executive Rick Wagoner") and a role a describing word opens ("Gartner's
 * principal analyst Jo Hale", "Ryanair's newly-appointed chief executive").
 */

import type { RelationType } from "../../domain/vocabulary.js";
import {
  HEAD_KEEPING_DESCRIBERS,
  NON_ROLE_DESCRIBERS,
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
import {
  isPossessiveMark,
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
/** A lower-case word: "principal", "newly-appointed". */
const DESCRIBER_RE = /^[a-z][a-z-]*$/;

const CONFIDENCE = 0.75;

interface Role {
  type: RelationType;
  start: number;
}

/** Whether token `at` is free of any unit but the person's own (a title the mention took in). */
function isFree(ctx: SentenceContext, at: number, person: Unit): boolean {
  const covering = ctx.unitCovering[at]!;
  return covering < 0 || ctx.units[covering] === person;
}

/** The role phrase ending at token `end` (exclusive): its relation and first token. */
function roleEndingAt(ctx: SentenceContext, end: number, person: Unit): Role | undefined {
  const head = ctx.words[end - 1];
  if (head === undefined || !isFree(ctx, end - 1, person)) return undefined;
  const type = ROLE_RELATIONS[`${ctx.words[end - 2]} ${head}`] ?? ROLE_RELATIONS[head];
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
  // "deputy chairman", "foreign affairs chief": one of the staff, not the head.
  const deputy =
    type === "LEADER_OF" &&
    words.some((word) => DEPUTY_MODIFIERS.has(word) || BRIEF_MODIFIERS.has(word));
  return { type: deputy ? "WORKS_FOR" : type, start };
}

/** The organisation unit ending right before token `at`, or undefined. */
function organisationEndingAt(ctx: SentenceContext, at: number): Unit | undefined {
  const unit = ctx.units[ctx.unitCovering[at - 1] ?? -1];
  return unit && unit.type === "ORGANIZATION" && !unit.isDemonym && unit.tokenEnd === at
    ? unit
    : undefined;
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
    if (!isFree(ctx, at - 1, person) || !DESCRIBER_RE.test(word)) break;
    if (NON_ROLE_DESCRIBERS.has(word) || DETERMINERS.has(word) || PREPOSITIONS.has(word)) break;
    at--;
    describers++;
  }
  const possessive = isPossessiveMark(ctx.words[at - 1]);
  const organisation = organisationEndingAt(ctx, possessive ? at - 1 : at);
  if (!organisation || organisation.entity === person.entity) return [];
  const limit = possessive ? MAX_POSSESSIVE_DESCRIBERS : MAX_BARE_DESCRIBERS;
  // What the plain reading already reads: one role, no describing word.
  if (describers > limit || (roles.length === 1 && describers === 0)) return [];
  const phrase = ctx.words.slice(at, end);
  if (phrase.some((word) => PAST_ROLE_WORDS.has(word))) return [];
  const isParty = PARTY_SURFACE.test(ctx.text.slice(organisation.start, organisation.end));
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

/** The joined and described role phrases of one sentence. */
export function relateRolePhrases(ctx: SentenceContext): ExtractedRelation[] {
  return ctx.units
    .filter((unit) => unit.type === "PERSON" && !unit.isDemonym)
    .flatMap((person) => relateRolePhrase(ctx, person));
}
