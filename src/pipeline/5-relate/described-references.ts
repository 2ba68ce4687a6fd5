/**
 * An organisation a sentence names by a description only, read as the one organisation of its
 * kind the story just named or is about: "Shares in BMW rose. … the carmaker's chief executive
 * Helmut Panke said" (LEADER_OF), "Ann Kerr, the firm's founder" (FOUNDED), "The German company
 * said" (BASED_IN). INFERRED, as the other rules across sentences: the sentence states the role
 * or the origin of the description, the sentence naming the organisation supports it.
 */

import type { RelationType } from "../../domain/vocabulary.js";
import { findEntryByKey } from "../3-recognize/gazetteer/gazetteer-lookups.js";
import { isSideKey } from "../3-recognize/sports-teams.js";
import type { Resolution } from "../4-resolve/resolve.js";
import {
  CLUB_REFERENCE_NOUNS,
  FIRM_REFERENCE_NOUNS,
  NON_REFERENCE_WORDS,
  PARTY_REFERENCE_NOUNS,
  REFERENCE_EPITHETS,
  REFERENCE_NOUN_TAILS,
} from "../model/lexicons/description-cues.js";
import { ORGANIZATION_NOUNS } from "../model/lexicons/origin-cues.js";
import { DETERMINERS, PREPOSITIONS } from "../model/lexicons/sentence-words.js";
import { HONORIFICS } from "../model/lexicons/titles-of-office.js";
import {
  BRIEF_MODIFIERS,
  DEPUTY_MODIFIERS,
  PARTY_SURFACE,
  ROLE_MODIFIERS,
  ROLE_RELATIONS,
} from "../model/news-roles.js";
import type { ExtractedRelation, RelationEvidence } from "../types.js";
import { mainOrganisation } from "./article-roles.js";
import { relateOwnProducts } from "./firm-patterns.js";
import { unitOver, withUnit } from "./pronoun-subjects.js";
import {
  isPossessiveMark,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
} from "./sentence-view.js";

/** The kinds of organisation a description noun refers to. */
type Kind = "firm" | "club" | "party";

/** How many sentences before the description's may name its organisation. */
const WINDOW = 2;
/** Most lower-case words between "the" and the noun ("the oil giant's"), or a demonym and it. */
const MAX_NOUN_WORDS = 2;
/** Most words of a role phrase: "chief finance officer". */
const MAX_ROLE_WORDS = 4;
/** A lower-case word outside any name. */
const LOWER_WORD_RE = /^\p{Ll}[\p{Ll}-]*$/u;
/** Words that may follow a role phrase after a name ("X, the firm's founder, said"). */
const ROLE_PHRASE_ENDS: ReadonlySet<string> = new Set([",", ".", "said", "says", "told", "-", "–"]);
/** Marks of a past role: "the firm's former boss X" holds no role today. */
const PAST_WORDS: ReadonlySet<string> = new Set(["former", "ex", "ex-", "previous", "then"]);
/** Bodies no firm noun refers to; a news body is most often a story's source ("told Reuters"). */
const NOT_FIRM_KINDS: ReadonlySet<string> = new Set([
  "party",
  "international",
  "government",
  "news",
]);
/** Roles a description of a firm or a party may state. */
const JOB_TYPES: ReadonlySet<RelationType> = new Set(["LEADER_OF", "WORKS_FOR", "FOUNDED"]);
const CONFIDENCE = 0.6;

/** The kind a description noun refers to, if any. */
function kindOf(noun: string | undefined): Kind | undefined {
  if (noun === undefined) return undefined;
  if (FIRM_REFERENCE_NOUNS.has(noun)) return "firm";
  if (CLUB_REFERENCE_NOUNS.has(noun)) return "club";
  return PARTY_REFERENCE_NOUNS.has(noun) ? "party" : undefined;
}

/** Whether an organisation entity is of the kind a description noun names. */
function fits(resolution: Resolution, entity: number, kind: Kind, isSport: boolean): boolean {
  const body = resolution.entities[entity];
  if (body?.type !== "ORGANIZATION") return false;
  const gazetteerKind = findEntryByKey(body.key)?.kind;
  const isParty = gazetteerKind === "party" || PARTY_SURFACE.test(body.name);
  if (kind === "party") return isParty;
  if (kind === "club") return isSideKey(body.key);
  return (
    !isSport &&
    !isParty &&
    !isSideKey(body.key) &&
    (gazetteerKind === undefined || !NOT_FIRM_KINDS.has(gazetteerKind))
  );
}

/** The organisation units of a sentence, up to token `end`. */
function organisationsBefore(ctx: SentenceContext, end: number): Unit[] {
  return ctx.units.filter(
    (unit) => unit.type === "ORGANIZATION" && !unit.isDemonym && unit.tokenEnd <= end,
  );
}

/**
 * The one organisation of the kind the description at token `at` of sentence `k` can mean: the only
 * one of its kind named in that sentence before it and the two before; where none is, the one the
 * story is about. The unit naming it, for support, or the entity alone.
 */
function referent(
  contexts: readonly SentenceContext[],
  k: number,
  at: number,
  kind: Kind,
  resolution: Resolution,
  main: number | undefined,
  isSport: boolean,
  isExcluded: (entity: number) => boolean = () => false,
): { entity: number; named?: { ctx: SentenceContext; unit: Unit } } | undefined {
  const fitting = new Map<number, { ctx: SentenceContext; unit: Unit }>();
  let others = 0;
  let excluded = false;
  for (let j = k; j >= Math.max(0, k - WINDOW); j--) {
    const ctx = contexts[j]!;
    const units = organisationsBefore(ctx, j === k ? at : ctx.words.length);
    for (const unit of units.reverse()) {
      if (isExcluded(unit.entity)) {
        excluded = true;
        continue;
      }
      if (fits(resolution, unit.entity, kind, isSport)) {
        if (!fitting.has(unit.entity)) fitting.set(unit.entity, { ctx, unit });
      } else others++;
    }
  }
  if (fitting.size === 1) {
    const [entity, named] = [...fitting.entries()][0]!;
    // Left alone only by the exclusions, it may still be a firm the story is not about: "The
    // Spanish group" after a British firm it bids for, in a story about the Spanish one.
    const isMainOther =
      main !== undefined &&
      main !== entity &&
      fits(resolution, main, kind, isSport) &&
      !isExcluded(main);
    return excluded && isMainOther ? undefined : { entity, named };
  }
  if (fitting.size > 1 || others > 0 || main === undefined) return undefined;
  return fits(resolution, main, kind, isSport) && !isExcluded(main) ? { entity: main } : undefined;
}

/** "the carmaker", "the oil giant", "the firm": the noun's token after "the" at `at`, if it is one. */
function descriptionNoun(ctx: SentenceContext, at: number): number | undefined {
  if (ctx.words[at] !== "the") return undefined;
  for (let i = at + 1; i <= at + 1 + MAX_NOUN_WORDS; i++) {
    const word = ctx.words[i] ?? "";
    if (ctx.unitCovering[i]! >= 0 || !LOWER_WORD_RE.test(ctx.sentence.tokens[i]?.text ?? ""))
      return undefined;
    if (NON_REFERENCE_WORDS.has(word) || PAST_WORDS.has(word) || PREPOSITIONS.has(word))
      return undefined;
    if (kindOf(word) !== undefined) return i;
  }
  return undefined;
}

/** The relation a role phrase [start, end) states of its holder and the organisation. */
function roleType(ctx: SentenceContext, start: number, end: number, kind: Kind) {
  if (end <= start) return undefined;
  const words = ctx.words.slice(start, end);
  if (words.some((word) => PAST_WORDS.has(word))) return undefined;
  if (!words.slice(0, -1).every((word) => ROLE_MODIFIERS.has(word) || ROLE_RELATIONS[word]))
    return undefined;
  const head = words.at(-1)!;
  const type =
    (words.length > 1 && ROLE_RELATIONS[words.slice(-2).join(" ")]) || ROLE_RELATIONS[head];
  if (!type) return undefined;
  if (kind === "club") return type === "PLAYS_FOR" || type === "COACHES" ? type : undefined;
  if (type === "COACHES") return kind === "firm" ? "WORKS_FOR" : undefined;
  if (!JOB_TYPES.has(type)) return undefined;
  // "the firm's deputy chairman", "the party's home affairs spokesman": not the head of it.
  if (
    type === "LEADER_OF" &&
    words.some((word) => DEPUTY_MODIFIERS.has(word) || BRIEF_MODIFIERS.has(word))
  )
    return "WORKS_FOR";
  return type;
}

/** A role one description states: its holder, type, predicate and the description's noun. */
interface DescribedRole {
  person: Unit;
  type: RelationType;
  predicate: string;
  noun: number;
  kind: Kind;
}

/**
 * "the carmaker's chief executive Helmut Panke" and "Helmut Panke, the carmaker's chief
 * executive,": the roles of described organisations a sentence gives the people it names.
 */
function describedRoles(ctx: SentenceContext): DescribedRole[] {
  const roles: DescribedRole[] = [];
  for (let at = 0; at < ctx.words.length; at++) {
    const noun = descriptionNoun(ctx, at);
    if (noun === undefined || ctx.words[noun + 1] !== "'s") continue;
    const kind = kindOf(ctx.words[noun])!;
    const roleStart = noun + 2;
    // Before the name: the role ends where the person's name starts, a form of address aside
    // ("the company's research director Dr Ann Kerr").
    const after = ctx.units.find(
      (unit) =>
        unit.type === "PERSON" &&
        unit.nameStart > roleStart &&
        unit.nameStart - roleStart <= MAX_ROLE_WORDS + 1 &&
        unit.tokenStart >= roleStart,
    );
    const isOwn = (i: number) => {
      const covering = ctx.unitCovering[i]!;
      return covering < 0 || ctx.units[covering] === after;
    };
    if (
      after &&
      ctx.words.slice(roleStart, after.nameStart).every((_, d) => isOwn(roleStart + d))
    ) {
      let end = after.nameStart;
      while (end > roleStart && HONORIFICS.has(ctx.words[end - 1]!)) end--;
      // "the group's chairman and chief executive X": each role is the person's.
      const and = ctx.words.indexOf("and", roleStart);
      const phrases: [number, number][] =
        and > roleStart && and < end - 1
          ? [
              [roleStart, and],
              [and + 1, end],
            ]
          : [[roleStart, end]];
      const types = phrases.map(([from, to]) => roleType(ctx, from, to, kind));
      if (types.every((type) => type !== undefined))
        for (const [p, [from, to]] of phrases.entries())
          roles.push({
            person: after,
            type: types[p]!,
            predicate: ctx.words.slice(from, to).join(" "),
            noun,
            kind,
          });
      continue;
    }
    if (ctx.unitCovering[roleStart]! >= 0) continue;
    // After the name: "X, the firm's founder, said".
    const person = ctx.units.find((unit) => unit.tokenEnd === at - 1);
    if (person?.type !== "PERSON" || ctx.words[at - 1] !== ",") continue;
    let end = roleStart;
    while (
      end - roleStart < MAX_ROLE_WORDS &&
      ctx.unitCovering[end]! < 0 &&
      (ROLE_MODIFIERS.has(ctx.words[end] ?? "") || ROLE_RELATIONS[ctx.words[end] ?? ""])
    )
      end++;
    if (end < ctx.words.length && !ROLE_PHRASE_ENDS.has(ctx.words[end] ?? "")) continue;
    const type = roleType(ctx, roleStart, end, kind);
    if (type)
      roles.push({
        person,
        type,
        predicate: ctx.words.slice(roleStart, end).join(" "),
        noun,
        kind,
      });
  }
  return roles;
}

/**
 * Whether token `at` lies after the first word of a clause a comma sets off right after an
 * organisation's name: "Nissan, a unit of the French carmaker" (the clause describes the name,
 * so a description inside it names some other firm).
 */
function isInsideNameClause(ctx: SentenceContext, at: number): boolean {
  for (let i = at - 1; i > 0; i--) {
    if (ctx.words[i] !== ",") continue;
    const before = ctx.units[ctx.unitCovering[i - 1] ?? -1];
    return i < at - 1 && before?.type === "ORGANIZATION" && !before.isDemonym;
  }
  return false;
}

/** "The German company said", "the US investment bank": a demonym's country and the noun's token. */
function describedOrigins(ctx: SentenceContext): { country: Unit; noun: number; at: number }[] {
  const origins: { country: Unit; noun: number; at: number }[] = [];
  for (let at = 0; at < ctx.words.length; at++) {
    // "South Korea's largest credit card firm has averted liquidation": a sentence may open with
    // the country's possessive, with no article, where it names no organisation ("China's national
    // airline is to list in London, the London Stock Exchange has said" describes another).
    const opening =
      at === 0 &&
      ctx.words[at] !== "the" &&
      isPossessiveMark(ctx.words[ctx.units[0]?.tokenEnd ?? -1]) &&
      !ctx.units.some((unit) => unit.type === "ORGANIZATION" && !unit.isDemonym);
    if (ctx.words[at] !== "the" && !opening) continue;
    let i = opening ? at : at + 1;
    while (REFERENCE_EPITHETS.has(ctx.words[i] ?? "") && ctx.unitCovering[i]! < 0) i++;
    const country = ctx.units[ctx.unitStartingAt[i] ?? -1];
    if (country?.type !== "COUNTRY") continue;
    // "US firm", "Swedish firm": a demonym or a country's short name as one word of its own.
    const text = ctx.text.slice(country.start, country.end);
    if (/[-–]/.test(text) || ctx.sentence.tokens[country.tokenStart]?.start !== country.start)
      continue;
    // "The UK's biggest mortgage lender said": the country's possessive, then a superlative.
    const possessive = isPossessiveMark(ctx.words[country.tokenEnd]);
    const from = possessive ? country.tokenEnd + 1 : country.tokenEnd;
    const most = possessive ? MAX_NOUN_WORDS + 1 : MAX_NOUN_WORDS;
    let noun: number | undefined;
    for (let j = from; j <= from + most; j++) {
      if (ctx.unitCovering[j]! >= 0 || !LOWER_WORD_RE.test(ctx.sentence.tokens[j]?.text ?? ""))
        break;
      // "countries like the US to make firm commitments": a link starts another phrase.
      const word = ctx.words[j]!;
      if (NON_REFERENCE_WORDS.has(word) || PREPOSITIONS.has(word) || DETERMINERS.has(word)) break;
      if (kindOf(ctx.words[j]) !== undefined) {
        noun = j;
        break;
      }
    }
    if (noun === undefined) continue;
    // "the Japanese carmaker Toyota", "Toyota, the Japanese carmaker": names it (origin-modifiers).
    const next = noun + 1;
    if (ctx.unitStartingAt[next]! >= 0 || ORGANIZATION_NOUNS.has(ctx.words[next] ?? "")) continue;
    // "the Indian domestic airline market": the noun only modifies another.
    if (REFERENCE_NOUN_TAILS.has(ctx.words[next] ?? "")) continue;
    if (ctx.words[next] === "," && ctx.unitStartingAt[next + 1]! >= 0) continue;
    if (ctx.words[at - 1] === "," && ctx.unitCovering[at - 2]! >= 0) continue;
    // "Nissan, a unit of the French carmaker", "Nissan, which the French carmaker bought": deeper
    // in the clause set off after an organisation's name, the description is another firm.
    if (isInsideNameClause(ctx, at)) continue;
    origins.push({ country, noun, at });
  }
  return origins;
}

/**
 * "The carmaker blamed losses from its Zorblat range", "The computer giant sued … its latest Vexa
 * software": a firm's description opening the sentence as its subject, and the token of its noun.
 * The description is followed by no name and no possessive ("The firm's boss X" is a role).
 */
function describedSubject(ctx: SentenceContext): number | undefined {
  const noun = descriptionNoun(ctx, 0);
  if (noun === undefined || kindOf(ctx.words[noun]) !== "firm") return undefined;
  const next = ctx.words[noun + 1] ?? "";
  if (ctx.unitStartingAt[noun + 1]! >= 0 || isPossessiveMark(next)) return undefined;
  if (ORGANIZATION_NOUNS.has(next) || REFERENCE_NOUN_TAILS.has(next)) return undefined;
  return ctx.words.indexOf("its", noun + 1) > noun ? noun : undefined;
}

/** The first unit of an entity in the article, to shape a description's unit after. */
function firstUnitOf(contexts: readonly SentenceContext[], entity: number): Unit | undefined {
  for (const ctx of contexts)
    for (const unit of ctx.units) if (unit.entity === entity && !unit.isDemonym) return unit;
  return undefined;
}

/**
 * Roles and origins stated of organisations named by a description, each read as the one
 * organisation of its kind it can mean. `known` are the relations read so far.
 */
export function relateDescribedReferences(
  contexts: readonly SentenceContext[],
  resolution: Resolution,
  known: readonly ExtractedRelation[],
  isSport: boolean,
): ExtractedRelation[] {
  const main = mainOrganisation(resolution);
  const relations: ExtractedRelation[] = [];
  const has = (subject: number, object: number, type: RelationType) =>
    [...known, ...relations].some(
      (r) => r.subject === subject && r.object === object && r.type === type,
    );
  const basedElsewhere = (organisation: number, country: number) =>
    known.some(
      (r) =>
        r.type === "BASED_IN" &&
        r.subject === organisation &&
        r.object !== country &&
        // "Madrid-based Ferrovial" is no firm based outside Spain.
        resolution.entities[r.object]?.type === "COUNTRY",
    );
  for (let k = 0; k < contexts.length; k++) {
    const ctx = contexts[k]!;
    for (const role of describedRoles(ctx)) {
      const found = referent(contexts, k, role.noun, role.kind, resolution, main, isSport);
      if (!found || has(role.person.entity, found.entity, role.type)) continue;
      relations.push(
        inferred(
          ctx,
          role.person,
          found,
          role.type,
          role.predicate,
          spanOf(ctx, role.noun, role.person),
        ),
      );
    }
    const subjectNoun = describedSubject(ctx);
    if (subjectNoun !== undefined) {
      const found = referent(contexts, k, 0, "firm", resolution, main, isSport);
      const model = found && (found.named?.unit ?? firstUnitOf(contexts, found.entity));
      if (found && model) {
        const unit = unitOver(ctx, 0, subjectNoun + 1, model);
        const view = withUnit(ctx, unit);
        for (const product of relateOwnProducts(view, unit)) {
          if (product.subject !== found.entity || has(found.entity, product.object, "PRODUCES"))
            continue;
          const object = view.units.find(
            (other) => other.entity === product.object && other.tokenStart > subjectNoun,
          );
          if (!object) continue;
          relations.push(
            inferred(ctx, found.entity, found, "PRODUCES", "its", spanOf(ctx, 0, object), object),
          );
        }
      }
    }
    for (const origin of describedOrigins(ctx)) {
      const kind = kindOf(ctx.words[origin.noun])!;
      // "The US firm" after Fiat and GM: a firm the story places in another country is not it.
      const found = referent(contexts, k, origin.at, kind, resolution, main, isSport, (entity) =>
        basedElsewhere(entity, origin.country.entity),
      );
      if (!found || found.entity === origin.country.entity) continue;
      if (has(found.entity, origin.country.entity, "BASED_IN")) continue;
      relations.push(
        inferred(
          ctx,
          found.entity,
          found,
          "BASED_IN",
          ctx.words[origin.noun]!,
          spanOf(ctx, origin.country, origin.noun),
          origin.country,
        ),
      );
    }
  }
  return relations;
}

/** The relation, INFERRED with the sentence naming the organisation as support. */
function inferred(
  ctx: SentenceContext,
  subject: Unit | number,
  found: { entity: number; named?: { ctx: SentenceContext; unit: Unit } },
  type: RelationType,
  predicate: string,
  span: { start: number; end: number },
  object?: Unit,
): ExtractedRelation {
  const relation = makeRelation(
    ctx,
    subject,
    object ?? found.entity,
    type,
    predicate,
    CONFIDENCE,
    span,
    { inferred: "described organisation" },
  );
  relation.provenance = "INFERRED";
  if (found.named) relation.support = [supportOf(found.named.ctx, found.named.unit)];
  return relation;
}

/** The sentence naming the organisation, as support. */
function supportOf(ctx: SentenceContext, unit: Unit): RelationEvidence {
  return makeRelation(ctx, unit, unit, "BASED_IN", "", 0, spanOf(ctx, unit)).evidence;
}
