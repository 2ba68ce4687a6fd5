/** Words that show a capitalised name is the title of a work (a film, a song, a book), not an entity a relation joins. */

import { AUTHORED_WORK_NOUNS } from "./relation-triggers.js";

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
 * Work nouns that are also verbs or other nouns ("polls show Labour ahead", "will play Chelsea",
 * "a single European market"): before a title only when a determiner or one of
 * NOUN_READING_LEADS comes right before them ("the show Y", "their recent single Y").
 */
export const VERB_LIKE_WORK_NOUNS: ReadonlySet<string> = new Set([
  "show",
  "series",
  "single",
  "play",
  "opera",
]);

/**
 * Words before a verb-like work noun that make it a noun: a determiner, a possessive, or a word
 * that only qualifies a work ("hit show", "TV series", "debut single", "new play").
 */
export const NOUN_READING_LEADS: ReadonlySet<string> = new Set([
  "the",
  "a",
  "an",
  "his",
  "her",
  "their",
  "its",
  "'s",
  "'",
  "’s",
  "hit",
  "new",
  "latest",
  "recent",
  "debut",
  "comeback",
  "solo",
  "charity",
  "cult",
  "TV",
  "television",
  "radio",
  "comedy",
  "chat",
  "talent",
  "stage",
]);

/**
 * Work nouns that are also verbs or a match ("polls show Labour ahead", "the dollar would hit
 * Europe", "the game Arsenal won"), read before a title only after a word that makes them a
 * noun of a work: "Saturday morning show X", "gadget series X", "country hit X", "his track X",
 * "rhythm game X" (see DESCRIBED_WORK_NOUN_LEADS).
 */
export const DESCRIBED_WORK_NOUNS: ReadonlySet<string> = new Set([
  "show",
  "series",
  "hit",
  "track",
  "game",
]);

/** Words before "hit" that make it a noun: "critical hit X", "for hit X", besides the noun-reading leads. */
export const HIT_LEADS: ReadonlySet<string> = new Set([
  ...NOUN_READING_LEADS,
  "country",
  "critical",
  "smash",
  "surprise",
  "chart",
  "pop",
  "dance",
  "club",
  "summer",
  "big",
  "biggest",
  "top",
  "for",
  "with",
]);

/**
 * Lower-case words before "show" or "game" that make it a verb or start a clause, not qualify a
 * noun: "they show X", "will show X", "figures that show X", "to show X".
 */
export const VERB_LEADS: ReadonlySet<string> = new Set([
  "to",
  "will",
  "would",
  "can",
  "could",
  "should",
  "may",
  "might",
  "must",
  "did",
  "does",
  "do",
  "not",
  "also",
  "they",
  "we",
  "you",
  "i",
  "that",
  "which",
  "who",
  "really",
  "clearly",
  "and",
  "or",
]);

/**
 * Nouns of a work made from another, before "of" and the source's title: "a big screen adaptation
 * of Fear and Loathing in Las Vegas", "the remake of The Italian Job". Not "production of" ("the
 * production of Rover cars").
 */
export const ADAPTATION_NOUNS: ReadonlySet<string> = new Set([
  "adaptation",
  "adaptations",
  "remake",
  "remakes",
  "staging",
  "version",
]);

/** Lower-case words a title keeps inside it: "Fear and Loathing in Las Vegas", "Lord of the Rings". */
export const TITLE_INNER_WORDS: ReadonlySet<string> = new Set([
  "and",
  "of",
  "in",
  "the",
  "a",
  "an",
  "on",
  "to",
  "for",
  "at",
  "&",
]);

/**
 * Nouns that describe a name set beside it by a comma or a copula: "Wolf Brother, a fantasy set
 * in the Stone Age", "their new release, Some Cities", "the soap is a hit". Safe only there, next to
 * a determiner or a comma: "will play Chelsea" and "a record label" are not works.
 */
export const APPOSED_WORK_NOUNS: ReadonlySet<string> = new Set([
  ...WORK_NOUNS,
  "fantasy",
  "release",
  "single",
  "play",
  "show",
  "series",
  "soap",
  "programme",
  "game",
  "hit",
  "epic",
  "memoir",
  "opera",
  "ballet",
  "romance",
  "satire",
  "blockbuster",
]);

/**
 * Head nouns of a phrase set beside a name that make the name a work's title: "Grange Hill, the
 * school-based drama serial which…", "Cambiemos, an online puzzle game that…". The apposed work
 * nouns and the nouns of a screen work, but "hit" and "programme": "The Apprentice featuring
 * Donald Trump, a ratings hit", "Social Security, the pensions programme".
 */
export const APPOSED_WORK_HEADS: ReadonlySet<string> = new Set([
  ...[...APPOSED_WORK_NOUNS].filter((noun) => noun !== "hit" && noun !== "programme"),
  "serial",
  "mini-series",
  "cartoon",
  "sitcom",
]);

/**
 * Words that may follow a describing work noun and end its phrase: "a fantasy set in…", "a film by…",
 * "a novel.". Any other lower-case word makes a compound ("a film studio", "a game maker").
 */
export const WORK_PHRASE_FOLLOWERS: ReadonlySet<string> = new Set([
  "set",
  "by",
  "about",
  "that",
  "which",
  "starring",
  "written",
  "directed",
  "based",
  "of",
  "from",
  "in",
  "on",
  "and",
  "with",
  "for",
  "to",
  "who",
  "was",
  "is",
  "has",
  "had",
]);

/**
 * Nouns before a game's title, which the work nouns leave out for their sporting sense: "the Xbox
 * game Zorvia 2", "games such as Zorvia, Moon Farm". Read only before a title, where a match has none.
 */
export const GAME_NOUNS: ReadonlySet<string> = new Set(["game", "games"]);

/** Words that open a list of examples after a plural noun: "games such as X, Y", "films including X". */
export const EXAMPLE_LIST_CUES: ReadonlySet<string> = new Set(["such as", "including", "like"]);

/**
 * Words after a plural work noun that open a list of its titles only when two or more titles
 * follow: "the overlooked films were X, Y and Z", "hits include X and Y" ("his films were X" may
 * describe them).
 */
export const LIST_COPULAS: ReadonlySet<string> = new Set(["were", "are", "include", "included"]);

/**
 * Plural nouns of works before a list of their titles: "films such as X, Y", "arcade classics
 * such as X", "hits including X". Not "records", "titles" or "plays", which a sports story lists
 * too ("titles such as Wimbledon"), nor the verb-like "shows" without a noun's lead.
 */
export const LISTED_WORK_NOUNS: ReadonlySet<string> = new Set([
  "films",
  "movies",
  "albums",
  "songs",
  "singles",
  "tracks",
  "hits",
  "classics",
  "games",
  "series",
  "sitcoms",
  "dramas",
  "comedies",
  "soaps",
  "programmes",
  "novels",
  "books",
  "musicals",
  "blockbusters",
  "shows",
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
 * Nouns of a screen work an organisation makes or airs, before its title: "ITV's comedy Y", "BBC
 * One show Y", "Sony horror film Y". Not a record's or a book's nouns: a band's album is its own.
 */
export const SCREEN_WORK_NOUNS: ReadonlySet<string> = new Set([
  ...PROGRAMME_NOUNS,
  "mini-series",
  "serial",
  "drama",
  "comedy",
  "documentary",
  "film",
  "movie",
  "thriller",
  "cartoon",
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
 * A medium, not a body: "US TV", "British television", "US DVD" name what a country watches or
 * buys, not an organisation based there (a longer name is a broadcaster's: "China Central TV").
 */
export const MEDIUM_HEADS: ReadonlySet<string> = new Set(["TV", "DVD", "television", "Television"]);

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

/** Words between the possessive and that noun: "Brown's first book", "U2's latest single". */
export const OWNED_WORK_LEAD: ReadonlySet<string> = new Set([
  "new",
  "latest",
  "debut",
  "hit",
  "first",
  "second",
  "third",
  "previous",
  "last",
  "forthcoming",
]);

/**
 * Nouns of a work its maker owns in the possessive: "Zola's novel Therese Raquin", "Elvis' single
 * Y". The authored works' nouns but "play", which after a possessive is as often a player's
 * ("Owen's play").
 */
export const OWNED_WORK_NOUNS: ReadonlySet<string> = new Set(
  [...AUTHORED_WORK_NOUNS].filter((noun) => noun !== "play"),
);

/** Words of a work's place among its maker's: "Brown's first book Y", "his previous album Y". */
export const ORDER_WORDS: ReadonlySet<string> = new Set([
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "previous",
  "last",
  "forthcoming",
  "upcoming",
]);

/**
 * Words of casting before "in" and a work's title: "starred in The Godfather", "her role in Vera
 * Drake". Not "appeared" or "part", as often before a court, a city or an event ("took part in
 * Live Aid").
 */
export const CASTING_WORDS: ReadonlySet<string> = new Set([
  "starred",
  "stars",
  "starring",
  "co-starred",
  "co-starring",
  "role",
  "roles",
  "cameo",
]);

/** Verbs of acting a part: "plays Hector in", "portrayed Hughes in", "voiced a robot in". */
export const PART_VERBS: ReadonlySet<string> = new Set([
  "plays",
  "played",
  "playing",
  "portrays",
  "portrayed",
  "portraying",
  "voices",
  "voiced",
]);

/**
 * Nouns of a work's maker besides the creator nouns of relation-triggers, written before the
 * maker's name: "film-maker Theo Van Gogh's Submission", "playwright Alan Bennett's The History Boys".
 */
export const MAKER_NOUNS: ReadonlySet<string> = new Set([
  "film-maker",
  "filmmaker",
  "playwright",
  "songwriter",
  "dramatist",
  "poet",
  "choreographer",
]);

/**
 * Lower-case words that may follow a work's title as the next word of the clause ("Scorsese's The
 * Aviator won", "Roth's The Plot Against America and"), besides prepositions, forms of "be" and
 * modals and words ending in "s" or "ed". Any other ("Sharapova's Wimbledon triumph", "Kudrow's
 * Friends co-star") makes the name a modifier of a noun, not the title of her work.
 */
export const TITLE_FOLLOWER_WORDS: ReadonlySet<string> = new Set([
  "and",
  "or",
  "nor",
  "but",
  "that",
  "which",
  "who",
  "won",
  "took",
  "made",
  "sold",
  "became",
  "remain",
]);

/**
 * Verbs of speech right after a name, which only a person's takes: "Drake said", "Leigh told".
 * A name that takes one is no work's title, whatever else the article says of it.
 */
export const PERSON_SPEECH_VERBS: ReadonlySet<string> = new Set([
  "said",
  "says",
  "told",
  "added",
  "explained",
  "insisted",
  "admitted",
  "claimed",
  "recalled",
]);

/**
 * Nouns between a name the recogniser took for a person and a person, besides the creator and
 * performer nouns, that make the first a work: "Vera Drake star Imelda Staunton". A person's name
 * never comes before them ("Westlife star" is a band's, and a band is no person).
 */
export const CAST_NOUNS: ReadonlySet<string> = new Set(["star", "co-star"]);

/**
 * Last words of a business's name, never of a title: "Sports Entertainment Enterprises", "Mute
 * Records", "Working Title Films". A bare name ending so after a person's possessive is their firm.
 */
export const FIRM_NAME_HEADS: ReadonlySet<string> = new Set([
  "Enterprises",
  "Entertainment",
  "Records",
  "Recordings",
  "Productions",
  "Pictures",
  "Studios",
  "Films",
  "Media",
  "Holdings",
  "Group",
  "Music",
  "Networks",
  "Broadcasting",
  "Publishing",
  "Books",
  "Press",
  "Television",
  "TV",
  "Radio",
  "Games",
  "Software",
  "Communications",
  "Partners",
  "Ventures",
  "Trust",
  "Services",
  "International",
]);

/** Nouns of a part in a work after "for his", "for her": "for her role in Vera Drake". */
export const PART_NOUNS: ReadonlySet<string> = new Set([
  "role",
  "roles",
  "performance",
  "performances",
  "portrayal",
  "part",
]);

/** Words of an award category naming a performer: "best actor", "Best actors are X for Y". */
export const PERFORMER_CATEGORY_WORDS: ReadonlySet<string> = new Set([
  "actor",
  "actress",
  "actors",
  "actresses",
]);

/** Words of an award category naming a maker: "best director", "best screenplay". */
export const MAKER_CATEGORY_WORDS: ReadonlySet<string> = new Set([
  "director",
  "directors",
  "screenplay",
]);

/** Words before a category's noun that make it one: "best actor", "supporting actress", "leading actor". */
export const CATEGORY_LEAD_WORDS: ReadonlySet<string> = new Set(["best", "supporting", "leading"]);

/** Nouns after a category: "the best actor award for", "a best director nomination for". */
export const CATEGORY_TAIL_NOUNS: ReadonlySet<string> = new Set([
  "award",
  "awards",
  "prize",
  "nomination",
  "nominations",
  "nod",
  "gong",
  "category",
  "honour",
  "honor",
  "trophy",
  "title",
  "statuette",
  "contenders",
  "runner-up",
]);

/**
 * Callings of people and bodies that win prizes, besides the makers', performers' and work nouns,
 * between an award's adjective and the name: "Oscar-winning animator X", "Bafta-winning artists Y".
 */
export const PRIZED_CALLING_NOUNS: ReadonlySet<string> = new Set([
  "animator",
  "animation",
  "artist",
  "artists",
  "producer",
  "musician",
  "singer",
  "rapper",
  "band",
  "comedian",
  "photographer",
]);

/**
 * Two words right before a name that only a work's title follows: "starred in Robocop", "the
 * sequel to Shrek". Not "appeared in" nor "role in" ("appeared in court", "Britain's role in Iraq").
 */
export const TITLE_LEAD_PHRASES: ReadonlySet<string> = new Set([
  "starred in",
  "stars in",
  "starring in",
  "star in",
  "co-starred in",
  "sequel to",
  "prequel to",
  "follow-up to",
]);

/** Verbs of a film's takings or budget before a sum: "Boogeyman took $19.5m", "which cost just $7m". */
export const TAKINGS_VERBS: ReadonlySet<string> = new Set(["took", "taken", "grossed", "earned", "cost"]);
