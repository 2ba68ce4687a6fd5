/**
 * Development check (not a benchmark): a fingerprint of the tagger's stage-2 labels over CoNLL
 * eng.testa and every fifth BBC article, so a change meant to keep the output can be proved to.
 * Usage: npx tsx scripts/tagger-fingerprint.ts [conll file] [BBC articles]
 */
import { createHash } from "node:crypto";
import { readCorpus } from "../bench/lib/corpus.js";
import { segmentText } from "../src/pipeline/2-segment/segment.js";
import { readConllFile } from "../src/pipeline/3-recognize/tagger/conll.js";
import { loadTagger } from "../src/pipeline/3-recognize/tagger/tagger.js";

const conllPath = process.argv[2] ?? "../shared/data/conll2003/eng.testa";
const limit = Number(process.argv[3] ?? 450);
const tagger = loadTagger();
const documents: string[][][] = readConllFile(conllPath).map((doc) =>
  doc.sentences.map((s) => s.tokens),
);
const bbc = readCorpus()
  .filter((_, i) => i % 5 === 0)
  .slice(0, limit);
for (const file of bbc)
  documents.push(segmentText(file.bytes.toString("utf8")).map((s) => s.tokens.map((t) => t.text)));
for (let pass = 0; pass < Number(process.env.PASSES ?? 3); pass++) {
  const hash = createHash("sha256");
  let tokens = 0;
  const cpu = process.cpuUsage();
  for (const doc of documents) {
    for (const labels of tagger.labelDocument(doc)) {
      hash.update(labels);
      hash.update("|");
      tokens += labels.length;
    }
  }
  const used = process.cpuUsage(cpu);
  const ms = (used.user + used.system) / 1000;
  process.stdout.write(
    `${documents.length} documents, ${tokens} tokens, ${ms.toFixed(0)} CPU ms: ${hash.digest("hex").slice(0, 16)}\n`,
  );
}
