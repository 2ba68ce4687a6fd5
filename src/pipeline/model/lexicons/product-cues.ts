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
