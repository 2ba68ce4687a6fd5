import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** Plural holder nouns and the lists they head (sentences written for these tests). */
const HOLDERS: FactRow[] = [
  [
    "The coach is without World Cup winners Tom Ashby, Neil Carver and Joe Dunmore.",
    [
      "Tom Ashby WON FIFA World Cup",
      "Neil Carver WON FIFA World Cup",
      "Joe Dunmore WON FIFA World Cup",
    ],
  ],
  ["Their side held off Grand Slam winners France.", ["France WON Grand Slam"]],
];

describe("title holders", () => {
  it.each(HOLDERS)("%s", (input, expected, absent) => expectRuleFacts(input, expected, absent));
});
