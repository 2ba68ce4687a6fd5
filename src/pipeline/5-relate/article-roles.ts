/**
 * Roles a story gives a person of the organisation it is about without naming it in the sentence:
 * "Shares in Umbro rose… Chief executive Peter McGuigan said the firm plans to grow" makes
 * McGuigan Umbro's leader. INFERRED: the sentence states the role, the article the organisation.
 * A bare role's organisation may also be the one body its sentence names before it ('"A good year
 * for Acme," said chief executive Tom Hale'), or, when its sentence names none, the one body the
 * sentence before names as its subject ("Umbro cut 500 jobs. Chairman Tom Hale said…").
 */

import { type RelationType, ROLE_RELATION_TYPES } from "../../domain/vocabulary.js";
import { findEntryByKey } from "../3-recognize/gazetteer/gazetteer-lookups.js";
import { isSideKey } from "../3-recognize/sports-teams.js";
import type { Resolution } from "../4-resolve/resolve.js";
import { BARE_ROLE_PRECEDERS } from "../model/lexicons/sport-cues.js";
import { FIRM_ROLE_LEADS, FIRM_ROLES, PARTY_SURFACE, SIDE_ROLES } from "../model/news-roles.js";
import type { ExtractedRelation, RelationEvidence } from "../types.js";
import {
  findMainSubject,
  isRoleOwnerBefore,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
} from "./sentence-view.js";

/** The article's organisation is named at least this often… */
const MIN_MENTIONS = 3;
/** …and at least this many times as often as any other organisation. */
const MIN_LEAD_RATIO = 2;
const CONFIDENCE = 0.6;
/** Tokens after a name within which another organisation may own its role: "X, of Nike", "X at Nike". */
const RIVAL_REACH = 4;
/** Words that may stand right before such a role: "said chief executive", "adviser to chief executive". */
const ROLE_PRECEDERS: ReadonlySet<string> = new Set([
  "but",
  "said",
  "says",
  "added",
  "explained",
  "confirmed",
  "by",
  "to",
  "and",
  "with",
]);
/** Further words a sports story's coach may follow: "the arrival of new manager X", "denied that coach X". */
const SIDE_ROLE_PRECEDERS: ReadonlySet<string> = new Set(["of", "that", "under", "for", "from"]);
/** Role preceders that join the role to another phrase rather than to a verb of saying. */
const LINK_PRECEDERS: ReadonlySet<string> = new Set(["and", "with", "to", "by"]);
/** A role's organisation read from its sentence or the one before is less sure than the article's. */
const SENTENCE_CONFIDENCE = 0.55;
/** A token of punctuation only: a comma, a quote's end, a dash. */
export const PUNCTUATION_RE = /^[^\p{L}\p{N}]+$/u;
/** Bodies a story names as its source or its politics, not as the firm it is about ("told the BBC"). */
const NOT_MAIN_KINDS: ReadonlySet<string> = new Set(["news", "party"]);
/** Bodies a sentence names as the source of its report, who employ none of the firm's people. */
const SOURCE_KINDS: ReadonlySet<string> = new Set(["news"]);

/** The gazetteer's kind of an entity ("news", "party"), if the gazetteer knows it. */
function kindOf(resolution: Resolution, entity: number): string | undefined {
  return findEntryByKey(resolution.entities[entity]?.key ?? "")?.kind;
}

/** Anything but letters and digits, between a headline's words. */
const WORD_BREAK_RE = /[^\p{L}\p{N}]+/gu;

/** Whether a headline names the entity by its name or an alias, as whole words. */
function isNamedIn(title: string | null, resolution: Resolution, entity: number): boolean {
  const named = resolution.entities[entity];
  if (!title || !named) return false;
  const words = ` ${title.replace(WORD_BREAK_RE, " ")} `;
  return [named.name, ...named.aliases].some((name) => words.includes(` ${name} `));
}

/** The organisation the article is about: named most, far more than any other. */
export function mainOrganisation(
  resolution: Resolution,
  title: string | null = null,
): number | undefined {
  const counts = new Map<number, number>();
  for (const mention of resolution.mentions)
    if (resolution.entities[mention.entity]?.type === "ORGANIZATION")
      counts.set(mention.entity, (counts.get(mention.entity) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const [first, ...rest] = ranked;
  if (!first || first[1] < MIN_MENTIONS) return undefined;
  const kind = kindOf(resolution, first[0]);
  // "Weak dollar hits Reuters": a news organisation the headline names is the story's subject.
  if (
    kind !== undefined &&
    NOT_MAIN_KINDS.has(kind) &&
    !(kind === "news" && isNamedIn(title, resolution, first[0]))
  )
    return undefined;
  // A paper the story cites ("the FT reported", "told the FT") is no rival to the firm it is about.
  const second = rest.find(([entity]) => !SOURCE_KINDS.has(kindOf(resolution, entity) ?? ""));
  return first[1] >= MIN_LEAD_RATIO * (second?.[1] ?? 0) ? first[0] : undefined;
}

/** Possessive pronouns a role may follow: "their coach", "his manager". */
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(["their", "its", "his", "her"]);

/** Whether a possessive pronoun stands in the two words before a person's role. */
function isOwnedRole(ctx: SentenceContext, person: Unit, role: string): boolean {
  const start = person.nameStart - role.split(" ").length;
  return [start - 1, start - 2].some((k) => POSSESSIVE_PRONOUNS.has(ctx.words[k] ?? ""));
}

/** Relations that make their ends sides in a match or a squad. */
const SIDE_RELATIONS: ReadonlySet<RelationType> = new Set(["PLAYS_FOR", "COACHES", "DEFEATED"]);
/** Entity types a side may be named by: a club, a national side by its country, a club by its town. */
const SIDE_ENTITY_TYPES: ReadonlySet<string> = new Set(["ORGANIZATION", "COUNTRY", "PLACE"]);

/**
 * The side a sports story is about, when its relations so far treat it as a side (a player plays
 * for it, a coach coaches it, it beat or lost to another): named most, at least MIN_MENTIONS times
 * and MIN_LEAD_RATIO times as often as any other side. "France" in a story where Michalak plays
 * for France and France beat Scotland, not "Greece" where a sprinter is only Greek.
 */
function mainSide(resolution: Resolution, known: readonly ExtractedRelation[]): number | undefined {
  const sides = new Set<number>();
  for (const relation of known) {
    if (!SIDE_RELATIONS.has(relation.type)) continue;
    if (relation.type !== "DEFEATED" || isSideType(resolution, relation.subject))
      sides.add(relation.object);
    if (relation.type === "DEFEATED") sides.add(relation.subject);
  }
  const counts = new Map<number, number>();
  for (const mention of resolution.mentions)
    if (sides.has(mention.entity) && isSideType(resolution, mention.entity))
      counts.set(mention.entity, (counts.get(mention.entity) ?? 0) + 1);
  const [first, ...rest] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  if (!first || first[1] < MIN_MENTIONS) return undefined;
  return first[1] >= MIN_LEAD_RATIO * (rest[0]?.[1] ?? 0) ? first[0] : undefined;
}

/** Whether an entity's type may name a side (not a player beaten in a singles match). */
function isSideType(resolution: Resolution, entity: number): boolean {
  return SIDE_ENTITY_TYPES.has(resolution.entities[entity]?.type ?? "");
}

/**
 * Whether a unit is an organisation other than the article's that may claim a role in its
 * sentence: a news source ("According to the Financial Times, chief operating officer X said")
 * reports the role and claims none.
 */
function isRivalOrganisation(resolution: Resolution, unit: Unit, organisation: number): boolean {
  if (unit.type !== "ORGANIZATION" || unit.entity === organisation) return false;
  return !SOURCE_KINDS.has(kindOf(resolution, unit.entity) ?? "");
}

const LAST_WORDS = new WeakMap<object, ReadonlySet<string>>();

/** The words the roles of a table end with ("executive" of "chief executive"). */
function roleLastWords(roles: Readonly<Record<string, RelationType>>): ReadonlySet<string> {
  let words = LAST_WORDS.get(roles);
  if (!words) {
    words = new Set(Object.keys(roles).map((role) => role.slice(role.lastIndexOf(" ") + 1)));
    LAST_WORDS.set(roles, words);
  }
  return words;
}

/**
 * The role words right before a person's name with nothing naming another body before them:
 * "said chief executive Tom Glocer", not "Icstis spokesman Rob Dwight" or "former chairman X".
 */
function firmRoleBefore(
  ctx: SentenceContext,
  person: Unit,
  namesOrganisation: boolean,
  roles: Readonly<Record<string, RelationType>> = FIRM_ROLES,
): string | undefined {
  // "The club's managing director, Keith Edelman, stressed…": the role set off by commas.
  const isSetOff =
    person.tokenStart === person.nameStart &&
    ctx.words[person.nameStart - 1] === "," &&
    ctx.words[person.tokenEnd] === ",";
  const end = isSetOff ? person.nameStart - 1 : person.nameStart;
  // Most names follow no role: the word before them ends none, and no phrase need be joined.
  if (end < 1 || !roleLastWords(roles).has(ctx.words[end - 1]!)) return undefined;
  for (let width = 3; width >= 1; width--) {
    const start = end - width;
    if (start < 0) continue;
    const role = ctx.words.slice(start, end).join(" ");
    if (roles[role] === undefined) continue;
    // A title the person's mention took in ("chief executive Tom Glocer") is the person's own.
    const isOther = (k: number) =>
      ctx.unitCovering[k]! >= 0 && ctx.units[ctx.unitCovering[k]!]!.entity !== person.entity;
    let lead = start - 1;
    while (lead >= 0 && FIRM_ROLE_LEADS.has(ctx.words[lead]!) && !isOther(lead)) lead--;
    if (lead < 0) return role;
    // "said chief executive X", '"…," chief executive X said': a verb or a quote's end before
    // the role; "committee chairman X", "Icstis spokesman X", "former chairman X" are others'.
    const before = ctx.words[lead]!;
    // Where the sentence names the organisation, a role joined to another's ("Vivendi, its chief
    // executive X and chief operating officer Y") may be that other's, whom a misread name hides.
    const isLink = namesOrganisation && LINK_PRECEDERS.has(before);
    // "frozen out by coach X", "the arrival of new manager X": a sports story's coach also
    // follows these ("a proud coach X", "Deportivo coach X" may be another side's).
    const isPreceder =
      ROLE_PRECEDERS.has(before) ||
      PUNCTUATION_RE.test(before) ||
      (roles === SIDE_ROLES &&
        (SIDE_ROLE_PRECEDERS.has(before) || BARE_ROLE_PRECEDERS.has(before)));
    return !isOther(lead) && !isLink && isPreceder ? role : undefined;
  }
  return undefined;
}

/**
 * Roles of the article's organisation held by people its sentences name with no organisation,
 * for people the relations so far (rules' and model's) give no place in any organisation: a firm's
 * officers, or in a sports story the coach of the club it is about ("Beattie has spoken to
 * manager David Moyes", in a story about Everton).
 */
export function relateArticleRoles(
  contexts: readonly SentenceContext[],
  resolution: Resolution,
  known: readonly ExtractedRelation[],
  isSport: boolean,
  title: string | null = null,
): ExtractedRelation[] {
  const roles = isSport ? SIDE_ROLES : FIRM_ROLES;
  const found = mainOrganisation(resolution, title);
  // "coach Christos Tzekos" in a story about the IAAF coaches athletes, not the federation.
  const isSide = found !== undefined && isSideKey(resolution.entities[found]?.key);
  // "coach Bernard Laporte" in a story about France's side: a national side named by its country.
  const organisation = isSport && !isSide ? mainSide(resolution, known) : found;
  if (organisation === undefined) return [];
  const placed = new Set(
    known.filter((relation) => ROLE_RELATION_TYPES.has(relation.type)).map((r) => r.subject),
  );
  const named = contexts.find((ctx) => ctx.units.some((unit) => unit.entity === organisation));
  const relations: ExtractedRelation[] = [];
  for (const ctx of contexts) {
    // Another organisation named before the role or right after the name may own the role ("rival
    // Nike's chief executive", "chief executive X of Nike"); one naming only the article's ('"The
    // IMF stands ready," said managing director Rodrigo Rato'), a news source ("…, chief executive
    // X told Reuters") or a body later in what the person does ("Chief executive X showed off the
    // machine at the MacWorld show") leaves it the article's.
    const rivals = ctx.units.filter((unit) => isRivalOrganisation(resolution, unit, organisation));
    const namesOrganisation = ctx.units.some((unit) => unit.entity === organisation);
    for (const person of ctx.units) {
      if (person.type !== "PERSON" || placed.has(person.entity)) continue;
      if (rivals.some((rival) => rival.tokenStart < person.tokenEnd + RIVAL_REACH)) continue;
      const role = firmRoleBefore(ctx, person, namesOrganisation, roles);
      if (role === undefined) continue;
      // "Their coach John Kirwan": in a story of two sides the pronoun's may be the other side.
      if (!isSide && isOwnedRole(ctx, person, role)) continue;
      placed.add(person.entity);
      const relation = makeRelation(
        ctx,
        person,
        organisation,
        roles[role]!,
        role,
        CONFIDENCE,
        spanOf(ctx, person.nameStart, person),
        { inferred: "article's organisation" },
      );
      relation.provenance = "INFERRED";
      if (named) relation.support = [supportOf(named, organisation)];
      relations.push(relation);
    }
  }
  return relations;
}

/** The sentence naming the organisation, as support. */
function supportOf(ctx: SentenceContext, organisation: number): RelationEvidence {
  const unit = ctx.units.find((u) => u.entity === organisation)!;
  return makeRelation(ctx, unit, unit, "LEADER_OF", "", 0, spanOf(ctx, unit)).evidence;
}

/**
 * The bodies a sentence names that may employ its people: organisations, and places, which may be
 * clubs or firms the recogniser took for their towns ("Birmingham have confirmed…"); a news source
 * reports only.
 */
function employersNamed(ctx: SentenceContext, resolution: Resolution): Unit[] {
  return ctx.units.filter(
    (unit) =>
      (unit.type === "ORGANIZATION" || unit.type === "PLACE") &&
      !unit.isDemonym &&
      !SOURCE_KINDS.has(kindOf(resolution, unit.entity) ?? ""),
  );
}

/** The one organisation among the bodies, or undefined when they name none or more than one. */
function onlyOrganisation(units: readonly Unit[]): Unit | undefined {
  const [first] = units;
  return first?.type === "ORGANIZATION" && units.every((unit) => unit.entity === first.entity)
    ? first
    : undefined;
}

/** Quotation marks, straight and curly. */
const QUOTE_RE = /["“”]/g;

/**
 * Whether the sentence starts inside a quotation that closes before the person: '…a service
 * provider," chief executive X said' continues a quote, whose sentence before is the speaker's own.
 */
function opensInsideQuote(ctx: SentenceContext, person: Unit): boolean {
  const before = ctx.text.slice(ctx.sentence.start, person.start);
  const quotes = before.match(QUOTE_RE) ?? [];
  return quotes[0] === "”" || quotes.filter((quote) => quote === '"').length % 2 === 1;
}

/**
 * The one body a sentence names when it is the sentence's subject: "Ladbrokes cut the odds…"
 * ("Umbro signed a deal with Chelsea" names a partner, whose people it does not quote next).
 */
function subjectOrganisation(ctx: SentenceContext, resolution: Resolution): Unit | undefined {
  const only = onlyOrganisation(employersNamed(ctx, resolution));
  if (!only) return undefined;
  // "Arsenal boss Arsene Wenger has been guaranteed funds": the body whose role the subject holds.
  const main = findMainSubject(ctx);
  const isSubjects = main?.entity === only.entity;
  const isSubjectsBody = isRoleOwnerBefore(ctx, only) && main && only.tokenEnd <= main.tokenStart;
  return isSubjects || isSubjectsBody ? only : undefined;
}

/**
 * Bare roles whose organisation the sentence leaves to the one body it names before the role
 * ('"It was a good year for Acme," said chairman Tom Hale'; others may follow when that body is
 * the sentence's subject: "Acme want £6m but chief executive X said talks with Globex go on"), or, when it names no body, to the
 * one body the sentence before names as its subject ("Acme cut 500 jobs. Chairman Tom Hale
 * said…"). Only for people no relation so far places in any organisation; a party's officer is
 * one of its members.
 */
export function relateSentenceRoles(
  contexts: readonly SentenceContext[],
  resolution: Resolution,
  known: readonly ExtractedRelation[],
): ExtractedRelation[] {
  const placed = new Set(
    known.filter((relation) => ROLE_RELATION_TYPES.has(relation.type)).map((r) => r.subject),
  );
  const relations: ExtractedRelation[] = [];
  contexts.forEach((ctx, k) => {
    const employers = employersNamed(ctx, resolution);
    const previous = contexts[k - 1];
    for (const person of ctx.units) {
      if (person.type !== "PERSON" || person.isDemonym || placed.has(person.entity)) continue;
      const role = firmRoleBefore(ctx, person, employers.length > 0);
      if (role === undefined) continue;
      // "Chester have won two games but chairman X says … the Liverpool legend": bodies after the
      // role may be the sentence's talk, once the body before it is its subject.
      const before = employers.filter((unit) => unit.tokenEnd <= person.tokenStart);
      const only = onlyOrganisation(before);
      const inSentence =
        only && (before.length === employers.length || findMainSubject(ctx)?.entity === only.entity)
          ? only
          : undefined;
      // "Chairman Sam Hale told MPs … when Ulster switched": a place after the role is the talk,
      // which leaves the role to the body the sentence before is about.
      const claimants = employers.filter(
        (unit) => unit.type === "ORGANIZATION" || unit.tokenEnd <= person.tokenStart,
      );
      const source =
        claimants.length === 0 && previous && !opensInsideQuote(ctx, person)
          ? { ctx: previous, unit: subjectOrganisation(previous, resolution) }
          : {
              ctx,
              unit: inSentence,
            };
      const organisation = source.unit;
      if (!organisation || organisation.entity === person.entity) continue;
      placed.add(person.entity);
      const isParty =
        kindOf(resolution, organisation.entity) === "party" ||
        PARTY_SURFACE.test(resolution.entities[organisation.entity]?.name ?? "");
      const relation = makeRelation(
        ctx,
        person,
        organisation.entity,
        isParty ? "MEMBER_OF" : FIRM_ROLES[role]!,
        role,
        SENTENCE_CONFIDENCE,
        source.ctx === ctx
          ? spanOf(ctx, organisation, person)
          : spanOf(ctx, person.nameStart, person),
        { inferred: "sentence's organisation" },
      );
      relation.provenance = "INFERRED";
      if (source.ctx !== ctx) relation.support = [supportOf(source.ctx, organisation.entity)];
      relations.push(relation);
    }
  });
  return relations;
}
