/**
 * Government offices a story gives its own country's ministers without naming the country: in a
 * story about Britain, "Home Secretary Charles Clarke said" makes Clarke hold a post of the United
 * Kingdom and "Prime Minister Tony Blair" lead it. INFERRED: the sentence states the office, the
 * article the country.
 */

import { ROLE_RELATION_TYPES } from "../../domain/vocabulary.js";
import type { CandidateTitle } from "../3-recognize/candidate.js";
import type { Resolution } from "../4-resolve/resolve.js";
import { REGIONAL_TITLE_LEADS } from "../model/lexicons/regional-title-leads.js";
import {
  HOME_GOVERNMENT_TITLES,
  HOME_TITLE_ROLES,
  NOT_HELD_TITLE_LEADS,
  PRESIDENTLESS_COUNTRIES,
  type TitleRole,
} from "../model/lexicons/titles-of-office.js";
import type { ExtractedRelation, RelationEvidence } from "../types.js";
import { governmentCountryKey } from "./government-country.js";
import {
  isPossessiveMark,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
} from "./sentence-view.js";

const CONFIDENCE = 0.55;
/** The display title of a head of state that a story about a republic gives its president bare. */
const PRESIDENT_TITLE = "President";
/** The same title as a folded word: "the Cuban president". */
const PRESIDENT_WORD = "president";
/** Words of a title's own span that make it a past office: "former home secretary", "ex-Foreign Secretary". */
const TITLE_WORD_RE = /[\p{L}-]+/gu;
/** A word that may qualify a title before it: "welfare", "ex-Welsh", "Office". */
const LEAD_WORD_RE = /^[\p{L}-]+$/u;

/** Nouns that name a country's government: "the Jamaican government", "the Liberian authorities". */
const GOVERNMENT_NOUNS: ReadonlySet<string> = new Set(["government", "authorities"]);

/**
 * Keys of the countries whose government a sentence names: "the South African government",
 * "Colombia's government", "the government of Jamaica", "the Sri Lankan authorities".
 */
function governedCountries(
  contexts: readonly SentenceContext[],
  resolution: Resolution,
): Set<string> {
  const governed = new Set<string>();
  for (const ctx of contexts) {
    for (const unit of ctx.units) {
      if (unit.type !== "COUNTRY") continue;
      let after = unit.tokenEnd;
      if (!unit.isDemonym && isPossessiveMark(ctx.words[after])) after++;
      const before = unit.tokenStart - (ctx.words[unit.tokenStart - 1] === "the" ? 2 : 1);
      const named =
        GOVERNMENT_NOUNS.has(ctx.words[after] ?? "") ||
        (!unit.isDemonym &&
          ctx.words[before] === "of" &&
          GOVERNMENT_NOUNS.has(ctx.words[before - 1] ?? ""));
      const key = resolution.entities[unit.entity]?.key;
      if (named && key !== undefined) governed.add(key);
    }
  }
  return governed;
}

/** The story's government country (government-country.ts), as the index of its entity. */
function homeCountry(
  contexts: readonly SentenceContext[],
  resolution: Resolution,
): number | undefined {
  const key = governmentCountryKey(
    resolution.mentions.flatMap((mention) => {
      const entity = resolution.entities[mention.entity];
      return entity ? [{ key: entity.key, type: entity.type, isMetonymy: mention.isMetonymy }] : [];
    }),
    { governed: governedCountries(contexts, resolution), bodies: true },
  );
  if (key === undefined) return undefined;
  const index = resolution.entities.findIndex(
    (entity) => entity.type === "COUNTRY" && entity.key === key,
  );
  return index < 0 ? undefined : index;
}

/**
 * The role a bare title gives its holder in a story whose government is the country keyed `home`:
 * a government office's ("Home Secretary Charles Clarke"), a title read by country ("Chancellor"),
 * and a capitalised "President" ("President Putin said" in a story about Russia) where the country
 * has a president. A lower-case "president" is often a body's ("association president Tom Hale").
 */
function homeTitleRole(
  ctx: SentenceContext,
  title: CandidateTitle,
  home: string,
): TitleRole | undefined {
  if (HOME_GOVERNMENT_TITLES.has(title.title))
    return title.role === "LEADER" ? "LEADER" : "POSITION";
  if (title.title === PRESIDENT_TITLE)
    return ctx.text.slice(title.start, title.end) === PRESIDENT_TITLE &&
      !PRESIDENTLESS_COUNTRIES.has(home)
      ? "LEADER"
      : undefined;
  return HOME_TITLE_ROLES[title.title]?.[home];
}

/**
 * Whether a sentence names the president of a country other than the home one (entity `country`,
 * keyed `home`): "the Cuban president", "Cuba's president", "Venezuelan President Hugo Chavez".
 */
function namesOtherPresident(
  contexts: readonly SentenceContext[],
  country: number,
  home: string,
): boolean {
  return contexts.some((ctx) =>
    ctx.units.some((unit) => {
      if (unit.title?.title === PRESIDENT_TITLE)
        return unit.title.of?.type === "COUNTRY" && unit.title.of.key !== home;
      if (unit.type !== "COUNTRY" || unit.entity === country) return false;
      // "Cuba's president": past the possessive; "the Cuban president": right after.
      const after =
        !unit.isDemonym && isPossessiveMark(ctx.words[unit.tokenEnd])
          ? unit.tokenEnd + 1
          : unit.tokenEnd;
      return ctx.words[after] === PRESIDENT_WORD;
    }),
  );
}

/** How far left of a title a word may make it no office held now: "former welfare minister". */
const MAX_LEAD_WORDS = 3;

/**
 * Whether the title names an office held now: not "shadow home secretary", "former welfare
 * minister", "ex-Foreign Secretary" or "a prime minister Gordon Brown" (the marks stand in the
 * title or among the few words before it, up to punctuation or another name).
 */
export function isHeldNow(ctx: SentenceContext, person: Unit): boolean {
  const title = person.title!;
  const words = (ctx.text.slice(title.start, title.end).toLowerCase().match(TITLE_WORD_RE) ?? [])
    .flatMap((word) => word.split("-"))
    .filter((word) => word.length > 0);
  if (words.some((word) => NOT_HELD_TITLE_LEADS.has(word))) return false;
  for (let k = person.tokenStart - 1; k >= 0 && k >= person.tokenStart - MAX_LEAD_WORDS; k--) {
    // "Ex-Labour minister": the words of a name before the title count as well.
    const word = ctx.words[k]!;
    if (word === "-") continue;
    if (!LEAD_WORD_RE.test(word)) break;
    if (word.split("-").some((part) => NOT_HELD_TITLE_LEADS.has(part))) return false;
  }
  return true;
}

/**
 * Whether a few words before the title make it a region's office: "state premier Guenther
 * Beckstein", "regional finance minister Tom Hale" (up to punctuation or another name).
 */
export function isRegionalTitle(ctx: SentenceContext, person: Unit): boolean {
  for (let k = person.tokenStart - 1; k >= 0 && k >= person.tokenStart - MAX_LEAD_WORDS; k--) {
    const word = ctx.words[k] ?? "";
    if (!LEAD_WORD_RE.test(word) || (ctx.unitCovering[k] ?? -1) >= 0) break;
    if (REGIONAL_TITLE_LEADS.has(word.toLowerCase())) return true;
  }
  return false;
}

/**
 * Offices of the article's country held by people its sentences title without a polity ("Home
 * Secretary Charles Clarke"), for people no relation so far (rules' and model's) gives an office,
 * a citizenship of another country or a role elsewhere. One relation a person, from the first such
 * sentence.
 */
export function relateHomeOffices(
  contexts: readonly SentenceContext[],
  resolution: Resolution,
  known: readonly ExtractedRelation[],
): ExtractedRelation[] {
  const country = homeCountry(contexts, resolution);
  if (country === undefined) return [];
  const home = resolution.entities[country]!.key;
  // "Iraqi Prime Minister Iyad Allawi": where the country's own officials are titled by it, a bare
  // title of the same office belongs to someone else's government.
  const qualified = new Set<string>();
  for (const ctx of contexts)
    for (const unit of ctx.units)
      if (unit.title?.of && unit.title.of.key === resolution.entities[country]?.key)
        qualified.add(unit.title.title);
  // "the Cuban president's aide" in a story whose government is America's: a bare "President
  // Castro" may be that other country's.
  if (namesOtherPresident(contexts, country, home)) qualified.add(PRESIDENT_TITLE);
  // "Schools Minister Stephen Twigg", a citizen of the home country: the office adds to that; a
  // citizenship of another country or an office anywhere already places the person.
  const placed = new Set(
    known
      .filter(
        (relation) =>
          // A citizen of the home country itself may still hold its office ("Treasurer Tom
          // Hale", whom the model makes Australian in a story about Australia's government).
          (relation.type === "CITIZEN_OF" && relation.object !== country) ||
          (ROLE_RELATION_TYPES.has(relation.type) &&
            resolution.entities[relation.object]?.type === "COUNTRY"),
      )
      .map((relation) => relation.subject),
  );
  const named = contexts.find((ctx) => ctx.units.some((unit) => unit.entity === country));
  const relations: ExtractedRelation[] = [];
  for (const ctx of contexts) {
    for (const person of ctx.units) {
      const title = person.title;
      if (person.type !== "PERSON" || !title || title.of || placed.has(person.entity)) continue;
      // "Chancellor Gordon Brown" in a British story holds the Treasury.
      const role = homeTitleRole(ctx, title, home);
      if (role === undefined || qualified.has(title.title)) continue;
      // "Home Secretary Charles Clarke": the title before the name ("Firstly, the prime minister"
      // is a misread name, not a minister).
      const nameStart = ctx.sentence.tokens[person.nameStart]?.start ?? person.start;
      if (title.start >= nameStart || !isHeldNow(ctx, person) || isRegionalTitle(ctx, person))
        continue;
      // "JRFU secretary Koji Tokumasu": an office of the body named right before it.
      const before = ctx.units[ctx.unitCovering[person.tokenStart - 1] ?? -1];
      if (before && before.type !== "COUNTRY") continue;
      placed.add(person.entity);
      const relation = makeRelation(
        ctx,
        person,
        country,
        role === "LEADER" ? "LEADER_OF" : "HOLDS_POSITION",
        title.title,
        CONFIDENCE,
        spanOf(ctx, person),
        { title: title.title, inferred: "article's country" },
      );
      relation.provenance = "INFERRED";
      if (named) relation.support = [supportOf(named, country)];
      relations.push(relation);
    }
  }
  return relations;
}

/** The sentence naming the country, as support. */
function supportOf(ctx: SentenceContext, country: number): RelationEvidence {
  const unit = ctx.units.find((u) => u.entity === country)!;
  return makeRelation(ctx, unit, unit, "LEADER_OF", "", 0, spanOf(ctx, unit)).evidence;
}
