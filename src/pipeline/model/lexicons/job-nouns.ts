/** Word lists the job appositions read: the nouns of jobs done at an employer, beyond the role nouns of news-roles. */

/**
 * Head nouns of a job held at an employer, read after a comma and before "at", "for", "from" or
 * "with": "Ann Kerr, network security specialist at", "Tom Hale, senior privacy consultant from".
 */
export const JOB_NOUNS: ReadonlySet<string> = new Set([
  "analyst",
  "architect",
  "co-ordinator",
  "consultant",
  "coordinator",
  "correspondent",
  "designer",
  "developer",
  "director",
  "economist",
  "editor",
  "engineer",
  "evangelist",
  "executive",
  "expert",
  "fellow",
  "lecturer",
  "manager",
  "officer",
  "producer",
  "professor",
  "programmer",
  "researcher",
  "scientist",
  "specialist",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "strategist",
  "technologist",
  "vice-president",
]);

/** Links from a job to its employer: "specialist at", "consultant from", "evangelist for". */
export const JOB_LINKS: ReadonlySet<string> = new Set(["at", "for", "from", "with"]);

/** Tokens that close an apposition after the employer's name: "…, an engineer at Intel, said". */
export const JOB_CLOSERS: ReadonlySet<string> = new Set([
  ",",
  ".",
  ";",
  ":",
  ")",
  // "an analyst at the Kestrel Group (KG)": the name's short form.
  "(",
  '"',
  "said",
  "says",
  "told",
  "who",
  "which",
]);

/** Words in a job phrase that make the job a past one: "Tom Hale, who was an engineer at". */
export const PAST_JOB_WORDS: ReadonlySet<string> = new Set([
  "was",
  "former",
  "formerly",
  "previously",
  "once",
  "ex",
]);

/**
 * Role nouns of a firm's staff or heads beyond the job nouns, read with them where an apposition
 * names the employer: "Jo Bell, head of third party services at", "Tom Hale, chairman of".
 * Offices of a polity (governor, mayor, minister) stay out: their "of" names a place.
 */
export const STAFF_ROLE_NOUNS: ReadonlySet<string> = new Set([
  "adviser",
  "advisor",
  "chairman",
  "chairwoman",
  "chief",
  "co-founder",
  "founder",
  "head",
  "partner",
  "president",
  // "Usdaw general secretary John Hannett", "Jo Bell, secretary of the Kestrel Society".
  "secretary",
]);
