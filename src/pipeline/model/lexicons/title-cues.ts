/** Words of titles, competitions and awards won, contested and nominated for: read by 5-relate/titles-won.ts. */

/** Nouns between a title and its holder that say the holder won it: "Wimbledon champion X", "X Factor winner Y". */
export const TITLE_HOLDER_NOUNS: ReadonlySet<string> = new Set([
  "champion",
  "champions",
  "winner",
  "winners",
]);

/** Plural holder nouns, which may head a list of holders: "World Cup winners X, Y and Z". */
export const PLURAL_HOLDER_NOUNS: ReadonlySet<string> = new Set(["champions", "winners"]);

/** Nouns between a contest and someone who took part without winning: "Idol runner-up X". */
export const CONTESTANT_NOUNS: ReadonlySet<string> = new Set([
  "runner-up",
  "finalist",
  "semi-finalist",
  "quarter-finalist",
  "contestant",
]);

/** Nouns between an award and someone up for it: "Oscar nominee X". */
export const NOMINEE_NOUNS: ReadonlySet<string> = new Set(["nominee"]);

/** Verbs whose object is a competition won: "won the Australian Open", "lifted the FA Cup". */
export const TITLE_VERBS: ReadonlySet<string> = new Set([
  "won",
  "wins",
  "clinched",
  "clinches",
  "lifted",
  "lifts",
  "retained",
  "retains",
  "regained",
]);

/** Words between a title verb and the competition: "won the 2003 London Marathon", "won his first US Open". */
export const TITLE_LEAD_WORDS: ReadonlySet<string> = new Set([
  "the",
  "a",
  "his",
  "her",
  "their",
  "its",
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "last",
  "year's",
]);

/** A competition's name by its head word: "the London Marathon", "the Davis Cup", "the Golden Globes". */
export const COMPETITION_NAME_RE =
  /\b(Open|Cup|Championships?|Marathon|Trophy|Prix|Masters|Classic|Nations|Idol|Factor|Awards)$/;

/** Verbs that take nominations as their object: "X received five Oscar nominations", "X has picked up two". */
export const NOMINATION_VERBS: ReadonlySet<string> = new Set([
  "received",
  "receives",
  "receiving",
  "got",
  "gets",
  "earned",
  "earns",
  "scooped",
  "secured",
  "landed",
  "gained",
  "garnered",
  "up",
]);

/** Words between such a verb and "nominations": "received 12 nominations", "got a best actor nomination". */
export const NOMINATION_LEAD_WORDS: ReadonlySet<string> = new Set([
  "a",
  "an",
  "his",
  "her",
  "their",
  "its",
  "first",
  "second",
  "third",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "best",
]);

/** Words between a nominee and "nominated": "X has been nominated", "X, nominated", "X was also nominated". */
export const NOMINEE_GAP: ReadonlySet<string> = new Set([
  // "X, who was nominated".
  "who",
  "is",
  "are",
  "was",
  "were",
  "been",
  "has",
  "have",
  "had",
  "also",
  "already",
  "both",
  "now",
  ",",
]);
