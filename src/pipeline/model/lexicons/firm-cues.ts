/** Word lists the firm patterns read: deal nouns, their hedges, the nouns of a firm's parts. */

import { APPOSITION_ENDS } from "./apposition-cues.js";

/** Nouns of a completed or agreed purchase: "Inbev's acquisition of Ambev", "Mitsubishi's takeover of UFJ". */
export const DEAL_NOUNS: ReadonlySet<string> = new Set([
  "takeover",
  "acquisition",
  "purchase",
  "buyout",
]);

/** Words before a deal noun that make it less than done: "its planned takeover of", "a failed bid". */
export const DEAL_HEDGES: ReadonlySet<string> = new Set([
  "planned",
  "proposed",
  "possible",
  "potential",
  "contemplated",
  "mooted",
  "rumoured",
  "rumored",
  "attempted",
  "failed",
  "abortive",
  "aborted",
  "hostile",
  "rejected",
  "blocked",
  "expected",
  "likely",
  "intended",
  "prospective",
  "rival",
  "alleged",
]);

/** Lower-case words that may describe a deal between its buyer and its noun: "Euronext's 2001 acquisition". */
export const DEAL_MODIFIERS: ReadonlySet<string> = new Set([
  "recent",
  "completed",
  "agreed",
  "successful",
  "friendly",
  "cash",
  "all-share",
  "earlier",
  "previous",
  "last",
  "year's",
]);

/** Nouns of a part of a firm: "SpeechWorks, a division of ScanSoft", "GM's European units Opel and Saab". */
export const FIRM_PART_NOUNS: ReadonlySet<string> = new Set([
  "unit",
  "units",
  "subsidiary",
  "subsidiaries",
  "division",
  "divisions",
  "arm",
  "affiliate",
  // "GM's European brands Opel and Vauxhall": a carmaker's marques are its own makes.
  "brands",
  "marques",
]);

/** Words that make a part no longer the firm's: "a former unit of Gazprom". */
export const PAST_PART_WORDS: ReadonlySet<string> = new Set(["former", "ex", "previous", "old"]);

/** A field or department a role is over, between "head of" and "at": "head of currency strategy at". */
export const FIELD_LINKS: ReadonlySet<string> = new Set(["of", "for"]);

/** Links from a role's field to its organisation: "director of marketing at Intel", "… for Microsoft". */
export const FIELD_ROLE_ORG_LINKS: ReadonlySet<string> = new Set(["at", "for", "with"]);

/** Nouns beyond the organisation nouns that may head a firm's description: "rival May Stores", "options exchange Liffe". */
export const FIRM_HEAD_NOUNS: ReadonlySet<string> = new Set([
  "rival",
  "rivals",
  "exchange",
  "brewer",
  "chain",
  "supermarket",
  "portal",
  "provider",
  "specialist",
  "monopoly",
  // "chief executive of the trade body Vexa", "a spokesman for the sport's governing body the Vexa
  // Union", "of box office tracker Vexa Relations": bodies and services named by what they do.
  "body",
  "association",
  "federation",
  "tracker",
]);

/**
 * Verbs of firms working together, read with "with": "HP was working with Nokia", "Sony teamed up
 * with Philips", "Acme has worked with Vexacorp to build", "Acme collaborated with Vexacorp".
 */
export const TIE_VERBS: ReadonlySet<string> = new Set([
  "working",
  "worked",
  "works",
  "collaborating",
  "collaborated",
  "collaborates",
  "teamed up",
  "teaming up",
  "joined forces",
  "joins forces",
]);

/** Nouns of a pact between firms: "signed a deal with", "formed a joint venture with". */
export const TIE_NOUNS: ReadonlySet<string> = new Set([
  "deal",
  "agreement",
  "venture",
  "partnership",
  "alliance",
  "pact",
]);

/** Verbs that make a pact a fact: "signed", "struck", "formed"; not "seeking" or "considering". */
export const TIE_MAKING_VERBS: ReadonlySet<string> = new Set([
  "signed",
  "signs",
  "struck",
  "strikes",
  "reached",
  "agreed",
  "formed",
  "forms",
  "inked",
  "sealed",
  "announced",
  "set",
]);

/** Purposes that make a pact an ending, not a tie: "reached an agreement with GM to dissolve an alliance". */
export const PARTING_PURPOSES: ReadonlySet<string> = new Set([
  "dissolve",
  "end",
  "terminate",
  "scrap",
  "settle",
  "unwind",
  "exit",
  "cancel",
]);

/** Words after a firm's own named thing that make it a place or a plan, not a product: "its Westfallen stadium", "its Bluephone project". */
export const OWNED_NON_PRODUCT_WORDS: ReadonlySet<string> = new Set([
  "stadium",
  "ground",
  "arena",
  "initiative",
  "project",
  "scheme",
  "campaign",
  "plan",
  "headquarters",
  "plant",
  "factory",
  "site",
  "offices",
  "store",
  "stores",
  "shops",
  "unit",
  "division",
]);

/**
 * Last words of a name that make it a part of a larger body: "Open Market Committee", "European
 * Department", "Office of Drug Safety" (the head word before "of"), "Ames Research Center".
 */
export const BODY_PART_HEADS: ReadonlySet<string> = new Set([
  "committee",
  "department",
  "office",
  "council",
  "commission",
  "center",
  "centre",
  "laboratory",
  "laboratories",
  "division",
  // "the UN's Food and Agriculture Organisation".
  "organisation",
  "organization",
]);


/** Tokens that may close "chief executive of Velmora": punctuation, or the clause going on. */
export const CALLING_PHRASE_ENDS: ReadonlySet<string> = new Set([
  ...APPOSITION_ENDS,
  "told",
  "which",
]);

/** Verbs that accept a deal a noun names: "Aggregate agreed a £1.8bn takeover by Holcim". */
export const DEAL_ACCEPTING_VERBS: ReadonlySet<string> = new Set([
  "agreed",
  "accepted",
  "approved",
  "backed",
  "completed",
  "recommended",
]);

/** Verbs of owning a firm outright: "Barclays, which owns the Woolwich", "Rosneft now owns Yugansk". */
export const OWNING_VERBS: ReadonlySet<string> = new Set(["owns", "controls"]);

/**
 * Last words of firms' names that no person's name ends in: "Daiwa Securities", "Janco
 * Partners", "Jupiter Research". A name so ending that the recogniser took for a person's is a firm's.
 */
export const FIRM_NAME_TAILS: ReadonlySet<string> = new Set([
  "Advisers",
  "Advisors",
  "Associates",
  "Capital",
  "Consulting",
  "Holdings",
  "Investments",
  "Partners",
  "Research",
  "Securities",
  "Technologies",
]);
