/** Words beside a name that only a firm takes: "shares in Velmora", "Velmora's profits", "Velmora said it". */

/** Nouns before "in" that make what follows a firm: "shares in Velmora", "a stake in Velmora". */
export const HOLDING_NOUNS: ReadonlySet<string> = new Set([
  "shares",
  "stake",
  "stakes",
  "shareholding",
  "shareholders",
  "investors",
]);

/**
 * What a firm has that a place has not, after its possessive: "Velmora's profits", "Velmora's
 * chief executive". Not "workers" or "chairman": a town has those too ("Ravenholm's workers").
 */
export const FIRM_POSSESSION_WORDS: ReadonlySet<string> = new Set([
  "profit",
  "profits",
  "shares",
  "share",
  "sales",
  "revenue",
  "revenues",
  "earnings",
  "turnover",
  "shareholders",
  "stock",
  "takeover",
  "chief",
  "ceo",
  "boss",
  "brand",
  "products",
  "subsidiary",
]);

/**
 * What only a firm has, after a name the tagger read as a person: "Korvane's profits", "Korvane's
 * chief executive". Not "shares", "sales", "earnings", "takeover" or "brand": a shareholder, a
 * singer, a footballer, a bidder or a star has those ("Tom Hale's shares in the club").
 */
export const FIRM_ONLY_POSSESSION_WORDS: ReadonlySet<string> = new Set([
  "profit",
  "profits",
  "revenue",
  "revenues",
  "turnover",
  "shareholders",
  "chief",
  "ceo",
  "subsidiary",
]);

/** "parent" only as a firm's: "Def Jam's parent company", not "Hale's parent". */
export const PARENT_FIRM_NOUNS: ReadonlySet<string> = new Set(["company", "firm", "group"]);

/**
 * Words before a name that make it a firm one owns or one that owns another: "which owns the
 * Woolwich", "owned by Globex", "controlled by Globex".
 */
export const OWNED_FIRM_LEADS: ReadonlySet<string> = new Set(["owns", "controls"]);
export const FIRM_OWNER_LEADS: ReadonlySet<string> = new Set(["owned", "controlled"]);

/** "chief" only as "chief executive" or "chief financial officer". */
export const CHIEF_TITLE_WORDS: ReadonlySet<string> = new Set(["executive", "financial", "operating"]);

/** Pronouns after "said" that make the speaker a body: "Velmora said it would", "… said its sales". */
export const BODY_PRONOUNS: ReadonlySet<string> = new Set(["it", "its"]);

/** Verbs of speaking before such a pronoun. */
export const SAYING_VERBS: ReadonlySet<string> = new Set(["said", "says", "added", "announced"]);

/**
 * Trade words firms' names are made of, which no one's name starts with: after a title word
 * they make the title part of a firm's name ("General Electric", "General Mills", "General
 * Dynamics"), not a title before a person's.
 */
export const FIRM_TRADE_WORDS: ReadonlySet<string> = new Set([
  "Electric",
  "Electrics",
  "Motors",
  "Mills",
  "Dynamics",
  "Foods",
  "Atomics",
  "Instruments",
  "Chemicals",
  "Electronics",
  "Pharmaceuticals",
  "Industries",
  "Airlines",
  "Airways",
  "Insurance",
  "Telecom",
  "Communications",
  "Technologies",
  "Systems",
  "Software",
  "Brands",
  "Stores",
  "Holdings",
  "Securities",
]);

/** Verbs of a firm's trade after ", which": "Velmora, which makes radios", "… which also owns". */
export const TRADING_VERBS: ReadonlySet<string> = new Set([
  "makes",
  "owns",
  "sells",
  "employs",
  "manufactures",
]);
