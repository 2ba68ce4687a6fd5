/**
 * Gazetteer lookups: turn surface strings and token runs into graph entities (countries, places,
 * organisations) and named nominals (agreements, events, projects).
 *
 * Two layers, kept apart on purpose:
 * - `findGazetteerMentions`: COUNTRY / PLACE / ORGANIZATION mentions, non-overlapping, longest
 *   match first ("United Kingdom", "US", "Chinese", "Washington").
 * - `findNominalMentions`: AGREEMENT / EVENT / OTHER nominals ("the AUKUS pact", "World War II"),
 *   which may contain entity-layer mentions ("Russian invasion of Ukraine" holds Russia and
 *   Ukraine); the relations stage reads the nested entities as participants.
 *
 * Every map is built once at module load; matching is one Map lookup per token.
 */

import type { EntityType } from "../../domain/vocabulary.js";
import {
  COMBINING_FORMS,
  COUNTRY_SEEDS,
  foldDiacritics,
  TERRITORY_SEEDS,
} from "../model/gazetteers/countries.js";
import {
  AGREEMENT_HEADS,
  COMPOUND_WORDS,
  EVENT_HEADS,
  NAME_PREFIXES,
  NOMINAL_SEEDS,
  OF_COMPLEMENT_HEADS,
  PROJECT_HEADS,
  TO_COMPLEMENT_HEADS,
} from "../model/gazetteers/nominals.js";
import { ORGANIZATION_SEEDS } from "../model/gazetteers/organizations.js";
import { PLACE_SEEDS, slugify } from "../model/gazetteers/places.js";
import type {
  CountryKind,
  NominalKind,
  OrganizationKind,
  PlaceKind,
} from "../model/gazetteers/schema.js";
import { SEAT_SEEDS } from "../model/gazetteers/seats.js";
import type { Token } from "../types.js";

/** The finer kind of a gazetteer entry (organisation kind, place kind, ...). */
export type GazetteerKind = OrganizationKind | PlaceKind | CountryKind | NominalKind;

/** One canonical entity known to the gazetteer. */
export interface GazetteerEntry {
  /** Stable key: ISO alpha-3 for countries, "org:…", "place:…", "agreement:…", "event:…", "other:…". */
  key: string;
  canonical: string;
  type: EntityType;
  /** Every other surface form (names, official names, acronyms); demonyms are listed apart. */
  aliases: string[];
  acronyms?: string[];
  demonyms?: string[];
  kind?: GazetteerKind;
  /** Countries: the capital's name. */
  capital?: string;
  /** Organisations and agreements: member/party keys, background only, never evidence. */
  members?: string[];
  /** Places, government bodies and parties: the key of the country they belong to. */
  country?: string;
}

/** How a surface matched its entry. */
export type MatchVia = "name" | "alias" | "acronym" | "demonym" | "metonym";

/** A pointer to an entity: enough for the resolver to link a mention. */
export interface GazetteerRef {
  key: string;
  canonical: string;
  type: EntityType;
}

/** What a metonym stands for: a capital or a seat of government standing for a state or body. */
export interface MetonymMatch {
  /** The state it stands for; for "Brussels" the European Union (an ORGANIZATION). */
  country: GazetteerRef;
  kind: "capital" | "seat-of-government";
  /** The literal reading of the words (the city, the building, or the Pentagon's department). */
  literal: GazetteerRef;
  /** Other things the same words can stand for ("Brussels": Belgium, NATO). */
  alternatives?: Array<GazetteerRef & { kind: "capital" | "seat-of-government" }>;
}

/** An entity-layer mention over token indices of one sentence (end exclusive). */
export interface GazetteerMention {
  start: number;
  end: number;
  type: EntityType;
  key: string;
  canonical: string;
  via: MatchVia;
  /** On metonym readings: the literal place/organisation the words name. */
  literal?: GazetteerRef;
  /** On literal readings of capitals and seats: what the words could stand for instead. */
  metonymOf?: MetonymMatch;
  /** Set when the mention is part of a hyphenated token ("US-dominated", "Sino-Soviet"). */
  compound?: true;
}

/** A named agreement, event or project found in a sentence (token indices, end exclusive). */
export interface NominalMention {
  start: number;
  end: number;
  type: "AGREEMENT" | "EVENT" | "OTHER";
  /** The head noun, lowercase ("pact", "summit", "war"). */
  head: string;
  /** Set when the nominal is a listed one ("World War II" → "event:world-war-ii"). */
  key?: string;
  canonical?: string;
}

/** The nominal types, as classified from head nouns. */
export type NominalType = NominalMention["type"];

// ---------------------------------------------------------------------------------------------
// Build (once, at module load).

interface Hit {
  entry: GazetteerEntry;
  via: MatchVia;
  /** The alias was written "the X": only matches right after "the"/"The". */
  requiresThe: boolean;
  priority: number;
  metonym?: MetonymMatch;
}

interface TrieNode {
  next: Map<string, TrieNode> | undefined;
  hit: Hit | undefined;
}

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

const ENTRIES = new Map<string, GazetteerEntry>();
const ENTITY_TRIE = new Map<string, TrieNode>();
const NOMINAL_TRIE = new Map<string, TrieNode>();
/** Normalised surface string → best hit, for single-string lookups. */
const SURFACE_INDEX = new Map<string, Hit>();
/** Lowercased surface → best non-acronym hit, the case-insensitive fallback of `lookupEntity`. */
const FOLDED_INDEX = new Map<string, Hit>();
const METONYMS = new Map<string, MetonymMatch>();
/** Web domain ("wsws.org") → organisation. */
const DOMAINS = new Map<string, GazetteerEntry>();

const QUOTE_RE = /[’‘`´]/g;
const DASH_RE = /[‐‑–]/g;
const NEEDS_NORMALISING_RE = /[’‘`´‐‑–]/;
const POSSESSIVE_RE = /^(.+?)['’]s?$/;
const LEADING_THE_RE = /^the\s+/i;
const ACRONYM_RE = /^(?:[A-Z]\.){2,}$|^[A-Z][A-Z0-9&+/-]*[A-Z0-9+]$/;

/** Normalises a token's text for matching: straight apostrophes and hyphens. */
function normaliseText(text: string): string {
  return NEEDS_NORMALISING_RE.test(text) ? text.replace(QUOTE_RE, "'").replace(DASH_RE, "-") : text;
}

/** Splits a lexicon surface into the token runs a CoNLL/PTB tokenizer may produce for it. */
function tokeniseSurface(surface: string): string[][] {
  const words = normaliseText(surface).trim().split(/\s+/);
  const plain: string[] = [];
  for (const word of words) {
    // "Washington, D.C." → "Washington" "," "D.C."
    if (word.length > 1 && (word.endsWith(",") || word.endsWith(";")))
      plain.push(word.slice(0, -1), word.slice(-1));
    else plain.push(word);
  }
  const runs = [plain];
  // "People's Daily" may come as "People" "'s" "Daily"; "OPEC+" as "OPEC" "+".
  const split = plain.flatMap((word) => {
    const possessive = /^(.+)('s|')$/.exec(word);
    if (possessive?.[1] && possessive[2]) return [possessive[1], possessive[2]];
    if (word.length > 1 && word.endsWith("+")) return [word.slice(0, -1), "+"];
    return [word];
  });
  if (split.length !== plain.length) runs.push(split);
  return runs;
}

function insertRun(trie: Map<string, TrieNode>, run: string[], hit: Hit): void {
  let level = trie;
  let node: TrieNode | undefined;
  for (const word of run) {
    node = level.get(word);
    if (!node) {
      node = { next: undefined, hit: undefined };
      level.set(word, node);
    }
    node.next ??= new Map();
    level = node.next;
  }
  if (node && (!node.hit || hit.priority > node.hit.priority)) node.hit = hit;
}

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
  if (via === "acronym" && /^(?:\p{Lu}\.){2,}$/u.test(bare)) spellings.add(bare.slice(0, -1));
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

function refOf(entry: GazetteerEntry): GazetteerRef {
  return { key: entry.key, canonical: entry.canonical, type: entry.type };
}

function buildCountries(): void {
  for (const seed of COUNTRY_SEEDS) {
    const isHistorical =
      !/^[A-Z]{3}$/.test(seed.key) ||
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
    for (const acronym of seed.acronyms ?? [])
      registerSurface(ENTITY_TRIE, acronym, entry, "acronym", PRIORITY.organization);
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
      key: seed.key ?? `place:${slugify(canonical)}`,
      canonical,
      type: "PLACE",
      aliases: [...(seed.aliases ?? []), ...(seed.acronyms ?? [])],
      ...(seed.acronyms?.length ? { acronyms: [...seed.acronyms] } : {}),
      kind: seed.kind,
      ...(seed.country ? { country: seed.country } : {}),
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
      if (words.length > 1 && /^\p{Lu}\p{Ll}+$/u.test(last)) {
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

// ---------------------------------------------------------------------------------------------
// Single-string lookups.

/** Normalises a free-standing surface: trims, drops a leading "the" and a trailing possessive. */
function normaliseSurface(surface: string): string {
  let text = normaliseText(surface.trim().replace(/\s+/g, " ")).replace(LEADING_THE_RE, "");
  const possessive = POSSESSIVE_RE.exec(text);
  if (possessive?.[1] && !SURFACE_INDEX.has(text)) text = possessive[1];
  return text;
}

function lookupHit(surface: string): Hit | undefined {
  const text = normaliseSurface(surface);
  const exact = SURFACE_INDEX.get(text);
  if (exact) return exact;
  // "us", "who": an acronym never matches in another case; a name may ("china" in a URL slug).
  if (text.length < 4 || ACRONYM_RE.test(text)) return undefined;
  return FOLDED_INDEX.get(text.toLowerCase());
}

/**
 * Finds the entity a single surface string names: name, alias, acronym or demonym
 * ("Chinese" → China). Metonyms return their literal entity ("Kremlin" → the Moscow Kremlin);
 * ask `lookupMetonym` for what they stand for.
 */
export function lookupEntity(surface: string): GazetteerEntry | undefined {
  return lookupHit(surface)?.entry;
}

/** Finds the country a demonym or adjective refers to ("Soviet" → Soviet Union). */
export function lookupDemonym(surface: string): GazetteerEntry | undefined {
  const hit = lookupHit(surface);
  return hit?.via === "demonym" ? hit.entry : undefined;
}

/** Finds the entity by its stable key ("SUN", "org:nato"). */
export function findEntryByKey(key: string): GazetteerEntry | undefined {
  return ENTRIES.get(key);
}

/** Every gazetteer entry, for seeding the entity table and tagger features. */
export function listGazetteerEntries(): GazetteerEntry[] {
  return [...ENTRIES.values()];
}

/**
 * Finds what a capital or seat of government can stand for ("Washington" → United States,
 * capital; "the Kremlin" → Russia, seat-of-government; "Brussels" → European Union).
 */
export function lookupMetonym(surface: string): MetonymMatch | undefined {
  const text = normaliseSurface(surface);
  return METONYMS.get(text) ?? METONYMS.get(foldDiacritics(text));
}

// ---------------------------------------------------------------------------------------------
// Token matching.

/** Tokens after which a capitalised word may just be sentence-initial. */
const SENTENCE_OPENERS = new Set([
  '"',
  "“",
  "‘",
  "'",
  "``",
  "(",
  "[",
  "{",
  "—",
  "–",
  "-",
  ":",
  "•",
  "*",
]);
const THE = new Set(["the", "The", "THE"]);

/** True when token i starts a sentence or a quotation, so its capital letter proves nothing. */
function isSentenceStart(tokens: readonly Token[], i: number): boolean {
  if (i === 0) return true;
  const previous = tokens[i - 1]?.text ?? "";
  return SENTENCE_OPENERS.has(previous);
}

/** First-token spellings to try: as written, and lowercased at sentence start ("Al-Qaeda"). */
function firstTokenKeys(tokens: readonly Token[], i: number): string[] {
  const text = normaliseText(tokens[i]?.text ?? "");
  const keys = [text];
  if (isSentenceStart(tokens, i) && text.length > 1) {
    const lowered = text[0]?.toLowerCase() + text.slice(1);
    if (lowered !== text) keys.push(lowered);
  }
  return keys;
}

const ALL_CAPS_RE = /^\p{Lu}[\p{Lu}'.-]*\p{Lu}$/u;

/** "NEW" → "New", "GUINEA-BISSAU" → "Guinea-Bissau"; other text unchanged. */
function titleCaseCaps(text: string): string {
  if (!ALL_CAPS_RE.test(text)) return text;
  return text
    .toLowerCase()
    .replace(
      /(^|[-'\s])(\p{Ll})/gu,
      (_, before: string, letter: string) => before + letter.toUpperCase(),
    );
}

/** Longest match at i, retrying an all-caps run as title case ("MOSCOW 1996-08-30", "NEW YORK"). */
function matchTokensAt(
  trie: Map<string, TrieNode>,
  tokens: readonly Token[],
  i: number,
  keys: string[],
): TrieMatch | undefined {
  const match = matchTrie(trie, tokens, i, keys);
  if (match) return match;
  const text = normaliseText(tokens[i]?.text ?? "");
  if (text.length < 3 || !ALL_CAPS_RE.test(text)) return undefined;
  const titled = matchTrie(trie, tokens, i, [titleCaseCaps(text)], true);
  if (!titled) return undefined;
  let letters = 0;
  for (let j = i; j < titled.end; j += 1) letters += tokens[j]?.text.length ?? 0;
  return letters >= 4 ? titled : undefined;
}

interface TrieMatch {
  end: number;
  hit: Hit;
}

/** Longest run starting at i in the trie, honouring "the"-only aliases; first-token keys given. */
function matchTrie(
  trie: Map<string, TrieNode>,
  tokens: readonly Token[],
  i: number,
  keys: string[],
  capsAsTitle = false,
): TrieMatch | undefined {
  let best: TrieMatch | undefined;
  const afterThe = i > 0 && THE.has(tokens[i - 1]?.text ?? "");
  // In an all-caps headline or dateline only names count: "WHO" stays an acronym match.
  const usable = (hit: Hit | undefined): hit is Hit =>
    hit !== undefined && (!hit.requiresThe || afterThe) && !(capsAsTitle && hit.via === "acronym");
  for (const key of keys) {
    let node = trie.get(key);
    let j = i;
    while (node) {
      const hit = node.hit;
      if (usable(hit) && (!best || j + 1 > best.end)) best = { end: j + 1, hit };
      j += 1;
      const next = tokens[j];
      if (!next || !node.next) break;
      const text = capsAsTitle ? titleCaseCaps(normaliseText(next.text)) : normaliseText(next.text);
      const child = node.next.get(text);
      if (!child) {
        // "Russia’s" left unsplit by a tokenizer: match the name, the span keeps the token.
        const possessive = POSSESSIVE_RE.exec(text);
        const stripped = possessive?.[1] ? node.next.get(possessive[1]) : undefined;
        if (usable(stripped?.hit) && (!best || j + 1 > best.end))
          best = { end: j + 1, hit: stripped.hit };
      }
      node = child;
    }
    if (!best) {
      const possessive = POSSESSIVE_RE.exec(key);
      const stripped = possessive?.[1] ? trie.get(possessive[1]) : undefined;
      if (usable(stripped?.hit)) best = { end: i + 1, hit: stripped.hit };
    }
  }
  return best;
}

/** Prepositions after which a capital or seat is read literally ("summit in Moscow"). */
const LOCATIVE_PREPOSITIONS = new Set([
  "in",
  "at",
  "near",
  "into",
  "inside",
  "outside",
  "across",
  "around",
  "throughout",
  "toward",
  "towards",
  "via",
  "through",
  "visited",
  "visiting",
  "visit",
  "visits",
  "outside",
  "onto",
]);
/** Motion words that make a following "to"/"from" locative ("trip to Moscow", "flew from Kyiv"). */
const MOTION_WORDS = new Set([
  "visit",
  "visits",
  "trip",
  "trips",
  "travel",
  "travels",
  "travelled",
  "traveled",
  "travelling",
  "traveling",
  "flew",
  "fly",
  "flies",
  "flight",
  "flights",
  "went",
  "go",
  "goes",
  "going",
  "came",
  "come",
  "comes",
  "returned",
  "return",
  "returns",
  "moved",
  "move",
  "headed",
  "heading",
  "journey",
  "arrived",
  "arrive",
  "arrives",
  "back",
  "way",
  "road",
  "route",
  "drove",
  "sailed",
  "relocated",
  "fled",
  "flee",
  "deported",
  "evacuated",
  "train",
  "trains",
  "embassy",
]);

/** Words before "at" that make it aim at an agent, not a location ("hit out at Washington"). */
const AT_TARGET_WORDS = new Set([
  "out",
  "back",
  "aimed",
  "aim",
  "aiming",
  "directed",
  "swipe",
  "jab",
  "dig",
  "angry",
  "anger",
  "furious",
  "fury",
  "pointed",
  "targeted",
  "fired",
  "snapped",
  "railed",
  "scoffed",
  "shots",
  "barbs",
  "glared",
]);

/** True when the word before a capital/seat (skipping "the") makes the literal reading likely. */
function isLocativeContext(tokens: readonly Token[], start: number): boolean {
  let i = start - 1;
  if (i >= 0 && THE.has(tokens[i]?.text ?? "")) i -= 1;
  const previous = tokens[i]?.text.toLowerCase();
  if (!previous) return false;
  // "The two leaders hit out at Washington": the capital is the target, so the state.
  if (previous === "at" && AT_TARGET_WORDS.has(tokens[i - 1]?.text.toLowerCase() ?? ""))
    return false;
  if (LOCATIVE_PREPOSITIONS.has(previous)) return true;
  if (previous === "to" || previous === "from") {
    const motion = tokens[i - 1]?.text.toLowerCase();
    return motion !== undefined && MOTION_WORDS.has(motion);
  }
  return false;
}

/** A capitalised word such as a name or a proper modifier ("Olympic", "Tory"). */
const NAME_WORD_RE = /^\p{Lu}\p{Ll}/u;
/** A lowercase word in a hyphenated compound ("based" in "London-based"). */
const LOWERCASE_START_RE = /^\p{Ll}/u;

/** Nouns after a capital's possessive that make the capital a government ("Beijing's proposals"). */
const AGENT_NOUNS = new Set(
  (
    "proposal proposals plan plans aims aim policy policies position stance decision decisions response demands " +
    "demand strategy sanctions invasion war forces troops military army navy government officials diplomats " +
    "diplomacy allies relations ties claims claim refusal insistence role influence interests ambitions efforts " +
    "envoy ambassador approach attempt attempts threat threats warning warnings accusations reaction move moves " +
    "backing push pressure campaign propaganda leadership regime rulers intentions objections objection offer " +
    "veto agenda support opposition ally rival rivals hostility aggression intervention involvement"
  ).split(" "),
);

/**
 * A capital read literally although nothing locative precedes it: a modifier ("Athens Olympic
 * final", "London Tory spin doctors") or a possessive of a non-political noun ("London's rail
 * termini", "Berlin's top prize"). Seats of government ("the Kremlin's") keep their metonymy.
 */
function isLiteralCapital(
  tokens: readonly Token[],
  end: number,
  metonym: MetonymMatch,
  possessed: boolean,
): boolean {
  if (metonym.kind !== "capital") return false;
  if (possessed) {
    const after = POSSESSIVE_MARKERS.has(tokens[end]?.text ?? "") ? end + 1 : end;
    for (let i = after; i < after + 3 && i < tokens.length; i += 1) {
      if (AGENT_NOUNS.has(tokens[i]?.text.toLowerCase() ?? "")) return false;
    }
    return true;
  }
  return NAME_WORD_RE.test(tokens[end]?.text ?? "");
}

/** Turns a trie hit into a mention, choosing the metonym or literal reading for capitals/seats. */
function toMention(
  tokens: readonly Token[],
  start: number,
  end: number,
  hit: Hit,
): GazetteerMention {
  const { entry, metonym } = hit;
  if (metonym) {
    // "across Washington's aims": a possessive makes the place an agent, whatever the preposition.
    const possessed =
      POSSESSIVE_MARKERS.has(tokens[end]?.text ?? "") ||
      POSSESSIVE_RE.test(tokens[end - 1]?.text ?? "");
    // "MOSCOW 1996-08-30": an all-caps capital is a dateline, read literally.
    const dateline = ALL_CAPS_RE.test(tokens[start]?.text ?? "") && hit.via !== "acronym";
    if (
      dateline ||
      (!possessed && isLocativeContext(tokens, start)) ||
      isLiteralCapital(tokens, end, metonym, possessed)
    ) {
      return {
        start,
        end,
        ...refOf(entry),
        via: hit.via === "metonym" ? "name" : hit.via,
        metonymOf: metonym,
      };
    }
    return {
      start,
      end,
      ...metonym.country,
      via: "metonym",
      literal: metonym.literal,
    };
  }
  return { start, end, ...refOf(entry), via: hit.via };
}

/** Single-token hits usable inside hyphenated compounds (no "the"-only aliases, no places). */
function matchCompoundPart(part: string): GazetteerEntry | undefined {
  const combining = COMBINING_FORMS[part];
  if (combining) return ENTRIES.get(combining);
  const hit = ENTITY_TRIE.get(part)?.hit;
  if (!hit || hit.requiresThe) return undefined;
  if (hit.metonym) return ENTRIES.get(hit.metonym.country.key);
  return hit.entry.type === "COUNTRY" || hit.entry.type === "ORGANIZATION" ? hit.entry : undefined;
}

const HYPHENATED_RE = /^[^\s-]+(?:-[^\s-]+)+$/;
/** A bare domain or URL token ("wsws.org/contact", "https://www.nytimes.com/..."). */
const DOMAIN_RE = /^(?:[a-z]+:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:[/:?#]|$)/i;

/** The organisation a domain token stands for ("wsws.org" → World Socialist Web Site). */
function matchDomain(text: string): GazetteerEntry | undefined {
  const host = DOMAIN_RE.exec(text)?.[1]?.toLowerCase();
  if (!host) return undefined;
  const labels = host.split(".");
  // "edition.cnn.com" → "cnn.com": try the host, then its parent domains.
  for (let i = 0; i < labels.length - 1; i += 1) {
    const entry = DOMAINS.get(labels.slice(i).join("."));
    if (entry) return entry;
  }
  return undefined;
}

/** Entity mentions inside one hyphenated token ("US-dominated" → US, "Russia-Ukraine" → both). */
function findCompoundMentions(text: string, index: number): GazetteerMention[] {
  const normalised = normaliseText(text);
  if (!HYPHENATED_RE.test(normalised)) return [];
  const mentions: GazetteerMention[] = [];
  const seen = new Set<string>();
  const parts = normalised.split("-");
  // "London-based", "Moscow-born": a capital with a lowercase word is the city, not its state.
  const describesPlace = parts.some((part) => LOWERCASE_START_RE.test(part));
  for (const part of parts) {
    if (!/^\p{Lu}/u.test(part)) continue;
    const capital = ENTITY_TRIE.get(part)?.hit;
    if (describesPlace && capital?.metonym?.kind === "capital") {
      mentions.push({
        start: index,
        end: index + 1,
        ...refOf(capital.entry),
        via: "name",
        compound: true,
      });
      continue;
    }
    const entry = matchCompoundPart(part);
    if (!entry || seen.has(entry.key)) continue;
    seen.add(entry.key);
    const hit = ENTITY_TRIE.get(part)?.hit;
    const via: MatchVia = COMBINING_FORMS[part]
      ? "alias"
      : hit?.metonym
        ? "metonym"
        : (hit?.via ?? "alias");
    mentions.push({ start: index, end: index + 1, ...refOf(entry), via, compound: true });
  }
  return mentions;
}

/**
 * Finds the longest match starting exactly at token `start` (entity layer), or undefined.
 * Used by the title matcher to read qualifiers ("Chinese" in "Chinese President").
 */
export function matchGazetteerAt(
  tokens: readonly Token[],
  start: number,
): GazetteerMention | undefined {
  if (!tokens[start]) return undefined;
  const match = matchTokensAt(ENTITY_TRIE, tokens, start, firstTokenKeys(tokens, start));
  return match ? toMention(tokens, start, match.end, match.hit) : undefined;
}

/**
 * Finds country, place and organisation mentions in one sentence's tokens: longest match first,
 * non-overlapping except for `compound` mentions, which share their hyphenated token.
 */
export function findGazetteerMentions(tokens: readonly Token[]): GazetteerMention[] {
  const mentions: GazetteerMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const match = matchTokensAt(ENTITY_TRIE, tokens, i, firstTokenKeys(tokens, i));
    if (match) {
      mentions.push(toMention(tokens, i, match.end, match.hit));
      i = match.end;
      continue;
    }
    const text = tokens[i]?.text ?? "";
    if (text.length > 4 && text.includes(".") && /[a-z]/.test(text)) {
      const organisation = matchDomain(text);
      if (organisation)
        mentions.push({ start: i, end: i + 1, ...refOf(organisation), via: "alias" });
    } else if (text.length > 3 && (text.includes("-") || text.includes("–"))) {
      mentions.push(...findCompoundMentions(text, i));
    }
    i += 1;
  }
  return mentions;
}

// ---------------------------------------------------------------------------------------------
// Nominals: agreements, events, projects.

const HEAD_TYPES = new Map<string, NominalType>([
  ...EVENT_HEADS.map((head): [string, NominalType] => [head, "EVENT"]),
  ...PROJECT_HEADS.map((head): [string, NominalType] => [head, "OTHER"]),
  ...AGREEMENT_HEADS.map((head): [string, NominalType] => [head, "AGREEMENT"]),
]);
const MULTIWORD_HEADS = [...HEAD_TYPES.keys()]
  .filter((head) => head.includes(" "))
  .map((head) => head.split(" "));
const COMPOUNDS = new Set(COMPOUND_WORDS);
const OF_HEADS = new Set(OF_COMPLEMENT_HEADS);
const TO_HEADS = new Set(TO_COMPLEMENT_HEADS);
const PREFIX_RE = new RegExp(`^(?:${NAME_PREFIXES.join("|")})-(?=\\p{Lu})`, "u");
const ROMAN_OR_NUMBER_RE = /^(?:I{1,3}|IV|VI{0,3}|IX|X|\d{1,2})$/;
const YEAR_RE = /^(?:1[89]|20)\d\d$/;
const POSSESSIVE_MARKERS = new Set(["'s", "’s", "'", "’"]);
/** Heads that are just as often verbs ("the party visit", "Russia plan"), see findPatternNominals. */
const VERBLIKE_HEADS = new Set([
  "visit",
  "plan",
  "deal",
  "attack",
  "attacks",
  "protest",
  "protests",
  "talks",
  "trip",
  "meeting",
  "battle",
  "crackdown",
  "offensive",
]);

/** Capitalised words that never make a nominal proper ("Their joint statement", "Tuesday's talks"). */
const NON_PROPER_WORDS = new Set(
  (
    "The A An This That These Those Their His Her Its Our My Your In On At But And Or If When While After Before " +
    "During Since As For With By From To Of Under Over Despite Although Though Not No It He She They We I You There " +
    "Here What Which Who Why How Every Each Any Some All Both Another Other Such Last Next First Second Third " +
    "Today Yesterday Tomorrow Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March " +
    "April May June July August September October November December Mr. Mrs. Ms. Dr. So Then Now Yet Also " +
    "However Meanwhile Instead Still Even Only Just Many Most More Much Several Few New Latest Former"
  ).split(" "),
);

/** True when token i can modify a head as a proper noun ("AUKUS", "Chinese", "Xi-Putin", "Mao"). */
function isProperModifier(tokens: readonly Token[], i: number, allowYear: boolean): boolean {
  const text = normaliseText(tokens[i]?.text ?? "");
  if (text === "") return false;
  if (allowYear && YEAR_RE.test(text)) return true;
  if (!/^\p{Lu}/u.test(text) || NON_PROPER_WORDS.has(text)) return false;
  if (!isSentenceStart(tokens, i)) return true;
  // Sentence-initial capitals prove nothing unless the word is known or clearly a name.
  if (ACRONYM_RE.test(text) || text.includes("-")) return true;
  if (ENTITY_TRIE.get(text)?.hit || NOMINAL_TRIE.get(text)?.hit) return true;
  const next = tokens[i + 1]?.text ?? "";
  return POSSESSIVE_MARKERS.has(next) || /^\p{Lu}/u.test(next);
}

/** Matches a head noun ending at or starting at h; returns its length and lowercase form. */
function matchHead(
  tokens: readonly Token[],
  h: number,
): { length: number; head: string; type: NominalType } | undefined {
  const lower = tokens[h]?.text.toLowerCase() ?? "";
  for (const words of MULTIWORD_HEADS) {
    if (words[0] !== lower) continue;
    const matches = words.every((word, k) => tokens[h + k]?.text.toLowerCase() === word);
    const head = words.join(" ");
    const type = HEAD_TYPES.get(head);
    if (matches && type) return { length: words.length, head, type };
  }
  const type = HEAD_TYPES.get(lower);
  return type ? { length: 1, head: lower, type } : undefined;
}

/** Extends a nominal over "of [the] Proper…" / "to Proper…" complements; returns the new end. */
function extendComplement(
  tokens: readonly Token[],
  end: number,
  words: ReadonlySet<string>,
): number {
  const preposition = tokens[end]?.text.toLowerCase();
  if (!preposition || !words.has(preposition)) return end;
  let j = end + 1;
  if (THE.has(tokens[j]?.text ?? "")) j += 1;
  const first = j;
  while (
    j < tokens.length &&
    /^\p{Lu}/u.test(tokens[j]?.text ?? "") &&
    !NON_PROPER_WORDS.has(tokens[j]?.text ?? "")
  )
    j += 1;
  if (j === first) return end;
  // "the withdrawal of Russian troops": a demonym complement modifies a common noun.
  const last = matchGazetteerAt(tokens, j - 1);
  if (last?.via === "demonym" && last.end === j) return end;
  return j;
}

/**
 * Classifies a nominal by its head noun ("Chinese peace plan" → AGREEMENT, "Xi-Putin summit" →
 * EVENT, "gas pipeline" → OTHER); listed names win ("Power of Siberia-2" → OTHER).
 */
export function classifyNominal(tokens: readonly string[]): NominalType | undefined {
  const listed = SURFACE_INDEX.get(normaliseText(tokens.join(" ")).replace(LEADING_THE_RE, ""));
  const listedType = listed?.entry.type;
  if (listedType === "AGREEMENT" || listedType === "EVENT" || listedType === "OTHER")
    return listedType;
  const lower = tokens.map((token) => token.toLowerCase());
  // The head is the last word, or the word before an "of"/"in"/"to" complement ("Treaty of Versailles").
  for (let i = lower.length - 1; i >= 0; i -= 1) {
    for (const words of MULTIWORD_HEADS) {
      const head = words.join(" ");
      if (i + 1 >= words.length && lower.slice(i + 1 - words.length, i + 1).join(" ") === head)
        return HEAD_TYPES.get(head);
    }
    const type = HEAD_TYPES.get(lower[i] ?? "");
    const next = lower[i + 1];
    if (type && (next === undefined || next === "of" || next === "in" || next === "to"))
      return type;
  }
  return undefined;
}

const NOMINAL_HEADS_BY_KEY = new Map(NOMINAL_SEEDS.map((seed) => [seed.key, seed.head]));

/** A listed nominal written in headline capitals ("WORLD WAR II"): acronyms excluded. */
function matchCapsNominal(tokens: readonly Token[], i: number): TrieMatch | undefined {
  const text = normaliseText(tokens[i]?.text ?? "");
  return text.length >= 3 && ALL_CAPS_RE.test(text)
    ? matchTrie(NOMINAL_TRIE, tokens, i, [titleCaseCaps(text)], true)
    : undefined;
}

/** Listed nominals ("Cold War", "the Minsk agreements"), allowing "post-World War II". */
function findListedNominals(tokens: readonly Token[]): NominalMention[] {
  const found: NominalMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const keys = firstTokenKeys(tokens, i);
    const text = normaliseText(tokens[i]?.text ?? "");
    const unprefixed = text.replace(PREFIX_RE, "");
    if (unprefixed !== text) keys.push(unprefixed);
    const match = matchTrie(NOMINAL_TRIE, tokens, i, keys) ?? matchCapsNominal(tokens, i);
    if (match) {
      const entry = match.hit.entry;
      const seed = NOMINAL_HEADS_BY_KEY.get(entry.key) ?? "";
      found.push({
        start: i,
        end: match.end,
        type: entry.type as NominalType,
        head: seed,
        key: entry.key,
        canonical: entry.canonical,
      });
      i = match.end;
    } else {
      i += 1;
    }
  }
  return found;
}

/** Nominals built from a proper modifier and a head noun ("Chinese peace plan", "Xi-Putin summit"). */
function findPatternNominals(tokens: readonly Token[]): NominalMention[] {
  const found: NominalMention[] = [];
  for (let h = 0; h < tokens.length; h += 1) {
    const head = matchHead(tokens, h);
    if (!head) continue;
    const headText = tokens[h]?.text ?? "";
    // "WALES BEAT SAN MARINO IN WORLD CUP": headline capitals say nothing about names.
    if (ALL_CAPS_RE.test(headText)) continue;
    const headCapitalised = /^\p{Lu}/u.test(headText) && !isSentenceStart(tokens, h);
    // Walk left over lowercase compound words ("peace" in "Chinese peace plan").
    let k = h - 1;
    let compounds = 0;
    while (k >= 0 && compounds < 3 && COMPOUNDS.has(tokens[k]?.text ?? "")) {
      k -= 1;
      compounds += 1;
    }
    // Then over the proper modifiers, possessives included ("China's", "Mao’s").
    let m = k;
    const allowYear = head.type === "EVENT";
    while (m >= 0) {
      const text = tokens[m]?.text ?? "";
      if (POSSESSIVE_MARKERS.has(text) && m > 0 && isProperModifier(tokens, m - 1, false)) {
        m -= 2;
        continue;
      }
      if (!isProperModifier(tokens, m, allowYear)) break;
      m -= 1;
    }
    let start = m + 1;
    let end = h + head.length;
    const hasModifier = start <= k;
    if (!hasModifier) start = h;
    if (headCapitalised && ROMAN_OR_NUMBER_RE.test(tokens[end]?.text ?? "")) end += 1;
    const determined = THE.has(tokens[start - 1]?.text ?? "");
    let extended = end;
    if (OF_HEADS.has(head.head) || headCapitalised)
      extended = extendComplement(tokens, end, new Set(["of"]));
    else if (head.head === "war" && determined)
      extended = extendComplement(tokens, end, new Set(["in"]));
    else if (TO_HEADS.has(head.head) && hasModifier)
      extended = extendComplement(tokens, end, new Set(["to"]));
    // "the invasion of Ukraine": no modifier before, but a determiner and a proper complement.
    if (!hasModifier && !(extended > end && (determined || headCapitalised))) continue;
    end = extended;
    // "the Socialist Equality Party visit:" is a verb; a noun reading needs a determiner,
    // a possessive, a compound word or a demonym ("Xi's visit", "the Chinese peace plan").
    if (VERBLIKE_HEADS.has(head.head) && tokens[end]?.text === ":") continue;
    if (VERBLIKE_HEADS.has(head.head) && hasModifier && !determined && compounds === 0) {
      const possessive = tokens
        .slice(start, k + 1)
        .some((token) => POSSESSIVE_MARKERS.has(token.text));
      const demonym = matchGazetteerAt(tokens, start)?.via === "demonym";
      const listed =
        k === start &&
        NOMINAL_TRIE.get(normaliseText(tokens[start]?.text ?? ""))?.hit !== undefined;
      if (!possessive && !demonym && !listed) continue;
    }
    // "the NATO alliance" is NATO itself, not an agreement.
    if (head.head === "alliance" && hasModifier && k - start < 3) {
      const modifier = matchGazetteerAt(tokens, start);
      if (modifier?.type === "ORGANIZATION" && modifier.end === k + 1) continue;
    }
    found.push({ start, end, type: head.type, head: head.head });
    h = end - 1;
  }
  return found;
}

/**
 * Finds named agreements, events and projects in one sentence: listed ones ("World War II",
 * "the Minsk agreements", "Power of Siberia-2") and proper-modifier + head-noun patterns
 * ("the AUKUS pact", "Chinese peace plan", "Xi-Putin summit"). Spans exclude the article.
 * Generic phrases without a proper noun ("a deal", "the war") are not mentions.
 */
export function findNominalMentions(tokens: readonly Token[]): NominalMention[] {
  const listed = findListedNominals(tokens);
  const patterned = findPatternNominals(tokens);
  const result: NominalMention[] = [];
  const absorbed = new Set<NominalMention>();
  for (const pattern of patterned) {
    const overlapping = listed.filter((l) => l.start < pattern.end && pattern.start < l.end);
    // A listed nominal as wide as the pattern wins; one inside it lends its key ("AUKUS" in "AUKUS pact").
    if (overlapping.some((l) => l.start <= pattern.start && l.end >= pattern.end)) continue;
    if (overlapping.some((l) => l.start < pattern.start || l.end > pattern.end)) continue;
    const inner = overlapping.find((l) => l.type === pattern.type);
    for (const l of overlapping) absorbed.add(l);
    result.push(
      inner?.key && inner.canonical
        ? { ...pattern, key: inner.key, canonical: inner.canonical }
        : pattern,
    );
  }
  for (const l of listed) if (!absorbed.has(l)) result.push(l);
  return result.sort((a, b) => a.start - b.start);
}
