import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";

/** The entity types and the rule relations of a text written for these tests. */
function readText(text: string): { types: Map<string, string>; facts: string[] } {
  const x = analyzeText(text, null, { relationModel: null });
  return {
    types: new Map(x.entities.map((entity) => [entity.name, entity.type])),
    facts: x.relations.map(
      (r) => `${x.entities[r.subject]!.name} ${r.type} ${x.entities[r.object]!.name}`,
    ),
  };
}

type Row = [input: string, band: string, type: string, facts: string[]];

/** A name before a band role and a person's name is a band, and the person its member. */
const BANDS: Row[] = [
  [
    "Harrow Lane guitarist Tom Beck has left the group.",
    "Harrow Lane",
    "ORGANIZATION",
    ["Tom Beck MEMBER_OF Harrow Lane"],
  ],
  [
    "Former Quillmoor singer Ada Trent was arrested after a concert in Leeds on Tuesday.",
    "Quillmoor",
    "ORGANIZATION",
    ["Ada Trent MEMBER_OF Quillmoor"],
  ],
  // Its other mentions are the band's too.
  [
    "Stone Harbour singer Ian Marsh was fined on Friday. Stone Harbour played two songs.",
    "Stone Harbour",
    "ORGANIZATION",
    ["Ian Marsh MEMBER_OF Stone Harbour"],
  ],
  // A name right after "band", or after a kind of music's group noun, is a band.
  [
    "Scottish band Harrow Lane have been nominated for two awards. Harrow Lane play on Friday.",
    "Harrow Lane",
    "ORGANIZATION",
    [],
  ],
  ["Tickets sold out for the boy band Quillmoor in Leeds.", "Quillmoor", "ORGANIZATION", []],
  ["The rock group Stone Harbour will tour in March.", "Stone Harbour", "ORGANIZATION", []],
  // A group noun without a kind of music names no band: "comedy duo X" are people.
  ["She joined comedy duo Tom Beck and Ada Trent on stage.", "Tom Beck", "PERSON", []],
  // A place or an origin before "singer" stays one.
  ["Cornwall singer Ada Trent won a prize on Monday.", "Cornwall", "PLACE", []],
  ["Welsh singer Ada Trent won a prize on Monday.", "Welsh", "OTHER", []],
];

describe("bands named before a member's role", () => {
  it.each(BANDS)("%s", (input, band, type, facts) => {
    const read = readText(input);
    expect(read.types.get(band)).toBe(type);
    for (const fact of facts) expect(read.facts).toContain(fact);
    if (facts.length === 0)
      expect(read.facts.some((fact) => fact.includes("MEMBER_OF"))).toBe(false);
  });
});
