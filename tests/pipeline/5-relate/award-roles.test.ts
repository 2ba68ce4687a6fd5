import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";

/** "Subject TYPE Object" for every relation the rules alone read from a text written for these tests. */
function ruleFactsOf(text: string): string[] {
  const x = analyzeText(text, null, { relationModel: null });
  return x.relations.map(
    (r) => `${x.entities[r.subject]!.name} ${r.type} ${x.entities[r.object]!.name}`,
  );
}

type Row = [input: string, expected: string[], absent?: string[]];

/** The work a prize, a nomination or praise was for: the performer appears in it, the director made it. */
const FOR_WORKS: Row[] = [
  // The award the clause names and a year are passed on the way back to the person.
  [
    "Nora Blake, who is up for an Oscar for her role in Velvet Harbour, arrived wearing a green dress.",
    ["Nora Blake APPEARS_IN Velvet Harbour"],
  ],
  [
    "Nora Blake, who won a Bafta in 1999 for her leading role in Velvet Harbour, said it meant a lot.",
    ["Nora Blake APPEARS_IN Velvet Harbour"],
  ],
  [
    "Oliver Brandt won best actor for Quiet Water Boy, while the film took three other prizes.",
    ["Oliver Brandt APPEARS_IN Quiet Water Boy"],
  ],
  [
    "Hanna Lindqvist took the best director prize for Salt Road Harbour.",
    ["Hanna Lindqvist CREATED Salt Road Harbour"],
  ],
  [
    "Actress Greta Holm has again been praised for her role in Winter Garden Hotel.",
    ["Greta Holm APPEARS_IN Winter Garden Hotel"],
  ],
  [
    "Tomas Berg is also nominated for a best supporting actor award for Long Summer Nights.",
    ["Tomas Berg APPEARS_IN Long Summer Nights"],
  ],
  [
    "The best director shortlist includes Anna Petit for Cold Harbour Lights and Maria Costa for Glass Rivers.",
    ["Anna Petit CREATED Cold Harbour Lights", "Maria Costa CREATED Glass Rivers"],
  ],
  [
    "Best actors are Paul Marchand for Rue Lepic Nights and Jean Dufour for Les Voisins.",
    ["Jean Dufour APPEARS_IN Les Voisins"],
  ],
  // The antecedent of "who" right after a name and its comma, wherever the name stands.
  [
    "Other winners included Oliver Brandt, who was crowned best actor for his role in Quiet Water Boy.",
    ["Oliver Brandt APPEARS_IN Quiet Water Boy"],
  ],
  [
    "The jury praised Hanna Lindqvist, who won best director for Salt Road Harbour.",
    ["Hanna Lindqvist CREATED Salt Road Harbour"],
  ],
];

/** No part, no category, a part only tested for, or pairs given "respectively": nothing read. */
const NOT_FOR_WORKS: Row[] = [
  // Another person's name between them is no award to pass: the part is hers.
  [
    "Nora Blake, who praised Tom Hale for his role in Velvet Harbour, arrived late.",
    [],
    ["Nora Blake APPEARS_IN Velvet Harbour"],
  ],
  [
    "Banker Carl Hewitt, who was jailed for his role in the Northbridge Finance collapse, is free.",
    [],
    ["Carl Hewitt APPEARS_IN Northbridge Finance"],
  ],
  // "who" belongs to the partner, not to the possessor before it.
  [
    "It was made by Oliver Brandt's partner, who won best actor for Quiet Water Boy.",
    [],
    ["Oliver Brandt APPEARS_IN Quiet Water Boy"],
  ],
  [
    "Banker Carl Hewitt was jailed for his role in the Northbridge Finance collapse.",
    [],
    ["Carl Hewitt APPEARS_IN Northbridge Finance"],
  ],
  [
    "Oliver Brandt was asked to screen test for the role in Quiet Water Boy.",
    [],
    ["Oliver Brandt APPEARS_IN Quiet Water Boy"],
  ],
  [
    "Writers Ana Ruiz and Kim Soo-jin shared the best screenplay award for Blue Harbour and Night Train respectively.",
    [],
    ["Kim Soo-jin CREATED Blue Harbour"],
  ],
  [
    "Oliver Brandt thanked Hanna Lindqvist for Salt Road Harbour.",
    [],
    ["Hanna Lindqvist CREATED Salt Road Harbour", "Hanna Lindqvist APPEARS_IN Salt Road Harbour"],
  ],
];

describe("award roles", () => {
  it.each([...FOR_WORKS, ...NOT_FOR_WORKS])("%s", (input, expected, absent = []) => {
    const facts = ruleFactsOf(input);
    for (const fact of expected) expect(facts).toContain(fact);
    for (const fact of absent) expect(facts).not.toContain(fact);
  });
});
