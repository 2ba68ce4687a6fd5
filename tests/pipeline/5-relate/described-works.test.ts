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

/** A work named once, then taken up by a description ("the film", "the show's"). */
const ROWS: Row[] = [
  // A role of the described work, before the name.
  [
    "The thriller Harbour Lights opened in Paris on Friday. The movie's star Tomas Varga was cheered.",
    ["Tomas Varga APPEARS_IN Harbour Lights INFERRED"],
  ],
  // The role read as the name's title.
  [
    "The musical Harbour Lights opened in Paris on Friday. The show's director Tomas Varga gave a speech.",
    ["Tomas Varga CREATED Harbour Lights INFERRED"],
  ],
  // After the name, as an apposition.
  [
    "The thriller Harbour Lights opened in Paris on Friday. Tomas Varga, the film's writer, was pleased.",
    ["Tomas Varga CREATED Harbour Lights INFERRED"],
  ],
  // The role's "of" phrase, the name after it.
  [
    "The thriller Harbour Lights opened in Paris on Friday. The director of the film, Tomas Varga, said it was a success.",
    ["Tomas Varga CREATED Harbour Lights INFERRED"],
  ],
  // The sentence rules read the description as the work.
  [
    "The thriller Harbour Lights opened in Paris on Friday. The movie, which stars Tomas Varga and Nadia Orlova, took $5m.",
    [
      "Tomas Varga APPEARS_IN Harbour Lights INFERRED",
      "Nadia Orlova APPEARS_IN Harbour Lights INFERRED",
    ],
  ],
  [
    "The thriller Harbour Lights opened in Paris on Friday. The film was directed by Tomas Varga.",
    ["Tomas Varga CREATED Harbour Lights INFERRED"],
  ],
  // Two works named before: the description may be either's.
  [
    "The thriller Harbour Lights beat the comedy Silver Road at the box office. The film's star Tomas Varga was pleased.",
    [],
    [
      "Tomas Varga APPEARS_IN Harbour Lights INFERRED",
      "Tomas Varga APPEARS_IN Silver Road INFERRED",
    ],
  ],
  // Another work introduced by a noun no name covers: "their own single, …".
  [
    "The album Harbour Lights sold well. In 1985 the band recorded their own single, a cover of an old hymn. The song was written by Tomas Varga.",
    [],
    ["Tomas Varga CREATED Harbour Lights INFERRED"],
  ],
  // A noun of another kind: an album is no film.
  [
    "The album Harbour Lights sold well in Paris. The film's star Tomas Varga was pleased.",
    [],
    ["Tomas Varga APPEARS_IN Harbour Lights INFERRED"],
  ],
  // A noun that modifies another: "the film star", "the film industry".
  [
    "The thriller Harbour Lights opened in Paris on Friday. The film star Tomas Varga was there.",
    [],
    ["Tomas Varga APPEARS_IN Harbour Lights INFERRED"],
  ],
  // A work noun modifying another ("top film awards") and a definite description of the same work
  // ("The World War I romantic drama") bring in no other work.
  [
    "French film Harbour Lights has received 12 nominations for the country's top film awards. The film, directed by Tomas Varga, opened in Paris.",
    ["Tomas Varga CREATED Harbour Lights INFERRED"],
  ],
  [
    "French film Harbour Lights opened in Paris. The World War I romantic drama was praised. The film, directed by Tomas Varga, won.",
    ["Tomas Varga CREATED Harbour Lights INFERRED"],
  ],
  // A maker's name in the description brings in another work.
  [
    "French film Harbour Lights opened in Paris. Fans bought the latest Nadia Orlova album. The film, directed by Tomas Varga, won.",
    [],
    ["Tomas Varga CREATED Harbour Lights INFERRED"],
  ],
  // An indefinite noun brings in another work.
  [
    "French film Harbour Lights opened in Paris. A rival drama was praised. The film, directed by Tomas Varga, won.",
    [],
    ["Tomas Varga CREATED Harbour Lights INFERRED"],
  ],
];

describe("relate: a work named by a description", () => {
  it.each(ROWS)("%s", (input, expected, absent = []) => {
    const facts = factsOf(input);
    for (const fact of expected) expect(facts).toContain(fact);
    for (const fact of absent) expect(facts).not.toContain(fact);
  });
});
