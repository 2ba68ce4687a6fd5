/**
 * Trains the relation classifier from ../shared/data (DWIE dev.json and Re-DocRED dev_revised.json,
 * the training part of each: three documents in four, by a stable hash of the title) and writes
 * src/pipeline/model/relation-classifier.json.gz. Deterministic: documents sorted by title, seeded
 * shuffles; it prints the model's sha256 so two runs can be compared.
 *
 * Usage: npx tsx scripts/train-relations.ts [--epochs N] [--rate R] [--min-count C] [--out FILE]
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import {
  readTrainingSets,
  TRAIN_OPTION_ARGS,
  TRAINING_FILES,
  trainOnDocuments,
  trainOptionsFromArgs,
} from "../src/eval/relation-training.js";
import {
  hashRelationModel,
  RELATION_MODEL_URL,
  serializeRelationModel,
} from "../src/pipeline/5-relate/classifier/model.js";

const DATA_DIR = new URL("../../shared/data/", import.meta.url);

const { values } = parseArgs({ options: { ...TRAIN_OPTION_ARGS, out: { type: "string" } } });
const options = trainOptionsFromArgs(values);

const started = performance.now();
const sets = readTrainingSets(DATA_DIR);
for (const { dataset, documents } of sets) {
  console.log(`${dataset}: ${documents.length} training documents`);
}
const { model, rows, positives, report } = trainOnDocuments(sets, options);
model.meta.trainedOn = TRAINING_FILES.map(({ dataset }) => dataset).join(",");
const out = values.out ?? fileURLToPath(RELATION_MODEL_URL);
const bytes = gzipSync(serializeRelationModel(model), { level: 9 });
writeFileSync(out, bytes);
console.log(`rows ${rows} (with a gold type: ${positives}), features ${model.features.length}`);
console.log(
  `thresholds ${model.types.map((type, t) => `${type} ${model.thresholds[t]}`).join(", ")}`,
);
console.log("out of fold, at the chosen thresholds (pairs of our entities; P R tp/pred/gold):");
for (const row of report) {
  const precision = row.predicted ? (100 * row.truePositives) / row.predicted : 0;
  const recall = row.gold ? (100 * row.truePositives) / row.gold : 0;
  console.log(
    `  ${row.type.padEnd(16)} ${row.source.padEnd(9)} ${precision.toFixed(1).padStart(5)} ${recall.toFixed(1).padStart(5)}  ${row.truePositives}/${row.predicted}/${row.gold}`,
  );
}
for (const source of [...new Set(report.map((row) => row.source))]) {
  const rows = report.filter((row) => row.source === source);
  const tp = rows.reduce((sum, row) => sum + row.truePositives, 0);
  const predicted = rows.reduce((sum, row) => sum + row.predicted, 0);
  const gold = rows.reduce((sum, row) => sum + row.gold, 0);
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  console.log(
    `  ${"all".padEnd(16)} ${source.padEnd(9)} ${(100 * p).toFixed(1).padStart(5)} ${(100 * r).toFixed(1).padStart(5)}  F1 ${((200 * p * r) / (p + r || 1)).toFixed(1)}`,
  );
}
console.log(`wrote ${out}: ${(bytes.length / 1e6).toFixed(2)} MB`);
console.log(`sha256 ${hashRelationModel(model)}`);
console.log(`seconds ${((performance.now() - started) / 1000).toFixed(1)}`);
