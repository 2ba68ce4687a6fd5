/** Cue words of music stories. */

/**
 * Kinds of music written with a capital, which name a genre and not a band before a singer's
 * role: "R&B singer Usher", "Motown star Y".
 */
export const CAPITALISED_GENRES: ReadonlySet<string> = new Set([
  "R&B",
  "Motown",
  "Britpop",
  "Latin",
  "Gospel",
  "Soul",
  "Pop",
  "Rock",
  "Country",
  "Folk",
  "Jazz",
  "Blues",
  "Reggae",
  "Punk",
  "Indie",
  "Hip-hop",
  "Grime",
  "Garage",
]);

/**
 * Band roles a place or an origin is written before as often as a band ("Devon singer X", "Welsh
 * singer Y"): a band's only when its name has two words or a past mark ("former Boyzone singer").
 */
export const ORIGIN_PRONE_ROLES: ReadonlySet<string> = new Set(["singer", "vocalist"]);

/**
 * Kinds of music written before a group noun, which make "group", "duo" or "trio" a band's: "rock
 * group X", "boy band X", "pop duo X" (not "research group X", "comedy duo X").
 */
export const BAND_GENRE_WORDS: ReadonlySet<string> = new Set([
  "rock",
  "pop",
  "punk",
  "indie",
  "rap",
  "soul",
  "boy",
  "girl",
  "dance",
  "folk",
  "blues",
  "metal",
  "hip-hop",
  "R&B",
]);
