import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** A speaker's affiliation after "from": a comma before the verb of saying, a claim's "according to", a firm's unit. */
const SPEAKER_AFFILIATIONS: FactRow[] = [
  // The verb of saying after the phrase's closing comma.
  [
    '"Sales are strong," Anna Berg from the Norvex Systems Association, told reporters.',
    ["Anna Berg WORKS_FOR Norvex Systems Association"],
  ],
  // "According to" attributes a claim like a verb of saying.
  [
    "According to Tom Hale from software firm Norvex Systems, half of all users pay.",
    ["Tom Hale WORKS_FOR Norvex Systems"],
  ],
  // A unit a firm's possessive opens is the employer.
  [
    '"It works," Tom Hale, from Nordbank Group\'s Vexa Research Laboratory, told reporters.',
    ["Tom Hale WORKS_FOR Vexa Research Laboratory"],
  ],
  // Neither a saying verb nor a claim: a move between clubs, a visit.
  [
    "Chelsea signed Tom Hale from Nordbank Group, and the fans cheered.",
    [],
    ["Tom Hale WORKS_FOR Nordbank Group"],
  ],
  // A town after "from" says where the speaker lives.
  ["According to Anna Berg from Manchester, prices rose.", [], ["Anna Berg WORKS_FOR Manchester"]],
];

describe("speaker affiliations", () => {
  it.each(SPEAKER_AFFILIATIONS)("%s", (input, expected, absent) =>
    expectRuleFacts(input, expected, absent),
  );
});
