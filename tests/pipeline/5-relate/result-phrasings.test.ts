import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** Sport words that make each text a sports story. */
const MATCH = " The goal came in the second half of the league match after a penalty.";

/** Results told from the loser's side or in the perfect (sentences written for these tests). */
const PHRASINGS: FactRow[] = [
  [`Rovers were beaten 4-1 by Arsenal in the semi-final.${MATCH}`, ["Arsenal DEFEATED Rovers"]],
  [
    `Everton, beaten 3-0 by Fulham on Saturday, will host Arsenal next.${MATCH}`,
    ["Fulham FC DEFEATED Everton"],
  ],
  [`Everton lost 2-1 to Fulham in the shield final.${MATCH}`, ["Fulham FC DEFEATED Everton"]],
  [`Ivo Brand went down 6-2 7-5 to Karl Weber.${MATCH}`, ["Karl Weber DEFEATED Ivo Brand"]],
  [
    `Everton were knocked out of the FA Cup by Fulham on Sunday.${MATCH}`,
    ["Fulham FC DEFEATED Everton", "Everton PARTICIPATED_IN FA Cup"],
  ],
  [
    `Arsenal have now beaten Everton in three of their last four meetings.${MATCH}`,
    ["Arsenal DEFEATED Everton"],
  ],
  [
    `Having beaten Everton and Fulham to reach the final, Arsenal lost to Rovers.${MATCH}`,
    ["Arsenal DEFEATED Everton", "Arsenal DEFEATED Fulham FC"],
  ],
  // Negated, hedged, or no agent: nothing.
  [`Arsenal have not been beaten by Everton since 1990.${MATCH}`, [], ["Everton DEFEATED Arsenal"]],
  [`Arsenal would have beaten Everton with a full side.${MATCH}`, [], ["Arsenal DEFEATED Everton"]],
  [`Arsenal were well beaten at Everton on Sunday.${MATCH}`, [], ["Everton DEFEATED Arsenal"]],
];

describe("result phrasings", () => {
  it.each(PHRASINGS)("%s", (input, expected, absent) => expectRuleFacts(input, expected, absent));
});
