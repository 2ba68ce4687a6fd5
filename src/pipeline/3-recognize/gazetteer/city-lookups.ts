/**
 * GeoNames city look-ups: a name to its most populous homonym (or the homonym in a country the
 * article names), and a place key to its country and coordinates. The index is built once per
 * process, on first use.
 */

import {
  CITY_MIN_POPULATION_TAGGED,
  type CitySeed,
  loadCitySeeds,
} from "../../model/gazetteers/cities.js";
import { foldDiacritics } from "../../model/gazetteers/countries.js";
import { DIVISION_KEYS, slugify } from "../../model/gazetteers/places.js";
import { ENTRIES } from "./build-gazetteer.js";

/** A city with the entity key it is known by. */
export interface CityMatch extends CitySeed {
  /** "place:birmingham" for the most populous homonym, "place:birmingham-usa" for another. */
  key: string;
}

/** A place's background facts: the country it lies in and where it is on a map. */
export interface PlaceFacts {
  country: string | undefined;
  /** The key of the state or home nation a city lies in, where GeoNames' code names one ("place:scotland"). */
  division?: string;
  coordinates: { latitude: number; longitude: number } | null;
}

interface CityIndex {
  /** Name and its ASCII folding → homonyms, most populous first. */
  byName: Map<string, CityMatch[]>;
  byKey: Map<string, CityMatch>;
  loadMs: number;
  heapMb: number;
}

let index: CityIndex | undefined;

function buildIndex(): CityIndex {
  const began = performance.now();
  const heapBefore = process.memoryUsage().heapUsed;
  const seeds = loadCitySeeds(CITY_MIN_POPULATION_TAGGED);
  // Most populous first; the GeoNames id breaks ties so the order never depends on the file's.
  seeds.sort((a, b) => b.population - a.population || a.geonameId - b.geonameId);
  const byName = new Map<string, CityMatch[]>();
  const byKey = new Map<string, CityMatch>();
  for (const seed of seeds) {
    const slug = slugify(seed.name);
    if (!slug) continue;
    const plain = `place:${slug}`;
    const key = byKey.has(plain) ? `${plain}-${seed.country.toLowerCase()}` : plain;
    // Two homonyms in one country ("Portland"): the larger keeps the key.
    if (byKey.has(key)) continue;
    const match: CityMatch = { ...seed, key };
    byKey.set(key, match);
    for (const name of new Set([seed.name, foldDiacritics(seed.name)])) {
      const list = byName.get(name);
      if (list) list.push(match);
      else byName.set(name, [match]);
    }
  }
  return {
    byName,
    byKey,
    loadMs: performance.now() - began,
    heapMb: (process.memoryUsage().heapUsed - heapBefore) / 1e6,
  };
}

function cityIndex(): CityIndex {
  index ??= buildIndex();
  return index;
}

/** What loading the city index cost this process (milliseconds, heap megabytes); loads it if needed. */
export function measureCityIndex(): { ms: number; mb: number; cities: number } {
  const loaded = cityIndex();
  return { ms: loaded.loadMs, mb: loaded.heapMb, cities: loaded.byKey.size };
}

/**
 * Finds the city a name denotes: among homonyms of at least `minPopulation` inhabitants, the most
 * populous one in a country the article names, else the most populous ("Birmingham" in an
 * article about Alabama is Birmingham, Alabama).
 */
export function lookupCity(
  name: string,
  minPopulation: number,
  namedCountries: ReadonlySet<string> = new Set(),
): CityMatch | undefined {
  const homonyms = cityIndex().byName.get(name) ?? cityIndex().byName.get(foldDiacritics(name));
  if (!homonyms) return undefined;
  let best: CityMatch | undefined;
  for (const city of homonyms) {
    if (city.population < minPopulation) break;
    if (namedCountries.has(city.country)) return city;
    best ??= city;
  }
  return best;
}

/**
 * A named country's namesake is not read when the best-known city of the name is this many times
 * larger: British news names the UK in most stories, and "Boston, London and Tokyo" are still
 * the marathon cities, not Boston, Lincolnshire (Birmingham, Alabama is a fifth of Birmingham).
 */
const NAMED_COUNTRY_MAX_RATIO = 10;

/**
 * The city an article's mention of a name denotes: the homonym in a country the article names,
 * unless the most populous homonym dwarfs it ("Sydney" in a story that names Canada is still
 * Sydney, Australia), else the most populous.
 */
export function lookupMentionedCity(
  name: string,
  minPopulation: number,
  namedCountries: ReadonlySet<string>,
): CityMatch | undefined {
  const best = lookupCity(name, minPopulation);
  const inNamed = lookupCity(name, minPopulation, namedCountries);
  if (!best || !inNamed || best === inNamed) return inNamed ?? best;
  return best.population >= NAMED_COUNTRY_MAX_RATIO * inNamed.population ? best : inNamed;
}

/**
 * The country and coordinates of a place key: a GeoNames city, or a curated capital or place
 * (its country from the gazetteer, its coordinates from its GeoNames namesake in that country).
 */
export function findPlaceFacts(key: string): PlaceFacts | undefined {
  // Asked for the same keys many times an article (every pair the relation model scores): read once.
  if (placeFacts.has(key)) return placeFacts.get(key);
  const facts = readPlaceFacts(key);
  if (facts?.coordinates) Object.freeze(facts.coordinates);
  // Entity keys of a long ingest are unbounded: the cache starts over rather than grow without end.
  if (placeFacts.size >= MAX_CACHED_PLACE_FACTS) placeFacts.clear();
  placeFacts.set(key, facts && Object.freeze(facts));
  return facts;
}
const placeFacts = new Map<string, PlaceFacts | undefined>();
const MAX_CACHED_PLACE_FACTS = 50_000;

function readPlaceFacts(key: string): PlaceFacts | undefined {
  const city = cityIndex().byKey.get(key);
  const curated = ENTRIES.get(key);
  if (curated) {
    if (curated.type !== "PLACE") return undefined;
    const country = curated.country;
    const namesake =
      curated.kind === "capital" || curated.kind === "city"
        ? (cityIndex().byName.get(curated.canonical) ?? []).find((c) => c.country === country)
        : undefined;
    return {
      country,
      ...divisionOf(namesake),
      coordinates: namesake ? { latitude: namesake.latitude, longitude: namesake.longitude } : null,
    };
  }
  if (!city) return sharedRegionFacts(key);
  return {
    country: city.country,
    ...divisionOf(city),
    coordinates: { latitude: city.latitude, longitude: city.longitude },
  };
}

/** `{ division }` of a GeoNames city whose division code the gazetteer can name, else nothing. */
function divisionOf(city: CitySeed | undefined): { division?: string } {
  const division = city && DIVISION_KEYS.get(`${city.country}:${city.admin}`);
  return division ? { division } : {};
}

// "place:punjab-pak": one country's region of a name several countries' regions share.
const SHARED_REGION_KEY_RE = /^(place:.+)-([a-z]{3})$/;

/** The country of one country's region of a shared name, read back from its key. */
function sharedRegionFacts(key: string): PlaceFacts | undefined {
  const match = SHARED_REGION_KEY_RE.exec(key);
  const country = match?.[2]?.toUpperCase();
  if (!match?.[1] || !country || !ENTRIES.get(match[1])?.sharedBy?.includes(country))
    return undefined;
  return { country, coordinates: null };
}
