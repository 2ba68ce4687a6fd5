/**
 * Cue words that decide whether a capital or seat of government is read literally (the city)
 * or as a metonym (the state): "a summit in Moscow" vs "Moscow said".
 */

/** Prepositions (and visit verbs) after which a capital or seat is read literally ("summit in Moscow"). */
export const LOCATIVE_PREPOSITIONS: readonly string[] = [
  "in", "at", "near", "into", "inside", "outside", "across", "around", "throughout", "toward", "towards", "via",
  "through", "visited", "visiting", "visit", "visits", "onto", "left", "leave", "leaves", "leaving", "reached",
  "reaching", "entered", "entering",
];

/** Motion words that make a following "to"/"from" locative ("trip to Moscow", "flew from Kyiv"). */
export const MOTION_WORDS: readonly string[] = [
  "visit", "visits", "trip", "trips", "travel", "travels", "travelled", "traveled", "travelling", "traveling", "flew",
  "fly", "flies", "flight", "flights", "went", "go", "goes", "going", "came", "come", "comes", "returned", "return",
  "returns", "moved", "move", "headed", "heading", "journey", "arrived", "arrive", "arrives", "back", "way", "road",
  "route", "drove", "sailed", "relocated", "fled", "flee", "deported", "evacuated", "train", "trains", "embassy",
];

/** Compass words right before a city that make it the place: "in North London", "south Paris". */
export const COMPASS_WORDS: ReadonlySet<string> = new Set([
  "North", "South", "East", "West", "north", "south", "east", "west", "northern", "southern",
  "eastern", "western", "central", "Central",
]);

/** Capitalised words that make a part of a listed place a region of its own: "Lower Saxony", "Upper Austria". */
export const REGION_PART_WORDS: ReadonlySet<string> = new Set([
  "Upper", "Lower", "Greater", "Inner", "Outer",
]);

/**
 * Nouns of a settlement that name a capital as the place itself when they stand beside it:
 * "the capital Berlin", "the city of Moscow", "Paris, the French capital", "Kabul is a city".
 */
export const SETTLEMENT_NOUNS: ReadonlySet<string> = new Set([
  "capital", "city", "town", "metropolis", "port", "village",
]);

/** Verbs that make a capital the subject of a description ("Kabul is a dangerous city"). */
export const DESCRIBING_VERBS: ReadonlySet<string> = new Set(["is", "was", "remains", "became"]);

/** Words before "at" that make it aim at an agent, not a location ("hit out at Washington"). */
export const AT_TARGET_WORDS: readonly string[] = [
  "out", "back", "aimed", "aim", "aiming", "directed", "swipe", "jab", "dig", "angry", "anger", "furious", "fury",
  "pointed", "targeted", "fired", "snapped", "railed", "scoffed", "shots", "barbs", "glared",
];

/** Nouns after a capital's possessive that make the capital a government ("Beijing's proposals"). */
export const AGENT_NOUNS: readonly string[] = [
  "proposal", "proposals", "plan", "plans", "aims", "aim", "policy", "policies", "position", "stance", "decision",
  "decisions", "response", "demands", "demand", "strategy", "sanctions", "invasion", "war", "forces", "troops",
  "military", "army", "navy", "government", "officials", "diplomats", "diplomacy", "allies", "relations", "ties",
  "claims", "claim", "refusal", "insistence", "role", "influence", "interests", "ambitions", "efforts", "envoy",
  "ambassador", "approach", "attempt", "attempts", "threat", "threats", "warning", "warnings", "accusations",
  "reaction", "move", "moves", "backing", "push", "pressure", "campaign", "propaganda", "leadership", "regime",
  "rulers", "intentions", "objections", "objection", "offer", "veto", "agenda", "support", "opposition", "ally",
  "rival", "rivals", "hostility", "aggression", "intervention", "involvement",
];

/** Tokens after which a capitalised word may just be sentence-initial (quotes, brackets, dashes, bullets). */
export const SENTENCE_OPENING_MARKS: readonly string[] = [
  "\"", "“", "‘", "'", "``", "(", "[", "{", "—", "–", "-", ":", "•", "*",
];


/** Occasions held in a city that read a capital before them as the city: "Berlin honour", "London premiere". */
export const CITY_OCCASION_NOUNS: ReadonlySet<string> = new Set([
  "honour",
  "honours",
  "award",
  "awards",
  "prize",
  "premiere",
  "festival",
  "ceremony",
  "concert",
  "gig",
]);

/** Offices and bodies of a city that read a capital before them as the city: "London mayor", "Paris council". */
export const CITY_OFFICE_NOUNS: ReadonlySet<string> = new Set([
  "mayor",
  "mayoral",
  "council",
  "councillor",
  "councillors",
  "assembly",
]);
