import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** A competition named after its host town stays one event (sentences written for these tests). */
const EVENTS: FactRow[] = [
  [
    "Dimitris Karras won 200m gold at the 2000 Sydney Olympics.",
    ["Dimitris Karras PARTICIPATED_IN 2000 Sydney Olympics"],
  ],
  [
    "Jo Lane, who came fifth in the 5,000m at the Athens Olympics, will race again.",
    ["Jo Lane PARTICIPATED_IN Athens Olympics"],
  ],
  [
    "Jo Lane, who also finished fifth in the 5,000m at the Athens Olympics, will race again.",
    ["Jo Lane PARTICIPATED_IN Athens Olympics"],
  ],
  [
    "Jo Lane, who will race in the 5,000m at the Athens Olympics, is fit.",
    [],
    ["Jo Lane PARTICIPATED_IN Athens Olympics"],
  ],
  // An age between commas stands aside from the clause; a negation still holds.
  [
    "Dimitris Karras, 31, won 200m gold at the 2000 Sydney Olympics.",
    ["Dimitris Karras PARTICIPATED_IN 2000 Sydney Olympics"],
  ],
  [
    "Dimitris Karras, 31, never finished fifth at the 2000 Sydney Olympics.",
    [],
    ["Dimitris Karras PARTICIPATED_IN 2000 Sydney Olympics"],
  ],
];

describe("competitions named after their host", () => {
  it.each(EVENTS)("%s", (input, expected, absent) => expectRuleFacts(input, expected, absent));
});
