/**
 * State bodies named without their state: "the Supreme Court", "the Interior Ministry", "the
 * Foreign Office". Every country has one, so the name alone must not make one entity of all of
 * them across articles; it names the body of the country the article is about.
 */
import { normalizeKey } from "../../domain/normalize.js";
import type { EntityType } from "../../domain/vocabulary.js";
import {
  findEntryByKey,
  listGazetteerEntries,
} from "../3-recognize/gazetteer/gazetteer-lookups.js";
import { GENERIC_HEADS, INSTITUTION_WORDS } from "../model/lexicons/name-heads.js";

/** What this module reads and rewrites of an in-article assignment. */
export interface InstitutionAssignment {
  type: EntityType;
  key: string;
  name: string;
  isMetonymy: boolean;
  voted: boolean;
  candidate: { surface: string; key?: string };
}

const LEADING_THE_RE = /^the\s+/i;
const POSSESSIVE_RE = /['’]s?$/;
const WHITESPACE_RE = /\s+/;
/** A country must be named this often to be what an article is about. */
const MIN_COUNTRY_MENTIONS = 2;

/** "Supreme Court", "Ministry of Foreign Affairs": a body's name that says nothing of whose. */
export function isStatelessInstitutionName(surface: string): boolean {
  const words = surface.replace(LEADING_THE_RE, "").replace(POSSESSIVE_RE, "").split(WHITESPACE_RE);
  return (
    words.some((word) => GENERIC_HEADS.has(word)) &&
    words.every((word) => INSTITUTION_WORDS.has(word))
  );
}

/**
 * Words of a party's name that say which family but not whose: "the Greens", "Social
 * Democrats", "Christian Democrats", "the Socialist Party". Most countries have one of each.
 */
const PARTY_FAMILY_WORDS: ReadonlySet<string> = new Set([
  "Social",
  "Democratic",
  "Democrat",
  "Democrats",
  "Christian",
  "Green",
  "Greens",
  "Liberal",
  "Liberals",
  "Socialist",
  "Socialists",
  "Communist",
  "Communists",
  "Left",
  "Centre",
  "Center",
  "Moderate",
  "Moderates",
  "Radical",
  "Radicals",
  "Party",
  "Union",
  "of",
  "the",
]);
/** At least one word of a party family's name is one of these ("Union" alone is no party). */
const PARTY_FAMILY_HEADS: ReadonlySet<string> = new Set([
  "Democrats",
  "Greens",
  "Liberals",
  "Socialists",
  "Communists",
  "Moderates",
  "Radicals",
  "Party",
]);

/** "Greens", "Social Democrats", "Socialist Party": a party family named without its country. */
export function isPartyFamilyName(surface: string): boolean {
  const words = surface.replace(LEADING_THE_RE, "").replace(POSSESSIVE_RE, "").split(WHITESPACE_RE);
  return (
    words.some((word) => PARTY_FAMILY_HEADS.has(word)) &&
    words.every((word) => PARTY_FAMILY_WORDS.has(word))
  );
}

/** Two words are forms of one word: equal, or sharing a stem this long ("Democrats", "Democratic"). */
const SHARED_STEM_LENGTH = 6;
/** Words of a family's name that say nothing of which party: "the Socialist Party". */
const FAMILY_FILLER_WORDS: ReadonlySet<string> = new Set(["the", "of", "Party"]);
const NAME_WORD_SPLIT_RE = /[\s/]+/;

function isWordForm(word: string, other: string): boolean {
  if (word === other) return true;
  if (word.length < SHARED_STEM_LENGTH || other.length < SHARED_STEM_LENGTH) return false;
  return word.slice(0, SHARED_STEM_LENGTH) === other.slice(0, SHARED_STEM_LENGTH);
}

/**
 * "Social Democrats" in an article about Germany: the one party the gazetteer lists for that
 * country whose name holds a form of each of the family's words (the Social Democratic Party of
 * Germany), so the family name joins the listed party; undefined when none or several fit.
 */
function findListedParty(
  country: string,
  family: string,
): { key: string; name: string } | undefined {
  const words = family.split(WHITESPACE_RE).filter((word) => !FAMILY_FILLER_WORDS.has(word));
  const fits = listGazetteerEntries().filter((entry) => {
    if (entry.kind !== "party" || entry.country !== country) return false;
    const names = [entry.canonical, ...entry.aliases].map((name) => name.split(NAME_WORD_SPLIT_RE));
    return names.some((name) =>
      words.every((word) => name.some((other) => isWordForm(word, other))),
    );
  });
  const [party] = fits;
  return party && fits.length === 1 ? { key: party.key, name: party.canonical } : undefined;
}

/**
 * The country an article is about: the one it names most (twice at least), ties to the first
 * named; else the only country it names ("In Italy the Christian Democrats…"); undefined when
 * several countries are named once each, or none.
 */
function findMainCountry(assignments: readonly InstitutionAssignment[]): string | undefined {
  const counts = new Map<string, number>();
  for (const item of assignments)
    if (item.type === "COUNTRY") counts.set(item.key, (counts.get(item.key) ?? 0) + 1);
  if (counts.size === 1) return counts.keys().next().value;
  let main: string | undefined;
  let best = MIN_COUNTRY_MENTIONS - 1;
  for (const [key, count] of counts)
    if (count > best) {
      main = key;
      best = count;
    }
  return main;
}

/**
 * Keys stateless body names by the article's country, in place: "the Interior Ministry" in an
 * article about Greece is Greece's ("institution:GRC:interior ministry"), so it joins the same
 * body in other articles about Greece and never Germany's. A listed body of one country named
 * by its bare name ("Supreme Court" for the US one) keeps its listing when the article names
 * that country or none, and is the main country's body otherwise.
 */
export function keyInstitutionsByCountry(assignments: InstitutionAssignment[]): void {
  const main = findMainCountry(assignments);
  if (!main) return;
  const named = new Set(assignments.filter((a) => a.type === "COUNTRY").map((a) => a.key));
  const rekeyed = new Map<string, { key: string; name: string }>();
  for (const item of assignments) {
    if (item.isMetonymy) continue;
    const surface = item.candidate.surface;
    // "the Greens" in an article about Austria are Austria's, never Germany's (the tagger may
    // call a party's plural name MISC: it is an organisation all the same).
    const isParty =
      (item.type === "ORGANIZATION" || item.type === "OTHER") &&
      !item.candidate.key &&
      isPartyFamilyName(surface);
    if (!isParty && (item.type !== "ORGANIZATION" || !isStatelessInstitutionName(surface)))
      continue;
    const name = surface.replace(LEADING_THE_RE, "").replace(POSSESSIVE_RE, "");
    // "the Commission" resolved to the article's "European Commission" is named in full already.
    const ownKey = item.candidate.key ?? normalizeKey(name);
    if (item.key !== ownKey) continue;
    const listedCountry = item.candidate.key ? findEntryByKey(item.candidate.key)?.country : null;
    if (listedCountry !== null && (listedCountry === undefined || named.has(listedCountry)))
      continue;
    const listed = isParty ? findListedParty(main, name) : undefined;
    const key = listed?.key ?? `${isParty ? "party" : "institution"}:${main}:${normalizeKey(name)}`;
    rekeyed.set(ownKey, { key, name: listed?.name ?? name });
    item.name = listed?.name ?? name;
    item.key = key;
    item.type = "ORGANIZATION";
    item.voted = false;
  }
  // "ONS" resolved to the "Office for National Statistics" the article spells out, "the Ministry"
  // to its "Interior Ministry": a short form follows its full name to the country's body.
  for (const item of assignments) {
    const target = item.type === "ORGANIZATION" ? rekeyed.get(item.key) : undefined;
    if (!target) continue;
    item.key = target.key;
    item.name = target.name;
    item.voted = false;
  }
}
