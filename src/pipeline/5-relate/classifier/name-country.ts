/** Whether an organisation's own name places it in another country than the one a relation gives it, or in none. */
import { lookupCity } from "../../3-recognize/gazetteer/city-lookups.js";
import { findEntryByKey, lookupEntity } from "../../3-recognize/gazetteer/gazetteer-lookups.js";
import { HOME_NATION_ADJECTIVES } from "../knowledge.js";

/** A city read inside an organisation's name counts from this many inhabitants: "Bristol", not "Delta" (British Columbia) or "Orange" (California). */
const NAME_CITY_MIN_POPULATION = 200_000;

/** Whitespace between the words of a name. */
const WHITESPACE_RE = /\s+/;

/** "Bath", "Cardiff": a capitalised word, not one of an initialism ("BBC"). */
const CAPITALISED_WORD_RE = /^\p{Lu}\p{Ll}+$/u;

/** "New", "North", "San": words that open a place's name of two words ("New Jersey", "San Jose"). */
const PLACE_LEADS: ReadonlySet<string> = new Set([
  "New",
  "North",
  "South",
  "East",
  "West",
  "San",
  "Santa",
  "Los",
  "Las",
  "St",
  "Saint",
  "Fort",
  "Port",
  "Mount",
  "Great",
]);

/** Whether a word ends a place's name begun by the word before: "New Jersey", "Hong Kong". */
function isPlaceTail(before: string, word: string): boolean {
  return PLACE_LEADS.has(before) || lookupEntity(`${before} ${word}`) !== undefined;
}

/**
 * "Liverpool FC", "University of Bristol", "Reebok Cardiff Cross Challenge": the first word, the
 * words after a final "of", and any other capitalised word (a sponsor's name before the city
 * an event or a body is named after).
 */
function placeWordsOf(words: readonly string[]): string[] {
  const of = words.lastIndexOf("of");
  const tail = of > 0 ? words.slice(of + 1).join(" ") : undefined;
  const inner = words
    .slice(1, of > 0 ? of : undefined)
    .filter((w, i) => CAPITALISED_WORD_RE.test(w) && !isPlaceTail(words[i] ?? "", w));
  return [words[0] ?? "", ...inner, ...(tail ? [tail] : [])].filter((word) => word.length > 1);
}

/** The countries a word of a name stands for: a country or demonym anywhere, a gazetteer place. */
function countryOfWord(word: string): string | undefined {
  const entry = lookupEntity(HOME_NATION_ADJECTIVES.get(word) ?? word);
  if (entry?.type === "COUNTRY") return entry.key;
  if (entry?.type === "PLACE") return entry.country;
  return undefined;
}

/** Most words of a gazetteer place read inside a name: "New York", "Rio de Janeiro". */
const MAX_PLACE_WORDS = 3;

/**
 * "New York State Supreme Court", "Hong Kong Stock Exchange": the countries of the gazetteer
 * places of two or more words the name holds (one word at a time, "New" and "York" are nothing).
 */
function countriesOfPlacePhrases(words: readonly string[]): string[] {
  const countries: string[] = [];
  for (let i = 0; i < words.length; i++)
    for (let n = Math.min(MAX_PLACE_WORDS, words.length - i); n >= 2; n--) {
      const entry = lookupEntity(words.slice(i, i + n).join(" "));
      const country = entry?.type === "COUNTRY" ? entry.key : entry?.country;
      if (entry?.type !== "COUNTRY" && entry?.type !== "PLACE") continue;
      if (country !== undefined) countries.push(country);
      break;
    }
  return countries;
}

/** "BBC Sport", "Tories' Commons": a gazetteer body the name begins with, and the country it belongs to. */
function countryOfLeadingBody(words: readonly string[]): string | undefined {
  if (words.length < 2) return undefined;
  const entry = lookupEntity((words[0] ?? "").replace(POSSESSIVE_END_RE, ""));
  return entry?.type === "ORGANIZATION" ? entry.country : undefined;
}

/** "Tories'", "BBC's": a possessive ending. */
const POSSESSIVE_END_RE = /['’]s?$/u;

/**
 * Whether an organisation's name says it is from somewhere else than `country` (a gazetteer key):
 * "Bristol University" is no Iraqi body, "Liverpool FC" no German club, "Deutsche Bank" no
 * French bank. A country or demonym anywhere in the name counts ("US Court of Appeals", "Air
 * France", "Welsh Assembly Government"), so does a gazetteer place of several words ("New York
 * State Supreme Court"); a city counts as any capitalised word or after a final "of" ("Bank of Japan"), and only
 * when no city of that name of some size lies in `country` ("Newcastle" is also in Australia);
 * so does the country of a national body the name begins with ("BBC Sport" is no Emirati body).
 */
export function isNamedElsewhere(name: string, country: string): boolean {
  const words = name.trim().split(WHITESPACE_RE);
  const countries = new Set<string>();
  for (const word of words) {
    const entry = lookupEntity(word);
    if (entry?.type === "COUNTRY") countries.add(entry.key);
  }
  const body = countryOfLeadingBody(words);
  if (body !== undefined) countries.add(body);
  for (const place of countriesOfPlacePhrases(words)) countries.add(place);
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

/** First words of the names of bodies that span countries: "World Anti-Doping Agency", "European Medicines Agency". */
const INTERNATIONAL_LEADS: ReadonlySet<string> = new Set([
  "World",
  "International",
  "European",
  "Global",
]);

/**
 * Whether a body spans countries, so that no country is its home for the model to guess: the
 * gazetteer lists it as international ("International Monetary Fund", "the EU") or its name
 * begins with such a body ("EU Common Agricultural Policy") or with "World", "International",
 * "European" or "Global" ("World Anti-Doping Agency", "International Labour Organisation"). The
 * model, taught that a body's home is the country its story names, put WADA in the United States
 * of the American sprinter it was testing.
 */
export function isInternationalBody(name: string, key: string): boolean {
  if (findEntryByKey(key)?.kind === "international") return true;
  const words = name.trim().split(WHITESPACE_RE);
  const first = words[0] ?? "";
  if (INTERNATIONAL_LEADS.has(first)) return true;
  return words.length > 1 && lookupEntity(first)?.kind === "international";
}
