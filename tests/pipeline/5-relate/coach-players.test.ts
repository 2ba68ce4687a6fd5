import { describe, expect, it } from "vitest";
import { ruleFactsWithProvenance, SPORT_STORY_WORDS } from "../../helpers/rule-facts.js";

const factsOf = ruleFactsWithProvenance;

type Row = [input: string, expected: string[], absent?: string[]];

/** Sport words enough to read the story as sport. */
const MATCH = SPORT_STORY_WORDS;

/** A coach's sentence naming a player by his position alone: the coach's side. */
const ROWS: Row[] = [
  [
    `Everton manager Tomas Varga has praised striker Karl Brenner for his form. ${MATCH}`,
    ["Karl Brenner PLAYS_FOR Everton INFERRED"],
  ],
  // The coach named alone, his side stated in another sentence.
  [
    `Everton manager Tomas Varga was pleased. Varga defended goalkeeper Karl Brenner after the game. ${MATCH}`,
    ["Karl Brenner PLAYS_FOR Everton INFERRED"],
  ],
  // A plural position before a list of players.
  [
    `Everton manager Tomas Varga praised strikers Karl Brenner and Jan Osterman. ${MATCH}`,
    ["Karl Brenner PLAYS_FOR Everton INFERRED", "Jan Osterman PLAYS_FOR Everton INFERRED"],
  ],
  // Another body after a comma opens a clause of its own.
  [
    `Everton manager Tomas Varga defended keeper Karl Brenner, whose error handed Liverpool a late winner. ${MATCH}`,
    ["Karl Brenner PLAYS_FOR Everton INFERRED"],
  ],
  // Another side in the players' clause may own them.
  [
    `Everton manager Tomas Varga criticised striker Karl Brenner for his foul on Chelsea defender Jan Osterman. ${MATCH}`,
    [],
    ["Karl Brenner PLAYS_FOR Everton INFERRED", "Jan Osterman PLAYS_FOR Everton INFERRED"],
  ],
  // The coached side itself as the subject names its own players by position.
  [
    `Everton manager Tomas Varga was pleased. Everton are also without winger Karl Brenner, who hurt an ankle. ${MATCH}`,
    ["Karl Brenner PLAYS_FOR Everton INFERRED"],
  ],
  // A side no relation gives a coach, or one naming its coach's post, does not.
  [
    `Everton beat Fulham 2-0. Everton are also without winger Karl Brenner, who hurt an ankle. ${MATCH}`,
    [],
    ["Karl Brenner PLAYS_FOR Everton INFERRED"],
  ],
  // A past or an opposing player is no player of the coach's side now.
  [
    `Everton manager Tomas Varga praised former striker Karl Brenner. ${MATCH}`,
    [],
    ["Karl Brenner PLAYS_FOR Everton INFERRED"],
  ],
  [
    `Everton manager Tomas Varga praised opposing skipper Karl Brenner. ${MATCH}`,
    [],
    ["Karl Brenner PLAYS_FOR Everton INFERRED"],
  ],
  // A player who is the subject, not the coach: his own words about another player.
  [
    `Everton manager Tomas Varga was pleased. Jan Osterman praised striker Karl Brenner. ${MATCH}`,
    [],
    ["Karl Brenner PLAYS_FOR Everton INFERRED"],
  ],
  // Outside a sports story nothing is read.
  [
    "Everton manager Tomas Varga praised striker Karl Brenner at the bank's opening.",
    [],
    ["Karl Brenner PLAYS_FOR Everton INFERRED"],
  ],
];

describe("relate: a coach's player named by position alone", () => {
  it.each(ROWS)("%s", (input, expected, absent = []) => {
    const facts = factsOf(input);
    for (const fact of expected) expect(facts).toContain(fact);
    for (const fact of absent) expect(facts).not.toContain(fact);
  });
});
