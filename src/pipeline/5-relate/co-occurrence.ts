/** Co-occurrence: entity pairs named in one sentence, counted over the article (a separate edge kind). */
import type { Resolution } from "../4-resolve/resolve.js";
import type { CoOccurrence } from "../types.js";

/** Co-occurrence is counted among at most this many entities of one sentence (lists of names). */
const MAX_ENTITIES_PER_SENTENCE = 30;

/** Entity pairs named in one sentence, counted over the article. */
export function countCoOccurrences(resolution: Resolution): CoOccurrence[] {
  const bySentence = new Map<number, Set<number>>();
  for (const mention of resolution.mentions) {
    const set = bySentence.get(mention.sentenceIndex) ?? new Set<number>();
    set.add(mention.entity);
    bySentence.set(mention.sentenceIndex, set);
  }
  const counts = new Map<string, CoOccurrence>();
  for (const set of bySentence.values()) {
    const entities = [...set].sort((a, b) => a - b).slice(0, MAX_ENTITIES_PER_SENTENCE);
    for (let i = 0; i < entities.length; i++) {
      for (let j = i + 1; j < entities.length; j++) {
        const a = entities[i] as number;
        const b = entities[j] as number;
        const key = `${a}:${b}`;
        const entry = counts.get(key) ?? { a, b, count: 0 };
        entry.count += 1;
        counts.set(key, entry);
      }
    }
  }
  return [...counts.values()];
}
