import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** "a meeting of the X in Y": the place is the occasion's, not the body's. */
const OCCASION_PLACES: FactRow[] = [
  [
    "The minister will chair a meeting of the Commission for Zorland in Cape Town next week.",
    [],
    ["Commission for Zorland LOCATED_IN Cape Town", "Commission for Zorland BASED_IN Cape Town"],
  ],
  [
    "On Monday, a summit of the World Trade Organization in Geneva agreed a new fund.",
    [],
    ["World Trade Organization LOCATED_IN Geneva"],
  ],
  // Without the occasion the body is in the place.
  [
    "The Commission for Zorland in Cape Town said the plan was sound.",
    ["Commission for Zorland LOCATED_IN Cape Town"],
  ],
];

describe("relate: an occasion's place", () => {
  it.each(OCCASION_PLACES)("%s", (input, expected, absent) =>
    expectRuleFacts(input, expected, absent),
  );
});
