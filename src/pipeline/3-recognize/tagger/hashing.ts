/**
 * 32-bit hashing for the tagger's feature space: features are never strings at tagging time, they
 * are integer keys combined from cached per-word hashes and template ids.
 */

/** FNV-1a over UTF-16 code units, finished with a murmur3 mix so that low bits are well spread. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mixHash(h);
}

/** The murmur3 32-bit finaliser. */
export function mixHash(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** Combines two 32-bit hashes into one, order-sensitively. */
export function combineHash(a: number, b: number): number {
  return mixHash((Math.imul(a, 0x9e3779b1) + (b ^ 0x7f4a7c15) + ((a << 6) | 0) + (a >>> 2)) | 0);
}

/** A deterministic PRNG (mulberry32) so training shuffles are reproducible. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
