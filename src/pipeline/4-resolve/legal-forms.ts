/** A company's name with and without the legal form that ends it ("Sony Corporation", "Sony"). */

import { LEGAL_FORM_WORDS } from "../model/lexicons/name-heads.js";

const LEGAL_FORMS: ReadonlySet<string> = new Set(LEGAL_FORM_WORDS);

/**
 * "sony corporation" → "sony", "goldman sachs co" → "goldman sachs": a key without the legal
 * form it ends with; undefined when it ends with none or is nothing else ("group").
 */
export function legalFormCore(key: string): string | undefined {
  const words = key.split(" ");
  if (words.length < 2 || !LEGAL_FORMS.has(words.at(-1) as string)) return undefined;
  return words.slice(0, -1).join(" ");
}

/** "sony" → "sony corporation", "sony corp", "sony inc", …: the keys its registered names may have. */
export function legalFormKeys(key: string): string[] {
  return LEGAL_FORM_WORDS.map((word) => `${key} ${word}`);
}

const WHITESPACE_RE = /\s+/;
const TRAILING_JOINER_RE = /[\s,&]+$/;

/** "MCI Inc." → "MCI", "Goldman Sachs & Co" → "Goldman Sachs": the name without its legal form. */
export function legalFormCoreName(
  name: string,
  normalize: (word: string) => string,
): string | undefined {
  const words = name.trim().split(WHITESPACE_RE);
  if (words.length < 2 || !LEGAL_FORMS.has(normalize(words.at(-1) as string))) return undefined;
  const core = words.slice(0, -1).join(" ").replace(TRAILING_JOINER_RE, "");
  return core || undefined;
}
