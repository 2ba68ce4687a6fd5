/**
 * `npx tsx scripts/relation-fingerprint.ts`: one sha256 over every relation the pipeline finds in
 * the BBC corpus (subject and object names, type, provenance, confidence, evidence sentence index
 * and span), so a speed-only change to the relate stage can prove its output is unchanged.
 * `--dump FILE` also writes every hashed line, prefixed with its article's path, to diff two
 * versions relation by relation.
 */

import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { readCorpus } from "../bench/lib/corpus.js";
import { reportProgress } from "../bench/lib/progress.js";
import { readInput } from "../src/pipeline/1-intake/read-input.js";
import { analyzeArticle } from "../src/pipeline/index.js";

const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

const { values: options } = parseArgs({ options: { dump: { type: "string" } } });
const dumped: string[] = [];
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
      const line = `${subject}\t${relation.type}\t${object}\t${relation.provenance}\t${relation.confidence}\t${sentenceIndex}\t${start}\t${end}\n`;
      hash.update(line);
      if (options.dump) dumped.push(`${file.path}\t${line}`);
    }
  }
  reportProgress(done + 1, files.length);
}
console.log(`relations ${relations}, sha256 ${hash.digest("hex")}`);
if (options.dump) writeFileSync(options.dump, dumped.join(""));
