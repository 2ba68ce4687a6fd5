import { describe, expect, it } from "vitest";
import { playsForFactsOf as factsOf } from "../../helpers/rule-facts.js";

const TITLE = "Toffees sink the Cottagers";
const HOME_SHEET =
  "Harwood, Pellam, Okafor, Denholm, Varga, Brixton (Callow 70), Mendes, Ostrowski, Keane, Tallis, Rourke (Fenwick 80).";
const AWAY_SHEET =
  "Lindqvist, Abara, Sorensen, Whitlock, Marchetti, Dunmore, Quarrie (Holtby 60), Szabo, Renwick, Oduya, Gallacher.";
const SPORT = "The coach praised his squad after the match and the fans sang in the league game.";

type Row = [text: string, expected: string[], absent: string[]];

/** Unlabelled sheets under a headline that is no score: the report's own relations settle the sides. */
const ROWS: Row[] = [
  // A home player the report gives Everton: the first sheet is Everton's, the second the other side's.
  [
    `Everton beat Fulham on Saturday. Everton striker Tom Varga scored twice. ${SPORT}\n\n${HOME_SHEET}\n\n${AWAY_SHEET}`,
    ["Harwood PLAYS_FOR Everton INFERRED", "Gallacher PLAYS_FOR Fulham FC INFERRED"],
    ["Gallacher PLAYS_FOR Everton INFERRED", "Harwood PLAYS_FOR Fulham FC INFERRED"],
  ],
  // The away players settle it the other way round.
  [
    `Everton beat Fulham on Saturday. Fulham defender Jon Abara was sent off. ${SPORT}\n\n${HOME_SHEET}\n\n${AWAY_SHEET}`,
    ["Harwood PLAYS_FOR Everton INFERRED", "Gallacher PLAYS_FOR Fulham FC INFERRED"],
    ["Harwood PLAYS_FOR Fulham FC INFERRED"],
  ],
];

/** Sheets the report does not settle stay unread. */
const NO_ROWS: Row[] = [
  // No player's side is stated.
  [
    `Everton beat Fulham on Saturday. ${SPORT}\n\n${HOME_SHEET}\n\n${AWAY_SHEET}`,
    [],
    ["Harwood PLAYS_FOR Everton INFERRED", "Harwood PLAYS_FOR Fulham FC INFERRED"],
  ],
  // One stated player and three sides named: the other sheet's side is not known, and one word
  // is too little for a sheet alone.
  [
    `Everton beat Fulham on Saturday before facing Chelsea. Everton striker Tom Varga scored twice. ${SPORT}\n\n${HOME_SHEET}\n\n${AWAY_SHEET}`,
    [],
    ["Harwood PLAYS_FOR Everton INFERRED", "Gallacher PLAYS_FOR Fulham FC INFERRED"],
  ],
];

describe("relate: unlabelled team sheets settled by the report", () => {
  it.each([...ROWS, ...NO_ROWS])("%s", (text, expected, absent) => {
    const facts = factsOf(TITLE, text);
    for (const fact of expected) expect(facts).toContain(fact);
    for (const fact of absent) expect(facts).not.toContain(fact);
  });
});
