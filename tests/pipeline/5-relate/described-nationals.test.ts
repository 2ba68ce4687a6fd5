import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";

/** "Subject CITIZEN_OF Object PROVENANCE" for every nationality the rules alone read from a text written for these tests. */
function factsOf(text: string): string[] {
  const x = analyzeText(text, null, { relationModel: null });
  return x.relations
    .filter((r) => r.type === "CITIZEN_OF")
    .map(
      (r) =>
        `${x.entities[r.subject]!.name} ${r.type} ${x.entities[r.object]!.name} ${r.provenance}`,
    );
}

type Row = [input: string, expected: string[], absent?: string[]];

/** A nationality "the <demonym> [noun]" opening a sentence, for the person the sentence before names as its subject. */
const ROWS: Row[] = [
  [
    "Tomas Varga will run in the city marathon next month. The Ethiopian legend won a half-marathon on Sunday.",
    ["Tomas Varga CITIZEN_OF Ethiopia INFERRED"],
  ],
  // An age before the nationality, and the nationality as the noun itself.
  [
    "Karl Brenner is to retire from athletics. The 31-year-old Swede was banned for two years in 1998.",
    ["Karl Brenner CITIZEN_OF Sweden INFERRED"],
  ],
  [
    "Tomas Varga reached the final on Saturday. The Belgian had an operation on her wrist last year.",
    ["Tomas Varga CITIZEN_OF Belgium INFERRED"],
  ],
  // Two people before: the description may be either's.
  [
    "Tomas Varga beat Karl Brenner in the final. The Belgian had an operation on his wrist last year.",
    [],
    ["Tomas Varga CITIZEN_OF Belgium INFERRED", "Karl Brenner CITIZEN_OF Belgium INFERRED"],
  ],
  // The person is named after a clause of another subject: the description may be someone else's.
  [
    "The top seed survived a scare as he battled past Tomas Varga in four sets. The Russian turned his ankle in the third game.",
    [],
    ["Tomas Varga CITIZEN_OF Russia INFERRED"],
  ],
  // The nationality describes no single person.
  [
    "Tomas Varga praised the crowd after the match. The Welsh region has struggled this season.",
    [],
    ["Tomas Varga CITIZEN_OF Wales INFERRED"],
  ],
  [
    "Tomas Varga praised the crowd after the match. The Greek pair were banned last year.",
    [],
    ["Tomas Varga CITIZEN_OF Greece INFERRED"],
  ],
  // Another person of that nationality in the story: "the Kenyan" may be that one.
  [
    "Kenyan runner Amos Kiprono finished second. Tomas Varga won the race in Boston. The Kenyan was unsure he would be fit.",
    [],
    ["Tomas Varga CITIZEN_OF Kenya INFERRED"],
  ],
];

describe("described nationals: the nationality describing the previous sentence's subject", () => {
  it.each(ROWS)("%s", (text, expected, absent = []) => {
    const facts = factsOf(text);
    for (const fact of expected) expect(facts, facts.join("\n")).toContain(fact);
    for (const fact of absent) expect(facts).not.toContain(fact);
  });
});
