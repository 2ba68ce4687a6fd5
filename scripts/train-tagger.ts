/**
 * Trains the NER tagger from ../shared/data (CoNLL-2003 eng.train, plus Re-DocRED names,
 * world-countries, the project's curated lists and compromise's lexicon names as gazetteers;
 * --no-curated leaves the last two out), writes src/pipeline/model/ner-tagger.bin.gz and prints
 * dev (eng.testa) scores. Word clusters are read from scripts/data/glove-word-clusters.tsv.gz
 * (built from GloVe vectors by scripts/build-word-clusters.ts), or with --learned-clusters learned
 * from unlabelled text (the BBC articles and the tokens of eng.train), as the model shipped before
 * 2026-12-07 was; either way they ship inside the model as hashed words. Deterministic: fixed
 * seeds, fixed shuffles, sorted inputs.
 *
 * With --holdout, the last fifth of eng.train's documents is left out of training and scored
 * instead of eng.testa: the split to choose features and settings on.
 *
 * Usage: npx tsx scripts/train-tagger.ts [--epochs N] [--folds K] [--min-count C] [--beam B] [--prune W]
 *        [--seed S | --seeds S1,S2,…] [--no-clusters] [--holdout] [--out FILE] [--no-curated] [--learned-clusters]
 *        [--cluster-cache FILE]
 *        [--more-text] [--cluster-min-count C] [--cluster-dimensions D] [--cluster-context W]
 * With --learned-clusters, --more-text adds the Re-DocRED and DWIE texts to the unlabelled text
 * for clusters and casing, and the --cluster-* options override `DEFAULT_CLUSTER_OPTIONS` (use a
 * fresh --cluster-cache). Casing is always learned from the unlabelled text.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { gunzipSync } from "node:zlib";
import { evaluateNer, evaluateNerDocuments, formatNerReport } from "../src/eval/ner.js";
import { segmentText } from "../src/pipeline/2-segment/segment.js";
import {
  buildWordClusters,
  DEFAULT_CLUSTER_OPTIONS,
  learnWordCasing,
} from "../src/pipeline/3-recognize/tagger/cluster-words.js";
import { readConllFile } from "../src/pipeline/3-recognize/tagger/conll.js";
import { hashString } from "../src/pipeline/3-recognize/tagger/hashing.js";
import {
  decodeModel,
  encodeModel,
  type TrainedTagger,
} from "../src/pipeline/3-recognize/tagger/model-file.js";
import { TAGGER_MODEL_URL, Tagger } from "../src/pipeline/3-recognize/tagger/tagger.js";
import {
  averageTaggers,
  DEFAULT_TRAIN_OPTIONS,
  trainTagger,
} from "../src/pipeline/3-recognize/tagger/train.js";
import { foldWord, normalizeToken } from "../src/pipeline/3-recognize/tagger/word-features.js";

const DATA_DIR = new URL("../../shared/data/", import.meta.url);
const TRAIN_FILE = fileURLToPath(new URL("conll2003/eng.train", DATA_DIR));
/** Written by scripts/build-word-clusters.ts from GloVe vectors. */
const GLOVE_CLUSTERS_FILE = fileURLToPath(
  new URL("data/glove-word-clusters.tsv.gz", import.meta.url),
);
/** Share of eng.train's documents (the last ones) that --holdout scores instead of training on. */
const HOLDOUT_SHARE = 0.2;

const { values } = parseArgs({
  options: {
    epochs: { type: "string" },
    folds: { type: "string" },
    "min-count": { type: "string" },
    beam: { type: "string" },
    seed: { type: "string" },
    seeds: { type: "string" },
    prune: { type: "string", default: "0" },
    out: { type: "string" },
    "no-clusters": { type: "boolean", default: false },
    holdout: { type: "boolean", default: false },
    "no-curated": { type: "boolean", default: false },
    "learned-clusters": { type: "boolean", default: false },
    "more-text": { type: "boolean", default: false },
    "cluster-min-count": { type: "string" },
    "cluster-dimensions": { type: "string" },
    "cluster-context": { type: "string" },
    "cluster-cache": { type: "string" },
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
  for (const document of trainDocuments) {
    for (const sentence of document.sentences) yield sentence.tokens;
  }
  if (values["more-text"]) {
    // Re-DocRED (Wikipedia) comes split into sentences; DWIE is one token list per article
    // whose "\n" tokens mark line breaks
    interface TokenisedDocument {
      sents: string[][];
    }
    const read = (file: string): TokenisedDocument[] =>
      JSON.parse(readFileSync(new URL(file, DATA_DIR), "utf8")) as TokenisedDocument[];
    for (const document of read("re-docred/dev_revised.json")) yield* document.sents;
    for (const document of read("dwie/dev.json")) {
      let line: string[] = [];
      for (const token of document.sents.flat()) {
        if (token !== "\n") line.push(token);
        if (token === "\n" || token === ".") {
          if (line.length > 0) yield line;
          line = [];
        }
      }
      if (line.length > 0) yield line;
    }
  }
}

/** The GloVe-derived clusters: `word<TAB>path` lines, most frequent word first. */
function readGloveClusters(): [string, string][] {
  const text = gunzipSync(readFileSync(GLOVE_CLUSTERS_FILE)).toString("utf8");
  return text
    .split("\n")
    .filter((line) => line.length > 0)
    .map((line) => line.split("\t") as [string, string]);
}

const trainDocuments = readConllFile(TRAIN_FILE);
const heldOut = values.holdout ? Math.round(trainDocuments.length * HOLDOUT_SHARE) : 0;

const started = Date.now();
const foldToken = (token: string): string => foldWord(normalizeToken(token));
const unlabelled = [...readUnlabelledSentences()];
const casing = new Map<number, number>();
for (const [word, bucket] of learnWordCasing(unlabelled, foldToken))
  casing.set(hashString(word), bucket);
let clusters: Map<number, string> | undefined;
if (!values["no-clusters"]) {
  clusters = new Map();
  // clustering is deterministic and takes about a minute: a cache saves it between experiments
  const cache = values["cluster-cache"];
  const paths: [string, string][] = !values["learned-clusters"]
    ? readGloveClusters()
    : cache !== undefined && existsSync(cache)
      ? JSON.parse(readFileSync(cache, "utf8"))
      : [
          ...buildWordClusters(
            unlabelled.map((s) => s.map(foldToken)),
            {
              ...DEFAULT_CLUSTER_OPTIONS,
              ...(values["cluster-min-count"]
                ? { minCount: Number(values["cluster-min-count"]) }
                : {}),
              ...(values["cluster-dimensions"]
                ? { dimensions: Number(values["cluster-dimensions"]) }
                : {}),
              ...(values["cluster-context"]
                ? { contextWords: Number(values["cluster-context"]) }
                : {}),
            },
          ),
        ];
  if (values["learned-clusters"] && cache !== undefined && !existsSync(cache))
    writeFileSync(cache, JSON.stringify(paths));
  for (const [word, path] of paths) clusters.set(hashString(word), path);
  console.log(
    `clustered ${clusters.size} words, casing for ${casing.size} (${((Date.now() - started) / 1000).toFixed(1)}s)`,
  );
}
const trainWithSeed = (seed: number | undefined) =>
  trainTagger({
    ...DEFAULT_TRAIN_OPTIONS,
    ...(values.epochs ? { epochs: Number(values.epochs) } : {}),
    ...(values.folds ? { folds: Number(values.folds) } : {}),
    ...(values["min-count"] ? { minCount: Number(values["min-count"]) } : {}),
    ...(values.beam ? { beamSize: Number(values.beam) } : {}),
    ...(seed !== undefined ? { seed } : {}),
    trainFile: TRAIN_FILE,
    heldOutDocuments: heldOut,
    redocredFile: fileURLToPath(new URL("re-docred/dev_revised.json", DATA_DIR)),
    ...(clusters ? { clusters } : {}),
    casing,
    curatedGazetteer: !values["no-curated"],
    log: (line) => console.log(line),
  });
// --seeds a,b,c trains once per seed and ships the mean of the models (see averageTaggers)
const seeds = values.seeds?.split(",").map(Number);
if (seeds?.some((seed) => !Number.isInteger(seed)))
  throw new Error("--seeds takes integers, comma-separated");
/** Scores a model as written (quantised and pruned), exactly as loadTagger will see it. */
const score = (bytes: Buffer) => {
  const tagger = new Tagger(decodeModel(bytes));
  return values.holdout
    ? evaluateNerDocuments(trainDocuments.slice(trainDocuments.length - heldOut), tagger)
    : evaluateNer(fileURLToPath(new URL("conll2003/eng.testa", DATA_DIR)), tagger);
};
let model: TrainedTagger;
if (seeds === undefined) {
  model = trainWithSeed(values.seed ? Number(values.seed) : undefined);
} else {
  const models = seeds.map((seed) => trainWithSeed(seed));
  // each seed's own score beside the mean model's, so the ensemble's gain is visible
  for (const [i, one] of models.entries()) {
    const { overall } = score(encodeModel(one, Number(values.prune)));
    console.log(`seed ${seeds[i]} alone: F1 ${overall.f1.toFixed(2)}`);
  }
  model = averageTaggers(models);
}
const out = values.out ?? fileURLToPath(TAGGER_MODEL_URL);
const bytes = encodeModel(model, Number(values.prune));
writeFileSync(out, bytes);
console.log(
  `wrote ${out} (${(bytes.length / 1024 / 1024).toFixed(2)} MB, ${clusters ? clusters.size : 0} clustered words) in ${((Date.now() - started) / 1000).toFixed(1)}s`,
);

const report = score(bytes);
console.log(
  values.holdout ? `held out (last ${heldOut} documents of eng.train):` : "dev (eng.testa):",
);
for (const line of formatNerReport(report)) console.log(line);
