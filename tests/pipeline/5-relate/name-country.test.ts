import { describe, expect, it } from "vitest";
import type { EntityType } from "../../../src/domain/vocabulary.js";
import { inferRelations } from "../../../src/pipeline/5-relate/classifier/infer.js";
import { isNamedElsewhere } from "../../../src/pipeline/5-relate/classifier/name-country.js";
import type { ExtractedRelation } from "../../../src/pipeline/types.js";

describe("isNamedElsewhere: a city inside a body's name", () => {
  // [name, country key, whether the name rules the country out]
  const rows: [string, string, boolean][] = [
    // A sponsor's name before the city: the city still places the event.
    ["Zorvex Cardiff Open", "IRL", true],
    ["Norvex Glasgow Marathon", "FRA", true],
    // The city's own country, and a place of two words read as one, rule nothing out.
    ["Zorvex Cardiff Open", "GBR", false],
    ["New Jersey Comets", "USA", false],
    ["Zorvex Trading Group", "IRL", false],
    // A place of several words the gazetteer knows, and a home nation's adjective, place the body.
    ["New York Harbour Authority", "FRA", true],
    ["Hong Kong Ferry Board", "RUS", true],
    ["Welsh Rugby Board", "DEU", true],
    ["New York Harbour Authority", "USA", false],
    ["Welsh Rugby Board", "GBR", false],
  ];
  for (const [name, country, expected] of rows)
    it(`${name} / ${country} → ${expected}`, () => {
      expect(isNamedElsewhere(name, country)).toBe(expected);
    });
});

/** A relation between two entities of the table below. */
function relation(
  subject: number,
  type: ExtractedRelation["type"],
  object: number,
  provenance: ExtractedRelation["provenance"],
): ExtractedRelation {
  const evidence = { sentenceIndex: 0, sentence: "", sentenceStart: 0, start: 0, end: 0 };
  return {
    subject,
    object,
    type,
    predicate: "in",
    confidence: 0.8,
    attributes: {},
    evidence: { ...evidence, eventDate: null },
    provenance,
    support: [],
  };
}

describe("inferRelations: a country through a place, against the body's own name", () => {
  // 0 "Zorvex Cardiff Open" (ORGANIZATION), 1 a park (PLACE), 2 Ireland (COUNTRY).
  const types: EntityType[] = ["ORGANIZATION", "PLACE", "COUNTRY"];
  const namedElsewhere = (subject: number, country: number) => subject === 0 && country === 2;
  const inPark = relation(0, "LOCATED_IN", 1, "STATED");

  it("drops the model's country for the park when the body's name places it elsewhere", () => {
    const parkInIreland = relation(1, "LOCATED_IN", 2, "INFERRED");
    const inferred = inferRelations([inPark, parkInIreland], types, undefined, namedElsewhere);
    expect(inferred).toEqual([]);
  });

  it("keeps a country the park is stated to be in", () => {
    const parkInIreland = relation(1, "LOCATED_IN", 2, "KNOWLEDGE");
    const inferred = inferRelations([inPark, parkInIreland], types, undefined, namedElsewhere);
    expect(inferred.map((r) => `${r.subject} ${r.type} ${r.object}`)).toEqual(["0 LOCATED_IN 2"]);
  });
});
