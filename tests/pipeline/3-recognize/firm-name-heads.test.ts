import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";

/** "TYPE Name" for every entity of a text. */
function entitiesOf(text: string): string[] {
  return analyzeText(text).entities.map((entity) => `${entity.type} ${entity.name}`);
}

type Row = [input: string, expected: string[], absent: string[]];

/** A firm's own last word ("Securities", "Breweries") types the name, whatever the tagger said. */
const ROWS: Row[] = [
  [
    "Costs will rise, said analyst Alan Pike at Kestrel Securities.",
    ["ORGANIZATION Kestrel Securities", "PERSON Alan Pike"],
    ["PLACE Kestrel Securities"],
  ],
  [
    "Now, according to Okamura Breweries, the market will grow.",
    ["ORGANIZATION Okamura Breweries"],
    ["PERSON Okamura Breweries"],
  ],
  [
    "Profits were up, said Brandt Partners analyst Alan Pike.",
    ["ORGANIZATION Brandt Partners", "PERSON Alan Pike"],
    ["PERSON Brandt Partners"],
  ],
  // A person's name ends with no firm's word.
  [
    "Alan Pike joined Kestrel Airways on Monday.",
    ["PERSON Alan Pike", "ORGANIZATION Kestrel Airways"],
    ["ORGANIZATION Alan Pike"],
  ],
];

describe("recognize: firms by their names' last word", () => {
  it.each(ROWS)("%s", (input, expected, absent) => {
    const entities = entitiesOf(input);
    for (const entity of expected) expect(entities).toContain(entity);
    for (const entity of absent) expect(entities).not.toContain(entity);
  });
});
