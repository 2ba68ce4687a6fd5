/**
 * The country whose government a story covers: the one its parties belong to ("Labour", "the
 * Tories"), else the one whose seat of government it names ("Downing Street said"); none when
 * they name several or the story never names that country. A story about Iraq that quotes Downing
 * Street titles British ministers bare, one about Labour's campaign does so however often it
 * names Iraq; failing both, the one whose government it names ("the Jamaican government is
 * regaining control… Finance Minister X said"); the country a story names most is no guide (a rugby tour of New Zealand mentions
 * "Prime Minister Tony Blair"). Read by the home offices (rules) and the relation model's gate.
 */
import type { EntityType } from "../../domain/vocabulary.js";
import { findEntryByKey } from "../3-recognize/gazetteer/gazetteer-lookups.js";

/** What the reading needs of one mention: its entity's key and type, and whether it stands for a state. */
export interface GovernmentCue {
  key: string;
  type: EntityType;
  isMetonymy: boolean;
}

/**
 * The gazetteer key of the story's government country, or undefined. `governed` holds the
 * countries whose government the story names ("the South African government"): the cue after a
 * party and a seat of government. With `bodies`, a story naming none of these may name the
 * government's own bodies instead ("told the Commons", "the Department for International
 * Development"), all of one country.
 */
export function governmentCountryKey(
  mentions: Iterable<GovernmentCue>,
  options: { governed?: ReadonlySet<string>; bodies?: boolean } = {},
): string | undefined {
  const parties = new Set<string>();
  const seats = new Set<string>();
  const bodies = new Set<string>();
  const named = new Set<string>();
  for (const { key, type, isMetonymy } of mentions) {
    if (type === "COUNTRY") {
      named.add(key);
      if (isMetonymy) seats.add(key);
    }
    const entry = findEntryByKey(key);
    if (entry?.kind === "party" && entry.country) parties.add(entry.country);
    if (entry?.kind === "government" && entry.country) bodies.add(entry.country);
  }
  const governed = options.governed ?? new Set<string>();
  const keys =
    parties.size > 0
      ? parties
      : seats.size > 0
        ? seats
        : governed.size > 0 || !options.bodies
          ? governed
          : bodies;
  if (keys.size !== 1) return undefined;
  const [key] = keys;
  return key !== undefined && named.has(key) ? key : undefined;
}
