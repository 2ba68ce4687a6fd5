import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** An award before a passive "won by": "the Academy Award was won by Ann Lee". */
const ROWS: FactRow[] = [
  [
    "The year she was nominated, the Academy Award was won by Tom Brack for Harbour Lane.",
    ["Tom Brack WON Academy Awards"],
  ],
  // The award before ", which was won by", past a describing word.
  [
    "Later that night the Golden Reel Trophy, which was won by newcomer Ann Lee for her film Harbour Lane, was handed out.",
    ["Ann Lee WON Golden Reel Trophy"],
  ],
  // A hedged passive states no win.
  [
    "Pundits say the Golden Reel Trophy could be won by Ann Lee this year.",
    [],
    ["Ann Lee WON Golden Reel Trophy"],
  ],
  // A name that is no award, and a possessor after "by".
  ["The Harbour Festival was won by Ann Lee last year.", [], ["Ann Lee WON Harbour Festival"]],
  [
    "The Golden Reel Trophy was won by Tom Brack's film Harbour Lane.",
    [],
    ["Tom Brack WON Golden Reel Trophy"],
  ],
];

describe("passive wins", () => {
  it.each(ROWS)("%s", (input, expected, absent) => {
    expectRuleFacts(input, expected, absent);
  });
});
