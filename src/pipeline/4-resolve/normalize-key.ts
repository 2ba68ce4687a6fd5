/** Identity keys for entity names: the same name, however written, gives the same key. */

const DIACRITICS = /\p{Diacritic}/gu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** "Volodymyr Zelensky" and "volodymyr  ZELENSKY" → "volodymyr zelensky"; "U.S." → "u s". */
export function normalizeKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(DIACRITICS, "")
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .replace(NON_WORD, " ")
    .trim();
}
