/** Byline lines → author names ("By Jane Doe and John Roe" → "Jane Doe and John Roe"). */
import { NON_NAME_WORDS } from "../model/lexicons/byline-words.js";

/** A run of whitespace, collapsed to one space. */
const WHITESPACE_RUN_RE = /\s+/g;
/** Whitespace between words. */
const WHITESPACE_RE = /\s+/;
/** "Jr." → "jr": a trailing dot. */
const TRAILING_DOT_RE = /\.$/;
/** "John F.": a line ending on an initial, not on a sentence stop. */
const INITIAL_AT_END_RE = /\b\p{Lu}\.$/u;

/** A parsed byline: the author names as written, and an agency named after a comma. */
export interface Byline {
  author: string;
  affiliation: string | null;
  /** True when the line said "By …"; a bare name is weaker evidence (it could be a venue, "Ewood Park"). */
  prefixed: boolean;
}

/** "By Jane Doe", "Written by: Jane Doe": the label in front of a byline. */
const BYLINE_PREFIX_RE = /^(?:written\s+|words\s+|reporting\s+)?by:?\s+/i;
/** "Jane Doe and John Roe", "Jane Doe & John Roe", "Jane Doe, John Roe and Ann Poe": name separators. */
const NAME_SEPARATOR_RE = /\s*,\s*|\s+(?:and|&)\s+/;
/** "Jane", "O'Brien", "McDonald", "Jean-Luc", "J.", "J.R.R.": one capitalised name word. */
const NAME_WORD_RE = /^(?:\p{Lu}[\p{L}'’-]*\.?|(?:\p{Lu}\.){1,3})$/u;
/** "van", "de", "bin", "al-": lowercase name particles allowed between capitalised words. */
const NAME_PARTICLE_RE =
  /^(?:van|von|der|den|de|del|della|di|da|du|la|le|bin|ibn|al-|el-|dos|das|y|ter)$/;
/** Reuters, AP, AFP…: a news agency or outlet named after a byline comma ("Jane Doe, Reuters"). */
const AFFILIATION_RE = /^(?:[\p{Lu}][\p{L}&.'’-]*)(?:\s+[\p{Lu}][\p{L}&.'’-]*){0,3}$/u;
/** A byline never ends in sentence punctuation ("Markets fell." is prose, not a name). */
/** "Reuters", "BBC News", "Associated Press": words that mark an outlet rather than a person. */
const OUTLET_WORD_RE =
  /\b(?:Press|News|Agency|Agencies|Times|Post|Service|Wire|Media|Network|Journal|Herald|Telegraph|Guardian|Bloomberg|Reuters|Online|Daily|Weekly|Radio|TV|Television)\b/;
/** "Political Correspondent", "Staff Writer": a role after a byline comma, dropped from the author. */
const ROLE_RE =
  /\b(?:Correspondent|Editor|Reporter|Writer|Columnist|Analyst|Contributor|Staff)s?$/i;
const FINAL_PUNCTUATION_RE = /[.!?:;,"”’)]$/;
const MAX_BYLINE_LENGTH = 120;
/** Names have no digits ("23 March 2023", "Route 66" are not bylines). */
const DIGIT_RE = /\d/;

function isPersonName(name: string, prefixed: boolean): boolean {
  const words = name.split(WHITESPACE_RE).filter((w) => w !== "");
  const capitalised = words.filter((w) => !NAME_PARTICLE_RE.test(w));
  const minWords = prefixed ? 1 : 2;
  if (capitalised.length < minWords || words.length > 5 || capitalised.length > 4) return false;
  for (const word of words) {
    if (NAME_PARTICLE_RE.test(word)) continue;
    if (!NAME_WORD_RE.test(word)) return false;
    if (NON_NAME_WORDS.has(word.toLowerCase().replace(TRAILING_DOT_RE, ""))) return false;
  }
  // particles may sit between names, never at the edges ("de Gaulle" needs a first name here)
  return !NAME_PARTICLE_RE.test(words[words.length - 1] ?? "");
}

/** Joins author names as an English list: "A", "A and B", "A, B and C". */
function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/**
 * Reads a line as a byline: "Peter Symonds", "By Jane Doe", "By Jane Doe and John Roe",
 * "Jane Doe, Reuters"; returns null for anything else (a short first sentence, a heading).
 */
export function parseByline(line: string): Byline | null {
  let text = line.trim().replace(WHITESPACE_RUN_RE, " ");
  if (text === "" || text.length > MAX_BYLINE_LENGTH || DIGIT_RE.test(text)) return null;
  // "Peter Symonds" and "By Jane Doe" both qualify, but "Markets fell." never does
  if (FINAL_PUNCTUATION_RE.test(text) && !INITIAL_AT_END_RE.test(text)) return null;
  const prefixed = BYLINE_PREFIX_RE.test(text);
  if (prefixed) text = text.replace(BYLINE_PREFIX_RE, "");
  const parts = text.split(NAME_SEPARATOR_RE).filter((p) => p !== "");
  if (parts.length === 0) return null;
  // "Jane Doe, Reuters": a last comma-part that names an outlet or a role is not another author
  let affiliation: string | null = null;
  const tail = parts.length > 1 ? (parts[parts.length - 1] ?? "") : "";
  if (
    tail !== "" &&
    text.trimEnd().endsWith(tail) &&
    text
      .slice(0, text.length - tail.length)
      .trimEnd()
      .endsWith(",")
  ) {
    if (ROLE_RE.test(tail)) {
      parts.pop();
    } else if (AFFILIATION_RE.test(tail) && (!tail.includes(" ") || OUTLET_WORD_RE.test(tail))) {
      parts.pop();
      affiliation = tail;
    }
    text = joinNames(parts);
  }
  if (parts.length === 0 || !parts.every((p) => isPersonName(p, prefixed))) return null;
  return { author: text, affiliation, prefixed };
}
