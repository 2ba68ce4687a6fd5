/**
 * Name lists the tagger's gazetteer features are built from, outside the training text: the
 * installed data packages.
 * Each entry is tokenised by the project's segmenter, so it matches text the way the tagger sees it.
 */
import { createRequire } from "node:module";
import nlp from "compromise";
import type { Country } from "world-countries";
import { segmentText } from "../../2-segment/segment.js";
import { COUNTRY_SEEDS } from "../../model/gazetteers/countries.js";
import { PEOPLE_SEEDS } from "../../model/gazetteers/notable-people.js";
import {
  KEYS_LISTED_AFTER_TAGGER,
  ORGANIZATION_SEEDS,
} from "../../model/gazetteers/organizations.js";
import { PLACE_SEEDS } from "../../model/gazetteers/places.js";
import { COMPANY_KEYS_AFTER_TAGGER, COMPANY_SEEDS } from "../../model/lexicons/companies.js";
import { PARTY_ROWS } from "../../model/lexicons/european-parties.js";
import { CLUB_SEEDS } from "../../model/lexicons/football-clubs.js";
import type { NerLabel } from "../../types.js";
import type { GazetteerEntry } from "./gazetteer-features.js";

const require = createRequire(import.meta.url);

/** Collects entries, tokenised, skipping names shorter than two characters. */
class EntryList {
  readonly entries: GazetteerEntry[] = [];

  /** Adds one name of the given type. */
  add(name: string | undefined, type: NerLabel): void {
    if (name === undefined || name.length < 2) return;
    const tokens = segmentText(name).flatMap((s) => s.tokens.map((t) => t.text));
    this.entries.push({ tokens, type });
  }
}

/** Country names (LOC), capitals (LOC) and demonyms (MISC) from world-countries. */
export function collectCountryEntries(): GazetteerEntry[] {
  // world-countries ships CommonJS JSON whose default export NodeNext types as a namespace
  const countries = require("world-countries/countries.json") as Country[];
  const list = new EntryList();
  for (const country of countries) {
    list.add(country.name.common, "LOC");
    list.add(country.name.official, "LOC");
    for (const capital of country.capital ?? []) list.add(capital, "LOC");
    const demonyms = (country.demonyms as Record<string, { f: string; m: string }> | undefined)
      ?.eng;
    if (demonyms !== undefined) {
      list.add(demonyms.m, "MISC");
      list.add(demonyms.f, "MISC");
    }
  }
  return list.entries;
}

/** Drops the leading lowercase "the " the curated lists write before some aliases ("the Guardian"). */
function stripArticle(name: string): string {
  return name.startsWith("the ") ? name.slice(4) : name;
}

/**
 * The project's own curated name lists (src/pipeline/model/): organisations, companies, football
 * clubs and European parties (ORG), notable people (PER), places and country aliases (LOC),
 * country demonyms (MISC).
 */
export function collectCuratedEntries(): GazetteerEntry[] {
  const list = new EntryList();
  const addAll = (names: readonly string[] | undefined, type: NerLabel): void => {
    for (const name of names ?? []) list.add(stripArticle(name), type);
  };
  for (const seed of ORGANIZATION_SEEDS) {
    if (KEYS_LISTED_AFTER_TAGGER.has(seed.key)) continue;
    list.add(seed.canonical, "ORG");
    addAll(seed.aliases, "ORG");
    addAll(seed.acronyms, "ORG");
  }
  for (const seed of COMPANY_SEEDS)
    if (!COMPANY_KEYS_AFTER_TAGGER.has(seed.key)) addAll([seed.canonical, ...seed.names], "ORG");
  for (const seed of CLUB_SEEDS) addAll([seed.canonical, ...seed.names], "ORG");
  for (const [, canonical, names] of PARTY_ROWS)
    addAll([canonical, ...(names?.split("|") ?? [])], "ORG");
  for (const seed of PEOPLE_SEEDS) {
    addAll([seed.canonical, ...(seed.aliases ?? [])], "PER");
    // the list says the short name alone names the person ("Xi", "Putin"): news writes it so
    if (seed.bySurname) list.add(seed.surname ?? seed.canonical.split(" ").at(-1), "PER");
  }
  for (const seed of PLACE_SEEDS) addAll([seed.name, ...(seed.aliases ?? [])], "LOC");
  for (const seed of COUNTRY_SEEDS) {
    addAll([seed.canonical, ...(seed.aliases ?? [])], "LOC");
    addAll(seed.demonyms, "MISC");
  }
  return list.entries;
}

/** compromise lexicon tags that name a kind of named entity, by the NER type they give. */
const COMPROMISE_TAG_TYPES: readonly [string, NerLabel][] = [
  ["FirstName", "PER"],
  ["MaleName", "PER"],
  ["FemaleName", "PER"],
  ["LastName", "PER"],
  ["Person", "PER"],
  ["Organization", "ORG"],
  ["SportsTeam", "ORG"],
  ["City", "LOC"],
  ["Country", "LOC"],
  ["Region", "LOC"],
  ["Place", "LOC"],
];

/**
 * Names in compromise's English lexicon: first names and surnames, organisations and teams,
 * places. Training only (compromise is a dev dependency): the names ship as gazetteer hashes.
 */
export function collectCompromiseEntries(): GazetteerEntry[] {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one
    .lexicon;
  const list = new EntryList();
  for (const word of Object.keys(lexicon).sort()) {
    const value = lexicon[word] ?? [];
    const tags = Array.isArray(value) ? value : [value];
    for (const [tag, type] of COMPROMISE_TAG_TYPES) {
      if (tags.includes(tag)) {
        list.add(word, type);
        break;
      }
    }
  }
  return list.entries;
}
