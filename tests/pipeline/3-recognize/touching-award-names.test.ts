import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";

/** "TYPE Name" for every entity of a text. */
function entitiesOf(text: string): string[] {
  return analyzeText(text).entities.map((entity) => `${entity.type} ${entity.name}`);
}

type Row = [input: string, expected: string[], absent: string[]];

/** An award's name tagged in touching pieces is one name; a person's piece stays apart. */
const ROWS: Row[] = [
  [
    "Jo Marsh has scooped seven nominations at this year's British Independent Film Awards.",
    ["ORGANIZATION British Independent Film Awards"],
    ["ORGANIZATION British Independent"],
  ],
  [
    "He thanked Arsenal Tom Hale Trophy winners.",
    ["ORGANIZATION Arsenal"],
    ["ORGANIZATION Arsenal Tom Hale Trophy"],
  ],
];

describe("recognize: award names in touching pieces", () => {
  it.each(ROWS)("%s", (input, expected, absent) => {
    const entities = entitiesOf(input);
    for (const entity of expected) expect(entities).toContain(entity);
    for (const entity of absent) expect(entities).not.toContain(entity);
  });
});
