/**
 * Hirings and employment stated by a verb: "Acme hired Jo Bell as finance director", "Acme named
 * Jo Bell as its new chief executive", "Jo Bell was hired by Acme", "Jo Bell is employed at Acme".
 * The relation comes from the role word (a chief executive leads, a director works for). A role
 * taken up after the person ("Jo Bell was appointed chief executive of Acme") is the role clauses'
 * in news-patterns.ts; leaving a role ("stepped down as") is a past role (former-roles.ts).
 */

import type { EntityType, RelationType } from "../../domain/vocabulary.js";
import {
  EMPLOYED_PARTICIPLES,
  HIRING_VERBS,
  PLAIN_HIRING_VERBS,
  ROLE_LEAD_WORDS,
} from "../model/lexicons/appointment-cues.js";
import { BE_FORMS } from "../model/lexicons/relation-triggers.js";
import { DETERMINERS } from "../model/lexicons/sentence-words.js";
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
  unitAfter,
} from "./sentence-view.js";
import { findSubjectLeft } from "./verbs.js";

/** Most words of one role phrase: "deputy chief executive officer". */
const MAX_ROLE_WORDS = 4;
/** Most words opening a role after its verb: "as the new". */
const MAX_LEAD_WORDS = 3;
const CONFIDENCE = 0.75;
/** Clubs and sides are often named by their town or country ("England named Jo Bell as captain"). */
const TEAM_TYPES: ReadonlySet<EntityType> = new Set(["ORGANIZATION", "COUNTRY", "PLACE"]);

/** A role phrase read after a verb: its relation and the token after it. */
interface RoleRead {
  type: RelationType;
  role: string;
  end: number;
}

/** The role phrase from token `at`: "chief executive", "the new finance director". */
function readRole(ctx: SentenceContext, at: number): RoleRead | undefined {
  let start = at;
  while (start - at < MAX_LEAD_WORDS && ROLE_LEAD_WORDS.has(ctx.words[start] ?? "")) start++;
  let end = start;
  while (end - start < MAX_ROLE_WORDS && ctx.unitCovering[end]! < 0) {
    const word = ctx.words[end] ?? "";
    if (!ROLE_MODIFIERS.has(word) && !ROLE_RELATIONS[word]) break;
    end++;
  }
  const head = ctx.words[end - 1] ?? "";
  if (end === start) return undefined;
  const type = ROLE_RELATIONS[`${ctx.words[end - 2]} ${head}`] ?? ROLE_RELATIONS[head];
  if (!type) return undefined;
  const words = ctx.words.slice(start, end);
  // "was named deputy chairman of Acme": a deputy works for the body; he does not lead it.
  const deputy =
    type === "LEADER_OF" &&
    words.some((word) => DEPUTY_MODIFIERS.has(word) || BRIEF_MODIFIERS.has(word));
  return { type: deputy ? "WORKS_FOR" : type, role: words.join(" "), end };
}

/** Whether an organisation of this type may hold a role of this relation. */
function fitsRole(type: RelationType, organisation: Unit): boolean {
  if (organisation.isDemonym) return false;
  if (type === "PLAYS_FOR" || type === "COACHES") return TEAM_TYPES.has(organisation.type);
  return organisation.type === "ORGANIZATION";
}

/** "Labour spokesman": who works for a party is one of its members. */
function partyType(ctx: SentenceContext, type: RelationType, organisation: Unit): RelationType {
  const name = ctx.text.slice(organisation.start, organisation.end);
  return type === "WORKS_FOR" && PARTY_SURFACE.test(name) ? "MEMBER_OF" : type;
}

/** The people a clause's subject left of `verb` names, with the clause's confidence, if stated. */
function peopleLeft(ctx: SentenceContext, verb: number): { people: Unit[]; confidence: number } {
  const finding = findSubjectLeft(ctx, verb);
  if (!finding || finding.negated) return { people: [], confidence: 0 };
  const people = finding.subjects.filter((unit) => unit.type === "PERSON");
  const confidence =
    CONFIDENCE - (finding.hedged ? 0.3 : 0) - (finding.pronoun === true ? 0.15 : 0);
  return { people, confidence };
}

/** "Acme hired Jo Bell as finance director", "Acme has recruited Jo Bell". */
function relateHiring(ctx: SentenceContext, verb: number): ExtractedRelation[] {
  // "Jo Bell was appointed …": a passive, the role clauses' reading.
  if (BE_FORMS.has(ctx.words[verb - 1] ?? "")) return [];
  const person = ctx.units[ctx.unitStartingAt[verb + 1] ?? -1];
  if (person?.type !== "PERSON" || person.isDemonym) return [];
  let at = person.tokenEnd;
  if (ctx.words[at] === ",") at++;
  const role = ctx.words[at] === "as" ? readRole(ctx, at) : undefined;
  if (!role && !PLAIN_HIRING_VERBS.has(ctx.words[verb]!)) return [];
  const finding = findSubjectLeft(ctx, verb);
  if (!finding || finding.negated) return [];
  const type = role?.type ?? "WORKS_FOR";
  const confidence = CONFIDENCE - (finding.hedged ? 0.3 : 0);
  const predicate = role ? `${ctx.words[verb]} as ${role.role}` : ctx.words[verb]!;
  return finding.subjects
    .filter((firm) => fitsRole(type, firm) && firm.entity !== person.entity)
    .map((firm) =>
      makeRelation(
        ctx,
        person,
        firm,
        partyType(ctx, type, firm),
        predicate,
        confidence,
        spanOf(ctx, firm, person, verb),
      ),
    );
}

/** "Jo Bell was hired by Acme", "Jo Bell is employed at Acme". */
function relateEmployed(ctx: SentenceContext, verb: number): ExtractedRelation[] {
  if (!BE_FORMS.has(ctx.words[verb - 1] ?? "")) return [];
  const link = ctx.words[verb + 1];
  if (link !== "by" && link !== "at") return [];
  const firm = unitAfter(ctx, verb + 2, DETERMINERS, 1);
  if (!firm || !fitsRole("WORKS_FOR", firm) || isPossessiveMark(ctx.words[firm.tokenEnd]))
    return [];
  const { people, confidence } = peopleLeft(ctx, verb);
  return people
    .filter((person) => person.entity !== firm.entity)
    .map((person) =>
      makeRelation(
        ctx,
        person,
        firm,
        partyType(ctx, "WORKS_FOR", firm),
        `${ctx.words[verb]} ${link}`,
        confidence,
        spanOf(ctx, person, firm, verb),
      ),
    );
}

/** Appointments and employment stated by verbs in one sentence. */
export function relateAppointments(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (let verb = 0; verb < ctx.words.length; verb++) {
    if (ctx.unitCovering[verb]! >= 0) continue;
    const word = ctx.words[verb]!;
    if (HIRING_VERBS.has(word)) relations.push(...relateHiring(ctx, verb));
    if (EMPLOYED_PARTICIPLES.has(word)) relations.push(...relateEmployed(ctx, verb));
  }
  return relations;
}
