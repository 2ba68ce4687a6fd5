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
  // "Sport" ends an outfit's name ("BBC Sport"), but a name with "of" has its head before it.
  [
    "The chairman told Halvorsen Sport that the offer stood.",
    ["ORGANIZATION Halvorsen Sport"],
    ["PERSON Halvorsen Sport"],
  ],
  ["He presented World of Sport for years.", [], ["ORGANIZATION World of Sport"]],
  // Three capitalised words ending in a body's head ("Agency") are a body's name, not a person's.
  [
    "The Halvorsen Rowing Agency said it would appeal.",
    ["ORGANIZATION Halvorsen Rowing Agency"],
    ["PERSON Halvorsen Rowing Agency"],
  ],
  // Two words a person's name may end with such a head: "Gabrielle Union", "Eric Bank".
  ["Eric Bank scored twice on Monday.", ["PERSON Eric Bank"], ["ORGANIZATION Eric Bank"]],
];

describe("recognize: firms by their names' last word", () => {
  it.each(ROWS)("%s", (input, expected, absent) => {
    const entities = entitiesOf(input);
    for (const entity of expected) expect(entities).toContain(entity);
    for (const entity of absent) expect(entities).not.toContain(entity);
  });
});
