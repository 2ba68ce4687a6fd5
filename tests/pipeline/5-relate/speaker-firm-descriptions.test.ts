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

/** "said X of the Swiss research group Y": a demonym opening the description of the speaker's firm. */
const ROWS: Row[] = [
  [
    '"The trial went well," said Professor Ann Kerr of the Swiss research group Quellab.',
    ["Ann Kerr WORKS_FOR Quellab", "Quellab BASED_IN Switzerland"],
  ],
  [
    '"Prices will fall," said Tom Hale of the Dutch software firm Vexaphone.',
    ["Tom Hale WORKS_FOR Vexaphone"],
  ],
  // A demonym with no firm's noun after it describes no employer.
  ['"Prices will fall," said Tom Hale of the Dutch.', [], ["Tom Hale WORKS_FOR Netherlands"]],
];

describe("speakers of a described firm", () => {
  it.each(ROWS)("%s", (input, expected, absent = []) => {
    const facts = ruleFactsOf(input);
    for (const fact of expected) expect(facts).toContain(fact);
    for (const fact of absent) expect(facts).not.toContain(fact);
  });
});
