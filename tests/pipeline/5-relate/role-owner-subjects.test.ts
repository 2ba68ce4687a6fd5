import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** Sport words that make each text a sports story. */
const MATCH = " The goal came in the second half of the league match after a penalty.";

/**
 * A body named before a role and a person ("Everton keeper Tom Hale") describes the person, who
 * is the sentence's subject; the body is still what the sentence is about for the next one's bare
 * role (sentences written for these tests).
 */
const ROWS: FactRow[] = [
  [
    `Everton keeper Tom Hale is set to join Fulham on loan.${MATCH}`,
    ["Tom Hale PLAYS_FOR Everton"],
    ["Everton MEMBER_OF Fulham FC"],
  ],
  [
    `Arsenal boss Tom Reyes has been promised transfer funds. The club's managing director, Keith Moss, said the money is there.${MATCH}`,
    ["Tom Reyes COACHES Arsenal", "Keith Moss LEADER_OF Arsenal"],
  ],
];

describe("a role's body before the sentence's subject", () => {
  it.each(ROWS)("%s", (input, expected, absent) => expectRuleFacts(input, expected, absent));
});
