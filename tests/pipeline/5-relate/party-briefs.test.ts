import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** A party post with a brief before its holder's name: the holder is a member of the party. */
const PARTY_BRIEFS: FactRow[] = [
  [
    "Tory work and pensions spokesman Karl Brenner said the plan was wrong.",
    ["Karl Brenner MEMBER_OF Conservative Party"],
  ],
  [
    "Liberal Democrat spokeswoman for women Anna Berg said it was misdirected.",
    ["Anna Berg MEMBER_OF Liberal Democrats"],
  ],
  [
    "Lib Dem parliamentary chairman Tom Hale said the ministers were feuding.",
    ["Tom Hale MEMBER_OF Liberal Democrats"],
  ],
  [
    "Conservative family spokeswoman Anna Berg said the law would be repealed.",
    ["Anna Berg MEMBER_OF Conservative Party"],
  ],
  [
    "Labour election campaign coordinator Tom Hale said the rivals were in turmoil.",
    ["Tom Hale MEMBER_OF Labour Party"],
    ["Tom Hale LEADER_OF Labour Party"],
  ],
  // The party may own the post.
  [
    "Plaid Cymru's local government spokesman Dai Berg called the plan disappointing.",
    ["Dai Berg MEMBER_OF Plaid Cymru"],
  ],
  // A verb between the party and the name: the post is not the name's.
  ["A UKIP spokesman said Tom Hale was wrong.", [], ["Tom Hale MEMBER_OF UKIP"]],
  // A shadow secretary or a minister with a brief the party offices do not list.
  [
    "The report was welcomed by Conservative shadow pensions secretary Karl Brenner.",
    ["Karl Brenner MEMBER_OF Conservative Party"],
  ],
  [
    "Tory shadow local government secretary Anna Berg called it hypocrisy.",
    ["Anna Berg MEMBER_OF Conservative Party"],
  ],
  [
    "Labour's deputy minister for women Anna Berg said the sums did not add up.",
    ["Anna Berg MEMBER_OF Labour Party"],
  ],
  // The party is the subject of a verb before another party's prime minister.
  [
    "The bill passed after the Conservatives accepted Prime Minister Tom Hale's promise.",
    [],
    ["Tom Hale MEMBER_OF Conservative Party"],
  ],
];

describe("relate: party posts with a brief", () => {
  it.each(PARTY_BRIEFS)("%s", (input, expected, absent) =>
    expectRuleFacts(input, expected, absent),
  );
});
