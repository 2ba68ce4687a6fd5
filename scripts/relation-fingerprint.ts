/**
 * `npx tsx scripts/relation-fingerprint.ts`: one sha256 over every relation the pipeline finds in
 * the BBC corpus (subject and object names, type, provenance, confidence, evidence sentence index
 * and span), so a speed-only change to the relate stage can prove its output is unchanged.
 */

import { createHash } from "node:crypto";
import { readCorpus } from "../bench/lib/corpus.js";
import { reportProgress } from "../bench/lib/progress.js";
import { readInput } from "../src/pipeline/1-intake/read-input.js";
import { analyzeArticle } from "../src/pipeline/index.js";

const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

const hash = createHash("sha256");
let relations = 0;
const files = readCorpus();
for (const [done, file] of files.entries()) {
  for (const item of readInput(
    { bytes: file.bytes, name: file.path },
    { maxBytes: MAX_ARTICLE_BYTES },
  )) {
    if (!item.ok) continue;
    const extraction = analyzeArticle(item.draft);
    hash.update(`#${file.path}\n`);
    for (const relation of extraction.relations) {
      relations += 1;
      const subject = extraction.entities[relation.subject]!.name;
      const object = extraction.entities[relation.object]!.name;
      const { sentenceIndex, start, end } = relation.evidence;
      hash.update(
        `${subject}\t${relation.type}\t${object}\t${relation.provenance}\t${relation.confidence}\t${sentenceIndex}\t${start}\t${end}\n`,
      );
    }
  }
  reportProgress(done + 1, files.length);
}
console.log(`relations ${relations}, sha256 ${hash.digest("hex")}`);
