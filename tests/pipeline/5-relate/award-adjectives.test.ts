import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** An award inside an adjective before a name: "Oscar-nominated actress Ann Lee". */
const ROWS: FactRow[] = [
  // A calling between the adjective and a person's name.
  [
    "Meanwhile, the Academy has announced that Oscar-nominated actress Ann Lee will present an award.",
    ["Ann Lee NOMINATED_FOR Academy Awards"],
  ],
  [
    "Bratman proposed to Grammy-winning singer Mary Dalton on holiday.",
    ["Mary Dalton WON Grammy Awards"],
  ],
  // A work noun and a title's own "The".
  [
    "He got Oscar-nominated movie The Harbour Flyer off the ground.",
    ["Harbour Flyer NOMINATED_FOR Academy Awards"],
  ],
  // Right after the adjective.
  [
    "Celebrating his win, the Oscar-nominated Tom Brack told reporters he was happy.",
    ["Tom Brack NOMINATED_FOR Academy Awards"],
  ],
  // Any other word makes the adjective describe something else.
  [
    "His credits include an Oscar-winning performance in Harbour Lane, opposite Ann Lee.",
    [],
    ["Harbour Lane WON Academy Awards", "Ann Lee WON Academy Awards"],
  ],
  [
    "Oscar-winning films on Sky Movies will be shown in March.",
    [],
    ["Sky Movies WON Academy Awards"],
  ],
];

describe("award adjectives", () => {
  it.each(ROWS)("%s", (input, expected, absent) => {
    expectRuleFacts(input, expected, absent);
  });
});
