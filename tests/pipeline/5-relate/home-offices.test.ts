import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";

/** "Subject TYPE Object PROVENANCE" for every relation the rules alone read from a text written for these tests. */
function factsOf(text: string): { facts: string[]; names: string[] } {
  const x = analyzeText(text, null, { relationModel: null });
  return {
    facts: x.relations.map(
      (r) =>
        `${x.entities[r.subject]!.name} ${r.type} ${x.entities[r.object]!.name} ${r.provenance}`,
    ),
    names: x.entities.map((entity) => entity.name),
  };
}

type Row = [input: string, expected: string[], absent?: string[]];

/** A story about British politics: a party of the country and the country itself. */
const BRITISH = "Labour said the plan for Britain would work. Voters go to the polls in May.";

/** A story about Jamaica's government, naming neither a party nor a seat of government. */
const JAMAICAN = "The Jamaican government will sell the airline. Buyers have until May to bid.";

/** A story about Peru's government, a republic. */
const PERUVIAN = "The Peruvian government will sell the airline. Buyers have until May to bid.";

/** Government offices a story gives its own country's ministers without naming the country. */
const HOME_OFFICES: Row[] = [
  [
    `${BRITISH} Home Secretary Karl Brenner said the law would change.`,
    ["Karl Brenner HOLDS_POSITION United Kingdom INFERRED"],
  ],
  [
    `${BRITISH} Prime Minister Tom Hale said the vote was close.`,
    ["Tom Hale LEADER_OF United Kingdom INFERRED"],
  ],
  // A British chancellor holds the Treasury; he does not lead the country.
  [
    `${BRITISH} Chancellor Tom Hale said the budget was fair.`,
    ["Tom Hale HOLDS_POSITION United Kingdom INFERRED"],
    ["Tom Hale LEADER_OF United Kingdom INFERRED"],
  ],
  // No party named: the seat of government says whose ministers these are.
  [
    "Downing Street denied the report. Aid from Britain was sent. Foreign Secretary Karl Brenner flew to Jakarta.",
    ["Karl Brenner HOLDS_POSITION United Kingdom INFERRED"],
  ],
  // Shadow and past offices, and a body's own secretary, are no office of the government.
  [
    `${BRITISH} Shadow home secretary Karl Brenner said the law was wrong.`,
    [],
    ["Karl Brenner HOLDS_POSITION United Kingdom INFERRED"],
  ],
  [
    `${BRITISH} Former foreign secretary Karl Brenner said the war was wrong.`,
    [],
    ["Karl Brenner HOLDS_POSITION United Kingdom INFERRED"],
  ],
  [
    `${BRITISH} Ex-Labour minister Karl Brenner said the war was wrong.`,
    [],
    ["Karl Brenner HOLDS_POSITION United Kingdom INFERRED"],
  ],
  // No party nor seat named: the government's own bodies say whose ministers these are, if
  // they are all of one country.
  [
    "Aid from Britain was sent, he told the Commons. Foreign Secretary Karl Brenner flew to Jakarta.",
    ["Karl Brenner HOLDS_POSITION United Kingdom INFERRED"],
  ],
  [
    "Aid from Britain and the US was debated in the Commons and the Senate. Foreign Secretary Karl Brenner flew to Jakarta.",
    [],
    ["Karl Brenner HOLDS_POSITION United Kingdom INFERRED"],
  ],
  // Neither a party nor a seat of government: the country named is no guide.
  [
    "Aid from Britain was sent. Voters in Britain gave more. Foreign Secretary Karl Brenner flew to Jakarta.",
    [],
    ["Karl Brenner HOLDS_POSITION United Kingdom INFERRED"],
  ],
  // Neither a party nor a seat of government, but the story names one country's government.
  [
    `${JAMAICAN} Finance Minister Tom Hale said the sale would go ahead.`,
    ["Tom Hale HOLDS_POSITION Jamaica INFERRED"],
  ],
  [
    "Peru's government will sell the airline. Buyers have until May to bid. Trade Minister Tom Hale said the sale would go ahead.",
    ["Tom Hale HOLDS_POSITION Peru INFERRED"],
  ],
  [
    "The government of Peru will sell the airline. Buyers have until May to bid. Trade Minister Tom Hale said the sale would go ahead.",
    ["Tom Hale HOLDS_POSITION Peru INFERRED"],
  ],
  [
    "The Peruvian authorities will sell the airline. Buyers have until May to bid. Trade Minister Tom Hale said the sale would go ahead.",
    ["Tom Hale HOLDS_POSITION Peru INFERRED"],
  ],
  // Two governments named, or a country without its government: no home country.
  [
    "The Jamaican government and the Cuban government signed a deal. Buyers have until May to bid. Finance Minister Tom Hale said the sale would go ahead.",
    [],
    ["Tom Hale HOLDS_POSITION Jamaica INFERRED", "Tom Hale HOLDS_POSITION Cuba INFERRED"],
  ],
  [
    "Jamaica's airline will be sold. Buyers have until May to bid. Finance Minister Tom Hale said the sale would go ahead.",
    [],
    ["Tom Hale HOLDS_POSITION Jamaica INFERRED"],
  ],
  // A citizen of the home country still holds its office; a citizen of another does not.
  [
    `${JAMAICAN} Finance Minister Tom Hale, a Jamaican national, said the sale would go ahead.`,
    ["Tom Hale HOLDS_POSITION Jamaica INFERRED"],
  ],
  [
    `${JAMAICAN} Finance Minister Tom Hale, a Cuban national, said the sale would go ahead.`,
    [],
    ["Tom Hale HOLDS_POSITION Jamaica INFERRED"],
  ],
  [
    `${JAMAICAN} Former finance minister Tom Hale said the sale was wrong.`,
    [],
    ["Tom Hale HOLDS_POSITION Jamaica INFERRED"],
  ],
  // A bare "President" leads a story's republic; a monarchy's story titles someone else's.
  [
    `${PERUVIAN} President Tom Hale said the sale would go ahead.`,
    ["Tom Hale LEADER_OF Peru INFERRED"],
  ],
  [
    `${JAMAICAN} President Tom Hale said the sale would go ahead.`,
    [],
    ["Tom Hale LEADER_OF Jamaica INFERRED"],
  ],
  [
    `${BRITISH} President Tom Hale said the war was right.`,
    [],
    ["Tom Hale LEADER_OF United Kingdom INFERRED"],
  ],
  // A story naming another country's president leaves a bare "President" to either.
  [
    `${PERUVIAN} The Bolivian president objected. President Tom Hale said the sale would go ahead.`,
    [],
    ["Tom Hale LEADER_OF Peru INFERRED"],
  ],
  [
    `${PERUVIAN} Bolivia's president objected. President Tom Hale said the sale would go ahead.`,
    [],
    ["Tom Hale LEADER_OF Peru INFERRED"],
  ],
  [
    `${PERUVIAN} The Peruvian president agreed. President Tom Hale said the sale would go ahead.`,
    ["Tom Hale LEADER_OF Peru INFERRED"],
  ],
  // A lower-case president is a body's, and a past one leads no more.
  [
    `${PERUVIAN} Chamber of commerce president Tom Hale said the sale would go ahead.`,
    [],
    ["Tom Hale LEADER_OF Peru INFERRED"],
  ],
  [
    `${PERUVIAN} Former President Tom Hale said the sale was wrong.`,
    [],
    ["Tom Hale LEADER_OF Peru INFERRED"],
  ],
];

describe("relate: offices of the story's own government", () => {
  it.each(HOME_OFFICES)("%s", (input, expected, absent = []) => {
    const { facts, names } = factsOf(input);
    for (const fact of expected) expect(facts).toContain(fact);
    for (const fact of absent) {
      expect(facts).not.toContain(fact);
      const parts = /^(.+) ([A-Z_]+) (.+?) (STATED|INFERRED|KNOWLEDGE)$/.exec(fact);
      expect(names).toEqual(expect.arrayContaining([parts![1], parts![3]]));
    }
  });
});

/** With the relation model, which reads the minister as a citizen of the story's country. */
const WITH_MODEL: Row[] = [
  // A citizenship of the home country adds to the office; it does not stand in for it.
  [
    `${BRITISH} Schools Minister Karl Brenner said the law would change.`,
    [
      "Karl Brenner CITIZEN_OF United Kingdom INFERRED",
      "Karl Brenner HOLDS_POSITION United Kingdom INFERRED",
    ],
  ],
  // A past office stays none however the person is placed.
  [
    `${BRITISH} Former schools minister Karl Brenner said the law would change.`,
    [],
    ["Karl Brenner HOLDS_POSITION United Kingdom INFERRED"],
  ],
];

describe("relate: offices of the story's own government, with the relation model", () => {
  it.each(WITH_MODEL)("%s", (input, expected, absent = []) => {
    const x = analyzeText(input);
    const facts = x.relations.map(
      (r) =>
        `${x.entities[r.subject]!.name} ${r.type} ${x.entities[r.object]!.name} ${r.provenance}`,
    );
    for (const fact of expected) expect(facts).toContain(fact);
    for (const fact of absent) expect(facts).not.toContain(fact);
  });
});
