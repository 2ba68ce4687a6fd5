import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";

/** The entity names of a text written for these tests. */
function namesOf(text: string): string[] {
  return analyzeText(text, null, { relationModel: null }).entities.map((entity) => entity.name);
}

type Row = [input: string, present: string[], absent: string[]];

/** A conjunction opening a sentence is no name's first word. */
const ROWS: Row[] = [
  [
    "Housing plan criticised. But Home Office minister Jo Hale defended the move. A Home Office spokesman agreed.",
    ["Home Office", "Jo Hale"],
    ["But Home Office"],
  ],
  [
    "Prices rose. And Home Office minister Jo Hale said the law would pass. The Home Office agreed.",
    ["Home Office", "Jo Hale"],
    ["And Home Office"],
  ],
  // Inside a sentence "and" is already lowercase; a name's own first word stays.
  ["Ann Berry and Home Office staff met on Monday.", ["Ann Berry"], ["and Home Office"]],
];

describe("opening conjunctions", () => {
  it.each(ROWS)("%s", (input, present, absent) => {
    const names = namesOf(input);
    for (const name of present) expect(names).toContain(name);
    for (const name of absent) expect(names).not.toContain(name);
  });
});
