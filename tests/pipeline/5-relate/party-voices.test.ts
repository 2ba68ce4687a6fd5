import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** A party a speaker answers for, opening the sentence: the speaker is a member of the party. */
const PARTY_VOICES: FactRow[] = [
  [
    "For the Lib Dems, Karl Brenner said the chancellor had failed.",
    ["Karl Brenner MEMBER_OF Liberal Democrats"],
  ],
  [
    "But for the Tories, shadow chancellor Anna Berg warned of deep cuts.",
    ["Anna Berg MEMBER_OF Conservative Party"],
  ],
  [
    "For the Welsh Liberal Democrats, Anna Berg called the new target unambitious.",
    ["Anna Berg MEMBER_OF Welsh Liberal Democrats"],
  ],
  // A list of speakers, a possessive, or a party that is no speaker's side reads nothing.
  [
    "For the Tories, Tom Hale and Anna Berg said no.",
    [],
    ["Tom Hale MEMBER_OF Conservative Party"],
  ],
  [
    "For the Tories, Anna Berg's plan is a disaster.",
    [],
    ["Anna Berg MEMBER_OF Conservative Party"],
  ],
  ["For Labour, it is a disaster, Tom Hale said.", [], ["Tom Hale MEMBER_OF Labour Party"]],
  ["For Nordbank Group, Tom Hale said sales rose.", [], ["Tom Hale MEMBER_OF Nordbank Group"]],
];

describe("relate: a party a speaker answers for", () => {
  it.each(PARTY_VOICES)("%s", (input, expected, absent) =>
    expectRuleFacts(input, expected, absent),
  );
});
