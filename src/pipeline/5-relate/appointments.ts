/**
 * Hirings and employment stated by a verb: "Acme hired Jo Bell as finance director", "Acme named
 * Jo Bell as its new chief executive", "Jo Bell was hired by Acme", "Jo Bell is employed at Acme".
 * The relation comes from the role word (a chief executive leads, a director works for). A role
 * taken up after the person ("Jo Bell was appointed chief executive of Acme") is the role clauses'
 * in news-patterns.ts; leaving a role ("stepped down as") is a past role (former-roles.ts).
 */

import type { EntityType, RelationType } from "../../domain/vocabulary.js";
import {
  APPOINTED_PARTICIPLES,
  EMPLOYED_PARTICIPLES,
  HIRING_VERBS,
  HOLDING_VERBS,
  PLAIN_HIRING_VERBS,
  ROLE_LEAD_WORDS,
  TAKE_OVER_VERBS,
  TENURE_NOUNS,
} from "../model/lexicons/appointment-cues.js";
import { BE_FORMS } from "../model/lexicons/relation-triggers.js";
import { DETERMINERS, UNREAL_WORDS } from "../model/lexicons/sentence-words.js";
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

/** An organisation's post from token `at`: "Chester manager", "the Acme chief executive". */
function postAt(ctx: SentenceContext, at: number): { body: Unit; role: RoleRead } | undefined {
  const body = unitAfter(ctx, at, DETERMINERS, 1);
  if (!body) return undefined;
  const after = isPossessiveMark(ctx.words[body.tokenEnd]) ? body.tokenEnd + 1 : body.tokenEnd;
  const role = readRole(ctx, after);
  if (!role || !fitsRole(role.type, body)) return undefined;
  // "as Chelsea manager Jose Mourinho said": the name after the post is its holder.
  if (ctx.unitCovering[role.end]! >= 0) return undefined;
  return { body, role };
}

/**
 * The person who holds a post named from token `at` (after "as" or a participle): the owner of
 * "Rush's future as", or the subject of "took over as", "was named as", "was appointed"; none when
 * the clause says it is not done ("is set to take over as", "could be named").
 */
function holderBefore(ctx: SentenceContext, at: number): Unit | undefined {
  const words = ctx.words;
  if (words[at - 1] === "as" && TENURE_NOUNS.has(words[at - 2] ?? "")) {
    if (!isPossessiveMark(words[at - 3])) return undefined;
    const owner = ctx.units[ctx.unitCovering[at - 4] ?? -1];
    return owner?.type === "PERSON" && owner.tokenEnd === at - 3 ? owner : undefined;
  }
  const afterAs = words[at - 1] === "as";
  // "took over as", "was named as"; or a participle's passive, "was appointed".
  let verb = afterAs ? at - 2 : at - 1;
  if (afterAs && words[verb] === "over" && TAKE_OVER_VERBS.has(words[verb - 1] ?? "")) verb--;
  else if (afterAs ? !HOLDING_VERBS.has(words[verb] ?? "") : !BE_FORMS.has(words[verb - 1] ?? ""))
    return undefined;
  const finding = findSubjectLeft(ctx, verb);
  if (!finding || finding.negated || finding.hedged || finding.subjects.length !== 1)
    return undefined;
  const person = finding.subjects[0]!;
  if (person.type !== "PERSON") return undefined;
  for (let j = person.tokenEnd; j < verb; j++) if (UNREAL_WORDS.has(words[j]!)) return undefined;
  return person;
}

/**
 * A post named after its holder's verb: "Hale took over as Chester manager", "Hale was named as
 * Everton boss", "Hale was appointed Acme chief executive", "Rush's future as Chester manager".
 */
function relateHeldPost(ctx: SentenceContext, at: number): ExtractedRelation[] {
  const post = postAt(ctx, at);
  if (!post) return [];
  const person = holderBefore(ctx, at);
  if (!person || person.entity === post.body.entity) return [];
  const { body, role } = post;
  return [
    makeRelation(
      ctx,
      person,
      body,
      partyType(ctx, role.type, body),
      `as ${role.role}`,
      CONFIDENCE,
      spanOf(ctx, person, body, role.end - 1),
    ),
  ];
}

/**
 * "hired", "is employed at", "was appointed", and the words before an "as" that `holderBefore`
 * reads: "took over as", "serves as", "Rush's future as".
 */
const APPOINTMENT_CUES = cueClass(
  HIRING_VERBS,
  EMPLOYED_PARTICIPLES,
  APPOINTED_PARTICIPLES,
  HOLDING_VERBS,
  TAKE_OVER_VERBS,
  TENURE_NOUNS,
);

/** Appointments and employment stated by verbs in one sentence. */
export function relateAppointments(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  if (!hasCue(ctx.words, APPOINTMENT_CUES)) return relations;
  for (let verb = 0; verb < ctx.words.length; verb++) {
    if (ctx.unitCovering[verb]! >= 0) continue;
    const word = ctx.words[verb]!;
    if (HIRING_VERBS.has(word)) relations.push(...relateHiring(ctx, verb));
    if (EMPLOYED_PARTICIPLES.has(word)) relations.push(...relateEmployed(ctx, verb));
    if (word === "as" || APPOINTED_PARTICIPLES.has(word))
      relations.push(...relateHeldPost(ctx, verb + 1));
  }
  return relations;
}
