import { parseArgs } from "node:util";
import {
  buildTrainingRows,
  CLASSIFIER_TYPES,
  readTrainingSets,
  TRAIN_OPTION_ARGS,
  trainOptionsFromArgs,
} from "../src/eval/relation-training.js";
import { evaluateRelations, scoreCounts } from "../src/eval/relations.js";
import { evaluateTypedRelations } from "../src/eval/typed-relations.js";
import { decodeRelationModel } from "../src/pipeline/5-relate/classifier/model.js";
import { narrowSignature } from "../src/pipeline/5-relate/classifier/predict.js";
import { type TrainingRow, trainRelationModel } from "../src/pipeline/5-relate/classifier/train.js";
import { fitsSignature } from "../src/pipeline/5-relate/relate.js";

const DATA_DIR = new URL("../../shared/data/", import.meta.url);

const { values } = parseArgs({
  options: { ...TRAIN_OPTION_ARGS, folds: { type: "string", default: "4" } },
});
const options = trainOptionsFromArgs(values);
const folds = Number(values.folds);

const sets = readTrainingSets(DATA_DIR);

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
