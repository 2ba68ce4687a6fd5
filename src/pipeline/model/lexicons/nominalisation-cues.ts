/** Cue words of the nominalisation patterns ("Nixon's visit to Beijing", "sanctions on Moscow"). */

/** "preparations for war with China", "calls for talks": the noun names a wish, not an event. */
export const BLOCKING_WORDS: ReadonlySet<string> = new Set([
  "for",
  "of",
  "to",
  "into",
  "towards",
  "prelude",
  "threat",
  "risk",
]);
