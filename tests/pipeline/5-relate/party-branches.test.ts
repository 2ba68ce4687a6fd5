import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/**
 * A party named with a place after "in" is its branch or group there ("the Lib Dems in Kent", "a
 * deal with the Tories in Europe"), not where the party lies; other bodies lie where "in" says.
 */
const PARTY_BRANCHES: FactRow[] = [
  ["The Lib Dems in Kent won the seat.", [], ["Liberal Democrats LOCATED_IN Kent"]],
  [
    "He accused the party of a deal with the Tories in Europe.",
    [],
    ["Conservative Party LOCATED_IN Europe"],
  ],
  ["The Kelvane Institute in Leeds published the study.", ["Kelvane Institute LOCATED_IN Leeds"]],
];

describe("relate: a party's branch in a place", () => {
  it.each(PARTY_BRANCHES)("%s", (input, expected, absent) =>
    expectRuleFacts(input, expected, absent),
  );
});
