import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow, SPORT_STORY_WORDS } from "../../helpers/rule-facts.js";

/** Sport words enough to read the story as sport. */
const MATCH = SPORT_STORY_WORDS;

/** A scorer plays for the side his score gave a result; an own goal's scorer does not. */
const ROWS: FactRow[] = [
  [
    `Tom Varga scored twice to give Everton a 3-1 win over Fulham. ${MATCH}`,
    ["Tom Varga PLAYS_FOR Everton"],
  ],
  [
    `Tom Varga's late header earned Everton a draw at Fulham. ${MATCH}`,
    ["Tom Varga PLAYS_FOR Everton"],
  ],
  [
    `Tom Varga struck late to hand Everton victory over Fulham. ${MATCH}`,
    ["Tom Varga PLAYS_FOR Everton"],
  ],
  [`Tom Varga gave Everton the lead after 20 minutes. ${MATCH}`, ["Tom Varga PLAYS_FOR Everton"]],
  [
    `Six Tom Varga penalties gave Scotland victory over Italy. ${MATCH}`,
    ["Tom Varga PLAYS_FOR Scotland"],
  ],
  [
    `A drop goal by student Tom Varga gave Newport a 3-0 win. ${MATCH}`,
    ["Tom Varga PLAYS_FOR Newport"],
  ],
  // An own goal gives the result to the other side.
  [
    `Tom Varga's own goal gave Everton a 1-0 win over Fulham. ${MATCH}`,
    [],
    ["Tom Varga PLAYS_FOR Everton"],
  ],
  // The possessive names no score: the error was the other side's.
  [`Tom Varga's error gave Everton the lead. ${MATCH}`, [], ["Tom Varga PLAYS_FOR Everton"]],
  // A result hoped for or denied.
  [`Tom Varga could give Everton the lead. ${MATCH}`, [], ["Tom Varga PLAYS_FOR Everton"]],
  [`Tom Varga failed to give Everton the lead. ${MATCH}`, [], ["Tom Varga PLAYS_FOR Everton"]],
  // The person is no scorer: a preposition's object, or the subject of a verb that is not scoring.
  [
    `Ian Brook crossed for Tom Varga to give Everton the lead. ${MATCH}`,
    [],
    ["Tom Varga PLAYS_FOR Everton"],
  ],
  [
    `Tom Varga passed to Ian Brook to give Everton the lead. ${MATCH}`,
    [],
    ["Ian Brook PLAYS_FOR Everton"],
  ],
];

describe("a scorer's side from the result his score gave it", () => {
  it.each(ROWS)("%s", (input, expected, absent) => expectRuleFacts(input, expected, absent));
});
