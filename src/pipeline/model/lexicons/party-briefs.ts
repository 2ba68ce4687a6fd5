/**
 * Words of a party post with a brief: "Tory work and pensions spokesman David Willetts", "Lib Dem
 * parliamentary chairman Matthew Taylor", "Liberal Democrat spokeswoman for women Sandra Gidley".
 */

/** Heads of a party post whose holder is one of the party's members (its leader aside). */
export const PARTY_POST_HEADS: ReadonlySet<string> = new Set([
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "chairman",
  "chairwoman",
  "co-chairman",
  "chief",
  "coordinator",
  "co-ordinator",
  "strategist",
  "whip",
  // "Conservative shadow pensions secretary David Willetts": a brief the party offices miss.
  "secretary",
  "minister",
]);

/** Lower-case words that end a brief instead of naming it: a verb or a clause word. */
export const NOT_BRIEF_WORDS: ReadonlySet<string> = new Set([
  "said",
  "says",
  "told",
  "added",
  "claimed",
  "is",
  "was",
  "are",
  "were",
  "has",
  "have",
  "had",
  "will",
  "would",
  "could",
  "the",
  "a",
  "an",
  "that",
  "who",
  "which",
  "but",
  "or",
  "former",
  "ex",
  // "the Tories accepted Prime Minister Tony Blair's promise": no party's brief.
  "prime",
]);

/** Words that may open a sentence before "For the Tories, …": "But for the Lib Dems, Jo Hale said". */
export const PARTY_VOICE_OPENERS: ReadonlySet<string> = new Set(["but", "and", "meanwhile"]);

/** Words after the speaker that end the clause's subject: a list of speakers is left. */
export const NOT_VOICE_FOLLOWERS: ReadonlySet<string> = new Set(["and", "or", "'s", "of"]);

/**
 * Heads of a post the bare word "party" owns: "party leader Michael Howard", "the party's
 * election chief Alan Milburn", "Party chief executive Lord Rennard".
 */
export const PARTY_OFFICER_HEADS: ReadonlySet<string> = new Set([
  ...PARTY_POST_HEADS,
  "leader",
  "executive",
  "treasurer",
  "president",
  "director",
]);

/** Words before a bare "party" that make it another party than the one just named: "the other party's leader". */
export const OTHER_PARTY_LEADS: ReadonlySet<string> = new Set([
  "other",
  "another",
  "rival",
  "opposition",
  "a",
  "new",
  "one",
  "each",
  "every",
  "any",
  "whose",
  "which",
  "own",
]);

/** Words of a party post that make it no longer or not yet held: "the party's former treasurer". */
export const NOT_HELD_PARTY_POST_WORDS: ReadonlySet<string> = new Set([
  "former",
  "ex",
  "then",
  "late",
  "future",
  "would-be",
  "next",
  "previous",
  "acting",
]);

/**
 * What a party puts forward in its own name, so that criticism of it named by the party's adjective
 * ("attacked the Tory plans", "derided Tory claims") is criticism of the party.
 */
export const PARTY_PRODUCT_NOUNS: ReadonlySet<string> = new Set([
  "plan",
  "plans",
  "proposal",
  "proposals",
  "policy",
  "policies",
  "claim",
  "claims",
  "manifesto",
  "record",
  "pledge",
  "pledges",
  "promise",
  "promises",
  "figures",
  "sums",
  "campaign",
  "leadership",
  "strategy",
  "stance",
  "approach",
  "agenda",
  "programme",
  "budget",
  "spending",
  "tactics",
  "attacks",
]);

/**
 * Words that, after a party's product noun, make it a modifier of people or of a post: "the Tory
 * campaign chief", "Labour policy adviser", "Tory leadership contenders". Role nouns and party
 * offices are checked besides.
 */
export const PRODUCT_NOUN_PEOPLE: ReadonlySet<string> = new Set([
  "chief",
  "chiefs",
  "adviser",
  "advisers",
  "advisor",
  "advisors",
  "manager",
  "managers",
  "director",
  "directors",
  "coordinator",
  "co-ordinator",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "team",
  "staff",
  "officials",
  "contender",
  "contenders",
  "candidate",
  "candidates",
  "rival",
  "rivals",
  "challenger",
  "challengers",
  "voters",
  "supporters",
  "members",
  "activists",
  "workers",
]);

/** An unnamed voice of a party that speaks for it: "a Labour spokesman criticised …". */
export const PARTY_VOICE_NOUNS: ReadonlySet<string> = new Set([
  "spokesman",
  "spokeswoman",
  "spokesperson",
]);

/** Nouns of a party's politician besides its offices: "SPD politician X", "CDU lawmaker X". */
export const PARTY_POLITICIAN_NOUNS: ReadonlySet<string> = new Set([
  "politician",
  "lawmaker",
  "legislator",
  "parliamentarian",
  "member",
  "activist",
]);
