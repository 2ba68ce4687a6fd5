import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** Sport words that make each text a sports story. */
const MATCH = " The goal came in the second half of the league match after a penalty.";

/** The other side of a competition's match took part in it (sentences written for these tests). */
const FIXTURES: FactRow[] = [
  [
    `Tom Hale has been ruled out of the Champions League clash with Barcelona.${MATCH}`,
    ["FC Barcelona PARTICIPATED_IN Champions League"],
  ],
  [
    `Rob Collins was hurt in the Uefa Cup defeat at Everton on Sunday.${MATCH}`,
    ["Everton PARTICIPATED_IN Uefa Cup"],
  ],
  [
    `Fans fought after the FA Cup third round tie between Arsenal and Fulham.${MATCH}`,
    ["Arsenal PARTICIPATED_IN FA Cup", "Fulham FC PARTICIPATED_IN FA Cup"],
  ],
  [
    `Tom Hale scored twice in the Uefa Cup exit at the hands of Steaua Bucharest.${MATCH}`,
    ["Steaua Bucharest PARTICIPATED_IN Uefa Cup"],
  ],
  [
    `Rovers lost the FA Cup quarter-final tie against Arsenal.${MATCH}`,
    ["Arsenal PARTICIPATED_IN FA Cup"],
  ],
  [`Rovers lost the FA Cup contest against Arsenal.${MATCH}`, ["Arsenal PARTICIPATED_IN FA Cup"]],
  // A side met in a competition, and the named side that meets it.
  [
    `Arsenal face Barcelona in the Champions League next month.${MATCH}`,
    ["FC Barcelona PARTICIPATED_IN Champions League", "Arsenal PARTICIPATED_IN Champions League"],
  ],
  [
    `Tom Hale hopes to return against Everton in the FA Cup final.${MATCH}`,
    ["Everton PARTICIPATED_IN FA Cup"],
  ],
  // A ground is no side; a link word ends the competition's phrase; a warm-up is another event.
  [
    `The Champions League semi-final at Anfield Road was tense.${MATCH}`,
    [],
    ["Anfield Road PARTICIPATED_IN Champions League"],
  ],
  [
    `Tom Hale prepared for the Australian Open with victory over Rob Collins in Sydney.${MATCH}`,
    [],
    ["Rob Collins PARTICIPATED_IN Australian Open"],
  ],
  [
    `Tom Hale will play Rob Collins at the Australian Open warm-up event.${MATCH}`,
    [],
    ["Rob Collins PARTICIPATED_IN Australian Open"],
  ],
];

/** In a sports story a side's or a player's match outcome in a competition says they played in it. */
const OUTCOMES: FactRow[] = [
  [
    `Arsenal lost all five matches in the Champions League.${MATCH}`,
    ["Arsenal PARTICIPATED_IN Champions League"],
  ],
  [`Tom Hale scored twice in the FA Cup final.${MATCH}`, ["Tom Hale PARTICIPATED_IN FA Cup"]],
  [
    `Tom Hale has not scored in the Heineken Cup final.${MATCH}`,
    [],
    ["Tom Hale PARTICIPATED_IN Heineken Cup"],
  ],
];

describe("competition outcomes", () => {
  it.each(OUTCOMES)("%s", (input, expected, absent) => expectRuleFacts(input, expected, absent));
});

describe("competition fixtures", () => {
  it.each(FIXTURES)("%s", (input, expected, absent) => expectRuleFacts(input, expected, absent));
});
