import { describe, expect, it } from "vitest";
import type { RelationDocument } from "../../src/eval/relation-data.js";
import { evaluateRelations } from "../../src/eval/relations.js";
import { evaluateTypedRelations } from "../../src/eval/typed-relations.js";

/**
 * An invented two-sentence document: Kenya, Africa and Nairobi, clusters 0–2. The pipeline reads
 * "Nairobi LOCATED_IN Kenya" and, from world knowledge, "Kenya LOCATED_IN Africa".
 */
function documentWith(labels: RelationDocument["labels"]): RelationDocument {
  return {
    title: "invented",
    sents: [
      ["Kenya", "'s", "exports", "rose", "sharply", "."],
      ["Demand", "across", "Africa", "grew", ",", "said", "traders", "in", "Nairobi", "."],
    ],
    vertexSet: [
      [{ name: "Kenya", pos: [0, 1], sent_id: 0, type: "LOC" }],
      [{ name: "Africa", pos: [2, 3], sent_id: 1, type: "LOC" }],
      [{ name: "Nairobi", pos: [8, 9], sent_id: 1, type: "LOC" }],
    ],
    labels,
  };
}

describe("relations placing a country in its continent", () => {
  it("are Re-DocRED's P30 (continent), scored right when labelled", () => {
    const report = evaluateRelations([documentWith([{ h: 0, t: 1, r: "P30" }])]);
    const continent = report.properties.find((p) => p.property === "P30");
    expect(continent).toMatchObject({ truePositives: 1, predicted: 1, gold: 1 });
    // Not P131 (an administrative unit): no continent is one.
    expect(report.properties.find((p) => p.property === "P131")?.predicted).toBe(0);
  });

  it("lie outside DWIE's scheme (its in0/in1/in2 point at countries, states and cities)", () => {
    const report = evaluateTypedRelations([documentWith([{ h: 2, t: 0, r: "in0" }])], "dwie");
    expect(report.outsideScheme).toBe(1);
    const located = report.types.find((t) => t.type === "LOCATED_IN");
    expect(located).toMatchObject({ predicted: 1, gold: 1 });
  });
});
