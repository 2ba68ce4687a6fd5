/**
 * Role changes: "Ken Hale stepped down as Acme chairman", "Jo Bell was sacked as Rovers coach",
 * "Tom Reed has been named as Wales' new captain", "resigned as chairman of Acme", "is to stand
 * down as a Labour MP". The verb before "as" says its subject held the role the words after "as"
 * name: a departure that happened makes the role a past one (`former: "true"`); one still to come
 * or denied ("is to step down", "will not resign") leaves it held today; an appointment gives it now.
 */

import { FORMER_ATTRIBUTE, type RelationType } from "../../domain/vocabulary.js";
import { PARTY_SURFACE, ROLE_MODIFIERS } from "../model/news-roles.js";
import type { ExtractedRelation } from "../types.js";
import { cueClass, hasCue } from "./cue-words.js";
import { isUndone, UNDONE_WORDS } from "./departures.js";
import { fitsRole, MAX_ROLE_WORDS, partyRole, roleBefore } from "./role-nouns.js";
import {
  isPossessiveMark,
  LOWER_WORD_RE,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
} from "./sentence-view.js";
import { findSubjectLeft } from "./verbs.js";

/** Verbs of leaving a role right before "as": "resigned as", "was sacked as". */
const LEAVING_VERBS: ReadonlySet<string> = new Set([
  "resign",
  "resigned",
  "resigns",
  "quit",
  "quits",
  "retire",
  "retired",
  "retires",
  "sacked",
  "axed",
  "dismissed",
  "ousted",
  "fired",
  "replaced",
]);
/** Verbs of leaving that take "down" before "as": "stepped down as", "stood down as". */
const DOWN_VERBS: ReadonlySet<string> = new Set([
  "step",
  "steps",
  "stepped",
  "stand",
  "stands",
  "stood",
]);
/** Verbs of taking a role right before "as": "appointed as", "has been named as". */
const TAKING_VERBS: ReadonlySet<string> = new Set([
  "appointed",
  "reappointed",
  "named",
  "installed",
  "elected",
  "re-elected",
  "confirmed",
  "promoted",
  "chosen",
  "selected",
  "hired",
]);
/** Words between a subject and a change's verb that findSubjectLeft does not pass: "is to step down", "was". */
const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  ...UNDONE_WORDS,
  "is",
  "are",
  "was",
  "were",
  "be",
  "being",
]);
/** Words opening the role after "as": "as the club's chairman", "as its chief executive". */
const AS_OPENERS: ReadonlySet<string> = new Set(["the", "a", "an", "its", "his", "her", "their"]);
/** Links between a role and its organisation: "chairman of Acme", "coach at Rovers". */
const ROLE_LINKS: ReadonlySet<string> = new Set(["of", "at", "for"]);
/**
 * Words before a role noun that keep a head a head: "new captain", "interim chairman". Another
 * word makes the role a part's ("branch chairman", "regional director"): a member of staff.
 */
const NEUTRAL_ROLE_WORDS: ReadonlySet<string> = new Set([
  ...ROLE_MODIFIERS,
  "new",
  "permanent",
  "interim",
  "acting",
  "caretaker",
  "full-time",
  "joint",
  "executive",
]);
/** What a party's elected or standing members are called: "as a Labour MP", "as the Tory candidate". */
const PARTY_SEATS: ReadonlySet<string> = new Set([
  "mp",
  "mep",
  "msp",
  "councillor",
  "candidate",
  "member",
  "peer",
  "backbencher",
]);
/** The role relations a change of role may state (not "founder", which is no post held). */
const CHANGED_ROLES: ReadonlySet<RelationType> = new Set([
  "LEADER_OF",
  "WORKS_FOR",
  "MEMBER_OF",
  "PLAYS_FOR",
  "COACHES",
]);

const CONFIDENCE = { named: 0.75, pronoun: 0.6 } as const;

const ROLE_CHANGE_CUES = cueClass(["as"]);

/** A role the words after "as" name, with the organisation that holds it. */
interface NamedRole {
  type: RelationType;
  role: string;
  organisation: Unit;
}

/** The verb a role change's "as" at token `as` follows, and whether it is a departure. */
function changeVerbBefore(
  ctx: SentenceContext,
  as: number,
): { verb: number; leaving: boolean } | undefined {
  const before = ctx.words[as - 1] ?? "";
  if (LEAVING_VERBS.has(before)) return { verb: as - 1, leaving: true };
  if (TAKING_VERBS.has(before)) return { verb: as - 1, leaving: false };
  if (before === "down" && DOWN_VERBS.has(ctx.words[as - 2] ?? ""))
    return { verb: as - 2, leaving: true };
  return undefined;
}

/** Whether a unit may hold a role: an organisation, or a side named by its country or town. */
function isHolder(unit: Unit | undefined): unit is Unit {
  return unit !== undefined && !unit.isDemonym && unit.type !== "PERSON";
}

/** Whether an organisation is a political party by its name ("Labour", "Tory", "UKIP"). */
function isParty(ctx: SentenceContext, unit: Unit): boolean {
  return unit.type === "ORGANIZATION" && PARTY_SURFACE.test(ctx.text.slice(unit.start, unit.end));
}

/**
 * "as Acme chairman", "as England's new rugby union captain", "as a Labour MP": an organisation,
 * then the role noun that ends a short run of lower-case words.
 */
function roleAfterOrganisation(ctx: SentenceContext, at: number): NamedRole | undefined {
  const organisation = ctx.units[ctx.unitStartingAt[at] ?? -1];
  if (!isHolder(organisation)) return undefined;
  let end = organisation.tokenEnd;
  if (isPossessiveMark(ctx.words[end])) end++;
  let found: NamedRole | undefined;
  for (let k = end; k < ctx.words.length && k - end < MAX_ROLE_WORDS; k++) {
    const word = ctx.words[k]!;
    if (ctx.unitCovering[k]! >= 0) break;
    // "as a Labour MP": a seat's initials are capitals.
    if (PARTY_SEATS.has(word) && isParty(ctx, organisation)) {
      found = { type: "MEMBER_OF", role: ctx.words.slice(end, k + 1).join(" "), organisation };
      continue;
    }
    if (!LOWER_WORD_RE.test(ctx.sentence.tokens[k]?.text ?? "")) break;
    const role = roleBefore(ctx, k + 1);
    if (role) {
      const lead = ctx.words.slice(end, role.start);
      // "as UKIP's branch chairman": the head of one part of it is one of its staff.
      const type =
        role.type === "LEADER_OF" && lead.some((w) => !NEUTRAL_ROLE_WORDS.has(w))
          ? "WORKS_FOR"
          : role.type;
      found = { type, role: ctx.words.slice(end, k + 1).join(" "), organisation };
    } else if (found) break;
  }
  return found;
}

/** "as chairman of Acme", "as head coach at Rovers": a role, a link, then the organisation. */
function roleBeforeOrganisation(ctx: SentenceContext, at: number): NamedRole | undefined {
  for (let link = at + 1; link < ctx.words.length && link - at <= MAX_ROLE_WORDS; link++) {
    if (ctx.unitCovering[link - 1]! >= 0) return undefined;
    if (!ROLE_LINKS.has(ctx.words[link]!)) continue;
    const role = roleBefore(ctx, link);
    if (!role || role.start !== at) return undefined;
    const start = ctx.words[link + 1] === "the" ? link + 2 : link + 1;
    const organisation = ctx.units[ctx.unitStartingAt[start] ?? -1];
    if (!isHolder(organisation)) return undefined;
    // "as head of the Treasury's tax unit": the role is the part's, not the body's.
    if (isPossessiveMark(ctx.words[organisation.tokenEnd])) return undefined;
    return { type: role.type, role: role.role, organisation };
  }
  return undefined;
}

/** Where the clause words before a change's verb start: "is to" in "Jo Bell is to step down". */
function clauseStart(ctx: SentenceContext, verb: number): number {
  let start = verb;
  while (start > 0 && CLAUSE_WORDS.has(ctx.words[start - 1]!)) start--;
  return start;
}

/** The relation a named role gives: a party's staff are its members, a side's boss coaches it. */
function roleType(ctx: SentenceContext, named: NamedRole, isSport: boolean): RelationType {
  if (isSport && named.type === "LEADER_OF" && named.role.endsWith("boss")) return "COACHES";
  return partyRole(ctx, named.type, named.organisation);
}

/** The roles one sentence says its people left or took. */
export function relateRoleChanges(ctx: SentenceContext, isSport: boolean): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  if (!hasCue(ctx.words, ROLE_CHANGE_CUES)) return relations;
  for (let as = 2; as < ctx.words.length - 1; as++) {
    if (ctx.words[as] !== "as" || ctx.unitCovering[as]! >= 0) continue;
    const change = changeVerbBefore(ctx, as);
    if (!change || ctx.unitCovering[change.verb]! >= 0) continue;
    const at = AS_OPENERS.has(ctx.words[as + 1] ?? "") ? as + 2 : as + 1;
    const named = roleAfterOrganisation(ctx, at) ?? roleBeforeOrganisation(ctx, at);
    if (!named) continue;
    const type = roleType(ctx, named, isSport);
    if (!CHANGED_ROLES.has(type) || !fitsRole(type, named.organisation)) continue;
    const finding = findSubjectLeft(ctx, clauseStart(ctx, change.verb));
    if (!finding) continue;
    const undone = finding.negated || finding.hedged || isUndone(ctx, finding.from, change.verb);
    // "could be named as coach": nothing is taken yet; "is to step down as chairman": still held.
    if (undone && !change.leaving) continue;
    // A party member who leaves one of its posts stays a member.
    const former = change.leaving && !undone && type !== "MEMBER_OF";
    for (const person of finding.subjects) {
      if (person.type !== "PERSON" || person.isDemonym) continue;
      if (person.entity === named.organisation.entity) continue;
      relations.push(
        makeRelation(
          ctx,
          person,
          named.organisation,
          type,
          named.role,
          finding.pronoun ? CONFIDENCE.pronoun : CONFIDENCE.named,
          spanOf(ctx, person, named.organisation),
          former ? { [FORMER_ATTRIBUTE]: "true" } : undefined,
        ),
      );
    }
  }
  return relations;
}
