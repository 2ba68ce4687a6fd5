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

/**
 * Nouns right before a news outlet's name: "the Athens newspaper \"To Vima\"", "the magazine Der
 * Spiegel". The name after them is an organisation, quoted or not, whatever the tagger said.
 */
export const PUBLICATION_NOUNS: ReadonlySet<string> = new Set([
  "newspaper",
  "newspapers",
  "daily",
  "weekly",
  "magazine",
  "tabloid",
  "broadsheet",
  "paper",
  "broadcaster",
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

/**
 * Last words of a name that make it an award, a law, a plan or a budget: "Screen Actors Guild
 * Award", "Prevention of Terrorism Bill", "Lisbon Agenda", "the Budget". Such a thing has no home
 * and lies nowhere; the relation model, taught on gold organisations, gives it the story's country.
 */
export const HOMELESS_HEADS: ReadonlySet<string> = new Set([
  "Award",
  "Awards",
  "Prize",
  "Prizes",
  "Bill",
  "Act",
  "Agenda",
  "Budget",
]);

/**
 * Last words of a name that make it an event held somewhere: "Consumer Electronics Show",
 * "Bangkok International Film Festival", "E3 Expo". An event is in a place (LOCATED_IN), not
 * based there, and only where a sentence says so.
 */
export const EVENT_HEADS: ReadonlySet<string> = new Set([
  "Show",
  "Festival",
  "Expo",
  "Summit",
]);
