import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";

/** "Subject TYPE Object PROVENANCE" for every relation the rules alone read from a text written for these tests. */
function factsOf(text: string): string[] {
  const x = analyzeText(text, null, { relationModel: null });
  return x.relations.map(
    (r) => `${x.entities[r.subject]!.name} ${r.type} ${x.entities[r.object]!.name} ${r.provenance}`,
  );
}

type Row = [input: string, expected: string[], absent?: string[]];

/** An organisation named by a description only, read as the one of its kind the story names. */
const ROWS: Row[] = [
  // A role of the described firm, before the name.
  [
    "Shares in Korvana Motors fell on Monday. The carmaker's chief executive Tomas Varga said sales were weak.",
    ["Tomas Varga LEADER_OF Korvana Motors INFERRED"],
  ],
  // After the name, as an apposition.
  [
    "Delmora Foods said profits rose last year. Tomas Varga, the company's founder, said the results were good.",
    ["Tomas Varga FOUNDED Delmora Foods INFERRED"],
  ],
  // Two roles joined, and a form of address before the name.
  [
    "Delmora Foods said profits rose. The group's chairman and chief executive Tomas Varga is to retire.",
    ["Tomas Varga LEADER_OF Delmora Foods INFERRED"],
  ],
  [
    "Delmora Foods said profits rose. The work was done by the firm's research director Dr Tomas Varga.",
    ["Tomas Varga WORKS_FOR Delmora Foods INFERRED"],
  ],
  // A deputy works for the firm.
  [
    "Delmora Foods said profits rose. The firm's deputy chairman Tomas Varga was pleased.",
    ["Tomas Varga WORKS_FOR Delmora Foods INFERRED"],
    ["Tomas Varga LEADER_OF Delmora Foods INFERRED"],
  ],
  // A demonym's firm: where it is based.
  [
    "Korvana Motors has cut 2,000 jobs. The Swedish firm said demand had fallen.",
    ["Korvana Motors BASED_IN Sweden INFERRED"],
  ],
  [
    "Shares in Korvana Motors rose 4% after the Swedish car maker announced a new model.",
    ["Korvana Motors BASED_IN Sweden INFERRED"],
  ],
  // Deeper in a clause set off after the firm's name, the description is another firm; after a
  // clause of the sentence's own, it may be the firm.
  [
    "Sales at Korvana Motors, a unit of the Swedish car maker, rose.",
    [],
    ["Korvana Motors BASED_IN Sweden INFERRED"],
  ],
  [
    "Sales at Korvana Motors, which the Swedish car maker bought, rose.",
    [],
    ["Korvana Motors BASED_IN Sweden INFERRED"],
  ],
  [
    "Korvana Motors said sales rose, and the Swedish car maker expects more.",
    ["Korvana Motors BASED_IN Sweden INFERRED"],
  ],
  // Two firms before: the description may be either's.
  [
    "Korvana Motors agreed to buy Delmora Foods on Monday. The Swedish firm said the deal would close soon.",
    [],
    ["Korvana Motors BASED_IN Sweden INFERRED", "Delmora Foods BASED_IN Sweden INFERRED"],
  ],
  [
    "Korvana Motors agreed to buy Delmora Foods on Monday. The firm's chief executive Tomas Varga welcomed the deal.",
    [],
    [
      "Tomas Varga LEADER_OF Korvana Motors INFERRED",
      "Tomas Varga LEADER_OF Delmora Foods INFERRED",
    ],
  ],
  // A country's possessive and a superlative before the noun: "the UK's biggest lender".
  [
    "Prices rose in May, Delmora Foods has said. The UK's biggest food company said sales rose.",
    ["Delmora Foods BASED_IN United Kingdom INFERRED"],
  ],
  // A sentence opening with the country's possessive, no article, and no organisation named in it.
  [
    "South Korea's largest food firm has averted collapse. Delmora Foods had debts. Delmora Foods was rescued. Delmora Foods is safe.",
    ["Delmora Foods BASED_IN South Korea INFERRED"],
  ],
  [
    "China's national airline is to list in London, Delmora Foods has said. Delmora Foods will handle it. Delmora Foods is pleased.",
    [],
    ["Delmora Foods BASED_IN China INFERRED"],
  ],
  [
    "Prices rose in May, Delmora Foods has said. The UK's biggest food market is London.",
    [],
    ["Delmora Foods BASED_IN United Kingdom INFERRED"],
  ],
  // A firm the story places in another country is not the one described.
  [
    "Italian firm Korvana Motors agreed to buy Delmora Foods on Monday. The US firm said it welcomed the offer.",
    ["Delmora Foods BASED_IN United States INFERRED"],
    ["Korvana Motors BASED_IN United States INFERRED"],
  ],
  // Another firm, a past role, a noun that only modifies another: none refers to the one named.
  [
    "Korvana Motors has cut 2,000 jobs. The next Swedish firm to do so may be a bank.",
    [],
    ["Korvana Motors BASED_IN Sweden INFERRED"],
  ],
  [
    "Delmora Foods said profits rose. The firm's former chief executive Tomas Varga was pleased.",
    [],
    ["Tomas Varga LEADER_OF Delmora Foods INFERRED"],
  ],
  [
    "Korvana Motors has cut 2,000 jobs. The Swedish car market has been weak all year.",
    [],
    ["Korvana Motors BASED_IN Sweden INFERRED"],
  ],
  // A central bank is no firm.
  [
    "Korvana Motors has cut 2,000 jobs. The central bank's vice president Tomas Varga was worried.",
    [],
    ["Tomas Varga WORKS_FOR Korvana Motors INFERRED"],
  ],
  // A firm noun never means a party.
  [
    "The Labour Party held its conference. The firm's chief executive Tomas Varga spoke there.",
    [],
    ["Tomas Varga LEADER_OF Labour Party INFERRED"],
  ],
];

describe("relate: an organisation named by a description", () => {
  it.each(ROWS)("%s", (input, expected, absent = []) => {
    const facts = factsOf(input);
    for (const fact of expected) expect(facts).toContain(fact);
    for (const fact of absent) expect(facts).not.toContain(fact);
  });
});
