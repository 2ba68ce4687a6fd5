import { describe, expect, it } from "vitest";
import { ruleFactsWithProvenance, SPORT_STORY_WORDS } from "../../helpers/rule-facts.js";

const factsOf = ruleFactsWithProvenance;

type Row = [input: string, expected: string[], absent?: string[]];

/** Sport words enough to read the story as sport. */
const MATCH = SPORT_STORY_WORDS;

/** A description "the <side> <position>" opening a sentence, for the person the sentence before names as its subject. */
const ROWS: Row[] = [
  [
    `Tomas Varga scored twice on Saturday. The England striker has now scored nine goals. ${MATCH}`,
    ["Tomas Varga PLAYS_FOR England INFERRED"],
  ],
  // The side and the role before the name leave the person the subject.
  [
    `Liverpool captain Tomas Varga has signed a new deal. The 24-year-old England midfielder wants to win trophies. ${MATCH}`,
    ["Tomas Varga PLAYS_FOR England INFERRED"],
  ],
  // A club whose name takes in the article.
  [
    `Tomas Varga admits he had thought about retirement. The Manchester United winger will play on. ${MATCH}`,
    ["Tomas Varga PLAYS_FOR Manchester United INFERRED"],
  ],
  // "He" opening the sentence before: the person the story is about.
  [
    `Tomas Varga was injured in March. He only returned to the side last weekend. And the Leicester tight-head was recalled on Monday. ${MATCH}`,
    ["Tomas Varga PLAYS_FOR Leicester INFERRED"],
  ],
  // Two people before: the description may be either's.
  [
    `Tomas Varga and Karl Brenner scored on Saturday. The England striker has now scored nine goals. ${MATCH}`,
    [],
    ["Tomas Varga PLAYS_FOR England INFERRED", "Karl Brenner PLAYS_FOR England INFERRED"],
  ],
  // The person is no subject: the description may be another's.
  [
    `The second goal came from a cross by Tomas Varga. The England striker has now scored nine goals. ${MATCH}`,
    [],
    ["Tomas Varga PLAYS_FOR England INFERRED"],
  ],
  // A manager is no player.
  [
    `Chelsea manager Tomas Varga was happy with the win. The England defender scored late. ${MATCH}`,
    [],
    ["Tomas Varga PLAYS_FOR England INFERRED"],
  ],
  // A name after the description is its own holder.
  [
    `Tomas Varga scored on Saturday. The England defender Karl Brenner was sent off. ${MATCH}`,
    [],
    ["Tomas Varga PLAYS_FOR England INFERRED"],
  ],
  // A nationality, a past side: no side played for now.
  [
    `Tomas Varga scored on Saturday. The Welsh striker has now scored nine goals. ${MATCH}`,
    [],
    ["Tomas Varga PLAYS_FOR Wales INFERRED"],
  ],
  [
    `Tomas Varga scored on Saturday. The former England striker has now scored nine goals. ${MATCH}`,
    [],
    ["Tomas Varga PLAYS_FOR England INFERRED"],
  ],
  // The story calls another player so: the description is no plain reference.
  [
    `England defender Karl Brenner was injured. Tomas Varga scored on Saturday. The England defender was booked. ${MATCH}`,
    [],
    ["Tomas Varga PLAYS_FOR England INFERRED"],
  ],
  // Outside a sports story nothing is read.
  [
    "Tomas Varga opened the bank's new office. The England striker was a guest of honour.",
    [],
    ["Tomas Varga PLAYS_FOR England INFERRED"],
  ],
];

/** A description "the <side> <position>" naming the speaker after a quote: `"…," said the Leeds striker.` */
const SPEAKER_ROWS: Row[] = [
  [
    `Tomas Varga was delighted with his award. "It is a genuine honour," said the Leeds fly-half. ${MATCH}`,
    ["Tomas Varga PLAYS_FOR Leeds INFERRED"],
  ],
  // The description goes on past the speaker: not a plain reference.
  [
    `Tomas Varga was delighted with his award. "It is a genuine honour," said the Leeds fly-half's agent. ${MATCH}`,
    [],
    ["Tomas Varga PLAYS_FOR Leeds INFERRED"],
  ],
  // No quote before the verb: the description is no speaker's.
  [
    `Tomas Varga was delighted with his award. The crowd said the Leeds fly-half was unlucky. ${MATCH}`,
    [],
    ["Tomas Varga PLAYS_FOR Leeds INFERRED"],
  ],
  // Two people before: the speaker may be either.
  [
    `Tomas Varga and Karl Brenner were delighted. "It is a genuine honour," said the Leeds fly-half. ${MATCH}`,
    [],
    ["Tomas Varga PLAYS_FOR Leeds INFERRED", "Karl Brenner PLAYS_FOR Leeds INFERRED"],
  ],
];

describe("relate: a player described by side and position in the next sentence", () => {
  it.each(SPEAKER_ROWS)("%s", (input, expected, absent = []) => {
    const facts = factsOf(input);
    for (const fact of expected) expect(facts).toContain(fact);
    for (const fact of absent) expect(facts).not.toContain(fact);
  });

  it.each(ROWS)("%s", (input, expected, absent = []) => {
    const facts = factsOf(input);
    for (const fact of expected) expect(facts).toContain(fact);
    for (const fact of absent) expect(facts).not.toContain(fact);
  });

  it("reads a tight-head as a position before the name", () => {
    expect(
      factsOf(
        `Leicester tight-head Tomas Varga was injured in a scrum in the rugby match. ${MATCH}`,
      ),
    ).toContain("Tomas Varga PLAYS_FOR Leicester STATED");
  });
});
