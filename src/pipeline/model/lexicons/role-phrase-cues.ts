/** Word lists of the role-phrase rules (role-phrases.ts): what may stand between a firm and its role. */

/**
 * Words that make a role a past or a passing one: "Vodafone's outgoing chief executive", "the
 * firm's then chairman". A phrase holding one states no role today.
 */
export const PAST_ROLE_WORDS: ReadonlySet<string> = new Set([
  "former",
  "ex",
  "then",
  "late",
  "outgoing",
  "previous",
  "departing",
  "would-be",
  "prospective",
]);

/**
 * Lower-case words that are no describing word of a role, though they may stand before one:
 * "Vodafone's and Orange's", "BT's rival", "Shell's own".
 */
export const NON_ROLE_DESCRIBERS: ReadonlySet<string> = new Set([
  "and",
  "or",
  "but",
  "nor",
  "own",
  "rival",
  "rivals",
  "former",
  "who",
  "which",
  "that",
  "whose",
  "said",
  "says",
  "told",
]);

/**
 * Describing words that leave a head the head of the whole body: "Ryanair's newly-appointed chief
 * executive", "BNP founding chairman". Any other ("Labour election chief", "ISM survey chairman")
 * makes the head the head of one part: one of the body's staff or members.
 */
export const HEAD_KEEPING_DESCRIBERS: ReadonlySet<string> = new Set([
  "newly-appointed",
  "newly-named",
  "newly-elected",
  "founding",
  "current",
  "present",
  "long-serving",
  "long-time",
  "longtime",
  // "Labour party chairman": the tail of the party's name, not a part of it.
  "party",
]);

/** Roles the shared role list lacks, read by the role-phrase rules: "Arsenal vice-chairman David Dein". */
export const EXTRA_ROLES: Readonly<Record<string, "LEADER_OF" | "WORKS_FOR">> = {
  "vice-chairman": "WORKS_FOR",
  "vice-chairwoman": "WORKS_FOR",
};

/**
 * Roles that head a government department only: "US Treasury Secretary John Snow" heads the
 * Treasury, "Treasury Under-Secretary John Taylor" works there; "Home Office minister Jo Hale" is
 * one of the department's (junior) ministers.
 */
export const DEPARTMENT_ROLES: Readonly<Record<string, "LEADER_OF" | "WORKS_FOR">> = {
  secretary: "LEADER_OF",
  "under-secretary": "WORKS_FOR",
  undersecretary: "WORKS_FOR",
  minister: "WORKS_FOR",
};

/** A government department's name: "US Treasury", "Commerce Department", "Home Office". */
export const DEPARTMENT_NAME_RE = /\b(Treasury|Department|Ministry|Office)\b/;

/** Words before a body that make its office one held in opposition: "Shadow Treasury chief secretary". */
export const OPPOSITION_LEADS: ReadonlySet<string> = new Set(["shadow"]);
