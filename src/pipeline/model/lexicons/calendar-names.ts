/** Month and weekday names with their numbers, for reading dates. */

/** Full month names, lowercase → month number ("february" → 2). */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

/** Weekday names, lowercase → JavaScript day number (Sunday 0). */
export const WEEKDAY_NUMBERS: Readonly<Record<string, number>> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

/** Month names and their abbreviations, lowercase → month number ("sept" → 9). */
export const MONTH_NUMBERS_ABBREVIATED: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/**
 * Lower-case words that open a time phrase before a month's or a weekday's name ("until
 * January", "on Monday", "last June"); "by", "with" and "the" are left out, as they also lead
 * a name that opens with one ("by Sunday Telegraph", "with June Carter").
 */
export const TIME_PHRASE_LEADS: ReadonlySet<string> = new Set([
  "in",
  "on",
  "until",
  "till",
  "since",
  "from",
  "last",
  "next",
  "this",
  "during",
  "early",
  "late",
  "mid",
  "before",
  "after",
  "through",
]);
