import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

const LEAGUE_TAIL =
  " The striker scored a penalty and the goalkeeper saved another in the league match.";

/** "their Uefa Cup exit": the side the sentence opens with owns the pronoun's match. */
const OWNED_COMPETITIONS: FactRow[] = [
  // "Hearts" is the listed club Heart of Midlothian, named by its table name.
  [
    `Hearts wrapped up their Scottish Cup quarter-final tie against Livingston with two goals.${LEAGUE_TAIL}`,
    ["Heart of Midlothian PARTICIPATED_IN Scottish Cup"],
  ],
  [
    `Rangers manager Tom Hale accepts he will be criticised after their disastrous Uefa Cup exit at the hands of Auxerre.${LEAGUE_TAIL}`,
    ["Rangers PARTICIPATED_IN Uefa Cup"],
  ],
  // Another side named before the pronoun may own it: "consigned England to their defeat".
  [
    `Ireland consigned Wales to their third straight Six Nations defeat with a stirring victory.${LEAGUE_TAIL}`,
    [],
    ["Ireland PARTICIPATED_IN Six Nations"],
  ],
  // A side that is neither the subject nor its role's owner owns nothing.
  [
    `After the draw with Rangers, fans celebrated their Scottish Cup run in Glasgow.${LEAGUE_TAIL}`,
    [],
    ["Rangers PARTICIPATED_IN Scottish Cup"],
  ],
];

describe("a side's match owned through a pronoun", () => {
  it.each(OWNED_COMPETITIONS)("%s", (input, expected, absent) =>
    expectRuleFacts(input, expected, absent),
  );
});
