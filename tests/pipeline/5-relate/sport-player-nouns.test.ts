import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** Sport words enough to read the story as sport. */
const MATCH = "The coach praised his squad after the match, and the fans sang in the league game.";

/**
 * "Barcelona star Tomas Varga": a side's star or player named before him in a sports story plays
 * for it; a nationality before the noun names no side, and outside sport a star is a performer's
 * (sentences written for these tests).
 */
const ROWS: FactRow[] = [
  [
    `Barcelona star Tomas Varga admitted the tie would be hard. ${MATCH}`,
    ["Tomas Varga PLAYS_FOR FC Barcelona"],
  ],
  [
    `England player Karl Brenner won the sevens award on Sunday. ${MATCH}`,
    ["Karl Brenner PLAYS_FOR England"],
  ],
  // A nationality: the star's country, not a side he plays for.
  [
    `Swiss star Tomas Varga won the title in Dubai. ${MATCH}`,
    ["Tomas Varga CITIZEN_OF Switzerland"],
    ["Tomas Varga PLAYS_FOR Switzerland"],
  ],
  // Outside a sports story a star is a label's or a film's.
  [
    "EMI star Tomas Varga said the label would release his new album in the spring.",
    [],
    ["Tomas Varga PLAYS_FOR EMI"],
  ],
];

describe("a side's star or player named before him in a sports story", () => {
  it.each(ROWS)("%s", (input, expected, absent) => expectRuleFacts(input, expected, absent));
});
