/** Cue words of the coordination patterns ("between the US, United Kingdom and Australia"). */

/** "members such as", "members including", "member states like": the list that follows names members. */
export const MEMBER_NOUNS: ReadonlySet<string> = new Set([
  "member",
  "members",
  "member-states",
  "allies",
  "ally",
  "states",
  "countries",
  "nations",
]);

/** Roles in a band or team written before a member's name ("Fall Out Boy bassist Pete Wentz"). */
export const BAND_ROLES: ReadonlySet<string> = new Set([
  "bassist",
  "guitarist",
  "drummer",
  "singer",
  "vocalist",
  "frontman",
  "frontwoman",
  "keyboardist",
  "member",
  "co-founder",
]);

/** Nouns for a band or group ("of the Mexican pop group RBD"). */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  "band",
  "group",
  "duo",
  "trio",
  "quartet",
  "ensemble",
  "orchestra",
]);

/** Words that name an agreement when they follow an organisation's name ("the AUKUS pact"). */
export const AGREEMENT_NOUNS: ReadonlySet<string> = new Set([
  "pact",
  "treaty",
  "deal",
  "agreement",
  "accord",
  "alliance",
  "partnership",
  "charter",
]);

/** "are members of NATO", "is a founding member of the EU". */
export const BE_WORDS: ReadonlySet<string> = new Set([
  "is",
  "are",
  "was",
  "were",
  "became",
  "become",
  "becomes",
  "remains",
  "remain",
  // "has been a member of the Labour Party".
  "been",
  "as",
]);

/** Auxiliaries before "been": "has been a member of", "have been members of". */
export const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(["has", "have", "had"]);
