/** Single-string look-ups: a surface, a demonym, a key or a metonym to its gazetteer entry. */

import { foldDiacritics } from "../../model/gazetteers/countries.js";
import { ENTRIES, FOLDED_INDEX, METONYMS, SURFACE_INDEX } from "./build-gazetteer.js";
import type { GazetteerEntry, MetonymMatch } from "./gazetteer-types.js";
import { ACRONYM_RE, LEADING_THE_RE, normaliseText, POSSESSIVE_RE } from "./surface-text.js";
import type { Hit } from "./surface-trie.js";

const WHITESPACE_RUN_RE = /\s+/g;

/** Normalises a free-standing surface: trims, drops a leading "the" and a trailing possessive. */
function normaliseSurface(surface: string): string {
  let text = normaliseText(surface.trim().replace(WHITESPACE_RUN_RE, " ")).replace(
    LEADING_THE_RE,
    "",
  );
  const possessive = POSSESSIVE_RE.exec(text);
  if (possessive?.[1] && !SURFACE_INDEX.has(text)) text = possessive[1];
  return text;
}

/** Surfaces already looked up (null: no entry): the rules ask about the same words many times. */
const HIT_CACHE = new Map<string, Hit | null>();
/** Entries kept before the cache starts over, so a long-running process stays bounded. */
const HIT_CACHE_LIMIT = 100_000;

function lookupHit(surface: string): Hit | undefined {
  const cached = HIT_CACHE.get(surface);
  if (cached !== undefined) return cached ?? undefined;
  const hit = findHit(surface);
  if (HIT_CACHE.size >= HIT_CACHE_LIMIT) HIT_CACHE.clear();
  HIT_CACHE.set(surface, hit ?? null);
  return hit;
}

function findHit(surface: string): Hit | undefined {
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

/** Whether the gazetteer lists this exact spelling ("eurozone" is listed in lower case, "pole" is not). */
export function isListedSpelling(surface: string): boolean {
  return SURFACE_INDEX.has(normaliseText(surface));
}

/** "company:sony", "place:london": a key one of the curated lists gave (a known firm or place, never a work). */
const LIST_KEY_RE = /^[a-z]+:/;

/** Whether a key was given by one of the curated lists ("company:sony", "club:schalke-04"). */
export function isListKey(key: string): boolean {
  return LIST_KEY_RE.test(key);
}

/** Whether a key is the gazetteer's ("SUN") or a curated list's: a known name, not a work's. */
export function isKnownKey(key: string): boolean {
  return LIST_KEY_RE.test(key) || findEntryByKey(key) !== undefined;
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
