/** Cue words of the verb patterns beyond the triggers: control verbs and verbs of bringing together. */

/** Verbs that hand an infinitive to someone else ("urging the US to stop"): no purpose clause. */
export const CONTROL_WORDS: ReadonlySet<string> = new Set([
  "urged",
  "urging",
  "urge",
  "asked",
  "asking",
  "want",
  "wants",
  "wanted",
  "seeking",
  "seeks",
  "sought",
  "plans",
  "planning",
  "planned",
  "threatened",
  "threatens",
  "hopes",
  "hoped",
  "expected",
  "likely",
  "going",
  "ready",
  "prepared",
  "refused",
  "able",
  "trying",
  "tried",
  "attempt",
  "used",
  "promised",
  "pledged",
  "vowed",
  "decided",
  "called",
  "calling",
  "pressed",
  "pushed",
  "goad",
  "agreed",
  "failed",
  "continue",
  "continued",
  "allow",
  "help",
]);

/** Verbs that say two subjects came together ("China and Russia have been driven together"). */
export const TOGETHER_VERBS: ReadonlySet<string> = new Set([
  "driven",
  "drawn",
  "brought",
  "pushed",
  "moved",
  "grown",
  "come",
  "came",
  "banded",
  "worked",
  "work",
  "works",
]);

/** Verbs that with the word after them say two subjects act together: "joined forces", "teamed up". */
export const JOINT_ACTION_VERBS: ReadonlyMap<string, string> = new Map([
  ["join", "forces"],
  ["joins", "forces"],
  ["joined", "forces"],
  ["joining", "forces"],
  ["team", "up"],
  ["teams", "up"],
  ["teamed", "up"],
  ["teaming", "up"],
]);

/**
 * Verbs that criticise only with a verdict after their object: "dismissed the Budget as 'vote now,
 * pay later'", "branded Mr Howard 'arrogant'" ("judges dismissed the appeal", "a firm branded its
 * phones" are no criticism).
 */
export const VERDICT_CRITICISM_VERBS: ReadonlySet<string> = new Set([
  "dismissed",
  "dismisses",
  "dismiss",
  "branded",
  "brands",
  "brand",
  "labelled",
  "labeled",
  "dubbed",
]);

/** Verbs that criticise their object whatever follows: "derided the photo call", "ridiculed the plans". */
export const SCORN_VERBS: ReadonlySet<string> = new Set([
  "derided",
  "derides",
  "ridiculed",
  "ridicules",
  "mocked",
  "mocks",
  "savaged",
  "savages",
]);

/** Verbs of attack that a person's attack on a person or a party makes words: "Mr Cable attacked Labour's taxes". */
export const WORDS_OF_ATTACK: ReadonlySet<string> = new Set(["attack", "attacks", "attacked"]);

/**
 * Participles of accusing and criticising that take their subject from the clause they hang on:
 * "Mr Taylor has written to the watchdog accusing Labour of a breach", "with Mr Milburn accusing
 * Mr Howard of…". "attacking" is words only between people and parties (see WORDS_OF_ATTACK).
 */
export const CRITICISM_PARTICIPLES: ReadonlyMap<string, "ACCUSES" | "CRITICIZES"> = new Map([
  ["accusing", "ACCUSES"],
  ["blaming", "ACCUSES"],
  ["criticising", "CRITICIZES"],
  ["criticizing", "CRITICIZES"],
  ["condemning", "CRITICIZES"],
  ["attacking", "CRITICIZES"],
]);
