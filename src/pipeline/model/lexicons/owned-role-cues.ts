/** Word lists the pronoun-owned role rule reads: "Vivendi, its chief executive Jean-Rene Fourtou". */

import type { RelationType } from "../../../domain/vocabulary.js";
import { FIRM_ROLES } from "../news-roles.js";

/** Possessive pronouns that hand a role to a firm the sentence named before: "its", "their". */
export const ROLE_OWNER_PRONOUNS: ReadonlySet<string> = new Set(["its", "their"]);

/**
 * A firm's roles after "its"/"their": the bare firm roles, and officers a pronoun ties to the firm
 * that a bare mention leaves open ("its president", a state's as often as a firm's when bare).
 */
export const OWNED_FIRM_ROLES: Readonly<Record<string, RelationType>> = {
  ...FIRM_ROLES,
  "chief executive officer": "LEADER_OF",
  president: "LEADER_OF",
  "vice-president": "WORKS_FOR",
  "vice president": "WORKS_FOR",
  "chief finance officer": "WORKS_FOR",
  "chief technology officer": "WORKS_FOR",
  "chief economist": "WORKS_FOR",
};

/** Words between the pronoun and the role that keep the role the firm's: "its then chief executive". */
export const OWNED_ROLE_TENSES: ReadonlySet<string> = new Set([
  "former",
  "ex",
  "ex-",
  "then",
  "new",
  "outgoing",
  "incoming",
  "current",
  "acting",
  "interim",
  "previous",
  "late",
]);
