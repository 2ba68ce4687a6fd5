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

/**
 * Verbs a role "as" an organisation's post follows and the person keeps holding: "serves as Acme
 * chairman", "took over as Chester manager", "was named as Everton boss". Not "served" (a past
 * post, "served as Acme chairman until 2003") nor the verbs of leaving ("quit as").
 */
export const HOLDING_VERBS: ReadonlySet<string> = new Set([
  "serves",
  "remains",
  "stays",
  "continues",
  "named",
  "appointed",
  "installed",
  "confirmed",
  "unveiled",
  "elected",
  "reappointed",
  "re-elected",
]);

/** Verbs "over" follows before a role "as": "took over as Chester manager". */
export const TAKE_OVER_VERBS: ReadonlySet<string> = new Set(["took", "takes", "taken", "taking"]);

/** Participles that name a post right after "was": "was appointed Acme chief executive". */
export const APPOINTED_PARTICIPLES: ReadonlySet<string> = new Set([
  "named",
  "appointed",
  "installed",
  "elected",
  "made",
]);

/** Nouns of a post someone holds, owned before "as": "Rush's future as Chester manager". */
export const TENURE_NOUNS: ReadonlySet<string> = new Set(["future", "role", "position", "job", "post"]);

/**
 * Past verbs of taking a post from its holder: "Marchionne has replaced Demel as chief executive of
 * Fiat Auto". The post is now the subject's; the object held it before. A future or wished-for
 * succession ("will succeed Tsuda as president") leaves the post with its holder still.
 */
export const PAST_SUCCESSION_VERBS: ReadonlySet<string> = new Set([
  "replaced",
  "succeeded",
  "ousted",
  "unseated",
  "supplanted",
]);
