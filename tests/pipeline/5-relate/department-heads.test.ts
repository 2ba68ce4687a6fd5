import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/**
 * A title "of the X's Y" heads Y, which X owns: "director of the IMF's Asian Department" leads the
 * department, not the fund (a post below the head is still a post at the fund). A body's own board is the body's head: "chairman of the BBC's board".
 */
const DEPARTMENT_HEADS: FactRow[] = [
  [
    "Anna Berg, director of the IMF's Asian Department, said growth was slowing.",
    ["Anna Berg WORKS_FOR International Monetary Fund"],
    ["Anna Berg LEADER_OF International Monetary Fund"],
  ],
  ["Tom Hale, head of the BBC's news division, said so.", [], ["Tom Hale LEADER_OF BBC"]],
  // A post below the head, in the department, is still a post at the body.
  [
    "Reza Pahl, assistant director of the IMF's Asian Department, said so.",
    ["Reza Pahl HOLDS_POSITION International Monetary Fund"],
  ],
  // The body itself, or its board: the title heads the body.
  [
    "Anna Berg, director of the IMF, said growth was slowing.",
    ["Anna Berg LEADER_OF International Monetary Fund"],
  ],
  ["Tom Hale, chairman of the BBC's board, said so.", ["Tom Hale LEADER_OF BBC"]],
];

describe("relate: the head of a body's department", () => {
  it.each(DEPARTMENT_HEADS)("%s", (input, expected, absent) =>
    expectRuleFacts(input, expected, absent),
  );
});
