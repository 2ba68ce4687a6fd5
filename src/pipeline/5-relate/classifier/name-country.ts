/** Whether an organisation's own name places it in another country than the one a relation gives it. */
import { lookupCity } from "../../3-recognize/gazetteer/city-lookups.js";
import { lookupEntity } from "../../3-recognize/gazetteer/gazetteer-lookups.js";

/** A city read inside an organisation's name counts from this many inhabitants: "Bristol", not "Delta" (British Columbia) or "Orange" (California). */
const NAME_CITY_MIN_POPULATION = 200_000;

/** Whitespace between the words of a name. */
const WHITESPACE_RE = /\s+/;

/** "Liverpool FC", "University of Bristol": the first word, and the words after a final "of". */
function placeWordsOf(words: readonly string[]): string[] {
  const of = words.lastIndexOf("of");
  const tail = of > 0 ? words.slice(of + 1).join(" ") : undefined;
  return [words[0] ?? "", ...(tail ? [tail] : [])].filter((word) => word.length > 1);
}

/** The countries a word of a name stands for: a country or demonym anywhere, a gazetteer place. */
function countryOfWord(word: string): string | undefined {
  const entry = lookupEntity(word);
  if (entry?.type === "COUNTRY") return entry.key;
  if (entry?.type === "PLACE") return entry.country;
  return undefined;
}

/**
 * Whether an organisation's name says it is from somewhere else than `country` (a gazetteer key):
 * "Bristol University" is no Iraqi body, "Liverpool FC" no German club, "Deutsche Bank" no
 * French bank. A country or demonym anywhere in the name counts ("US Court of Appeals", "Air
 * France"); a city counts as the first word or after a final "of" ("Bank of Japan"), and only
 * when no city of that name of some size lies in `country` ("Newcastle" is also in Australia).
 */
export function isNamedElsewhere(name: string, country: string): boolean {
  const words = name.trim().split(WHITESPACE_RE);
  const countries = new Set<string>();
  for (const word of words) {
    const entry = lookupEntity(word);
    if (entry?.type === "COUNTRY") countries.add(entry.key);
  }
  for (const word of placeWordsOf(words)) {
    const fromGazetteer = countryOfWord(word);
    if (fromGazetteer !== undefined) {
      countries.add(fromGazetteer);
      continue;
    }
    const city = lookupCity(word, NAME_CITY_MIN_POPULATION, new Set([country]));
    if (city) countries.add(city.country);
  }
  return countries.size > 0 && !countries.has(country);
}
