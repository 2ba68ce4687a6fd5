import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";

/** "Subject CITIZEN_OF Object PROVENANCE" for every nationality read from a text written for these tests. */
function factsOf(text: string, withModel = false): string[] {
  const x = analyzeText(text, null, withModel ? {} : { relationModel: null });
  return x.relations
    .filter((r) => r.type === "CITIZEN_OF")
    .map(
      (r) =>
        `${x.entities[r.subject]!.name} ${r.type} ${x.entities[r.object]!.name} ${r.provenance}`,
    );
}

type Row = [input: string, expected: string[], absent?: string[]];

/** A nationality after an article in an apposition to a person's name: "X, the American sprinter,". */
const ROWS: Row[] = [
  [
    "Mary Kell, the American sprinter, denied using drugs.",
    ["Mary Kell CITIZEN_OF United States STATED"],
  ],
  [
    "Tomas Varga, the British number two, is in the same half of the draw.",
    ["Tomas Varga CITIZEN_OF United Kingdom STATED"],
  ],
  [
    "Peter Amoh, a Belgian national who arranged fake weddings, was jailed.",
    ["Peter Amoh CITIZEN_OF Belgium STATED"],
  ],
  [
    "Ann Kerr, a Greek hero after winning gold, lit the flame.",
    ["Ann Kerr CITIZEN_OF Greece STATED"],
  ],
  // A clause whose subject is the description, after a phrase ending in the name.
  [
    "After passes involving Kevin Davies and Gary Swift, the Greek striker found the corner.",
    [],
    ["Gary Swift CITIZEN_OF Greece STATED"],
  ],
  [
    "Under President Ramos, the Venezuelan government has taken over farms.",
    [],
    ["Ramos CITIZEN_OF Venezuela STATED"],
  ],
  // "national" modifying another noun.
  [
    "Tomas Varga, the French national team coach, was sacked.",
    [],
    ["Tomas Varga CITIZEN_OF France STATED"],
  ],
];

describe("nationality appositions after an article", () => {
  it.each(ROWS)("%s", (text, expected, absent = []) => {
    const facts = factsOf(text);
    for (const fact of expected) expect(facts, facts.join("\n")).toContain(fact);
    for (const fact of absent) expect(facts).not.toContain(fact);
  });

  it("rules out the model's other nationality for the person", () => {
    const stated =
      "Last year Peter Amoh, a Belgian national who arranged fake weddings for couples who wanted to stay in the UK, was jailed for two years.";
    expect(factsOf(stated, true)).toEqual(["Peter Amoh CITIZEN_OF Belgium STATED"]);
    // Without the apposition the model reads the United Kingdom: the case above is no accident.
    const plain = stated.replace("a Belgian national", "a man");
    expect(factsOf(plain, true)).toContain("Peter Amoh CITIZEN_OF United Kingdom INFERRED");
  });
});
