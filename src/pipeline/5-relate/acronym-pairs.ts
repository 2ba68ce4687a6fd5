/**
 * Two entities of which one spells the other's initials ("Brackla Vexon" and "BV", "Tara" and
 * "Total Abstract Rendering Architecture") are one thing the recogniser split in two, often under
 * different types: no relation joins them ("Brackla Vexon MEMBER_OF BV" is always a misreading).
 */
import { nameInitials } from "../4-resolve/link-across-articles.js";

/** Fewest initials that make a short name an acronym of a long one: "HP" of "Hewlett Packard". */
const MIN_INITIALS = 2;
const DOTS_RE = /\./g;
const SPACE_RE = /\s/;

/** Whether `short` spells the initials of the name of several words `long`. */
function spellsInitials(short: string, long: string): boolean {
  if (!SPACE_RE.test(long)) return false;
  const initials = nameInitials(long);
  return initials.length >= MIN_INITIALS && short.replace(DOTS_RE, "").toLowerCase() === initials;
}

/** Whether either of two entity names is the other's acronym. */
export function isAcronymPair(first: string, second: string): boolean {
  return spellsInitials(first, second) || spellsInitials(second, first);
}
