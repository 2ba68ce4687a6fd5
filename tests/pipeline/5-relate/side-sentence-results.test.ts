import { describe, expect, it } from "vitest";
import { ruleFactsWithProvenance, SPORT_STORY_WORDS } from "../../helpers/rule-facts.js";

const factsOf = ruleFactsWithProvenance;

type Row = [input: string, expected: string[], absent?: string[]];

/** Sport words enough to read the story as sport. */
const MATCH = SPORT_STORY_WORDS;

/** A result or fixture in a sentence said of a side through its coach, or with the side as subject. */
const ROWS: Row[] = [
  [
    `Everton manager Tomas Varga fears that Ian Brook hurt his knee during the 2-1 Uefa Cup win over Fulham. ${MATCH}`,
    ["Everton DEFEATED Fulham FC INFERRED", "Everton PARTICIPATED_IN Uefa Cup INFERRED"],
  ],
  [
    `Everton boss Tomas Varga said their display in the 3-0 defeat against Fulham was poor. ${MATCH}`,
    ["Fulham FC DEFEATED Everton INFERRED"],
  ],
  [
    `Everton manager Tomas Varga admitted the players were tired in Saturday's 1-0 loss to Fulham. ${MATCH}`,
    ["Fulham FC DEFEATED Everton INFERRED"],
  ],
  [
    `Everton manager Tomas Varga expects the Champions League clash with Fulham to be close. ${MATCH}`,
    ["Everton PARTICIPATED_IN Champions League INFERRED"],
  ],
  // A player's club, against another club.
  [
    `Everton's Ian Brook has been ruled out of Wednesday's Champions League clash with Fulham. ${MATCH}`,
    ["Everton PARTICIPATED_IN Champions League INFERRED"],
  ],
  // A player's club is no side of a fixture against a country: that is his country's.
  [
    `Everton's Ian Brook has been ruled out of Wednesday's World Cup clash with Brazil. ${MATCH}`,
    [],
    ["Everton PARTICIPATED_IN FIFA World Cup INFERRED"],
  ],
  // Another body owns the result, or stands between the coach and it: nothing for the coach's side.
  [
    `Everton manager Tomas Varga praised Chelsea after the 2-1 win over Fulham. ${MATCH}`,
    [],
    ["Everton DEFEATED Fulham FC INFERRED"],
  ],
  [
    `Everton manager Tomas Varga watched Chelsea's Champions League clash with Fulham. ${MATCH}`,
    [],
    ["Everton PARTICIPATED_IN Champions League INFERRED"],
  ],
  // A hoped-for result has no lead that places it as done.
  [
    `Everton manager Tomas Varga is hoping for a win over Fulham. ${MATCH}`,
    [],
    ["Everton DEFEATED Fulham FC INFERRED"],
  ],
  // No coach the story places: nothing.
  [
    `Tomas Varga fears that Ian Brook hurt his knee during the 2-1 win over Fulham. ${MATCH}`,
    [],
    ["Everton DEFEATED Fulham FC INFERRED"],
  ],
];

describe("a result or fixture of the side a sentence is said of", () => {
  it.each(ROWS)("%s", (input, expected, absent = []) => {
    const facts = factsOf(input);
    for (const fact of expected) expect(facts).toContain(fact);
    for (const fact of absent) expect(facts).not.toContain(fact);
  });
});
