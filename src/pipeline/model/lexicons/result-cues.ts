/**
 * Words of one player's result over another in a sports story: "beat fourth seed X", "a 6-3 6-2
 * win over world number one X", "lost to compatriot X", "suffered a defeat by X".
 */

/** Nouns after an event's name that describe a player by a title: "US Open champion X". */
export const TITLE_DESCRIPTOR_NOUNS: ReadonlySet<string> = new Set([
  "champion",
  "finalist",
  "semi-finalist",
  "quarter-finalist",
  "winner",
  "runner-up",
  "medallist",
]);

/** Lower-case words that end a description of the loser instead of describing them. */
export const LOSER_DESCRIPTION_BREAKS: ReadonlySet<string> = new Set([
  "and",
  "or",
  "but",
  "in",
  "at",
  "on",
  "for",
  "to",
  "by",
  "with",
  "of",
  "from",
  "over",
  "against",
  "who",
  "which",
  "that",
  "him",
  "her",
  "them",
  "it",
  "us",
  "me",
]);

/**
 * Words between a player and a result that make it hoped for, not achieved: "aiming to beat",
 * "has a chance of beating", "is favourite to beat".
 */
export const UNREAL_RESULT_WORDS: ReadonlySet<string> = new Set([
  "aim",
  "aims",
  "aiming",
  "bid",
  "bidding",
  "try",
  "tries",
  "trying",
  "seek",
  "seeks",
  "seeking",
  "chance",
  "able",
  "hoping",
  "determined",
  "plan",
  "plans",
  "going",
  "set",
  "expected",
  "ready",
  "favourite",
  "favourites",
  "tipped",
  "backed",
  "capable",
  "look",
  "looks",
  "looking",
  "eyeing",
  "wanting",
  "if",
  "has",
  "have",
  "had",
  "fail",
  "fails",
  "failed",
  "tried",
  "attempt",
  "attempts",
  "needed",
  "wanted",
  "hoped",
  "struggle",
  "struggled",
  "unable",
]);

/** Nouns of a win: "a 6-3 6-2 win over X". */
export const PLAYER_WIN_NOUNS: ReadonlySet<string> = new Set(["win", "victory", "triumph"]);
/** Nouns of a loss: "a 6-2 loss to X", "a comprehensive defeat by X". */
export const PLAYER_LOSS_NOUNS: ReadonlySet<string> = new Set(["defeat", "loss"]);
/** Determiners that make a result the subject's own: "with a win over", "her first victory over". */
export const OWN_RESULT_OPENERS: ReadonlySet<string> = new Set(["a", "an", "his", "her", "their"]);
/** Words right before a participle of winning that make it a result achieved: "by beating X", ", beating X". */
export const PLAYER_RESULT_GERUND_LEADS: ReadonlySet<string> = new Set(["by", "after", ","]);

/** Words before a result that make it hoped for: "hopes for a win over", "will need a win over". */
export const HOPE_WORDS: ReadonlySet<string> = new Set([
  "hope",
  "hopes",
  "want",
  "wants",
  "need",
  "needs",
  "will",
]);

/** Verbs that hand a side its result: "gave Liverpool a 3-1 win over X", "handed Wales victory over X". */
export const GRANTING_VERBS: ReadonlySet<string> = new Set([
  "give",
  "gives",
  "gave",
  "giving",
  "hand",
  "hands",
  "handed",
  "handing",
]);

/** Verbs of taking a result after "help": "helped the US claim a 5-0 win over X". */
export const CLAIMING_VERBS: ReadonlySet<string> = new Set([
  "claim",
  "seal",
  "secure",
  "clinch",
  "earn",
  "record",
  "grab",
]);

/** Forms of "help" before a side and its claiming verb. */
export const HELPING_VERBS: ReadonlySet<string> = new Set(["help", "helps", "helped", "helping"]);
