import { describe, expect, it } from "vitest";
import { analyzeText, factOf } from "../../helpers/pipeline.js";
import { expectRuleFacts, type FactRow, ruleFactsOf } from "../../helpers/rule-facts.js";

/**
 * A role verb's tense in a relative clause: "who runs" and "who has led" give a role held now,
 * "who led" and "who had run" one held once, and the job a past head held at a firm is past too.
 */
const PAST_ROLES: FactRow[] = [
  [
    "Nell Garvey, who led the Labour Party in the 1980s, said the plan was wrong.",
    ["Nell Garvey LEADER_OF Labour Party (former)"],
    ["Nell Garvey LEADER_OF Labour Party"],
  ],
  [
    "Ann Birch, who had run Vodafone for a decade, left in May.",
    ["Ann Birch LEADER_OF Vodafone (former)"],
    ["Ann Birch LEADER_OF Vodafone"],
  ],
  [
    "Jim Rook, who chaired Vodafone until 2001, said profits would rise.",
    ["Jim Rook LEADER_OF Vodafone (former)"],
  ],
];

/** Roles held now: a present or present-perfect verb. */
const PRESENT_ROLES: [input: string, held: string][] = [
  ["Tom Hale, who has led Vodafone since 1994, said profits rose.", "Tom Hale LEADER_OF Vodafone"],
  [
    "Kay Moss, who has chaired Vodafone since 2001, said profits rose.",
    "Kay Moss LEADER_OF Vodafone",
  ],
  ["Tom Hale, who runs Vodafone, said profits rose.", "Tom Hale LEADER_OF Vodafone"],
];

/** A perfect tense of a verb that gives no role, or a role verb whose object is no organisation's name ending the phrase. */
const NO_ROLES: FactRow[] = [
  [
    "Tom Hale, who has visited Vodafone twice, said profits rose.",
    [],
    ["Tom Hale LEADER_OF Vodafone", "Tom Hale WORKS_FOR Vodafone"],
  ],
  [
    "Tom Hale, who has led Vodafone's bid for the licence, said little.",
    [],
    ["Tom Hale LEADER_OF Vodafone"],
  ],
];

describe("relate: the tense of a role clause", () => {
  it.each(PAST_ROLES)("%s", (input, expected, absent) => expectRuleFacts(input, expected, absent));
  it.each(PRESENT_ROLES)("%s", (input, held) => {
    expectRuleFacts(input, [held]);
    expect(ruleFactsOf(input).facts).not.toContain(`${held} (former)`);
  });
  it.each(NO_ROLES)("%s", (input, expected, absent) => expectRuleFacts(input, expected, absent));
  it("gives a past head's job at a firm as past, and a past party leader's membership as it was", () => {
    const firm = analyzeText("Ann Birch, who had run Vodafone for a decade, left in May.");
    const firmFacts = firm.relations.map((relation) => factOf(firm, relation));
    expect(firmFacts).toContain("Ann Birch WORKS_FOR Vodafone (former)");
    expect(firmFacts).not.toContain("Ann Birch WORKS_FOR Vodafone");
    const party = analyzeText(
      "Nell Garvey, who led the Labour Party in the 1980s, said the plan was wrong.",
    );
    const partyFacts = party.relations.map((relation) => factOf(party, relation));
    expect(partyFacts).toContain("Nell Garvey MEMBER_OF Labour Party");
  });
});
