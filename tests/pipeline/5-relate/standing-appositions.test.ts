import { describe, expect, it } from "vitest";
import { analyzeText, factOf } from "../../helpers/pipeline.js";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** An apposition whose organisation and role follow a word of rank: "X, a senior KGB officer,". */
const STANDING_APPOSITIONS: FactRow[] = [
  ["Tom Hale, a senior Vodafone executive, said he was happy.", ["Tom Hale WORKS_FOR Vodafone"]],
  [
    "Oleg Petrov, a senior KGB officer who became a British agent, said he was happy.",
    ["Oleg Petrov WORKS_FOR KGB"],
  ],
  // The role must end the apposition: a place after it is another phrase.
  [
    "Tom Hale, a senior Vodafone manager in Spain, said he was happy.",
    [],
    ["Tom Hale WORKS_FOR Vodafone"],
  ],
  // A word of rank that is no apposition's: "a senior" before a name that is not the organisation.
  ["Tom Hale, a senior Labour figure, said he was happy.", [], ["Tom Hale WORKS_FOR Labour Party"]],
];

describe("relate: appositions of rank before an organisation's role", () => {
  it.each(STANDING_APPOSITIONS)("%s", (input, expected, absent) =>
    expectRuleFacts(input, expected, absent),
  );
  it("marks the role past after 'a former'", () => {
    const extraction = analyzeText("Tom Hale, a former Vodafone executive, said he was happy.");
    const facts = extraction.relations.map((relation) => factOf(extraction, relation));
    expect(facts).toContain("Tom Hale WORKS_FOR Vodafone (former)");
    expect(facts).not.toContain("Tom Hale WORKS_FOR Vodafone");
  });
});
