import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow, SPORT_STORY_WORDS } from "../../helpers/rule-facts.js";

/** Enough sport words for the story to read as sport (sentences written for these tests). */
const MATCH = "The fly-half kicked two penalties and the scrum held firm in the rugby match.";

/** A home nation plays as a country's side does in a sports story, and stays a place elsewhere. */
const HOME_NATIONS: FactRow[] = [
  [
    `Wales beat Scotland 21-14 on Saturday. ${MATCH}`,
    ["Wales national team DEFEATED Scotland national team"],
  ],
  [
    `Ireland secured a narrow victory over England in the rain. ${MATCH}`,
    ["Ireland DEFEATED England national team"],
  ],
  // A side by its place in a fixture: a result's object, a coming match's subject.
  [
    `Scotland were beaten 20-12 by Fiji in the plate final. ${MATCH}`,
    ["Fiji national team DEFEATED Scotland national team"],
  ],
  [
    `Wales will play England in the Six Nations next month. ${MATCH}`,
    [
      "Wales national team PARTICIPATED_IN Six Nations",
      "England national team PARTICIPATED_IN Six Nations",
    ],
  ],
  // A home nation the recogniser leaves a place still takes part in its competition.
  [
    `Scotland were beaten 11-9 by Wales in their Six Nations opener in Cardiff. ${SPORT_STORY_WORDS}`,
    ["Scotland PARTICIPATED_IN Six Nations", "Wales PARTICIPATED_IN Six Nations"],
  ],
  // The home nation opening a fixture verb's sentence is its subject; a denied fixture is none.
  [
    `England will have to take on Ireland in the Six Nations without Tom Varga. ${SPORT_STORY_WORDS}`,
    ["England PARTICIPATED_IN Six Nations"],
  ],
  [
    `England will not take on Ireland in the Six Nations. ${SPORT_STORY_WORDS}`,
    [],
    ["England PARTICIPATED_IN Six Nations"],
  ],
  // A ground is no side: it takes part in nothing.
  [
    `The sides meet at Old Trafford in the Champions League game on Wednesday. ${MATCH}`,
    [],
    ["Old Trafford PARTICIPATED_IN Champions League"],
  ],
  // A possessive before a player's name is the player's nationality, after any match verb.
  [
    `The top seed will face Spain's Alberto Montero in the second round. ${MATCH}`,
    ["Alberto Montero CITIZEN_OF Spain"],
  ],
  // The city of a match is not where the visiting side is.
  [
    `Italy hope to end their losing run against England in Cardiff on Sunday. ${MATCH}`,
    [],
    ["England national team LOCATED_IN Cardiff"],
  ],
];

describe("home nations' sides", () => {
  it.each(HOME_NATIONS)("%s", (input, expected, absent) =>
    expectRuleFacts(input, expected, absent),
  );
});
