/**
 * Cross-validates the whole relate stage on the training part of DWIE and Re-DocRED (never the
 * held-out quarter): the training documents fall in k folds; for each fold a classifier is trained
 * on the others and the full pipeline (rules, knowledge, classifier, inference) is scored on it.
 * The numbers to tune against, so the held-out ones stay a fair report.
 *
 * Usage: npx tsx scripts/tune-relations.ts [--folds K] [--epochs N] [--rate R] [--min-precision P]
 */
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import {
  type RelationDataset,
  type RelationDocument,
  readRelationDocuments,
  selectSplit,
} from "../src/eval/relation-data.js";
import { buildTrainingRows, CLASSIFIER_TYPES } from "../src/eval/relation-training.js";
import { evaluateRelations, scoreCounts } from "../src/eval/relations.js";
import { evaluateTypedRelations } from "../src/eval/typed-relations.js";
import { decodeRelationModel } from "../src/pipeline/5-relate/classifier/model.js";
import { narrowSignature } from "../src/pipeline/5-relate/classifier/predict.js";
import {
  DEFAULT_TRAIN_OPTIONS,
  type TrainingRow,
  trainRelationModel,
} from "../src/pipeline/5-relate/classifier/train.js";
import { fitsSignature } from "../src/pipeline/5-relate/relate.js";

const DATA_DIR = new URL("../../shared/data/", import.meta.url);
const FILES: readonly { dataset: RelationDataset; file: string }[] = [
  { dataset: "dwie", file: "dwie/dev.json" },
  { dataset: "redocred", file: "re-docred/dev_revised.json" },
];

const { values } = parseArgs({
  options: {
    folds: { type: "string", default: "4" },
    epochs: { type: "string" },
    rate: { type: "string" },
    "min-count": { type: "string" },
    "min-precision": { type: "string" },
    l2: { type: "string" },
  },
});
const options = {
  ...DEFAULT_TRAIN_OPTIONS,
  ...(values.epochs ? { epochs: Number(values.epochs) } : {}),
  ...(values.rate ? { learningRate: Number(values.rate) } : {}),
  ...(values["min-count"] ? { minCount: Number(values["min-count"]) } : {}),
  ...(values["min-precision"] ? { minPrecision: Number(values["min-precision"]) } : {}),
  ...(values.l2 ? { l2: Number(values.l2) } : {}),
};
const folds = Number(values.folds);

const byTitle = (a: RelationDocument, b: RelationDocument) =>
  a.title < b.title ? -1 : a.title > b.title ? 1 : 0;
const sets = FILES.map(({ dataset, file }) => ({
  dataset,
  documents: selectSplit(
    readRelationDocuments(fileURLToPath(new URL(file, DATA_DIR))),
    "train",
  ).sort(byTitle),
}));
// Rows once for every document; a fold's model reads the rows of the other folds' documents.
const rows: TrainingRow[] = [];
const foldOf: number[] = [];
let documentIndex = 0;
for (const { dataset, documents } of sets) {
  documents.forEach((document, i) => {
    foldOf[documentIndex] = i % folds;
    rows.push(...buildTrainingRows(document, dataset, documentIndex++));
  });
}
const fits = narrowSignature(fitsSignature);
const dwie = new Map<string, { tp: number; predicted: number; gold: number }>();
const redocred = new Map<string, { tp: number; predicted: number; gold: number }>();
const add = (
  into: Map<string, { tp: number; predicted: number; gold: number }>,
  key: string,
  tp: number,
  predicted: number,
  gold: number,
) => {
  const count = into.get(key) ?? { tp: 0, predicted: 0, gold: 0 };
  count.tp += tp;
  count.predicted += predicted;
  count.gold += gold;
  into.set(key, count);
};
for (let fold = 0; fold < folds; fold++) {
  const model = decodeRelationModel(
    trainRelationModel(
      rows.filter((row) => foldOf[row.document] !== fold),
      CLASSIFIER_TYPES,
      fits,
      options,
    ),
  );
  for (const { dataset, documents } of sets) {
    const mine = documents.filter((_, i) => i % folds === fold);
    if (dataset === "dwie") {
      const report = evaluateTypedRelations(mine, dataset, { relationModel: model });
      for (const s of report.types) add(dwie, s.type, s.truePositives, s.predicted, s.gold);
    } else {
      const report = evaluateRelations(mine, { relationModel: model });
      for (const p of report.properties)
        add(redocred, `${p.property} ${p.name}`, p.truePositives, p.predicted, p.gold);
    }
  }
}
const percent = (value: number) => (100 * value).toFixed(1).padStart(5);
for (const [name, counts] of [
  ["dwie", dwie],
  ["redocred", redocred],
] as const) {
  console.log(`${name}, ${folds}-fold over the training documents:`);
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  for (const [key, count] of counts) {
    tp += count.tp;
    predicted += count.predicted;
    gold += count.gold;
    if (count.gold === 0 && count.predicted === 0) continue;
    const s = scoreCounts(count.tp, count.predicted, count.gold);
    console.log(
      `  ${key.padEnd(40)} ${percent(s.precision)} ${percent(s.recall)} ${percent(s.f1)}  ${count.tp}/${count.predicted}/${count.gold}`,
    );
  }
  const s = scoreCounts(tp, predicted, gold);
  console.log(
    `  ${"overall".padEnd(40)} ${percent(s.precision)} ${percent(s.recall)} ${percent(s.f1)}  ${tp}/${predicted}/${gold}`,
  );
}
