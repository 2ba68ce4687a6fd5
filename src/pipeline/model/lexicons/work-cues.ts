/** Words that show a capitalised name is the title of a work (a film, a song, a book), not an entity a relation joins. */

/**
 * Nouns right before a title: "the film Gladiator", "Spanish drama The Return", "the album
 * Definitely Maybe". Not "show", "play" or "single": "polls show Labour ahead", "will play Chelsea".
 */
export const WORK_NOUNS: ReadonlySet<string> = new Set([
  "film",
  "films",
  "movie",
  "drama",
  "comedy",
  "thriller",
  "documentary",
  "sitcom",
  "musical",
  "album",
  "song",
  "novel",
  "book",
  "biopic",
  "sequel",
]);

/**
 * Nouns right after a programme's or a series' name: "on the Wright Stuff show", "the Newsnight
 * programme". Lower case only: "the Tokyo Motor Show" is an event's own name.
 */
export const PROGRAMME_NOUNS: ReadonlySet<string> = new Set([
  "show",
  "programme",
  "program",
  "series",
  "sitcom",
  "soap",
]);

/** Function words that only a title capitalises inside a name: "Lost In Translation", "Return Of the King". */
export const TITLE_CASE_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  "In",
  "Of",
  "On",
  "At",
  "To",
  "For",
  "And",
  "With",
  "From",
  "A",
  "An",
  "The",
  "Is",
  "My",
  "Me",
  "You",
]);
