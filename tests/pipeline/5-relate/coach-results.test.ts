import { describe, expect, it } from "vitest";
import { ruleFactsWithProvenance, SPORT_STORY_WORDS } from "../../helpers/rule-facts.js";

const factsOf = ruleFactsWithProvenance;

type Row = [input: string, expected: string[], absent?: string[]];

/** Sport words enough to read the story as sport. */
const MATCH = SPORT_STORY_WORDS;

/** A result opening the sentence a coach then speaks in: the coach's side's result. */
const ROWS: Row[] = [
  [
    `Everton manager Tomas Varga is happy. After their 3-2 win over Fulham, Varga said: "We played well." ${MATCH}`,
    ["Everton DEFEATED Fulham FC INFERRED"],
  ],
  [
    `Everton manager Tomas Varga is unhappy. Following their 2-0 defeat by Fulham, Varga said the side must improve. ${MATCH}`,
    ["Fulham FC DEFEATED Everton INFERRED"],
  ],
  // The speaker is no coach the story places, or the result is not "their": no result.
  [
    `Tomas Varga is happy. After their 3-2 win over Fulham, Varga said: "We played well." ${MATCH}`,
    [],
    ["Everton DEFEATED Fulham FC INFERRED"],
  ],
  [
    `Everton manager Tomas Varga is happy. After a 3-2 win over Fulham, Varga said: "We played well." ${MATCH}`,
    [],
    ["Everton DEFEATED Fulham FC INFERRED"],
  ],
  // The result's other side not right before the speaker: another clause between.
  [
    `Everton manager Tomas Varga is happy. After their win over Fulham on Sunday, Varga said: "Good." ${MATCH}`,
    [],
    ["Everton DEFEATED Fulham FC INFERRED"],
  ],
];

describe("a coach's result opening his sentence", () => {
  it.each(ROWS)("%s", (input, expected, absent = []) => {
    const facts = factsOf(input);
    for (const fact of expected) expect(facts).toContain(fact);
    for (const fact of absent) expect(facts).not.toContain(fact);
  });
});
