import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";

/** "Subject TYPE Object" for every relation the rules alone read from a text written for these tests. */
function factsOf(text: string): string[] {
  const x = analyzeText(text, null, { relationModel: null });
  return x.relations.map(
    (r) => `${x.entities[r.subject]!.name} ${r.type} ${x.entities[r.object]!.name}`,
  );
}

type Row = [input: string, expected: string[], absent?: string[]];

/** Sport words enough to read the story as sport. */
const MATCH = "The coach praised his squad after the match, and the fans sang in the league game.";

/** A result a side owns through "their" or "his side's". */
const ROWS: Row[] = [
  // "his team's": the side whose post introduces the subject.
  [
    `Everton boss Tomas Varga was pleased after his team's 2-0 win over Fulham on Sunday. ${MATCH}`,
    ["Everton DEFEATED Fulham FC"],
  ],
  // "their": the side the sentence opens with.
  [
    `Everton, who have lost three games in a row, wasted a lead in their 2-1 defeat to Fulham. ${MATCH}`,
    ["Fulham FC DEFEATED Everton"],
  ],
  // A side led to its result.
  [
    `Tomas Varga captained Everton to their first win against Fulham. ${MATCH}`,
    ["Everton DEFEATED Fulham FC"],
  ],
  // A relative clause's side.
  [
    `It was a costly week for Everton, who followed up their derby defeat against Fulham with a draw. ${MATCH}`,
    ["Fulham FC DEFEATED Everton"],
  ],
  // Another person between: "his" may be the other's.
  [
    `Everton boss Tomas Varga criticised referee Karl Brenner after his side's defeat to Fulham. ${MATCH}`,
    [],
    ["Fulham FC DEFEATED Everton"],
  ],
  // Another side between: "their" is that side's.
  [`Everton praised Leeds for their win over Fulham. ${MATCH}`, [], ["Everton DEFEATED Fulham FC"]],
  // A hoped-for result.
  [
    `Everton will need their win over Fulham to count. ${MATCH}`,
    [],
    ["Everton DEFEATED Fulham FC"],
  ],
  // A phrase before the result: not the pronoun's own result.
  [
    `Everton boss Tomas Varga spoke of their hopes of a win over Fulham. ${MATCH}`,
    [],
    ["Everton DEFEATED Fulham FC"],
  ],
];

describe("relate: a side's result owned through a pronoun", () => {
  it.each(ROWS)("%s", (input, expected, absent = []) => {
    const facts = factsOf(input);
    for (const fact of expected) expect(facts).toContain(fact);
    for (const fact of absent) expect(facts).not.toContain(fact);
  });
});
