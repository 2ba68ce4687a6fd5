import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { splitIntoTree } from "../../../src/pipeline/3-recognize/tagger/cluster-words.js";

/** Length of the common prefix of two bit paths. */
const shared = (a: string, b: string): number => {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
};

describe("splitIntoTree: recursive spherical 2-means", () => {
  // three tight groups of unit vectors in 3 dimensions, most frequent first
  const groups: [string, number[]][] = [
    ["a1", [1, 0.05, 0]],
    ["b1", [0, 1, 0.05]],
    ["c1", [0.05, 0, 1]],
    ["a2", [1, 0, 0.05]],
    ["b2", [0.05, 1, 0]],
    ["c2", [0, 0.05, 1]],
    ["a3", [1, 0.04, 0.04]],
    ["b3", [0.04, 1, 0.04]],
    ["c3", [0.04, 0.04, 1]],
  ];
  const vocabulary = groups.map(([word]) => word);
  const embedding = new Float64Array(groups.length * 3);
  groups.forEach(([, v], i) => {
    const norm = Math.hypot(...v);
    v.forEach((x, j) => {
      embedding[i * 3 + j] = x / norm;
    });
  });
  const paths = splitIntoTree(vocabulary, embedding, 3, { maxDepth: 8, minLeafSize: 1 });

  it("gives every word a path, and words of one group longer shared prefixes than across groups", () => {
    expect([...paths.keys()].sort()).toEqual([...vocabulary].sort());
    const within = shared(paths.get("a1") as string, paths.get("a2") as string);
    const across = shared(paths.get("a1") as string, paths.get("b1") as string);
    expect(within).toBeGreaterThan(across);
    expect(shared(paths.get("c1") as string, paths.get("c3") as string)).toBeGreaterThan(
      shared(paths.get("c1") as string, paths.get("b3") as string),
    );
  });

  it("is deterministic and stops at the depth and leaf size it is given", () => {
    expect(splitIntoTree(vocabulary, embedding, 3, { maxDepth: 8, minLeafSize: 1 })).toEqual(paths);
    const shallow = splitIntoTree(vocabulary, embedding, 3, { maxDepth: 1, minLeafSize: 1 });
    for (const path of shallow.values()) expect(path.length).toBeLessThanOrEqual(1);
    const whole = splitIntoTree(vocabulary, embedding, 3, { maxDepth: 8, minLeafSize: 9 });
    expect(new Set(whole.values())).toEqual(new Set([""]));
  });
});

describe("the GloVe word clusters (scripts/data/glove-word-clusters.tsv.gz)", () => {
  const lines = gunzipSync(readFileSync("scripts/data/glove-word-clusters.tsv.gz"))
    .toString("utf8")
    .split("\n")
    .filter((line) => line.length > 0);
  const paths = new Map(lines.map((line) => line.split("\t") as [string, string]));

  it("holds 150,000 distinct folded words with bit paths of at most 18 bits", () => {
    expect(lines.length).toBe(150_000);
    expect(paths.size).toBe(150_000);
    for (const [word, path] of paths) {
      expect(word).toBe(word.toLowerCase());
      expect(path).toMatch(/^[01]{1,18}$/);
    }
  });

  it("puts words of one kind under a longer shared prefix than words of different kinds", () => {
    const path = (word: string): string => paths.get(word) as string;
    expect(shared(path("monday"), path("tuesday"))).toBeGreaterThan(
      shared(path("monday"), path("football")),
    );
    expect(shared(path("germany"), path("france"))).toBeGreaterThan(
      shared(path("germany"), path("said")),
    );
    expect(shared(path("john"), path("david"))).toBeGreaterThan(
      shared(path("john"), path("london")),
    );
  });
});
