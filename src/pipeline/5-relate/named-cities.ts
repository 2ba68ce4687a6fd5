/**
 * The city or region an organisation is named for: "the London Stock Exchange", "the Yantai State
 * Asset Management Bureau", "the New York Mercantile Exchange", "the Bank of England". A body
 * whose own name opens with a place, or ends with "of" and a place, is BASED_IN that place when
 * the article names the place too (a place within a country: no continent or sea). Like a country
 * in a body's name ("the US Army"), the sentence naming the body says where it is.
 */

import { FIRM_NAME_HEADS, ORGANIZATION_HEADS } from "../model/lexicons/name-heads.js";

/** Most words of a place a name opens with: "Rio de Janeiro". */
const MAX_PLACE_WORDS = 3;
/** Whitespace between the words of a name. */
const WHITESPACE_RE = /\s+/;
/** A place name's words are capitalised ("London", "New York"), not an initialism ("UN"). */
const PLACE_WORD_RE = /^\p{Lu}\p{Ll}[\p{L}'’.-]*$/u;
/**
 * Heads of bodies that are of their place rather than based there: a university or a school is
 * its campus, a council its area ("Calgary City Council" governs Calgary, Re-DocRED's "applies to
 * jurisdiction"); where they sit is no headquarters a name can give.
 */
const TERRITORIAL_HEADS: ReadonlySet<string> = new Set([
  "University",
  "College",
  "Academy",
  "Institute",
  "School",
  "Council",
]);

/**
 * Head words of the bodies a place names: the organisations' heads ("Bank", "Commission",
 * "Society"), the firms' ("Securities") and the heads of exchanges, papers, public bodies and
 * houses ("London Stock Exchange", "Los Angeles Times", "Vienna State Opera", "Mayor of
 * London"). A name with another head is no body named for its place: a crude price ("London
 * Brent"), a concert ("Asia Aid"), a law ("Texas Electronic Mail Act"), a beer.
 */
const NAMED_BODY_HEADS: ReadonlySet<string> = new Set(
  [
    ...ORGANIZATION_HEADS,
    ...FIRM_NAME_HEADS,
    "Exchange",
    "Times",
    "Post",
    "Tribune",
    "Herald",
    "Opera",
    "Orchestra",
    "Philharmonic",
    "Choir",
    "Library",
    "Museum",
    "Gallery",
    "Hospital",
    "Underground",
    "Mayor",
    "Hotel",
    "Court",
    "Assembly",
    "Board",
    "Department",
    "Office",
    "Police",
    "Parliament",
    "Chamber",
  ].filter((head) => !TERRITORIAL_HEADS.has(head)),
);
/** Words that end a body's head before what it is for: "Commission for Development", "Bank of England". */
const HEAD_LINKS: ReadonlySet<string> = new Set(["of", "for"]);

/**
 * Second words that make the place a street or a landmark a paper or a body is named after,
 * not its city: "Wall Street Journal", "Downing Street".
 */
const LANDMARK_WORDS: ReadonlySet<string> = new Set(["Street", "Square", "Road", "Avenue"]);

/**
 * The places an organisation's name is named for, by `placeKeyOf` (a place's key for the words
 * of a name, when they name one): the longest place its words open with ("New York Mercantile
 * Exchange" → New York) and the place after a final "of" ("Bank of England"). None for a name
 * that is only a place, nor for one whose head is no body's ("London Brent", "Asia Aid"), nor
 * for a street's ("Wall Street Times").
 */
export function placeKeysNamedIn(
  name: string,
  placeKeyOf: (words: string) => string | undefined,
): string[] {
  const words = name.trim().split(WHITESPACE_RE);
  if (words.length < 2) return [];
  // The head: the word before the first "of" or "for" ("Commission for Development"), else the last.
  const link = words.findIndex((word) => HEAD_LINKS.has(word));
  const head = (link > 0 ? words[link - 1] : words.at(-1)) ?? "";
  if (!NAMED_BODY_HEADS.has(head)) return [];
  const keyOf = (span: readonly string[]) =>
    span.every((word) => PLACE_WORD_RE.test(word)) ? placeKeyOf(span.join(" ")) : undefined;
  const keys: string[] = [];
  for (let n = Math.min(MAX_PLACE_WORDS, words.length - 1); n >= 1; n--) {
    if (LANDMARK_WORDS.has(words[n - 1] ?? "")) continue;
    const key = keyOf(words.slice(0, n));
    if (key !== undefined) {
      keys.push(key);
      break;
    }
  }
  const of = words.lastIndexOf("of");
  if (of > 0 && of < words.length - 1) {
    const key = keyOf(words.slice(of + 1));
    if (key !== undefined && !keys.includes(key)) keys.push(key);
  }
  return keys;
}
