import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** A listed company whose name opens a product's: the rest of the name shows the product. */
const PRODUCTS: FactRow[] = [
  // The rest alone before a product noun elsewhere.
  [
    "Sony said profits rose. Shops sold out of the Sony Zorbman. Fans liked the Zorbman player.",
    ["Sony PRODUCES Sony Zorbman"],
  ],
  // A model code.
  ["Airbus said orders rose. Delta ordered ten Airbus A390 jets.", ["Airbus PRODUCES Airbus A390"]],
  // A product noun after the whole name shows a maker as often: a joint venture's phones.
  ["Sony said profits rose. Sony Ericsson phones sold well.", [], ["Sony PRODUCES Sony Ericsson"]],
  // A unit of the firm.
  [
    "Sony said profits rose. Sony Pictures said the film was a hit.",
    [],
    ["Sony PRODUCES Sony Pictures"],
  ],
  // A firm no list knows opens a club's, a group's or a unit's name as often as a product's.
  [
    "Vexacorp said profits rose. Shops sold out of the Vexacorp Zorbman. Fans liked the Zorbman player.",
    [],
    ["Vexacorp PRODUCES Vexacorp Zorbman"],
  ],
];

describe("relate: products named after their maker", () => {
  it.each(PRODUCTS)("%s", (input, expected, absent) => expectRuleFacts(input, expected, absent));
});
