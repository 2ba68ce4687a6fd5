import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** A party's chairman runs its organisation under its leader: a member, never its leader. */
const PARTY_CHAIRS: FactRow[] = [
  [
    "Labour party chairman Tom Hale said the posters were a mistake.",
    ["Tom Hale MEMBER_OF Labour Party"],
    ["Tom Hale LEADER_OF Labour Party"],
  ],
  [
    "Lib Dem chairman Anna Berg wrote to the watchdog on Monday.",
    ["Anna Berg MEMBER_OF Liberal Democrats"],
    ["Anna Berg LEADER_OF Liberal Democrats"],
  ],
  [
    "UKIP's chairman Karl Brenner said the new group would fail.",
    ["Karl Brenner MEMBER_OF UKIP"],
    ["Karl Brenner LEADER_OF UKIP"],
  ],
  [
    "Tory co-chairman Dai Berg opened the forum with an attack on the plan.",
    ["Dai Berg MEMBER_OF Conservative Party"],
    ["Dai Berg LEADER_OF Conservative Party"],
  ],
  // A firm's chairman heads it.
  ["Ryanair chairman Tom Hale said costs had fallen.", ["Tom Hale LEADER_OF Ryanair"]],
];

describe("relate: a party's chairman", () => {
  it.each(PARTY_CHAIRS)("%s", (input, expected, absent) =>
    expectRuleFacts(input, expected, absent),
  );
});
