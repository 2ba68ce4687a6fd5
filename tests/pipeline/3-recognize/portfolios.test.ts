import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";
import { ruleFactsOf } from "../../helpers/rule-facts.js";

/** The entities of a text written for these tests, as "name TYPE". */
function entitiesOf(text: string): string[] {
  const x = analyzeText(text, null, { relationModel: null });
  return x.entities.map((entity) => `${entity.name} ${entity.type}`);
}

/** A story about British politics: a party of the country and the country itself. */
const BRITISH = "Labour said the plan for Britain would work. Voters go to the polls in May.";

type Row = [input: string, present: string[], absent: string[]];

/** A portfolio before a minister's title and name is the title's words, no organisation. */
const PORTFOLIOS: Row[] = [
  [
    `${BRITISH} New plans were announced by the Trade and Industry Secretary Karl Brenner.`,
    ["Karl Brenner PERSON"],
    ["Trade and Industry ORGANIZATION"],
  ],
  [
    `${BRITISH} It was said by the Environment, Food and Rural Affairs Secretary Karl Brenner.`,
    ["Karl Brenner PERSON"],
    ["Environment, Food and Rural Affairs ORGANIZATION"],
  ],
  // A demonym opening the portfolio is the minister's nationality.
  [
    "Irish Health Minister Mary Harney spoke.",
    ["Ireland COUNTRY", "Mary Harney PERSON"],
    ["Irish Health ORGANIZATION"],
  ],
  // A body's name before a title that is no minister's stays the body's.
  [
    "The Irish Transport Board chairman Karl Brenner spoke.",
    ["Irish Transport Board ORGANIZATION", "Karl Brenner PERSON"],
    [],
  ],
  [
    "It was said by the Arts and Business chairman Tom Hale.",
    ["Arts and Business ORGANIZATION", "Tom Hale PERSON"],
    [],
  ],
];

describe("recognize: a minister's portfolio", () => {
  it.each(PORTFOLIOS)("%s", (input, present, absent) => {
    const entities = entitiesOf(input);
    for (const entity of present) expect(entities).toContain(entity);
    for (const entity of absent) expect(entities).not.toContain(entity);
  });
});

/** The minister then holds an office of the story's country. */
const OFFICES: [input: string, fact: string][] = [
  [
    `${BRITISH} New plans were announced by the Trade and Industry Secretary Karl Brenner.`,
    "Karl Brenner HOLDS_POSITION United Kingdom",
  ],
  [
    `${BRITISH} It was said by the Environment, Food and Rural Affairs Secretary Karl Brenner.`,
    "Karl Brenner HOLDS_POSITION United Kingdom",
  ],
];

describe("relate: a minister titled by a portfolio", () => {
  it.each(OFFICES)("%s", (input, fact) => {
    expect(ruleFactsOf(input).facts).toContain(fact);
  });
});
