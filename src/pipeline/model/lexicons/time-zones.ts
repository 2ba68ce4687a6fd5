/** Time-zone abbreviations, which schedules glue to place names ("Delhi UTC +5,5") but no name contains. */
export const TIME_ZONE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "UTC", "GMT", "CET", "CEST", "EET", "EEST", "WET", "WEST", "BST", "IST", "MSK", "WAT", "CAT", "EAT", "SAST",
  "PKT", "ICT", "HKT", "SGT", "JST", "KST", "AEST", "AEDT", "NZST", "NZDT", "AST", "ADT", "EST", "EDT", "CST",
  "CDT", "MST", "MDT", "PST", "PDT", "AKST", "HST",
]);
