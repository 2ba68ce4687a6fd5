import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/**
 * Athletes' names the tagger reads as places or firms: a noun only an athlete goes by makes the
 * name a person's, with every other mention of it (sentences written for these tests).
 */
const ATHLETES: FactRow[] = [
  [
    "Sweden's Carolina Lund, the Olympic heptathlon champion, won in Oslo.",
    ["Carolina Lund CITIZEN_OF Sweden"],
  ],
  [
    "Ethiopia's Tirunesh Abebe, the world cross country champion, won again.",
    ["Tirunesh Abebe CITIZEN_OF Ethiopia"],
  ],
  // The cue in one sentence types the name in the next.
  [
    "The crowd cheered sprinter Tirunesh Abebe. Ethiopia's Tirunesh Abebe won in Oslo.",
    ["Tirunesh Abebe CITIZEN_OF Ethiopia"],
    ["Tirunesh Abebe BASED_IN Ethiopia"],
  ],
];

describe("athletes typed by their sport's nouns", () => {
  it.each(ATHLETES)("%s", (input, expected, absent) => expectRuleFacts(input, expected, absent));
});
