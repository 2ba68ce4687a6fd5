/**
 * Words of long organisation names ("the Economic Commission for Latin America and the
 * Caribbean", "the Centre for Vision, Speech and Signal Processing") that the tagger cuts apart.
 */

/**
 * Head nouns of organisations whose name goes on after "for", "of" or "on" with what the body is
 * for: "Commission for …", "Institute of …", "Council on …".
 */
export const LONG_NAME_HEADS: ReadonlySet<string> = new Set([
  "Commission", "Bank", "Council", "Institute", "Centre", "Center", "Agency", "Fund",
  "Organisation", "Organization", "Association", "Federation", "Union", "Foundation", "Society",
  "Committee", "Department", "Office", "Authority", "Academy", "Confederation", "Alliance", "Forum",
  "School", "College", "University",
]);

/** "for", "of", "on": the words joining a head noun to what the body is for. */
export const LONG_NAME_LINKS: ReadonlySet<string> = new Set(["for", "of", "on"]);

/** "and", "the", "&": the small words a long name holds between its capitalised words. */
export const LONG_NAME_JOINERS: ReadonlySet<string> = new Set(["and", "&", "the", "of", "for"]);
