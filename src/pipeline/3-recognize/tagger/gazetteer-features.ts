/** Builds the hashed gazetteer: entity phrases (and the tokens inside multi-word ones) → type bitmask. */
import type { NerLabel } from "../../types.js";
import { hashGazetteerPhrase, hashGazetteerToken, hashWordForLexicon } from "./features.js";
import { NER_TYPES } from "./spans.js";

/** One gazetteer name with its type. */
export interface GazetteerEntry {
  tokens: readonly string[];
  type: NerLabel;
}

/** Longest name kept, in tokens. */
export const GAZETTEER_MAX_LENGTH = 6;

/** Hashes entries into a key → type-bitmask map plus the longest phrase length. */
export function buildGazetteer(entries: Iterable<GazetteerEntry>): {
  gazetteer: Map<number, number>;
  maxLength: number;
} {
  const gazetteer = new Map<number, number>();
  let maxLength = 0;
  for (const entry of entries) {
    const n = entry.tokens.length;
    if (n === 0 || n > GAZETTEER_MAX_LENGTH) continue;
    const bit = 1 << NER_TYPES.indexOf(entry.type);
    const hashes = entry.tokens.map(hashWordForLexicon);
    const phrase = hashGazetteerPhrase(hashes);
    gazetteer.set(phrase, (gazetteer.get(phrase) ?? 0) | bit);
    if (n > 1) {
      for (const h of hashes) {
        const token = hashGazetteerToken(h);
        gazetteer.set(token, (gazetteer.get(token) ?? 0) | bit);
      }
    }
    maxLength = Math.max(maxLength, n);
  }
  return { gazetteer, maxLength };
}
