import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";

/** "TYPE Name" for every entity of a text. */
function entitiesOf(text: string): string[] {
  return analyzeText(text).entities.map((entity) => `${entity.type} ${entity.name}`);
}

type Row = [input: string, expected: string[], absent: string[]];

/** A one-word name a firm's product noun sets off is the product; a calling or a speaker is not. */
const ROWS: Row[] = [
  [
    "Microsoft is updating its operating system, Windows, this year.",
    ["OTHER Windows"],
    ["PERSON Windows"],
  ],
  ["The firm said its chief executive, Hale, would stay.", ["PERSON Hale"], ["OTHER Hale"]],
  ["Acme unveiled its new phone, Hale said.", ["PERSON Hale"], ["OTHER Hale"]],
];

describe("recognize: products set off by a firm's product noun", () => {
  it.each(ROWS)("%s", (input, expected, absent) => {
    const entities = entitiesOf(input);
    for (const entity of expected) expect(entities).toContain(entity);
    for (const entity of absent) expect(entities).not.toContain(entity);
  });
});
