/**
 * Name lists the tagger's gazetteer features are built from, outside the training text: the
 * installed data packages.
 * Each entry is tokenised by the project's segmenter, so it matches text the way the tagger sees it.
 */
import { createRequire } from "node:module";
import type { Country } from "world-countries";
import { segmentText } from "../../2-segment/segment.js";
import type { NerLabel } from "../../types.js";
import type { GazetteerEntry } from "./gazetteer-features.js";

const require = createRequire(import.meta.url);

/** Collects entries, tokenised, skipping names shorter than two characters. */
class EntryList {
  readonly entries: GazetteerEntry[] = [];

  /** Adds one name of the given type. */
  add(name: string | undefined, type: NerLabel): void {
    if (name === undefined || name.length < 2) return;
    const tokens = segmentText(name).flatMap((s) => s.tokens.map((t) => t.text));
    this.entries.push({ tokens, type });
  }
}

/** Country names (LOC), capitals (LOC) and demonyms (MISC) from world-countries. */
export function collectCountryEntries(): GazetteerEntry[] {
  // world-countries ships CommonJS JSON whose default export NodeNext types as a namespace
  const countries = require("world-countries/countries.json") as Country[];
  const list = new EntryList();
  for (const country of countries) {
    list.add(country.name.common, "LOC");
    list.add(country.name.official, "LOC");
    for (const capital of country.capital ?? []) list.add(capital, "LOC");
    const demonyms = (country.demonyms as Record<string, { f: string; m: string }> | undefined)
      ?.eng;
    if (demonyms !== undefined) {
      list.add(demonyms.m, "MISC");
      list.add(demonyms.f, "MISC");
    }
  }
  return list.entries;
}
