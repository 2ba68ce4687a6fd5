/** Cue words of the apposition and copula patterns ("Kyiv, the capital of Ukraine", "a Russian national"). */

import { DETERMINERS } from "./sentence-words.js";

/** Copulas of an apposition or a definition ("X is a town in Y", "X, the capital of Y"). */
export const COPULAS: ReadonlySet<string> = new Set([",", "is", "was", "remains", "became", "(", "—"]);

/** Nouns that define a place ("a town in Y"). */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  "city",
  "town",
  "village",
  "municipality",
  "county",
  "district",
  "province",
  "region",
  "commune",
  "suburb",
  "neighbourhood",
  "neighborhood",
  "river",
  "lake",
  "mountain",
  "island",
  "parish",
  "borough",
  "settlement",
  "hamlet",
  "port",
  "capital",
  "state",
  "territory",
  "oblast",
  "prefecture",
  "canton",
  "department",
  "peninsula",
  "valley",
  "airport",
  "stadium",
  "university",
  "museum",
  "park",
  "community",
  "locality",
  "area",
  "township",
]);

/** Words skipped before a nationality ("a former American", "an award-winning British"). */
export const NATIONALITY_LEAD: ReadonlySet<string> = new Set([
  "a",
  "an",
  "the",
  "former",
  "retired",
  "professional",
  "award-winning",
  "late",
  "major",
  "leading",
  "large",
  "small",
  "private",
  "state-owned",
  "multinational",
]);

/** Words between "in" and a place: "in the UK", "in northern England", "in south-eastern Poland". */
export const PLACE_LEAD_WORDS: ReadonlySet<string> = new Set([
  ...DETERMINERS,
  "northern",
  "southern",
  "eastern",
  "western",
  "central",
  "north-eastern",
  "north-western",
  "south-eastern",
  "south-western",
  "northeastern",
  "northwestern",
  "southeastern",
  "southwestern",
  "rural",
  "downtown",
  "suburban",
]);

/** Tokens that close an apposition: "Rod Eddington, BA's chief executive, said" / "… executive." */
export const APPOSITION_ENDS: ReadonlySet<string> = new Set([
  ",",
  ".",
  ";",
  ":",
  "-",
  ")",
  "said",
  "says",
]);

/** Gatherings held somewhere: the place is the gathering's, not the body's that holds it. */
const GATHERINGS = [
  "meeting",
  "meetings",
  "summit",
  "conference",
  "session",
  "gathering",
  "congress",
  "convention",
  "rally",
  "hearing",
];

/**
 * Nouns of an occasion that a body or a product takes part in: in "a meeting of the WSIS in
 * Geneva", "the spring launch of the PSP in the UK" the place is the occasion's, not the body's
 * (the rules' reading of "X in Y").
 */
export const OCCASION_NOUNS: ReadonlySet<string> = new Set([
  ...GATHERINGS,
  "assembly",
  "launch",
  "release",
  "premiere",
  "debut",
  "visit",
  "tour",
]);

/**
 * Nouns of a gathering or contest held somewhere, for the classifier's gate on a body's seat
 * ("the G7 meeting in London", "a bank's tennis tournament in Rotterdam"): the gatherings above,
 * plurals and contests.
 */
export const GATHERING_NOUNS: ReadonlySet<string> = new Set([
  ...GATHERINGS,
  "conferences",
  "summits",
  "talks",
  "forum",
  "ceremony",
  "show",
  "expo",
  "fair",
  "festival",
  "tournament",
  "championship",
  "championships",
  "event",
]);

/** Present verbs of a relative clause that restates an apposition: "X, who is UKIP Wales chairman". */
export const RELATIVE_PRESENT_VERBS: ReadonlySet<string> = new Set(["is", "'s", "remains"]);

/** Words after such a verb that keep the role current: "X, who is now the party's deputy leader". */
export const RELATIVE_NOW_WORDS: ReadonlySet<string> = new Set(["now", "also", "currently", "still"]);
