/**
 * The city or region an organisation is named for: "the London Stock Exchange", "the Yantai State
 * Asset Management Bureau", "the New York Mercantile Exchange", "the Bank of England". A body
 * whose own name opens with a place, or ends with "of" and a place, is BASED_IN that place when
 * the article names the place too (a place within a country: no continent or sea). Like a country
 * in a body's name ("the US Army"), the sentence naming the body says where it is. A university,
 * a college or a school named so ("the University of Michigan", "Bristol University") is of its
 * place rather than based there: it is LOCATED_IN it, as our "X in Y" rule has it for any
 * organisation ("Cornell University in New York") and as Re-DocRED labels it ("located in the
 * administrative territorial entity", P131, not "headquarters location"). An event named for its
 * town or its country ("the London Marathon", "the Australian Open", "the Iraqi election") lies in
 * it, and so does a built site or a region named for its place ("Edinburgh Airport", "South
 * Wales").
 */

import { lookupDemonym } from "../3-recognize/gazetteer/gazetteer-lookups.js";
import { FIRM_NAME_HEADS, ORGANIZATION_HEADS } from "../model/lexicons/name-heads.js";

/** Most words of a place a name opens with: "Rio de Janeiro". */
const MAX_PLACE_WORDS = 3;
/** Whitespace between the words of a name. */
const WHITESPACE_RE = /\s+/;
/** A place name's words are capitalised ("London", "New York"), not an initialism ("UN"). */
const PLACE_WORD_RE = /^\p{Lu}\p{Ll}[\p{L}'’.-]*$/u;
/**
 * Heads of seats of learning, which are of their place rather than based there: a university or a
 * school is its campus, so the place its name gives is where it lies (LOCATED_IN), not a
 * headquarters.
 */
const SEAT_HEADS: ReadonlySet<string> = new Set([
  "University",
  "College",
  "Academy",
  "Institute",
  "School",
]);
/**
 * Heads of bodies a name gives no place for at all: a council governs its area ("Calgary City
 * Council", Re-DocRED's "applies to jurisdiction", which our vocabulary has no relation for), and
 * a council named for a city may be no city's ("the Lisbon Council", a think-tank).
 */
const TERRITORIAL_HEADS: ReadonlySet<string> = new Set([...SEAT_HEADS, "Council"]);

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
    "Executive",
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
  return NAMED_BODY_HEADS.has(headOf(words)) ? placeKeysOfWords(words, placeKeyOf) : [];
}

/**
 * The places a university, a college or a school is named for, which it is LOCATED_IN: "Bristol
 * University", "the University of Michigan", "Edinburgh College of Art" (by `placeKeyOf`, as in
 * `placeKeysNamedIn`). None for another body's name.
 */
export function seatPlaceKeysNamedIn(
  name: string,
  placeKeyOf: (words: string) => string | undefined,
): string[] {
  const words = name.trim().split(WHITESPACE_RE);
  return SEAT_HEADS.has(headOf(words)) ? placeKeysOfWords(words, placeKeyOf) : [];
}

/** A name's head: the word before the first "of" or "for" ("Commission for Development"), else the last. */
function headOf(words: readonly string[]): string {
  if (words.length < 2) return "";
  const link = words.findIndex((word) => HEAD_LINKS.has(word));
  return (link > 0 ? words[link - 1] : words.at(-1)) ?? "";
}

/** The longest place a name's words open with, and the place after its last "of". */
function placeKeysOfWords(
  words: readonly string[],
  placeKeyOf: (words: string) => string | undefined,
): string[] {
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

/**
 * Last words of events held in one place, which a place or a demonym opening their name gives:
 * "the London Marathon", "the Berlin Film Festival", "the Athens Olympics", "the Birmingham
 * Grand Prix", "the Australian Open", "the Scottish Cup", "the Iraqi election", "the Rwandan
 * genocide". Competitions and gatherings with no place of their own ("World Cup", "Six Nations",
 * "Labour conference") open with no place, so they get none.
 */
const PLACED_EVENT_HEADS: ReadonlySet<string> = new Set([
  "Marathon",
  "Festival",
  "festival",
  "Olympics",
  "Games",
  "Open",
  "Masters",
  "Classic",
  "Prix",
  "Championship",
  "Championships",
  "Cup",
  "tournament",
  "election",
  "elections",
  "Election",
  "Elections",
  "referendum",
  "Referendum",
  "Awards",
  "Show",
  "Fair",
  "War",
  "war",
  "genocide",
  "summit",
  "Summit",
  "conference",
  "Conference",
  "bombings",
  "attacks",
]);
/** A year before an event's name: "the 2000 Sydney Olympics". */
const YEAR_RE = /^(?:1[89]|20)\d\d$/;
/** "America's Cup", "US-led war": a possessive or a compound names no venue. */
const APOSTROPHE_OR_HYPHEN_RE = /['’-]/;
/** A country's initials in an event's name: "US Open", "UK elections". */
const INITIALS_RE = /^\p{Lu}{2,3}$/u;

/**
 * The place an event is named for, by `placeKeyOf` (a place's or a country's key for the words of
 * a name, when they name one): the longest run of at most three capitalised words (or a country's
 * initials) after an opening year and before the event's last word, when that word is an event's
 * held in one place. None for "the World Cup", nor for a possessive ("America's Cup" is sailed
 * anywhere) or a hyphenated compound ("US-led war").
 */
export function eventPlaceKeysNamedIn(
  name: string,
  placeKeyOf: (words: string) => string | undefined,
  isOtherEvent: (name: string) => boolean,
): string[] {
  const all = name.trim().split(WHITESPACE_RE);
  const words = YEAR_RE.test(all[0] ?? "") ? all.slice(1) : all;
  const head = words.at(-1) ?? "";
  if (words.length < 2 || !PLACED_EVENT_HEADS.has(head)) return [];
  for (let n = Math.min(MAX_PLACE_WORDS, words.length - 1); n >= 1; n--) {
    const span = words.slice(0, n);
    if (!span.every((word) => PLACE_WORD_RE.test(word) || INITIALS_RE.test(word))) continue;
    if (span.some((word) => APOSTROPHE_OR_HYPHEN_RE.test(word))) continue;
    // "a German war criminal": a demonym before a lower-case "war" is the recogniser's misreading;
    // a war is named for its country ("the Iraq war").
    if (head === "war" && lookupDemonym(span.join(" ")) !== undefined) continue;
    // "the US Davis Cup team": a place before another event's name is a side's, not a venue.
    if (n < words.length - 1 && isOtherEvent(words.slice(n).join(" "))) return [];
    const key = placeKeyOf(span.join(" "));
    if (key !== undefined) return [key];
  }
  return [];
}

/**
 * Last words of built sites named for the town they are in: "Edinburgh Airport", "Cardiff Arms
 * Park", "Windsor Castle", "Melbourne Park", "Hollywood Boulevard". Not areas, whose opening word
 * may be another place than theirs ("the South China Sea", "Orange County").
 */
const SITE_HEADS: ReadonlySet<string> = new Set([
  "Airport",
  "Square",
  "Street",
  "Boulevard",
  "Road",
  "Bridge",
  "Palace",
  "Castle",
  "Cathedral",
  "Park",
  "Harbour",
  "Harbor",
  "Stadium",
  "Arena",
  "Station",
  "Prison",
]);
/** Compass words a region of a place opens with: "South Wales", "Western Europe", "east London". */
const COMPASS_WORDS: ReadonlySet<string> = new Set([
  "North",
  "South",
  "East",
  "West",
  "Northern",
  "Southern",
  "Eastern",
  "Western",
  "Central",
]);

/**
 * The place a site or a region is named for, by `placeKeyOf`: the longest run of at most three
 * words a site's name opens with ("Cardiff Arms Park" → Cardiff), or the place after a compass
 * word ("South Wales" → Wales, "Western Europe" → Europe). None for another name.
 */
export function sitePlaceKeysNamedIn(
  name: string,
  placeKeyOf: (words: string) => string | undefined,
): string[] {
  const words = name.trim().split(WHITESPACE_RE);
  if (words.length < 2 || !words.every((word) => PLACE_WORD_RE.test(word))) return [];
  if (COMPASS_WORDS.has(words[0] ?? "")) {
    const key = placeKeyOf(words.slice(1).join(" "));
    return key === undefined ? [] : [key];
  }
  if (!SITE_HEADS.has(words.at(-1) ?? "")) return [];
  for (let n = Math.min(MAX_PLACE_WORDS, words.length - 1); n >= 1; n--) {
    const key = placeKeyOf(words.slice(0, n).join(" "));
    if (key !== undefined) return [key];
  }
  return [];
}
