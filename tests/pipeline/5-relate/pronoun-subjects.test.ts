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

/** An opening "He"/"She" read by the sentence rules as the person the sentence before is about. */
const ROWS: Row[] = [
  [
    "Karl Brenner was sacked on Monday. He is the chief executive of Vodafone.",
    ["Karl Brenner LEADER_OF Vodafone INFERRED"],
  ],
  // After "But", and a rule the pronoun did not reach before.
  [
    "Karl Brenner was sacked on Monday. But he has met with Tomas Varga and Anna Fischer.",
    ["Karl Brenner MET_WITH Tomas Varga INFERRED", "Karl Brenner MET_WITH Anna Fischer INFERRED"],
  ],
  // After a short phrase and a comma.
  [
    "Anna Fischer spoke on Monday. In 2003, she became chief executive of Vodafone.",
    ["Anna Fischer LEADER_OF Vodafone INFERRED"],
  ],
  // The pronoun as the object of a passive verb's agent.
  [
    "Anna Fischer spoke on Monday. She has been criticised by Vodafone.",
    ["Vodafone CRITICIZES Anna Fischer INFERRED"],
  ],
  // A pronoun sentence naming no one passes its person on.
  [
    "Karl Brenner spoke on Monday. He thanked his staff. He is the chief executive of Vodafone.",
    ["Karl Brenner LEADER_OF Vodafone INFERRED"],
  ],
  // One sentence naming no one between: still the person; two: no longer.
  [
    "Karl Brenner spoke on Monday. The talks lasted an hour. He is the chief executive of Vodafone.",
    ["Karl Brenner LEADER_OF Vodafone INFERRED"],
  ],
  [
    "Karl Brenner spoke on Monday. The talks lasted an hour. The room was cold. He is the chief executive of Vodafone.",
    [],
    ["Karl Brenner LEADER_OF Vodafone INFERRED"],
  ],
  // A woman the story addresses as one.
  [
    "Dame Anna Fischer was honoured on Monday. She is the chief executive of Vodafone.",
    ["Anna Fischer LEADER_OF Vodafone INFERRED"],
  ],
  // A pronoun of the other gender than the form of address.
  [
    "Mr Brenner was sacked on Monday. She is the chief executive of Vodafone.",
    [],
    ["Mr Brenner LEADER_OF Vodafone INFERRED", "Brenner LEADER_OF Vodafone INFERRED"],
  ],
  // Two people before: the pronoun may be either's.
  [
    "Karl Brenner met Anna Fischer on Monday. She is the chief executive of Vodafone.",
    [],
    ["Karl Brenner LEADER_OF Vodafone INFERRED", "Anna Fischer LEADER_OF Vodafone INFERRED"],
  ],
  // The person is no subject before.
  [
    "The award went to Karl Brenner. He is the chief executive of Vodafone.",
    [],
    ["Karl Brenner LEADER_OF Vodafone INFERRED"],
  ],
  // A quoted speaker's "he" may be anyone.
  [
    'Karl Brenner spoke on Monday. "He is the chief executive of Vodafone," said Anna Fischer.',
    [],
    ["Karl Brenner LEADER_OF Vodafone INFERRED"],
  ],
  [
    'Karl Brenner said on Monday: "We won. He is the chief executive of Vodafone."',
    [],
    ["Karl Brenner LEADER_OF Vodafone INFERRED"],
  ],
  // A person named only inside a quotation is not the sentence's subject.
  [
    '"Karl Brenner was brilliant," he said. He is the chief executive of Vodafone.',
    [],
    ["Karl Brenner LEADER_OF Vodafone INFERRED"],
  ],
  // "He told Anna Fischer…" is about him, not her.
  [
    "Karl Brenner spoke on Monday. He told Anna Fischer the news. She is the chief executive of Vodafone.",
    [],
    ["Anna Fischer LEADER_OF Vodafone INFERRED", "Karl Brenner LEADER_OF Vodafone INFERRED"],
  ],
];

describe("relate: a person named in one sentence and taken up by He/She in the next", () => {
  it.each(ROWS)("%s", (input, expected, absent = []) => {
    const facts = factsOf(input);
    for (const fact of expected) expect(facts).toContain(fact);
    for (const fact of absent) expect(facts).not.toContain(fact);
  });

  it("gives the sentence naming the person as support", () => {
    const x = analyzeText(
      "Karl Brenner was sacked on Monday. He is the chief executive of Vodafone.",
      null,
      { relationModel: null },
    );
    const relation = x.relations.find((r) => r.type === "LEADER_OF");
    expect(relation?.evidence.sentence).toBe("He is the chief executive of Vodafone.");
    expect(relation?.support.map((s) => s.sentence)).toEqual([
      "Karl Brenner was sacked on Monday.",
    ]);
  });
});
