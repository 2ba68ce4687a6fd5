import { describe, expect, it } from "vitest";
import { expectRuleFacts, type FactRow, ruleFactsOf } from "../../helpers/rule-facts.js";

/** An organisation defined by its kind and where it is: BASED_IN the place after "in". */
const DEFINITIONS: FactRow[] = [
  // An apposition whose head noun is an organisation's, right before "in".
  [
    "Shares in Gazprom, the largest gas producer in Russia, rose on Monday.",
    ["Gazprom BASED_IN Russia"],
  ],
  // Through "the north-eastern city of": the place the definition ends with.
  [
    "The Reserve Bank of India - a government agency in the western city of Mumbai - set rates.",
    ["Reserve Bank of India BASED_IN Mumbai"],
  ],
  // A copula.
  ["Lukoil is a large oil firm in Russia, analysts said.", ["Lukoil BASED_IN Russia"]],
  // A market abroad, several places, or a place's own part: no home.
  ["Nokia, the biggest foreign phone maker in China, grew.", [], ["Nokia BASED_IN China"]],
  ["Nokia, the biggest phone maker in China and Japan, grew.", [], ["Nokia BASED_IN China"]],
];

describe("relate: organisations defined with where they are", () => {
  it.each(DEFINITIONS)("%s", (input, expected, absent) => expectRuleFacts(input, expected, absent));

  it("reads no base where the head noun names no organisation", () => {
    const { facts } = ruleFactsOf("Nokia, the largest industry in Finland, grew.");
    expect(facts).not.toContain("Nokia BASED_IN Finland");
  });
});
