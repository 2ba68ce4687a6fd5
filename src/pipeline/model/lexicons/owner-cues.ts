/** Word lists the ownership rules read: "Chelsea owner X", "X, who owns the Buccaneers", "owned by X". */

/** Nouns of one who owns a thing outright: "Chelsea owner X", "X, co-owner of the Hacienda". */
export const OWNER_NOUNS: ReadonlySet<string> = new Set(["owner", "co-owner", "proprietor"]);

/** Verbs of owning now: "X, who owns the Buccaneers". "Controls" is said of regions and votes. */
export const OWNS_VERBS: ReadonlySet<string> = new Set(["owns"]);
/** Verbs of owning in the past, or its participle: "which Factory Records owned", "owned by X". */
export const OWNED_WORDS: ReadonlySet<string> = new Set(["owned", "majority-owned", "wholly-owned"]);

/** Words before an owner noun or an owning verb that put the ownership in the past: "its former owner". */
export const PAST_OWNER_WORDS: ReadonlySet<string> = new Set([
  "former",
  "ex",
  "ex-",
  "previous",
  "old",
  "late",
  "once",
  "previously",
  "formerly",
  "then",
]);

/**
 * Words that may stand between a thing's name and its owner noun and describe the owner ("Leeds
 * United's billionaire owner X"). Any other word there names what is owned ("Kent farm owner X"
 * owns a farm, not Kent), so only these are skipped.
 */
export const OWNER_DESCRIBERS: ReadonlySet<string> = new Set([
  "new",
  "current",
  "present",
  "billionaire",
  "millionaire",
  "multi-millionaire",
  "tycoon",
  "sole",
  "controlling",
  "principal",
  "majority",
  "long-time",
  "longtime",
]);

/**
 * Words before an owner noun that make the owner no owner yet, or one of a share only: "would-be
 * owner", "minority owner". "Part-owner" is one word and no owner noun.
 */
export const OWNER_HEDGES: ReadonlySet<string> = new Set([
  "would-be",
  "prospective",
  "potential",
  "possible",
  "future",
  "rival",
  "minority",
  "part",
  "partial",
  "joint",
  "shareholder",
]);

/**
 * Words that make what is owned a share, not the thing: "owns 30% of", "owns a stake in", "half
 * owned by", "partly owned by" (a number or a percentage is read apart).
 */
export const SHARE_WORDS: ReadonlySet<string> = new Set([
  "stake",
  "stakes",
  "share",
  "shares",
  "shareholding",
  "stock",
  "interest",
  "half",
  "majority",
  "minority",
  "part",
  "partly",
  "partially",
  "jointly",
  "%",
  "per",
  "percent",
  "rights",
  "copyright",
  "copy",
]);

/** Words between "owned" and a thing set off before it that keep the owner today: "now owned by". */
export const OWNED_LEADS: ReadonlySet<string> = new Set([
  "now",
  "currently",
  "wholly",
  "ultimately",
  "privately",
  "still",
  "also",
]);

/**
 * Nouns of a thing a body owns without its being a part of the body, a firm among firms: a club,
 * a team, a newspaper, a property ("the Tampa Bay Buccaneers team", "the Hacienda club", "a
 * cattle ranch"). A firm a firm owns is its part (PART_OF).
 */
export const HOLDING_NOUNS: ReadonlySet<string> = new Set([
  "club",
  "team",
  "side",
  "franchise",
  "newspaper",
  "paper",
  "tabloid",
  "magazine",
  "stadium",
  "ground",
  "arena",
  "racecourse",
  "ranch",
  "estate",
  "farm",
  "mine",
  "hotel",
  "nightclub",
  "casino",
  "restaurant",
  "island",
  "castle",
]);

/**
 * Lower-case words that may follow the name of a thing owned: they end its noun phrase ("owns
 * Leeds United and a hotel", "owner of Liffe in London"). Any other lower-case word makes the name
 * a describer of something else ("owns the Wimbledon title", "owns Globex shares"), unless it is a
 * holding noun ("the Tampa Bay Buccaneers team").
 */
export const OWNED_NAME_FOLLOWERS: ReadonlySet<string> = new Set([
  "and",
  "or",
  "but",
  "which",
  "who",
  "that",
  "in",
  "at",
  "since",
  "until",
  "for",
  "from",
  "with",
  "through",
  "via",
  "as",
  "outright",
  "now",
  "too",
  "also",
  "before",
  "after",
  "while",
  "when",
  "is",
  "was",
  "are",
  "were",
  "has",
  "had",
  "said",
  "says",
]);
