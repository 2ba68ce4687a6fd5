/**
 * Acronyms the article uses as common nouns: "a DVD", "DVDs", "a DVD player", "the PC game". A
 * thing or a technology is nobody's employer and based nowhere, though the model, taught on gold
 * organisations (most of them acronyms), reads "the US' best-selling DVD" as a body of the US.
 */
import type { DocumentView } from "./candidates.js";

/** A name of capitals (and digits) only: "DVD", "PSP", "MP3". */
const ACRONYM = /^[A-Z][A-Z0-9]{1,5}$/;

/**
 * Nouns of a product or a kind of thing an acronym modifies: "a DVD player", "the PC game". A
 * body's acronym modifies people and acts ("a BBC spokesman", "IBM sales"), not these.
 */
const PRODUCT_NOUNS =
  "players?|recorders?|consoles?|drives?|discs?|disks?|burners?|games?|handsets?|devices?|formats?|chips?|screens?|signals?|samples?|aggregators?|feeds?|messages?|roll-?outs?";

/** Words that may follow a noun phrase's end: "a DVD, ", "an MBE in", "a PSP and". */
const PHRASE_END =
  "[,.;:!?)]|\\s+(?:and|or|but|that|which|who|with|for|in|on|at|to|of|from|by|is|was|as|than)\\b";

/**
 * A pattern of the lower-case words an acronym stands for, before it in brackets: "producer price
 * index (PPI)", "initial public offer (IPO)". A body's acronym is spelt out in capitals ("Food and
 * Drug Administration (FDA)"); small joining words may stand between ("rate of interest (RI)").
 */
function spelledOutCue(acronym: string): string {
  const letters = [...acronym];
  if (!letters.every((letter) => /[A-Z]/.test(letter))) return "(?!)";
  const words = letters.map((letter) => `${letter.toLowerCase()}[a-z-]*`);
  return `\\b${words.join("\\s+(?:(?:of|and|the|for)\\s+)?")}\\s+\\(${acronym}\\)`;
}

/** After an acronym: a product noun it modifies ("DVD players"). */
const PRODUCT_NOUN_AFTER = new RegExp(`\\s+(?:${PRODUCT_NOUNS})\\b`, "y");
/** After an acronym: the end of its noun phrase ("a DVD, ", "an MBE in"). */
const PHRASE_END_AFTER = new RegExp(`(?:${PHRASE_END})`, "y");
/** The indefinite articles, as whole words. */
const INDEFINITE = new Set(["a", "an", "A", "An"]);
/** A character of a word, as `\b` counts them. */
const WORD_CHAR = /\w/;

const isWordChar = (char: string | undefined) => char !== undefined && WORD_CHAR.test(char);

/** Whether `text` has an indefinite article, then whitespace, right before `at`. */
function followsIndefinite(text: string, at: number): boolean {
  let end = at;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  if (end === at) return false;
  let start = end;
  while (start > 0 && isWordChar(text[start - 1])) start--;
  return INDEFINITE.has(text.slice(start, end));
}

/** Whether the sticky pattern matches at `at`. */
function matchesAt(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

/**
 * Whether an acronym reads as a common noun somewhere in the text: in the plural ("DVDs", not
 * "DVD's"), after an indefinite article ending its phrase ("a DVD.", "an MBE in"), modifying a
 * product noun ("DVD players", "the PC game"), or spelt out in lower-case words ("initial public
 * offer (IPO)"). One pass over the acronym's occurrences, not a pattern per cue over the text.
 */
export function isCommonNounAcronym(name: string, text: string): boolean {
  if (!ACRONYM.test(name)) return false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (isWordChar(text[at - 1])) continue;
    const after = at + name.length;
    if (text[after] === "s" && !isWordChar(text[after + 1])) return true;
    if (matchesAt(PRODUCT_NOUN_AFTER, text, after)) return true;
    if (followsIndefinite(text, at) && matchesAt(PHRASE_END_AFTER, text, after)) return true;
  }
  // Capitals and digits only: nothing to escape in a pattern.
  return text.includes(`(${name})`) && new RegExp(spelledOutCue(name)).test(text);
}

/** Per entity, cached: whether its name is an acronym the article uses as a common noun. */
export function commonNounEntities(view: DocumentView): (entity: number) => boolean {
  const cache = new Map<number, boolean>();
  return (entity) => {
    let common = cache.get(entity);
    if (common === undefined) {
      common = isCommonNounAcronym(view.names[entity] ?? "", view.text);
      cache.set(entity, common);
    }
    return common;
  };
}
