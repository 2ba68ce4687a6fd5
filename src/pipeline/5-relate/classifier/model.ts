/** The relation classifier's weights: one logistic regression per relation type over named features. */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import type { RelationType } from "../../../domain/vocabulary.js";
import { isLocalFeature } from "./features.js";

/** Where the committed model lives, independent of the working directory. */
export const RELATION_MODEL_URL = new URL(
  "../../model/relation-classifier.json.gz",
  import.meta.url,
);

/** The model as its file stores it: sparse weights per type, rounded so the file is stable. */
export interface RelationModelFile {
  version: 1;
  types: RelationType[];
  features: string[];
  /** Per type: [feature index, weight] rows, feature index ascending. */
  weights: [number, number][][];
  /** Per type: the probability at which a candidate becomes a relation. */
  thresholds: number[];
  meta: Record<string, string | number>;
}

/** A loaded model: dense weights, feature-major, for one lookup per feature. */
export interface RelationModel {
  types: RelationType[];
  index: Map<string, number>;
  /** weights[feature * types.length + type]. */
  weights: Float32Array;
  /** Per feature: 1 when it is read from the sentence naming both (it decides STATED). */
  local: Uint8Array;
  thresholds: number[];
  meta: Record<string, string | number>;
}

/** Builds the dense in-memory model from its file form. */
export function decodeRelationModel(file: RelationModelFile): RelationModel {
  const width = file.types.length;
  const weights = new Float32Array(file.features.length * width);
  file.weights.forEach((rows, type) => {
    for (const [feature, weight] of rows) weights[feature * width + type] = weight;
  });
  return {
    types: file.types,
    index: new Map(file.features.map((feature, i) => [feature, i])),
    weights,
    local: Uint8Array.from(file.features, (feature) => (isLocalFeature(feature) ? 1 : 0)),
    thresholds: file.thresholds,
    meta: file.meta,
  };
}

/** The file's canonical JSON text: what is hashed and gzipped. */
export function serializeRelationModel(file: RelationModelFile): string {
  return JSON.stringify(file);
}

/** sha256 of the canonical JSON: equal hashes mean equal models. */
export function hashRelationModel(file: RelationModelFile): string {
  return createHash("sha256").update(serializeRelationModel(file)).digest("hex");
}

let loaded: RelationModel | null | undefined;

/** The committed model, read once; null when the repository has none yet (before the first training). */
export function loadRelationModel(): RelationModel | null {
  if (loaded !== undefined) return loaded;
  loaded = existsSync(RELATION_MODEL_URL)
    ? decodeRelationModel(
        JSON.parse(
          gunzipSync(readFileSync(RELATION_MODEL_URL)).toString("utf8"),
        ) as RelationModelFile,
      )
    : null;
  return loaded;
}

/** Logit per type for a feature list; unknown features are skipped. Also the local features' share. */
export function scoreFeatures(
  model: RelationModel,
  features: readonly string[],
): { logits: Float64Array; local: Float64Array } {
  const width = model.types.length;
  const logits = new Float64Array(width);
  const local = new Float64Array(width);
  for (const feature of features) {
    const index = model.index.get(feature);
    if (index === undefined) continue;
    const base = index * width;
    if (model.local[index] === 1) {
      for (let t = 0; t < width; t++) {
        const weight = model.weights[base + t]!;
        logits[t]! += weight;
        local[t]! += weight;
      }
    } else {
      for (let t = 0; t < width; t++) logits[t]! += model.weights[base + t]!;
    }
  }
  return { logits, local };
}
