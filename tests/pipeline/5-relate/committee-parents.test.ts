import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** Who chairs a body's committee heads the committee, not the body named as its parent. */
const COMMITTEE_PARENTS: FactRow[] = [
  [
    "Tom Hale, chairman of the Microsoft audit committee, said the accounts were sound.",
    [],
    ["Tom Hale LEADER_OF Microsoft"],
  ],
  [
    "Ryanair safety committee chairman Anna Berg said the checks would continue.",
    [],
    ["Anna Berg LEADER_OF Ryanair"],
  ],
  [
    "Karl Brenner, who is chairman of the UN human rights panel, called for an inquiry.",
    [],
    ["Karl Brenner LEADER_OF United Nations"],
  ],
  // The body itself, or its own name ending in "Committee", is what the chairman heads.
  ["Tom Hale, chairman of Ryanair, said costs had fallen.", ["Tom Hale LEADER_OF Ryanair"]],
  [
    "Anna Berg, chairman of the Vexaphone Ethics Committee, said the rules were clear.",
    ["Anna Berg LEADER_OF Vexaphone Ethics Committee"],
  ],
];

describe("relate: a committee's chairman and the committee's parent body", () => {
  it.each(COMMITTEE_PARENTS)("%s", (input, expected, absent) => {
    expectRuleFacts(input, expected, absent);
  });
});
