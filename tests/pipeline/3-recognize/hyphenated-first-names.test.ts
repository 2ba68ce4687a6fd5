import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";

/** "TYPE Name" for every entity of a text. */
function entitiesOf(text: string): string[] {
  return analyzeText(text).entities.map((entity) => `${entity.type} ${entity.name}`);
}

type Row = [input: string, expected: string[], absent: string[]];

/** A hyphenated first name opens the person's name; a demonym's compound or a prefix does not. */
const ROWS: Row[] = [
  [
    "Frank-Juergen Weise, head of the Federal Labour Agency, said jobs were growing.",
    ["PERSON Frank-Juergen Weise"],
    ["PERSON Weise"],
  ],
  ["Anglo-Saxon Tom Hale said so.", ["PERSON Tom Hale"], ["PERSON Anglo-Saxon Tom Hale"]],
  ["Pro-Blair Tom Hale said so.", ["PERSON Tom Hale"], ["PERSON Pro-Blair Tom Hale"]],
];

describe("recognize: hyphenated first names", () => {
  it.each(ROWS)("%s", (input, expected, absent) => {
    const entities = entitiesOf(input);
    for (const entity of expected) expect(entities).toContain(entity);
    for (const entity of absent) expect(entities).not.toContain(entity);
  });
});
