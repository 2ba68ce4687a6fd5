import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** Sport words that make each text a sports story. */
const MATCH = " The goal came in the second half of the league match after a penalty.";

/** Results a sentence hands to a side as a verb's object (sentences written for these tests). */
const GRANTED: FactRow[] = [
  [
    `Tom Hale scored late to give Arsenal a 2-1 win over Everton on Sunday.${MATCH}`,
    ["Arsenal DEFEATED Everton"],
  ],
  [`An own goal handed Fulham victory over Everton.${MATCH}`, ["Fulham FC DEFEATED Everton"]],
  [
    `Jo Bell scored twice to help the US claim a 4-0 win over Mexico.${MATCH}`,
    ["United States DEFEATED Mexico national team"],
  ],
  // Hoped for, denied, or nobody given the win: nothing.
  [
    `A goal could give Arsenal a 2-1 win over Everton next week.${MATCH}`,
    [],
    ["Arsenal DEFEATED Everton"],
  ],
  [`Tom Hale failed to give Arsenal a win over Everton.${MATCH}`, [], ["Arsenal DEFEATED Everton"]],
  [
    `Tom Hale gave a speech after the win over Everton in Arsenal's stadium.${MATCH}`,
    [],
    ["Arsenal DEFEATED Everton"],
  ],
];

describe("granted results", () => {
  it.each(GRANTED)("%s", (input, expected, absent) => expectRuleFacts(input, expected, absent));
});
