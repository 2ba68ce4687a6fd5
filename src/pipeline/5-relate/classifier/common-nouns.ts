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

/**
 * Whether an acronym reads as a common noun somewhere in the text: in the plural ("DVDs", not
 * "DVD's"), after an indefinite article ending its phrase ("a DVD.", "an MBE in"), modifying a
 * product noun ("DVD players", "the PC game"), or spelt out in lower-case words ("initial public
 * offer (IPO)").
 */
export function isCommonNounAcronym(name: string, text: string): boolean {
  if (!ACRONYM.test(name)) return false;
  // Capitals and digits only: nothing to escape in a pattern.
  const acronym = name;
  const cues = [
    `\\b${acronym}s\\b`,
    `\\b(?:a|an|A|An)\\s+${acronym}(?=${PHRASE_END})`,
    `\\b${acronym}\\s+(?:${PRODUCT_NOUNS})\\b`,
    spelledOutCue(acronym),
  ];
  return cues.some((cue) => new RegExp(cue).test(text));
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
