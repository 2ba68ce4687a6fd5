import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";

/** "TYPE Name" for every entity of a text. */
function entitiesOf(text: string): string[] {
  return analyzeText(text).entities.map((entity) => `${entity.type} ${entity.name}`);
}

type Row = [input: string, expected: string[], absent: string[]];

/** A listed name's possessive inside one tagged name splits it (listed-possessors.ts); an unlisted possessor does not. */
const ROWS: Row[] = [
  [
    "He became chief conductor of Munich's Radio Orchestra.",
    ["PLACE Munich", "ORGANIZATION Radio Orchestra"],
    ["ORGANIZATION Munich's Radio Orchestra"],
  ],
  [
    "He joined the Queen's Royal Hussars in 1990.",
    ["ORGANIZATION Queen's Royal Hussars"],
    ["ORGANIZATION Royal Hussars"],
  ],
  [
    "He became chief conductor of Halvern's Radio Orchestra.",
    ["ORGANIZATION Halvern's Radio Orchestra"],
    ["ORGANIZATION Radio Orchestra"],
  ],
];

describe("recognize: a place's possessive inside a tagged name", () => {
  it.each(ROWS)("%s", (input, expected, absent) => {
    const entities = entitiesOf(input);
    for (const entity of expected) expect(entities).toContain(entity);
    for (const entity of absent) expect(entities).not.toContain(entity);
  });
});
