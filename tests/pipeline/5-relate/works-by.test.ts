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

/** A work's title, "by" and its maker: "White Teeth by Zadie Smith". */
const WORKS_BY: Row[] = [
  [
    "Critics chose The Glass Harbour by Miriam Dale as the best new play.",
    ["Miriam Dale CREATED Glass Harbour"],
  ],
  // A known place before "by" is where something happened, not a work.
  [
    "He was joined on stage in Berlin by Paul Hartmann, the hotel manager.",
    [],
    ["Paul Hartmann CREATED Berlin"],
  ],
];

describe("works by their makers", () => {
  it.each(WORKS_BY)("%s", (input, expected, absent = []) => {
    const facts = ruleFactsOf(input);
    for (const fact of expected) expect(facts).toContain(fact);
    for (const fact of absent) expect(facts).not.toContain(fact);
  });
});
