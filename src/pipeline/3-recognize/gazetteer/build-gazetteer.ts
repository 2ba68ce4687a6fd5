/**
 * Builds the gazetteer once, at module load: every curated country, capital, organisation, place,
 * seat of government and listed nominal becomes an entry, registered under each of its surfaces
 * in a token trie (for sentences) and a surface index (for single strings).
 */

import {
  COUNTRY_SEEDS,
  foldDiacritics,
  TERRITORY_SEEDS,
} from "../../model/gazetteers/countries.js";
import { NOMINAL_SEEDS } from "../../model/gazetteers/nominals.js";
import { ORGANIZATION_SEEDS } from "../../model/gazetteers/organizations.js";
import { PLACE_SEEDS, placeSeedKey, slugify } from "../../model/gazetteers/places.js";
import { SEAT_SEEDS } from "../../model/gazetteers/seats.js";
import type { GazetteerEntry, GazetteerRef, MatchVia, MetonymMatch } from "./gazetteer-types.js";
import { normaliseText } from "./surface-text.js";
import { type Hit, insertRun, type TrieNode, tokeniseSurface } from "./surface-trie.js";

/** "U.S.": an acronym written with dots, which may lose its last one to the sentence stop. */
const DOTTED_ACRONYM_RE = /^(?:\p{Lu}\.){2,}$/u;
/** A current ISO 3166 alpha-3 code; historical states use withdrawn codes or X-codes. */
const ISO_ALPHA3_RE = /^[A-Z]{3}$/;
/** "War" in "Cold War": a capitalised head that house styles may lowercase. */
const CAPITALISED_WORD_RE = /^\p{Lu}\p{Ll}+$/u;

/** An acronym of letters long enough to be read as a word ("OPEC", "UNESCO"; not "UN", "WHO"). */
const WORD_ACRONYM_RE = /^[A-Z]{4,}$/;

/** Registration priorities: a seat beats a country name beats a demonym beats a capital, ... */
const PRIORITY = {
  seat: 90,
  country: 80,
  demonym: 75,
  capital: 70,
  organization: 60,
  nominal: 60,
  place: 50,
  territory: 40,
} as const;

/** Every entry by its stable key. */
export const ENTRIES = new Map<string, GazetteerEntry>();
/** Countries, places and organisations by token run. */
export const ENTITY_TRIE = new Map<string, TrieNode>();
/** Listed agreements, events and projects by token run. */
export const NOMINAL_TRIE = new Map<string, TrieNode>();
/** Normalised surface string → best hit, for single-string lookups. */
export const SURFACE_INDEX = new Map<string, Hit>();
/** Lowercased surface → best non-acronym hit, the case-insensitive fallback of `lookupEntity`. */
export const FOLDED_INDEX = new Map<string, Hit>();
/** Normalised capital or seat name → what it stands for. */
export const METONYMS = new Map<string, MetonymMatch>();
/** Web domain ("wsws.org") → organisation. */
export const DOMAINS = new Map<string, GazetteerEntry>();

function indexSurface(key: string, hit: Hit): void {
  const existing = SURFACE_INDEX.get(key);
  if (!existing || hit.priority > existing.priority) SURFACE_INDEX.set(key, hit);
  if (hit.via === "acronym") return;
  const folded = key.toLowerCase();
  const existingFolded = FOLDED_INDEX.get(folded);
  if (!existingFolded || hit.priority > existingFolded.priority) FOLDED_INDEX.set(folded, hit);
}

/** Registers one surface form (and its ASCII-folded spelling) for an entry in a trie. */
function registerSurface(
  trie: Map<string, TrieNode>,
  surface: string,
  entry: GazetteerEntry,
  via: MatchVia,
  priority: number,
  metonym?: MetonymMatch,
): void {
  const requiresThe = surface.startsWith("the ");
  const bare = requiresThe ? surface.slice(4) : surface;
  const spellings = new Set([bare, foldDiacritics(bare)]);
  // "U.S." may reach us as "U.S" + "." at the end of a sentence.
  if (via === "acronym" && DOTTED_ACRONYM_RE.test(bare)) spellings.add(bare.slice(0, -1));
  for (const spelling of spellings) {
    const hit: Hit = { entry, via, requiresThe, priority, ...(metonym ? { metonym } : {}) };
    for (const run of tokeniseSurface(spelling)) insertRun(trie, run, hit);
    indexSurface(normaliseText(spelling), hit);
  }
}

function addEntry(entry: GazetteerEntry): GazetteerEntry {
  const existing = ENTRIES.get(entry.key);
  if (existing) return existing;
  ENTRIES.set(entry.key, entry);
  return entry;
}

/** The pointer part of an entry, for mentions and metonym readings. */
export function refOf(entry: GazetteerEntry): GazetteerRef {
  return { key: entry.key, canonical: entry.canonical, type: entry.type };
}

function buildCountries(): void {
  for (const seed of COUNTRY_SEEDS) {
    const isHistorical =
      !ISO_ALPHA3_RE.test(seed.key) ||
      ["SUN", "YUG", "DDR", "CSK", "SCG", "RHO"].includes(seed.key) ||
      seed.key.startsWith("X");
    const entry = addEntry({
      key: seed.key,
      canonical: seed.canonical,
      type: "COUNTRY",
      aliases: [...(seed.aliases ?? []), ...(seed.acronyms ?? [])],
      ...(seed.acronyms?.length ? { acronyms: [...seed.acronyms] } : {}),
      ...(seed.demonyms?.length ? { demonyms: [...seed.demonyms] } : {}),
      kind: isHistorical ? "historical" : "state",
      ...(seed.capital ? { capital: seed.capital } : {}),
    });
    registerSurface(ENTITY_TRIE, seed.canonical, entry, "name", PRIORITY.country);
    for (const alias of seed.aliases ?? [])
      registerSurface(ENTITY_TRIE, alias, entry, "alias", PRIORITY.country);
    for (const acronym of seed.acronyms ?? [])
      registerSurface(ENTITY_TRIE, acronym, entry, "acronym", PRIORITY.country);
    for (const demonym of seed.demonyms ?? [])
      registerSurface(ENTITY_TRIE, demonym, entry, "demonym", PRIORITY.demonym);
  }
  // Capitals after every country, so a current state claims a shared capital ("Moscow") first.
  for (const seed of COUNTRY_SEEDS) {
    if (!seed.capital || seed.capital === seed.canonical) continue;
    const country = ENTRIES.get(seed.key);
    if (!country) continue;
    const capitalCanonical = seed.capital === "Washington D.C." ? "Washington, D.C." : seed.capital;
    // "Vatican City" is already a name of the Holy See: the city-state needs no capital entry.
    if (SURFACE_INDEX.get(normaliseText(capitalCanonical))?.entry.type === "COUNTRY") continue;
    const place = addEntry({
      key: `place:${slugify(capitalCanonical)}`,
      canonical: capitalCanonical,
      type: "PLACE",
      aliases: (seed.capitalAliases ?? []).filter((alias) => alias !== capitalCanonical),
      kind: "capital",
      country: seed.key,
    });
    const metonym: MetonymMatch = {
      country: refOf(country),
      kind: "capital",
      literal: refOf(place),
    };
    for (const surface of [seed.capital, capitalCanonical, ...(seed.capitalAliases ?? [])]) {
      // A country's own name ("Singapore", "Kuwait") is matched as the country.
      if (SURFACE_INDEX.get(normaliseText(surface))?.entry.type === "COUNTRY") continue;
      registerSurface(
        ENTITY_TRIE,
        surface,
        place,
        surface === capitalCanonical ? "name" : "alias",
        PRIORITY.capital,
        metonym,
      );
      const metonymKey = normaliseText(surface);
      if (!METONYMS.has(metonymKey)) METONYMS.set(metonymKey, metonym);
    }
  }
}

function buildOrganizations(): void {
  for (const seed of ORGANIZATION_SEEDS) {
    const entry = addEntry({
      key: seed.key,
      canonical: seed.canonical,
      type: "ORGANIZATION",
      aliases: [...(seed.aliases ?? []), ...(seed.acronyms ?? [])].filter(
        (alias) => alias !== seed.canonical,
      ),
      ...(seed.acronyms?.length ? { acronyms: [...seed.acronyms] } : {}),
      kind: seed.kind,
      ...(seed.members ? { members: [...seed.members] } : {}),
      ...(seed.country ? { country: seed.country } : {}),
    });
    const isAcronym = (surface: string) => seed.acronyms?.includes(surface) ?? false;
    registerSurface(
      ENTITY_TRIE,
      seed.canonical,
      entry,
      isAcronym(seed.canonical) ? "acronym" : "name",
      PRIORITY.organization,
    );
    for (const alias of seed.aliases ?? [])
      registerSurface(ENTITY_TRIE, alias, entry, "alias", PRIORITY.organization);
    for (const acronym of seed.acronyms ?? []) {
      registerSurface(ENTITY_TRIE, acronym, entry, "acronym", PRIORITY.organization);
      // "Opec", "Unesco": house styles write an acronym read as a word in title case.
      if (WORD_ACRONYM_RE.test(acronym)) {
        const titled = `${acronym[0]}${acronym.slice(1).toLowerCase()}`;
        if (!seed.acronyms?.includes(titled) && !SURFACE_INDEX.has(titled))
          registerSurface(ENTITY_TRIE, titled, entry, "acronym", PRIORITY.organization);
      }
    }
    for (const domain of seed.domains ?? []) DOMAINS.set(domain, entry);
  }
}

function buildPlaces(): void {
  const seeds = [...PLACE_SEEDS.map((seed) => ({ seed, priority: PRIORITY.place as number }))];
  seeds.push(...TERRITORY_SEEDS.map((seed) => ({ seed, priority: PRIORITY.territory as number })));
  for (const { seed, priority } of seeds) {
    const requiresThe = seed.name.startsWith("the ");
    const canonical = requiresThe ? seed.name.slice(4) : seed.name;
    // A curated place already registered under this name (a capital, "Hong Kong") keeps it.
    const claimed = SURFACE_INDEX.get(normaliseText(canonical));
    if (claimed && (claimed.entry.type === "PLACE" || (claimed.priority >= priority && !seed.key)))
      continue;
    const entry = addEntry({
      key: placeSeedKey(seed),
      canonical,
      type: "PLACE",
      aliases: [...(seed.aliases ?? []), ...(seed.acronyms ?? [])],
      ...(seed.acronyms?.length ? { acronyms: [...seed.acronyms] } : {}),
      kind: seed.kind,
      ...(seed.country ? { country: seed.country } : {}),
      ...(seed.sharedBy ? { sharedBy: [...seed.sharedBy] } : {}),
    });
    registerSurface(ENTITY_TRIE, seed.name, entry, "name", priority);
    for (const alias of seed.aliases ?? [])
      registerSurface(ENTITY_TRIE, alias, entry, "alias", priority);
    for (const acronym of seed.acronyms ?? [])
      registerSurface(ENTITY_TRIE, acronym, entry, "acronym", priority);
  }
}

function buildSeats(): void {
  for (const seed of SEAT_SEEDS) {
    const target = ENTRIES.get(seed.standsFor);
    if (!target) throw new Error(`seat stands for unknown key ${seed.standsFor}`);
    const literal =
      ENTRIES.get(seed.literal.key) ??
      addEntry({
        key: seed.literal.key,
        canonical: seed.literal.canonical,
        type: seed.literal.type,
        aliases: seed.names.filter((name) => name !== seed.literal.canonical),
        kind: "building",
        country: target.type === "COUNTRY" ? target.key : undefined,
      } as GazetteerEntry);
    const metonym: MetonymMatch = {
      country: refOf(target),
      kind: "seat-of-government",
      literal: refOf(literal),
    };
    for (const name of seed.names) {
      registerSurface(
        ENTITY_TRIE,
        name,
        literal,
        name === literal.canonical ? "name" : "alias",
        PRIORITY.seat,
        metonym,
      );
      METONYMS.set(normaliseText(name), metonym);
    }
  }
  // "Brussels" as a metonym is the EU far more often than Belgium; NATO is headquartered there too.
  const brussels = METONYMS.get("Brussels");
  const eu = ENTRIES.get("org:eu");
  const nato = ENTRIES.get("org:nato");
  if (brussels && eu && nato) {
    const euReading: MetonymMatch = {
      country: refOf(eu),
      kind: "seat-of-government",
      literal: brussels.literal,
      alternatives: [
        { ...brussels.country, kind: "capital" },
        { ...refOf(nato), kind: "seat-of-government" },
      ],
    };
    METONYMS.set("Brussels", euReading);
    const place = ENTRIES.get(brussels.literal.key);
    if (place) registerSurface(ENTITY_TRIE, "Brussels", place, "name", PRIORITY.seat, euReading);
  }
}

function buildNominals(): void {
  for (const seed of NOMINAL_SEEDS) {
    const entry = addEntry({
      key: seed.key,
      canonical: seed.canonical,
      type: seed.type,
      aliases: [...(seed.aliases ?? []), ...(seed.acronyms ?? [])],
      ...(seed.acronyms?.length ? { acronyms: [...seed.acronyms] } : {}),
      kind: seed.type === "AGREEMENT" ? "agreement" : seed.type === "EVENT" ? "event" : "project",
      ...(seed.members ? { members: [...seed.members] } : {}),
    });
    const surfaces: Array<[string, MatchVia]> = [
      [seed.canonical, "name"],
      ...(seed.aliases ?? []).map((alias): [string, MatchVia] => [alias, "alias"]),
    ];
    for (const [surface, via] of surfaces) {
      registerSurface(NOMINAL_TRIE, surface, entry, via, PRIORITY.nominal);
      // "Cold war", "Paris agreement": house styles that lowercase the head.
      const words = surface.split(" ");
      const last = words.at(-1) ?? "";
      if (words.length > 1 && CAPITALISED_WORD_RE.test(last)) {
        registerSurface(
          NOMINAL_TRIE,
          [...words.slice(0, -1), last.toLowerCase()].join(" "),
          entry,
          "alias",
          PRIORITY.nominal - 1,
        );
      }
    }
    for (const acronym of seed.acronyms ?? [])
      registerSurface(NOMINAL_TRIE, acronym, entry, "acronym", PRIORITY.nominal);
  }
}

buildCountries();
buildOrganizations();
buildPlaces();
buildSeats();
buildNominals();
