/** Words of the appointment and employment patterns: taking up a role, hiring, being employed. */

/** Verbs of an organisation taking someone on: "Acme hired Jo Bell as finance director". */
export const HIRING_VERBS: ReadonlySet<string> = new Set([
  "appointed",
  "appoints",
  "hired",
  "hires",
  "named",
  "names",
  "recruited",
  "recruits",
]);

/** Hiring verbs that state the job without a role after them: "Acme hired Jo Bell". */
export const PLAIN_HIRING_VERBS: ReadonlySet<string> = new Set([
  "hired",
  "hires",
  "recruited",
  "recruits",
]);

/** Participles of being taken on, read before "by" or "at": "was hired by Acme", "is employed at Acme". */
export const EMPLOYED_PARTICIPLES: ReadonlySet<string> = new Set([
  "hired",
  "recruited",
  "employed",
]);

/** Words opening a role after its verb: "named Jo Bell as its new chief executive". */
export const ROLE_LEAD_WORDS: ReadonlySet<string> = new Set([
  "as",
  "to",
  "the",
  "a",
  "an",
  "its",
  "their",
  "new",
]);
