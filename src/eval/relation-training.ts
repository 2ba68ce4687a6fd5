/** Training rows for the relation classifier: our candidate pairs on annotated documents, labelled from the gold relations. */

import { fileURLToPath } from "node:url";
import type { EntityType, RelationType } from "../domain/vocabulary.js";
import { segmentText } from "../pipeline/2-segment/segment.js";
import { recognizeMentions } from "../pipeline/3-recognize/recognize.js";
import { resolveMentions } from "../pipeline/4-resolve/resolve.js";
import { buildDocumentView } from "../pipeline/5-relate/classifier/candidates.js";
import type { RelationModelFile } from "../pipeline/5-relate/classifier/model.js";
import { describePairs, narrowSignature } from "../pipeline/5-relate/classifier/predict.js";
import {
  DEFAULT_TRAIN_OPTIONS,
  type FoldReport,
  type TrainingRow,
  type TrainOptions,
  trainRelationModel,
} from "../pipeline/5-relate/classifier/train.js";
import { fitsSignature, modelFeatureRules, relateEntities } from "../pipeline/5-relate/relate.js";
import {
  alignEntities,
  goldRelations,
  type RelationDataset,
  type RelationDocument,
  readRelationDocuments,
  rebuildText,
  selectSplit,
} from "./relation-data.js";

/** The types the classifier learns: those both datasets (or one of them) label. */
export const CLASSIFIER_TYPES: readonly RelationType[] = [
  "LEADER_OF",
  "HOLDS_POSITION",
  "WORKS_FOR",
  "MEMBER_OF",
  "CITIZEN_OF",
  "BASED_IN",
  "LOCATED_IN",
  "CAPITAL_OF",
  "PARTICIPATED_IN",
  "PLAYS_FOR",
  "COACHES",
  "FOUNDED",
  "DEFEATED",
];

const fits = narrowSignature(fitsSignature);

/** The candidate pairs of one document (rules only, no classifier) labelled with the gold types. */
export function buildTrainingRows(
  document: RelationDocument,
  dataset: RelationDataset,
  documentIndex: number,
): TrainingRow[] {
  const { text, offsets } = rebuildText(document);
  const sentences = segmentText(text);
  const resolution = resolveMentions(recognizeMentions(text, sentences), sentences);
  const { relations } = relateEntities(text, sentences, resolution, { relationModel: null });
  const view = buildDocumentView(text, sentences, resolution);
  const alignment = alignEntities(document, dataset, resolution, offsets);
  const clusterTypes = new Map<number, EntityType>();
  resolution.entities.forEach((entity, index) => {
    const cluster = alignment.entityCluster[index];
    if (cluster !== undefined && !clusterTypes.has(cluster)) clusterTypes.set(cluster, entity.type);
  });
  const gold = new Map<string, RelationType[]>();
  for (const relation of goldRelations(document, dataset, clusterTypes)) {
    const key = `${relation.subject}:${relation.object}`;
    gold.set(key, [...(gold.get(key) ?? []), relation.type]);
  }
  const { candidates, features } = describePairs(
    view,
    modelFeatureRules(relations),
    CLASSIFIER_TYPES,
    fits,
  );
  const rows: TrainingRow[] = [];
  candidates.forEach((candidate, c) => {
    const subject = alignment.entityCluster[candidate.subject];
    const object = alignment.entityCluster[candidate.object];
    // A pair with an entity the annotators did not mark teaches nothing reliable either way.
    if (subject === undefined || object === undefined || subject === object) return;
    const objectType = view.types[candidate.object]!;
    // "Canada" and "Canadian" are separate clusters Re-DocRED labels alike.
    const objects =
      objectType === "COUNTRY" ? [...alignment.entityClusters[candidate.object]!] : [object];
    const labels = new Set<RelationType>();
    for (const o of objects)
      for (const type of gold.get(`${subject}:${o}`) ?? [])
        if (fits(type, view.types[candidate.subject]!, objectType)) labels.add(type);
    rows.push({
      features: features[c]!,
      labels: [...labels].sort(),
      subjectType: view.types[candidate.subject]!,
      objectType,
      document: documentIndex,
      source: dataset,
    });
  });
  return rows;
}

/** Trains on documents of several datasets, in the order given (sorted by the caller). */
export function trainOnDocuments(
  sets: readonly { dataset: RelationDataset; documents: readonly RelationDocument[] }[],
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): { model: RelationModelFile; rows: number; positives: number; report: FoldReport[] } {
  const rows: TrainingRow[] = [];
  let documentIndex = 0;
  for (const { dataset, documents } of sets) {
    for (const document of documents)
      rows.push(...buildTrainingRows(document, dataset, documentIndex++));
  }
  const report: FoldReport[] = [];
  const model = trainRelationModel(rows, CLASSIFIER_TYPES, fits, options, report);
  return {
    model,
    report,
    rows: rows.length,
    positives: rows.filter((row) => row.labels.length > 0).length,
  };
}

/** The data sets the classifier trains on, under ../shared/data. */
export const TRAINING_FILES: readonly { dataset: RelationDataset; file: string }[] = [
  { dataset: "dwie", file: "dwie/dev.json" },
  { dataset: "redocred", file: "re-docred/dev_revised.json" },
];

/** The training part (never the held-out quarter) of each data set, sorted by title. */
export function readTrainingSets(
  dataDir: URL,
): { dataset: RelationDataset; documents: RelationDocument[] }[] {
  return TRAINING_FILES.map(({ dataset, file }) => ({
    dataset,
    documents: selectSplit(
      readRelationDocuments(fileURLToPath(new URL(file, dataDir))),
      "train",
    ).sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0)),
  }));
}

/** The command-line options shared by train-relations and tune-relations. */
export const TRAIN_OPTION_ARGS = {
  epochs: { type: "string" },
  rate: { type: "string" },
  "min-count": { type: "string" },
  "min-precision": { type: "string" },
  l2: { type: "string" },
  "dwie-weight": { type: "string" },
} as const;

/** The default training options, with those given on the command line. */
export function trainOptionsFromArgs(values: {
  epochs?: string;
  rate?: string;
  "min-count"?: string;
  "min-precision"?: string;
  l2?: string;
  "dwie-weight"?: string;
}): TrainOptions {
  return {
    ...DEFAULT_TRAIN_OPTIONS,
    ...(values.epochs ? { epochs: Number(values.epochs) } : {}),
    ...(values.rate ? { learningRate: Number(values.rate) } : {}),
    ...(values["min-count"] ? { minCount: Number(values["min-count"]) } : {}),
    ...(values["min-precision"] ? { minPrecision: Number(values["min-precision"]) } : {}),
    ...(values.l2 ? { l2: Number(values.l2) } : {}),
    ...(values["dwie-weight"]
      ? {
          sourceWeights: {
            ...DEFAULT_TRAIN_OPTIONS.sourceWeights,
            dwie: Number(values["dwie-weight"]),
          },
        }
      : {}),
  };
}
