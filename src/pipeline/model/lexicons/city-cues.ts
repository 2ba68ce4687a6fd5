/** Words around a bare city name that show it is a place ("in Reading", "a Leeds-based firm"). */

/** Lowercase words right before a capitalised name that read it as a place: "talks in Nice". */
export const CITY_LEAD_WORDS: ReadonlySet<string> = new Set([
  "in",
  "from",
  "near",
  "outside",
  "to",
]);

/**
 * Nouns for a settlement right before a name, or before "of" and the name, that make it a place
 * whatever the tagger called it: "the Swiss mountain resort Davos", "the town of Kelso". Not
 * "capital" ("venture capital Accel") nor "state" ("state Department").
 */
export const SETTLEMENT_NOUNS: ReadonlySet<string> = new Set([
  "town",
  "city",
  "village",
  "resort",
  "port",
  "suburb",
  "hamlet",
  "municipality",
  "township",
  "commune",
]);

/** Lowercase words before a name the tagger called an organisation that still make it a place: "the court in Karlsruhe". */
export const ORGANIZATION_CITY_LEAD_WORDS: ReadonlySet<string> = new Set(["in", "near", "outside"]);

/**
 * Nouns for people before "from" that make the name after it where they come from, even when the
 * tagger called it an organisation: "a man from Buffalo" (not "a statement from Boeing").
 */
export const ORIGIN_PERSON_NOUNS: ReadonlySet<string> = new Set([
  "man",
  "men",
  "woman",
  "women",
  "boy",
  "boys",
  "girl",
  "girls",
  "people",
  "person",
  "family",
  "couple",
  "resident",
  "residents",
  "native",
  "teenager",
  "teenagers",
  "pensioner",
  "child",
  "children",
  "mother",
  "father",
]);

/** Words before "in" that make the name a company held or invested in: "a stake in Nokia". */
export const HOLDING_WORDS: ReadonlySet<string> = new Set([
  "stake",
  "stakes",
  "share",
  "shares",
  "invest",
  "invests",
  "invested",
  "investing",
  "investment",
  "investments",
  "interest",
  "holding",
  "holdings",
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

/**
 * Lowercase words before a name that put something there, read by the relation model's gate
 * ("trials at Wollaton Park", "a plant near Hatfield"). Not "to" or "from": "playing Macduff to
 * Orson Welles", "a call from Terri" name people as often as places.
 */
export const LOCATIVE_WORDS: ReadonlySet<string> = new Set([
  "in",
  "at",
  "near",
  "outside",
  "inside",
  "across",
  "around",
  "throughout",
  "within",
  "into",
  "towards",
  "toward",
  "via",
]);

/**
 * Last words of the names of geographic features and sites, beside the name heads of
 * `PLACE_HEADS`: "Sentinel Range", "Juneau Icefield", "Crossgates Mall", "Lansdowne Road". Not
 * words that are as often surnames ("Green", "Hall", "Wood", "Field"): "Eve Green" is a novel.
 */
export const SITE_NAME_TAILS: ReadonlySet<string> = new Set([
  "range", "trail", "glacier", "icefield", "reservoir", "creek", "mall", "mansion", "forest",
  "wilderness", "gorge", "pole", "dock", "docks", "monastery", "mount", "mountain", "hill", "hills",
  "lake", "bay", "road", "lane", "avenue",
  "centre", "center", "arena", "ground", "gallery", "museum", "hotel", "tower",
  "abbey", "coast", "beach", "falls", "canyon", "plain", "plains", "badlands", "reservation", "estate", "station", "port", "pass", "cape", "point", "strait",
  "channel", "delta", "basin", "fjord", "dam", "mine", "wharf", "pier", "quay", "course",
  "racecourse", "circuit", "garden", "gardens", "zoo", "prison", "barracks", "studios",
  "hamlet", "municipality", "community", "commune", "suburb", "neighbourhood", "neighborhood",
  "township", "parish", "borough", "reserve", "settlement", "locality", "archipelago", "oblast",
  "voivodeship", "peak", "volcano", "rim", "col", "marina", "canal", "river", "rivers", "island",
  "islands", "empire", "kingdom", "colony", "territory", "capital", "port", "resort",
]);
