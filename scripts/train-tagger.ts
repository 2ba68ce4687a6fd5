/**
 * Trains the NER tagger from ../shared/data (CoNLL-2003 eng.train, plus Re-DocRED names and
 * world-countries as gazetteers), writes src/pipeline/model/ner-tagger.bin.gz and prints dev
 * (eng.testa) scores. Word clusters are learned first from unlabelled text (the BBC articles and
 * the tokens of eng.train) and ship inside the model as hashed words. Deterministic: fixed seeds,
 * fixed shuffles, sorted inputs.
 *
 * Usage: npx tsx scripts/train-tagger.ts [--epochs N] [--folds K] [--min-count C] [--beam B] [--prune W]
 *        [--no-clusters] [--out FILE]
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { evaluateNer, formatNerReport } from "../src/eval/ner.js";
import { segmentText } from "../src/pipeline/2-segment/segment.js";
import {
  buildWordClusters,
  learnWordCasing,
} from "../src/pipeline/3-recognize/tagger/cluster-words.js";
import { readConllFile } from "../src/pipeline/3-recognize/tagger/conll.js";
import { hashString } from "../src/pipeline/3-recognize/tagger/hashing.js";
import { decodeModel, encodeModel } from "../src/pipeline/3-recognize/tagger/model-file.js";
import { TAGGER_MODEL_URL, Tagger } from "../src/pipeline/3-recognize/tagger/tagger.js";
import { DEFAULT_TRAIN_OPTIONS, trainTagger } from "../src/pipeline/3-recognize/tagger/train.js";
import { foldWord, normalizeToken } from "../src/pipeline/3-recognize/tagger/word-features.js";

const DATA_DIR = new URL("../../shared/data/", import.meta.url);

const { values } = parseArgs({
  options: {
    epochs: { type: "string" },
    folds: { type: "string" },
    "min-count": { type: "string" },
    beam: { type: "string" },
    prune: { type: "string", default: "0" },
    out: { type: "string" },
    "no-clusters": { type: "boolean", default: false },
  },
});

const BBC_CATEGORIES = ["business", "entertainment", "politics", "sport", "tech"];

/** Token sequences of the unlabelled corpus, in a fixed order. */
function* readUnlabelledSentences(): Generator<string[]> {
  for (const category of BBC_CATEGORIES) {
    const dir = new URL(`bbc-news/${category}/`, DATA_DIR);
    for (const file of readdirSync(dir).sort()) {
      for (const sentence of segmentText(readFileSync(new URL(file, dir), "utf8"))) {
        yield sentence.tokens.map((t) => t.text);
      }
    }
  }
  for (const document of readConllFile(fileURLToPath(new URL("conll2003/eng.train", DATA_DIR)))) {
    for (const sentence of document.sentences) yield sentence.tokens;
  }
}

const started = Date.now();
const foldToken = (token: string): string => foldWord(normalizeToken(token));
const unlabelled = [...readUnlabelledSentences()];
const casing = new Map<number, number>();
for (const [word, bucket] of learnWordCasing(unlabelled, foldToken))
  casing.set(hashString(word), bucket);
let clusters: Map<number, string> | undefined;
if (!values["no-clusters"]) {
  clusters = new Map();
  for (const [word, path] of buildWordClusters(unlabelled.map((s) => s.map(foldToken))))
    clusters.set(hashString(word), path);
  console.log(
    `clustered ${clusters.size} words, casing for ${casing.size} (${((Date.now() - started) / 1000).toFixed(1)}s)`,
  );
}
const model = trainTagger({
  ...DEFAULT_TRAIN_OPTIONS,
  ...(values.epochs ? { epochs: Number(values.epochs) } : {}),
  ...(values.folds ? { folds: Number(values.folds) } : {}),
  ...(values["min-count"] ? { minCount: Number(values["min-count"]) } : {}),
  ...(values.beam ? { beamSize: Number(values.beam) } : {}),
  trainFile: fileURLToPath(new URL("conll2003/eng.train", DATA_DIR)),
  redocredFile: fileURLToPath(new URL("re-docred/dev_revised.json", DATA_DIR)),
  ...(clusters ? { clusters } : {}),
  casing,
  log: (line) => console.log(line),
});
const out = values.out ?? fileURLToPath(TAGGER_MODEL_URL);
const bytes = encodeModel(model, Number(values.prune));
writeFileSync(out, bytes);
console.log(
  `wrote ${out} (${(bytes.length / 1024 / 1024).toFixed(2)} MB, ${clusters ? clusters.size : 0} clustered words) in ${((Date.now() - started) / 1000).toFixed(1)}s`,
);

// score the model as written (quantised and pruned), exactly as loadTagger will see it
const report = evaluateNer(
  fileURLToPath(new URL("conll2003/eng.testa", DATA_DIR)),
  new Tagger(decodeModel(bytes)),
);
console.log("dev (eng.testa):");
for (const line of formatNerReport(report)) console.log(line);
