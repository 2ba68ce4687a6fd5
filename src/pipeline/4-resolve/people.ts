/** Lookups over the curated people list: full names and aliases, and surnames that stand alone. */

import { normalizeKey } from "../../domain/normalize.js";
import { PEOPLE_SEEDS } from "../model/gazetteers/notable-people.js";

const BY_NAME = new Map<string, string>();
const BY_SURNAME = new Map<string, string>();
const SHARED_SURNAMES = new Set<string>();
const ALIAS_SURNAMES = new Map<string, string>();
for (const seed of PEOPLE_SEEDS) {
  for (const name of [seed.canonical, ...(seed.aliases ?? [])])
    BY_NAME.set(normalizeKey(name), seed.canonical);
  const surname = normalizeKey(seed.surname ?? seed.canonical.split(" ").at(-1) ?? seed.canonical);
  if (seed.bySurname) BY_SURNAME.set(surname, seed.canonical);
  else SHARED_SURNAMES.add(surname);
  if (seed.bySurname)
    for (const spelling of aliasSurnames(seed, surname))
      ALIAS_SURNAMES.set(spelling, seed.canonical);
}
// "Gadhafi" for Muammar Gaddafi: a surname spelled as one of the listed full spellings ends, unless
// it is any listed person's own short name or a short name the list keeps from standing alone.
for (const [spelling, canonical] of ALIAS_SURNAMES)
  if (!BY_SURNAME.has(spelling) && !SHARED_SURNAMES.has(spelling))
    BY_SURNAME.set(spelling, canonical);

/**
 * The short name as the person's other full spellings end ("Moammar Gadhafi" → "gadhafi",
 * "Alyaksandr Lukashenka" → "lukashenka"), for names whose short name ends the full name: the
 * same number of last words. "Mao Tse-tung" ends in a given name, so Mao Zedong gives none.
 */
function aliasSurnames(seed: (typeof PEOPLE_SEEDS)[number], surname: string): string[] {
  const width = surname.split(" ").length;
  const tail = (name: string): string => normalizeKey(name).split(" ").slice(-width).join(" ");
  if (tail(seed.canonical) !== surname) return [];
  return (seed.aliases ?? [])
    .filter((alias) => alias.trim().split(/\s+/).length > width)
    .map(tail)
    .filter((spelling) => spelling !== surname);
}

/** The canonical name of a listed person from a full name or alias ("Joseph R. Biden" → "Joe Biden"). */
export function lookupPersonByName(name: string): string | undefined {
  return BY_NAME.get(normalizeKey(name));
}

/** The listed person a short name alone stands for ("Biden" → "Joe Biden"), when unambiguous. */
export function lookupPersonBySurname(surname: string): string | undefined {
  return BY_SURNAME.get(normalizeKey(surname));
}

/**
 * Whether a short name is one the curated list never lets stand alone ("Clinton": Bill and
 * Hillary; "Brown"): it may name any of several people, so it joins none of them by itself.
 */
export function isSharedSurname(surname: string): boolean {
  const key = normalizeKey(surname);
  return SHARED_SURNAMES.has(key) && !BY_SURNAME.has(key);
}
