import { describe, expect, it } from "vitest";
import { analyzeText, factOf } from "../../helpers/pipeline.js";

/** "Subject TYPE Object" for every relation read from a text written for these tests (the rules alone, or with the model). */
function factsOf(text: string, withModel = false): string[] {
  const x = analyzeText(text, null, withModel ? {} : { relationModel: null });
  return x.relations.map((r) => factOf(x, r));
}

type Row = [input: string, expected: string[], absent?: string[]];

/** Sport words enough to read the story as sport. */
const MATCH = "The coach praised his squad after the match, and the fans sang in the league game.";

/** Two sides coordinated before one player's or coach's role: the role is each side's. */
const ROWS: Row[] = [
  [
    `Leeds and England centre Tomas Varga believes he can make the tour. ${MATCH}`,
    ["Tomas Varga PLAYS_FOR Leeds United", "Tomas Varga PLAYS_FOR England"],
  ],
  [
    `Newcastle are lining up a move for England and Real Madrid striker Tomas Varga. ${MATCH}`,
    ["Tomas Varga PLAYS_FOR England", "Tomas Varga PLAYS_FOR Real Madrid"],
  ],
  // A person before "and" is another subject, not a side.
  [
    `Karl Brenner and England captain Tomas Varga scored. ${MATCH}`,
    ["Tomas Varga PLAYS_FOR England"],
    ["Karl Brenner PLAYS_FOR England"],
  ],
  // Outside a sports story: a firm's role stays with the firm it names.
  [
    "Acme and Vexaphone chief executive Tomas Varga said profits rose.",
    [],
    ["Tomas Varga LEADER_OF Acme"],
  ],
];

describe("relate: sides coordinated before a role", () => {
  it.each(ROWS)("%s", (input, expected, absent = []) => {
    const facts = factsOf(input);
    for (const fact of expected) expect(facts).toContain(fact);
    for (const fact of absent) expect(facts).not.toContain(fact);
  });

  it("makes both roles past after a 'former' before the first side", () => {
    const facts = factsOf(
      `Former Leeds and England defender Tomas Varga said he was surprised. ${MATCH}`,
      true,
    );
    expect(facts).not.toContain("Tomas Varga PLAYS_FOR England");
    expect(facts).not.toContain("Tomas Varga PLAYS_FOR Leeds United");
    expect(facts).toEqual(
      expect.arrayContaining([
        "Tomas Varga PLAYS_FOR England (former)",
        "Tomas Varga PLAYS_FOR Leeds United (former)",
      ]),
    );
  });
});
