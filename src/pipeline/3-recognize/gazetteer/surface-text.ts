/** Text normalisation shared by every gazetteer matcher: apostrophes, hyphens, headline capitals. */

const QUOTE_RE = /[’‘`´]/g;
const DASH_RE = /[‐‑–]/g;
const NEEDS_NORMALISING_RE = /[’‘`´‐‑–]/;
/** A trailing possessive ("Russia's", "Paris'"), the name in group 1. */
export const POSSESSIVE_RE = /^(.+?)['’]s?$/;
/** A leading article in a free-standing surface ("the Kremlin"). */
export const LEADING_THE_RE = /^the\s+/i;
/** An acronym ("U.S.", "NATO", "G7", "OPEC+"). */
export const ACRONYM_RE = /^(?:[A-Z]\.){2,}$|^[A-Z][A-Z0-9&+/-]*[A-Z0-9+]$/;
/** A word in headline capitals ("MOSCOW", "GUINEA-BISSAU"). */
export const ALL_CAPS_RE = /^\p{Lu}[\p{Lu}'.-]*\p{Lu}$/u;
const CAPS_WORD_START_RE = /(^|[-'\s])(\p{Ll})/gu;

/** The definite article in every casing a tokenizer may hand over. */
export const THE: ReadonlySet<string> = new Set(["the", "The", "THE"]);
/** Possessive tokens a PTB tokenizer splits off ("China" "'s"). */
export const POSSESSIVE_MARKERS: ReadonlySet<string> = new Set(["'s", "’s", "'", "’"]);

/** Normalises a token's text for matching: straight apostrophes and hyphens. */
export function normaliseText(text: string): string {
  return NEEDS_NORMALISING_RE.test(text) ? text.replace(QUOTE_RE, "'").replace(DASH_RE, "-") : text;
}

/** "NEW" → "New", "GUINEA-BISSAU" → "Guinea-Bissau"; other text unchanged. */
export function titleCaseCaps(text: string): string {
  if (!ALL_CAPS_RE.test(text)) return text;
  return text
    .toLowerCase()
    .replace(
      CAPS_WORD_START_RE,
      (_, before: string, letter: string) => before + letter.toUpperCase(),
    );
}
