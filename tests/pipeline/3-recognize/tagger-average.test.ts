import { describe, expect, it } from "vitest";
import { KeyIndex, type WeightTable } from "../../../src/pipeline/3-recognize/tagger/key-index.js";
import type { TrainedTagger } from "../../../src/pipeline/3-recognize/tagger/model-file.js";
import { averageTaggers } from "../../../src/pipeline/3-recognize/tagger/train.js";
import type { FeatureResources } from "../../../src/pipeline/3-recognize/tagger/word-features.js";

const STRIDE = 3;

/** A weight table from `key → weights` rows, inserted in the given order. */
function table(rows: [number, number[]][]): WeightTable {
  const index = new KeyIndex(rows.length);
  const weights = new Float32Array(rows.length * STRIDE);
  for (const [key, values] of rows) weights.set(values, index.insert(key) * STRIDE);
  return { index, weights, stride: STRIDE };
}

/** A key's weights in a table, or undefined when the table has no such key. */
function weightsOf(t: WeightTable, key: number): number[] | undefined {
  const row = t.index.find(key);
  return row < 0 ? undefined : Array.from(t.weights.subarray(row * STRIDE, row * STRIDE + STRIDE));
}

const resources = (words: number): FeatureResources => ({
  clusters: new Map(Array.from({ length: words }, (_, i) => [i, "01"])),
  gazetteer: new Map(),
  gazetteerMaxLength: 0,
  casing: new Map(),
});

const tagger = (seed: number, stages: WeightTable[], words = 2): TrainedTagger => ({
  stages,
  resources: resources(words),
  meta: { seed },
});

describe("averageTaggers: the mean of several models, stage by stage", () => {
  const a = tagger(1, [
    table([
      [10, [2, 0, -4]],
      [11, [1, 1, 1]],
    ]),
    table([[20, [6, 0, 0]]]),
  ]);
  const b = tagger(2, [
    // the same key at another row, and a key model a does not have
    table([
      [12, [0, 3, 0]],
      [10, [4, 2, 0]],
    ]),
    table([[20, [0, 0, 6]]]),
  ]);
  const mean = averageTaggers([a, b]);

  it.each([
    [0, 10, [3, 1, -2]], // in both: the mean
    [0, 11, [0.5, 0.5, 0.5]], // only in a: counts as 0 in b
    [0, 12, [0, 1.5, 0]], // only in b
    [1, 20, [3, 0, 3]], // stages are averaged apart
  ])("stage %i key %i → %j", (stage, key, expected) => {
    expect(weightsOf(mean.stages[stage] as WeightTable, key)).toEqual(expected);
  });

  it("holds every key of any model and no other", () => {
    expect((mean.stages[0] as WeightTable).index.size).toBe(3);
    expect((mean.stages[1] as WeightTable).index.size).toBe(1);
    expect(weightsOf(mean.stages[1] as WeightTable, 10)).toBeUndefined();
  });

  it("records the seeds it was made of", () => {
    expect(mean.meta.seeds).toEqual([1, 2]);
  });

  it("is the model itself when given one", () => {
    const one = averageTaggers([a]);
    expect(weightsOf(one.stages[0] as WeightTable, 10)).toEqual([2, 0, -4]);
    expect(weightsOf(one.stages[0] as WeightTable, 11)).toEqual([1, 1, 1]);
  });

  it("refuses models trained with different resources, and an empty list", () => {
    expect(() => averageTaggers([a, tagger(3, b.stages, 5)])).toThrow(/different resources/);
    expect(() => averageTaggers([])).toThrow(/at least one model/);
  });
});
