/**
 * Last words of a sporting event's name that name nothing else ("London Marathon", "Birmingham
 * Grand Prix", "European Indoors"): a name ending so is the event however the story uses it
 * ("London Marathon organisers", "two-time New York Marathon runner-up", "the 2002 and 2003
 * London Marathons").
 */
export const EVENT_NAME_HEADS: ReadonlySet<string> = new Set([
  "Marathon", "Marathons", "Prix", "Indoors", "Olympics", "Championship", "Championships",
  "Invitational",
]);

/**
 * Last words of an event's name that also end firms' and products' names ("SAP Open", "Kooyong
 * Classic" but "Rockstar Games", "Open Source"): the event only in a story about sport, and used
 * as one there ("won the SAP Open", "out of the Kooyong Classic"). Not
 * "Tour" or "Series" (the ATP Tour is the body that runs it), not "Award" (a prize, not an event),
 * not "League" (a league is also its clubs' association).
 */
export const SPORT_EVENT_NAME_HEADS: ReadonlySet<string> = new Set([
  "Open", "Classic", "Games", "Cup", "Trophy", "Masters",
]);

/**
 * Words of individual sports and their contests that make a story one about sport when the
 * club-sport reading (sport-cues.ts) does not: "the top seed won the final in straight sets".
 */
export const CONTEST_SPORT_WORDS: ReadonlySet<string> = new Set([
  "tennis", "golf", "athletics", "snooker", "race", "races", "final", "seed", "seeded", "medal",
  "tournament", "champion", "sprinter", "runner", "marathon", "round",
]);

/**
 * Words before a name ending in one of SPORT_EVENT_NAME_HEADS that read it as an event: "won the London Marathon", "at the SAP Open",
 * "in the European Indoors", "2005 Kooyong Classic" (a year before it also counts).
 */
export const EVENT_USE_LEADS: ReadonlySet<string> = new Set([
  "the", "at", "in", "won", "win", "wins", "winning", "of", "for", "after", "before",
]);
