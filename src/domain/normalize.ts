/** Text normalisers that decide when two spellings are the same name, shared by the pipeline and the store. */

const DIACRITICS = /\p{Diacritic}/gu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const POSSESSIVE_RE = /['’]s\b/g;
const WHITESPACE_RE = /\s+/g;

/** Identity key of an entity name: "Volodymyr Zelensky" and "volodymyr  ZELENSKY" → "volodymyr zelensky"; "U.S." → "u s". */
export function normalizeKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(DIACRITICS, "")
    .toLowerCase()
    .replace(POSSESSIVE_RE, "")
    .replace(NON_WORD, " ")
    .trim();
}

/** The key aliases are stored and searched under: NFKC, lower case, single spaces ("Xi  JINPING" → "xi jinping"). */
export function normalizeAlias(alias: string): string {
  return alias.normalize("NFKC").toLowerCase().replace(WHITESPACE_RE, " ").trim();
}
