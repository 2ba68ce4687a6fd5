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

/** A show named before "actor" or "actress" that the recogniser took for an organisation. */
const PERFORMERS: Row[] = [
  [
    "The show stars Deep Signal actor Paul Denning as the captain.",
    ["Paul Denning APPEARS_IN Deep Signal"],
  ],
  [
    "The show stars former Starship Command actor Paul Denning as the captain.",
    ["Paul Denning APPEARS_IN Starship Command"],
  ],
  // A broadcaster a list knows employs its actors; it is no work.
  ["The jury included BBC actress Nora Blake.", [], ["Nora Blake APPEARS_IN BBC"]],
];

describe("performers named by their show", () => {
  it.each(PERFORMERS)("%s", (input, expected, absent = []) => {
    const facts = ruleFactsOf(input);
    for (const fact of expected) expect(facts).toContain(fact);
    for (const fact of absent) expect(facts).not.toContain(fact);
  });
});
