/**
 * Words before a title of office that make it a region's or a town's office, not the country's:
 * "state premier Guenther Beckstein", "provincial governor", "regional finance minister".
 */
export const REGIONAL_TITLE_LEADS: ReadonlySet<string> = new Set([
  "state",
  "provincial",
  "regional",
  "county",
  "municipal",
  "city",
]);
