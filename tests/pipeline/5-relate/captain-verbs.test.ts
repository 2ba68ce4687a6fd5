import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow, SPORT_STORY_WORDS } from "../../helpers/rule-facts.js";

/** Sport words enough to read the story as sport. */
const MATCH = SPORT_STORY_WORDS;

/** Who captains a side now, or is announced as its captain, plays for it (a side by its country too). */
const ROWS: FactRow[] = [
  [
    `Tom Varga will captain Wales in the friendly against Hungary. ${MATCH}`,
    ["Tom Varga PLAYS_FOR Wales"],
  ],
  // "as he wins" opens a clause; it names no other role.
  [`Tom Varga will captain Wales as he wins his 50th cap. ${MATCH}`, ["Tom Varga PLAYS_FOR Wales"]],
  [`Tom Varga captains Scotland in Saturday's match. ${MATCH}`, ["Tom Varga PLAYS_FOR Scotland"]],
  // A captaincy hoped for, possible or denied.
  [`Tom Varga could captain Wales next year. ${MATCH}`, [], ["Tom Varga PLAYS_FOR Wales"]],
  [`Tom Varga will not captain Wales. ${MATCH}`, [], ["Tom Varga PLAYS_FOR Wales"]],
  [`Tom Varga hopes to captain Wales. ${MATCH}`, [], ["Tom Varga PLAYS_FOR Wales"]],
  // "as" before a role that is not a player's still keeps the club from him.
  [`Tom Varga joined Everton as assistant manager. ${MATCH}`, [], ["Tom Varga PLAYS_FOR Everton"]],
];

describe("a captain's side from the verb of captaining", () => {
  it.each(ROWS)("%s", (input, expected, absent) => expectRuleFacts(input, expected, absent));
});
