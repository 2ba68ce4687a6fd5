import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** A firm's possessive before a name the article elsewhere shows to be a product. */
const PRODUCTS: FactRow[] = [
  [
    "Sales of Nintendo's Zorblat rose in May. The Zorblat handheld costs £99.",
    ["Nintendo PRODUCES Zorblat"],
  ],
  [
    "Fans bought Sony's Krellix on Monday. Reviewers liked the Krellix media player.",
    ["Sony PRODUCES Krellix"],
  ],
  [
    "Engineers praised Nokia's new Quillo. Its rivals lack a Quillo game phone.",
    ["Nokia PRODUCES Quillo"],
  ],
  // A model code after the name is no sign of a cut name.
  ["Fans bought Sony's Krellix UX40 media player on Monday.", ["Sony PRODUCES Krellix"]],
  [
    "Nokia's Brandor supercomputer is fast. Fans bought Nokia's Brandor.",
    ["Nokia PRODUCES Brandor"],
  ],
  // Nothing shows the possessed name to be a product: a unit, an event or a partner.
  [
    "Staff at Nokia's Quillo Labs were told. Quillo Labs works on radio.",
    [],
    ["Nokia PRODUCES Quillo Labs"],
  ],
];

describe("relate: products named by a firm's possessive", () => {
  it.each(PRODUCTS)("%s", (input, expected, absent) => expectRuleFacts(input, expected, absent));
});
