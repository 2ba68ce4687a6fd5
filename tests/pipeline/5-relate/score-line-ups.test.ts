import { describe, expect, it } from "vitest";
import { playsForFactsOf as factsOf } from "../../helpers/rule-facts.js";

const REPORT =
  "Everton beat Fulham in the league on Saturday with two goals in the first half. The coach praised his squad after the match and the fans sang.";
const HOME_SHEET =
  "Harwood, Pellam, Okafor, Denholm, Varga, Brixton (Callow 70), Mendes, Ostrowski, Keane, Tallis, Rourke (Fenwick 80).";
const AWAY_SHEET =
  "Lindqvist, Abara, Sorensen, Whitlock, Marchetti, Dunmore, Quarrie (Holtby 60), Szabo, Renwick, Oduya, Gallacher.";

type Row = [title: string | null, text: string, expected: string[], absent?: string[]];

/** Two bare team sheets under a score headline: the first is the headline's first side's. */
const ROWS: Row[] = [
  [
    "Everton 2-0 Fulham",
    `${REPORT}\n\n${HOME_SHEET}\n\n${AWAY_SHEET}`,
    [
      "Varga PLAYS_FOR Everton INFERRED",
      "Fenwick PLAYS_FOR Everton INFERRED",
      "Gallacher PLAYS_FOR Fulham FC INFERRED",
    ],
    ["Gallacher PLAYS_FOR Everton INFERRED", "Varga PLAYS_FOR Fulham FC INFERRED"],
  ],
  // A fixture's preview lists the sheets in the headline's order too.
  [
    "Preview: Everton v Fulham (Sun)",
    `${REPORT}\n\n${HOME_SHEET}\n\n${AWAY_SHEET}`,
    ["Varga PLAYS_FOR Everton INFERRED", "Gallacher PLAYS_FOR Fulham FC INFERRED"],
    ["Gallacher PLAYS_FOR Everton INFERRED"],
  ],
  [
    "Everton v Fulham",
    `${REPORT}\n\n${HOME_SHEET}\n\n${AWAY_SHEET}`,
    ["Varga PLAYS_FOR Everton INFERRED", "Gallacher PLAYS_FOR Fulham FC INFERRED"],
  ],
  // A sheet whose side's label was lost before its colon is still a bare sheet.
  [
    "Everton 2-0 Fulham",
    `${REPORT}\n\n${HOME_SHEET}\n\n: ${AWAY_SHEET}`,
    ["Varga PLAYS_FOR Everton INFERRED", "Gallacher PLAYS_FOR Fulham FC INFERRED"],
  ],
  // A headline naming a fixture among other words says nothing of the sheets.
  [
    "Everton v Fulham is off",
    `${REPORT}\n\n${HOME_SHEET}\n\n${AWAY_SHEET}`,
    [],
    ["Varga PLAYS_FOR Everton INFERRED"],
  ],
  // No score in the headline: which sheet is whose is not said.
  [
    "Everton ease past Fulham",
    `${REPORT}\n\n${HOME_SHEET}\n\n${AWAY_SHEET}`,
    [],
    ["Varga PLAYS_FOR Everton INFERRED", "Gallacher PLAYS_FOR Fulham FC INFERRED"],
  ],
  // One sheet only: it may be either side's.
  ["Everton 2-0 Fulham", `${REPORT}\n\n${HOME_SHEET}`, [], ["Varga PLAYS_FOR Everton INFERRED"]],
  // No headline at all.
  [null, `${REPORT}\n\n${HOME_SHEET}\n\n${AWAY_SHEET}`, [], ["Varga PLAYS_FOR Everton INFERRED"]],
  // A short list of names is no team sheet.
  [
    "Everton 2-0 Fulham",
    `${REPORT}\n\nHarwood, Pellam, Okafor.\n\nLindqvist, Abara, Sorensen.`,
    [],
    ["Pellam PLAYS_FOR Everton INFERRED", "Abara PLAYS_FOR Fulham FC INFERRED"],
  ],
];

describe("score line-ups: bare team sheets under a score headline", () => {
  it.each(ROWS)("%s", (title, text, expected, absent = []) => {
    const facts = factsOf(title, text);
    for (const fact of expected) expect(facts, facts.join("\n")).toContain(fact);
    for (const fact of absent) expect(facts).not.toContain(fact);
  });
});
