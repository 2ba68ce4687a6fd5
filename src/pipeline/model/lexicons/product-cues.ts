/** Word lists the product possessives read: the nouns that show a name is a device or a program. */

/**
 * Head nouns after a name that make it a product: "the Zorblat handheld", "the Vexa 200 digital
 * camera", "the Quill game phone".
 */
export const PRODUCT_HEADS: ReadonlySet<string> = new Set([
  "console",
  "consoles",
  "handheld",
  "handhelds",
  "phone",
  "phones",
  "handset",
  "handsets",
  "player",
  "players",
  "camera",
  "cameras",
  "laptop",
  "laptops",
  "device",
  "devices",
  "gadget",
  "gadgets",
  "product",
  "products",
  "chip",
  "chips",
  "processor",
  "processors",
  "computer",
  "computers",
  "software",
  "browser",
  "organiser",
  "organizer",
  "card",
  "cards",
  "recorder",
  "recorders",
  "robot",
  "robots",
  "supercomputer",
  "supercomputers",
  "notebook",
  "notebooks",
  "tablet",
  "tablets",
]);

/**
 * Nouns of a product beyond the product heads that an apposition may name: "its operating system,
 * Vexa", "Acme's broadband network, Zorblat Live". Read only right before a comma and a name.
 */
export const APPOSED_PRODUCT_NOUNS: ReadonlySet<string> = new Set([
  "engine",
  "format",
  "network",
  "platform",
  "service",
  "system",
]);

/** Words between a firm's possessive and its product: "Acme's new Zorblat", "Acme's latest Vexa". */
export const PRODUCT_POSSESSIVE_LEADS: ReadonlySet<string> = new Set([
  "new",
  "latest",
  "own",
  "popular",
  "flagship",
  "rival",
  "forthcoming",
]);

/**
 * Last words of a name after a listed company's possessive that make it a part of the firm or a
 * site, not a product: "Nokia's Quillo Labs", "Sony's Vexa Research Centre".
 */
export const FIRM_PART_HEADS: ReadonlySet<string> = new Set([
  "Labs",
  "Lab",
  "Laboratories",
  "Laboratory",
  "Research",
  "Centre",
  "Center",
  "Studio",
  "Works",
  "Plant",
  "Factory",
]);

/** Verbs of a firm bringing out a product, read before the product's name: "Apple launched iTunes". */
export const LAUNCH_VERBS: ReadonlySet<string> = new Set([
  "launch",
  "launched",
  "launches",
  "launching",
  "unveil",
  "unveiled",
  "unveils",
  "unveiling",
  "release",
  "released",
  "releases",
  "releasing",
  "introduce",
  "introduced",
  "introduces",
  "debuted",
]);

/**
 * Words between a firm and its launching verb: "Sony has said it will release", "Apple is
 * expected to unveil", "Nintendo, which launched".
 */
export const LAUNCH_GAP_WORDS: ReadonlySet<string> = new Set([
  "has",
  "have",
  "had",
  "will",
  "would",
  "is",
  "was",
  "are",
  "to",
  "said",
  "says",
  "it",
  "plans",
  "planned",
  "expected",
  "set",
  "due",
  "also",
  "recently",
  "officially",
  "already",
  "just",
  "finally",
  "first",
  ",",
  "which",
]);

/**
 * Lower-case words that may follow a launched product's name and end its noun phrase: "launched
 * iTunes in 2003", "released the DS last year" (any other noun makes the name a modifier).
 */
export const PRODUCT_PHRASE_ENDS: ReadonlySet<string> = new Set([
  "in",
  "on",
  "at",
  "for",
  "with",
  "and",
  "or",
  "last",
  "this",
  "next",
  "earlier",
  "later",
  "to",
  "which",
  "that",
  "as",
  "across",
  "worldwide",
  "today",
  "yesterday",
  "before",
  "after",
  "ahead",
  "during",
  "since",
  "when",
]);
