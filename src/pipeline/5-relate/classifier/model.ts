/** The relation classifier's weights: one logistic regression per relation type over named features. */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import type { RelationType } from "../../../domain/vocabulary.js";
import { type FeatureSink, isLocalFeature, splitFeatureName } from "./features.js";

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
  /** The same index by the two parts of a name (`splitFeatureName`): prefix → value → feature. */
  byPrefix: Map<string, Map<string, number>>;
  /** weights[feature * types.length + type]. */
  weights: Float32Array;
  /** Per feature: 1 when it is read from the sentence naming both (it decides STATED). */
  local: Uint8Array;
  /**
   * The same weights without their zeros, feature-major: feature f's types and weights are at
   * rowStart[f] .. rowStart[f + 1] (most features weigh on a few of the types).
   */
  rowStart: Uint32Array;
  rowType: Uint8Array;
  rowWeight: Float32Array;
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
  const rowStart = new Uint32Array(file.features.length + 1);
  const rowType: number[] = [];
  const rowWeight: number[] = [];
  for (let feature = 0; feature < file.features.length; feature++) {
    for (let t = 0; t < width; t++) {
      const weight = weights[feature * width + t]!;
      if (weight === 0) continue;
      rowType.push(t);
      rowWeight.push(weight);
    }
    rowStart[feature + 1] = rowType.length;
  }
  return {
    types: file.types,
    index: new Map(file.features.map((feature, i) => [feature, i])),
    byPrefix: indexByPrefix(file.features),
    weights,
    rowStart,
    rowType: Uint8Array.from(rowType),
    rowWeight: Float32Array.from(rowWeight),
    local: Uint8Array.from(file.features, (feature) => (isLocalFeature(feature) ? 1 : 0)),
    thresholds: file.thresholds,
    meta: file.meta,
  };
}

function indexByPrefix(features: readonly string[]): Map<string, Map<string, number>> {
  const byPrefix = new Map<string, Map<string, number>>();
  features.forEach((feature, i) => {
    const [prefix, value] = splitFeatureName(feature);
    let values = byPrefix.get(prefix);
    if (!values) {
      values = new Map();
      byPrefix.set(prefix, values);
    }
    values.set(value, i);
  });
  return byPrefix;
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
  const logits = new Float64Array(model.types.length);
  const local = new Float64Array(model.types.length);
  for (const feature of features) {
    const index = model.index.get(feature);
    if (index !== undefined) addWeights(model, index, logits, local);
  }
  return { logits, local };
}

/**
 * `scoreFeatures` as a sink: the logits of one candidate after another, summed as its features
 * arrive, in the same order, so the sums are the same to the last bit.
 */
export class FeatureScorer implements FeatureSink {
  readonly logits: Float64Array;
  readonly local: Float64Array;
  private readonly model: RelationModel;

  constructor(model: RelationModel) {
    this.model = model;
    this.logits = new Float64Array(model.types.length);
    this.local = new Float64Array(model.types.length);
  }

  /** Zero sums for the next candidate. */
  reset(): void {
    this.logits.fill(0);
    this.local.fill(0);
  }

  add(prefix: string, value = ""): void {
    const index = this.model.byPrefix.get(prefix)?.get(value);
    if (index !== undefined) addWeights(this.model, index, this.logits, this.local);
  }
}

/** Adds one feature's weights to the logits (and to the local share when it is local). */
function addWeights(
  model: RelationModel,
  index: number,
  logits: Float64Array,
  local: Float64Array,
): void {
  const { rowStart, rowType, rowWeight } = model;
  // Only the non-zero weights: adding a zero changes no sum, so the logits are the dense ones.
  const end = rowStart[index + 1]!;
  if (model.local[index] === 1) {
    for (let r = rowStart[index]!; r < end; r++) {
      const t = rowType[r]!;
      const weight = rowWeight[r]!;
      logits[t]! += weight;
      local[t]! += weight;
    }
  } else {
    for (let r = rowStart[index]!; r < end; r++) logits[rowType[r]!]! += rowWeight[r]!;
  }
}
