import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/**
 * A title some countries give their head and others a minister is read by the country it names:
 * "UK Chancellor X" holds a post, "German Chancellor X" leads the country.
 */
const TITLE_COUNTRIES: FactRow[] = [
  [
    "UK Chancellor Tom Hale has offered money to the fund.",
    ["Tom Hale HOLDS_POSITION United Kingdom"],
    ["Tom Hale LEADER_OF United Kingdom"],
  ],
  [
    "British Chancellor Ann Berg spoke on Monday.",
    ["Ann Berg HOLDS_POSITION United Kingdom"],
    ["Ann Berg LEADER_OF United Kingdom"],
  ],
  ["German Chancellor Karl Brenner spoke on Monday.", ["Karl Brenner LEADER_OF Germany"]],
  ["French President Jean Morel spoke on Monday.", ["Jean Morel LEADER_OF France"]],
];

describe("relate: a title read by the country it names", () => {
  it.each(TITLE_COUNTRIES)("%s", (input, expected, absent) =>
    expectRuleFacts(input, expected, absent),
  );
});
