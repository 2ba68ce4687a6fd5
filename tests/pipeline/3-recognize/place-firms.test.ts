import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";

/** "TYPE Name" for every entity of a text. */
function entitiesOf(text: string): string[] {
  return analyzeText(text).entities.map((entity) => `${entity.type} ${entity.name}`);
}

type Row = [input: string, expected: string[], absent: string[]];

/** An unlisted name the tagger read as a place, written with a firm's words, is a firm. */
const PLACE_FIRM_ROWS: Row[] = [
  [
    "Shares in Torvalen rose 4% after the firm reported results.",
    ["ORGANIZATION Torvalen"],
    ["PLACE Torvalen"],
  ],
  [
    "Investors bought a stake in Brannick last week.",
    ["ORGANIZATION Brannick"],
    ["PLACE Brannick"],
  ],
  [
    "Sales at Velmora fell. Velmora's profits rose by 5% last year.",
    ["ORGANIZATION Velmora"],
    ["PLACE Velmora"],
  ],
  [
    "The deal lets Kestrin and Velmora, which makes radios, merge.",
    ["ORGANIZATION Velmora"],
    ["PLACE Velmora"],
  ],
  // A place the article writes of as a place, or one GeoNames knows, keeps its type.
  ["Police in Ravenholm said it was quiet.", ["PLACE Ravenholm"], ["ORGANIZATION Ravenholm"]],
  ["Ravenholm's workers went on strike.", ["PLACE Ravenholm"], ["ORGANIZATION Ravenholm"]],
  ["Flooding hit Ravenholm, which lies on the river.", ["PLACE Ravenholm"], []],
  ["Shares in Leeds rose.", ["PLACE Leeds"], ["ORGANIZATION Leeds"]],
];

/** A title word before a firm's trade word opens the firm's name, not a person's. */
const TITLE_FIRM_ROWS: Row[] = [
  [
    "Acme Corp, which is owned by General Electric, said profits rose.",
    ["ORGANIZATION General Electric"],
    ["PERSON Electric", "ORGANIZATION Electric"],
  ],
  [
    "Orders rose at General Dynamics, the defence firm.",
    ["ORGANIZATION General Dynamics"],
    ["PERSON Dynamics"],
  ],
  // A person after a title is still a person.
  ["Lieutenant General Alan Pike said the war was over.", ["PERSON Alan Pike"], []],
];

describe("recognize: firms the tagger typed a place", () => {
  it.each(PLACE_FIRM_ROWS)("%s", (input, expected, absent) => {
    const entities = entitiesOf(input);
    for (const entity of expected) expect(entities).toContain(entity);
    for (const entity of absent) expect(entities).not.toContain(entity);
  });
});

describe("recognize: firms' names that open with a title word", () => {
  it.each(TITLE_FIRM_ROWS)("%s", (input, expected, absent) => {
    const entities = entitiesOf(input);
    for (const entity of expected) expect(entities).toContain(entity);
    for (const entity of absent) expect(entities).not.toContain(entity);
  });
});
