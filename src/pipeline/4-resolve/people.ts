/** Lookups over the curated people list: full names and aliases, and surnames that stand alone. */

import { normalizeKey } from "../../domain/normalize.js";
import { PEOPLE_SEEDS } from "../model/gazetteers/notable-people.js";

const BY_NAME = new Map<string, string>();
const BY_SURNAME = new Map<string, string>();
const SHARED_SURNAMES = new Set<string>();
for (const seed of PEOPLE_SEEDS) {
  for (const name of [seed.canonical, ...(seed.aliases ?? [])])
    BY_NAME.set(normalizeKey(name), seed.canonical);
  const surname = normalizeKey(seed.surname ?? seed.canonical.split(" ").at(-1) ?? seed.canonical);
  if (seed.bySurname) BY_SURNAME.set(surname, seed.canonical);
  else SHARED_SURNAMES.add(surname);
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
