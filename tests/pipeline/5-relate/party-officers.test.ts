import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** A post titled by a bare "party": an officer of the one party the story has just named. */
const PARTY_OFFICERS: FactRow[] = [
  [
    "The Tories unveiled plans for the police. Party leader Karl Brenner said the role was new.",
    ["Karl Brenner LEADER_OF Conservative Party", "Karl Brenner MEMBER_OF Conservative Party"],
  ],
  [
    "Labour will press on with reform, the party's campaign chief Anna Berg has said.",
    ["Anna Berg MEMBER_OF Labour Party"],
    ["Anna Berg LEADER_OF Labour Party"],
  ],
  [
    "The Lib Dems hired a new aide. Party chief executive Lord Hale said the choice was strong.",
    ["Lord Hale MEMBER_OF Liberal Democrats"],
  ],
  [
    "The Tories say the plans cost too much. Mr Rowe agreed. His party leader, Anna Berg, argued for cuts.",
    ["Anna Berg LEADER_OF Conservative Party"],
  ],
  // A former post, another party, or two parties around read nothing.
  [
    "The Tories took gifts from a firm run by the party's former treasurer Lord Hale.",
    [],
    ["Lord Hale MEMBER_OF Conservative Party"],
  ],
  [
    "The Tories attacked the plan. The other party's leader Karl Brenner said it was fair.",
    [],
    ["Karl Brenner LEADER_OF Conservative Party"],
  ],
  [
    "Labour and the Tories clashed again. Party leader Karl Brenner said taxes would fall.",
    [],
    ["Karl Brenner LEADER_OF Labour Party", "Karl Brenner LEADER_OF Conservative Party"],
  ],
  [
    "Nordbank Group cut jobs. Party leader Karl Brenner said it was sad.",
    [],
    ["Karl Brenner LEADER_OF Nordbank Group", "Karl Brenner MEMBER_OF Nordbank Group"],
  ],
];

describe("relate: an officer titled by a bare party", () => {
  it.each(PARTY_OFFICERS)("%s", (input, expected, absent) =>
    expectRuleFacts(input, expected, absent),
  );
});
