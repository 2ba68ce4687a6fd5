/** Words around a bare city name that show it is a place ("in Reading", "a Leeds-based firm"). */

/** Lowercase words right before a capitalised name that read it as a place: "talks in Nice". */
export const CITY_LEAD_WORDS: ReadonlySet<string> = new Set([
  "in",
  "from",
  "near",
  "outside",
  "to",
]);

/** Second halves of a hyphenated compound whose first half is a place: "Leeds-based", "Lyon-born". */
export const PLACE_COMPOUND_TAILS: ReadonlySet<string> = new Set([
  "based",
  "born",
  "headquartered",
]);

/** Nouns right after a name that make it a place: "the Urgun district", "Paktika province". */
export const PLACE_HEAD_NOUNS: ReadonlySet<string> = new Set([
  "district",
  "province",
  "region",
  "area",
  "county",
  "state",
  "valley",
  "village",
  "town",
  "city",
  "island",
]);
