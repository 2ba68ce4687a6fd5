/**
 * Words around a one-word name the tagger typed a person that show the article means a body or a
 * thing: read by 3-recognize/lone-names.ts.
 */

/**
 * Verbs a group takes in British news, never a single person's name: "Velmora have signed",
 * "Quillmoor are touring", "the ministry were slow".
 */
export const GROUP_VERBS: ReadonlySet<string> = new Set(["have", "are", "were"]);

/**
 * Words before a name that make a group verb after it no sign of a group: "Hale and Marr are",
 * "if Hale were to resign".
 */
export const GROUP_VERB_BLOCKERS: ReadonlySet<string> = new Set([
  "and",
  "or",
  "nor",
  "&",
  ",",
  "both",
  "if",
]);

/**
 * Callings held in a team or a firm, between its name and a person's: "Kelbrook prop Tom Hale",
 * "Norvale's principal analyst Ada Marr", "Velmora chief executive Ian Ross". Not those a person
 * also has of another person ("coach", "manager", "adviser", "spokesman", "aide").
 */
export const BODY_MEMBER_NOUNS: ReadonlySet<string> = new Set([
  "striker",
  "midfielder",
  "goalkeeper",
  "defender",
  "winger",
  "full-back",
  "centre-back",
  "flanker",
  "fly-half",
  "scrum-half",
  "prop",
  "lock",
  "hooker",
  "captain",
  "boss",
  "chairman",
  "chairwoman",
  "executive",
  "analyst",
  "economist",
  "strategist",
]);

/**
 * Nouns of a body right before its name ("rock band Quillmoor", "distributor Norvale", "software
 * giant Velmora") or after "the" and its name ("the Velmora corporation"). Not those a person
 * also goes with ("rival", "partner").
 */
export const BODY_DESCRIPTOR_NOUNS: ReadonlySet<string> = new Set([
  "band",
  "group",
  "firm",
  "company",
  "corporation",
  "charity",
  "club",
  "side",
  "team",
  "squad",
  "distributor",
  "maker",
  "makers",
  "carmaker",
  "operator",
  "retailer",
  "publisher",
  "developer",
  "label",
  "broadcaster",
  "newspaper",
  "magazine",
  "giant",
  "outfit",
  "studio",
  "network",
]);

/** Most lowercase words a body's calling may carry before it: "senior economist", "second row". */
export const MAX_CALLING_WORDS = 3;

/**
 * Nouns after "the <name>" that a person's name modifies: "the Hale administration", "the Marr
 * family". The name is the person's, not a thing called after "the".
 */
export const PERSON_MODIFIED_NOUNS: ReadonlySet<string> = new Set([
  "administration",
  "government",
  "family",
  "camp",
  "era",
  "years",
  "household",
  "brothers",
  "sisters",
]);

/** Suffixes of sentence-opening adverbs: "Firstly,", "Likewise,", "Secondly,". */
export const OPENING_ADVERB_RE = /^(\p{Lu}\p{Ll}+?)(ly|wise)$/u;
