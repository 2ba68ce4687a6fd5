import { describe, expect, it } from "vitest";
import { ruleFactsWithProvenance, SPORT_STORY_WORDS } from "../../helpers/rule-facts.js";

const factsOf = ruleFactsWithProvenance;

type Row = [input: string, expected: string[], absent?: string[]];

/** Sport words enough to read the story as sport. */
const MATCH = SPORT_STORY_WORDS;

/** "Scotland international X": a player capped by the side, as "Scotland winger X" would say. */
const ROWS: Row[] = [
  [
    `Former Scotland international Tom Varga fears a split at the union. ${MATCH}`,
    ["Tom Varga PLAYS_FOR Scotland STATED"],
  ],
  [
    `Varga, a Wales international, has signed a new deal. ${MATCH}`,
    ["Varga PLAYS_FOR Wales STATED"],
  ],
  // "international" modifying another role is no cap.
  [
    `Wales international director Tom Varga said sales rose. ${MATCH}`,
    [],
    ["Tom Varga PLAYS_FOR Wales STATED"],
  ],
];

describe("a side's international", () => {
  it.each(ROWS)("%s", (input, expected, absent = []) => {
    const facts = factsOf(input);
    for (const fact of expected) expect(facts).toContain(fact);
    for (const fact of absent) expect(facts).not.toContain(fact);
  });
});
