import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";

/** "Subject TYPE Object" for every relation the rules alone read from a text written for these tests. */
function ruleFactsOf(text: string): string[] {
  const x = analyzeText(text, null, { relationModel: null });
  return x.relations.map(
    (r) => `${x.entities[r.subject]!.name} ${r.type} ${x.entities[r.object]!.name}`,
  );
}

type Row = [input: string, expected: string[], absent?: string[]];

const ROWS: Row[] = [
  [
    "Hilda Marsh won best actress for playing a retired boxer in Million Dollar Baby.",
    ["Hilda Marsh APPEARS_IN Million Dollar Baby"],
  ],
  // The part itself is no actor when the clause's subject names none.
  [
    "The 30-year-old actor, who is nominated for playing Tom Hale in The Aviator, will present a prize.",
    [],
    ["Tom Hale APPEARS_IN Aviator"],
  ],
  // A place is where a part is played, not a work; a share in something is no part.
  ["Ian Holt played Hamlet in London.", [], ["Ian Holt APPEARS_IN London"]],
  [
    "Tony Blair played a key role in the Northern Ireland talks.",
    [],
    ["Tony Blair APPEARS_IN Northern Ireland talks"],
  ],
];

describe("parts played in works", () => {
  it.each(ROWS)("%s", (input, expected, absent = []) => {
    const facts = ruleFactsOf(input);
    for (const fact of expected) expect(facts).toContain(fact);
    for (const fact of absent) expect(facts).not.toContain(fact);
  });
});
