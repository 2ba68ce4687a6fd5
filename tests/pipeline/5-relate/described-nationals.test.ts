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
  // A nationality noun set off by a comma as the subject: a relative clause or a participle.
  [
    "Tomas Varga is set to race in Lisbon. But the Moroccan, who has not raced for a year, will decide later.",
    ["Tomas Varga CITIZEN_OF Morocco INFERRED"],
  ],
  [
    "Tomas Varga has been voted athlete of the year. The Briton, made a dame in January, won the public vote.",
    ["Tomas Varga CITIZEN_OF United Kingdom INFERRED"],
  ],
  // "The French, who…" names a people, not the person before.
  [
    "Tomas Varga scored the only try. The French, who lost in Paris, were unhappy with the referee.",
    [],
    ["Tomas Varga CITIZEN_OF France INFERRED"],
  ],
  // Set off by a comma, but not the subject: no reference to the person before.
  [
    "Tomas Varga won in Lisbon. He beat the Moroccan, who had won last year.",
    [],
    ["Tomas Varga CITIZEN_OF Morocco INFERRED"],
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
  // A country's short form as the nationality, before a person's noun only.
  [
    "Karl Brenner has made a fresh offer for the club. The US tycoon, who has wooed the club for months, wrote to the board.",
    ["Karl Brenner CITIZEN_OF United States INFERRED"],
  ],
  [
    "Karl Brenner met his players on Monday. The US coach was pleased with the result.",
    [],
    ["Karl Brenner CITIZEN_OF United States INFERRED"],
  ],
  [
    "Karl Brenner sang the song, number four in the US but now outside the UK top ten.",
    [],
    ["Karl Brenner CITIZEN_OF United Kingdom INFERRED"],
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
  // The other person before is of another nationality: "the American" is the subject.
  [
    "Tomas Varga was involved in a row with Britain's Karl Brenner last year. The American had cast doubt on his claims.",
    ["Tomas Varga CITIZEN_OF United States INFERRED"],
  ],
  [
    "Tomas Varga was involved in a row with Karl Brenner last year. The American had cast doubt on his claims.",
    [],
    [
      "Tomas Varga CITIZEN_OF United States INFERRED",
      "Karl Brenner CITIZEN_OF United States INFERRED",
    ],
  ],
  // A plain word before the person's noun; the nouns of other walks of life.
  [
    "Tomas Varga withdrew from the event. The Australian tennis star had a wrist injury.",
    ["Tomas Varga CITIZEN_OF Australia INFERRED"],
  ],
  [
    "Anna Price won the award. The Australian actress thanked her family.",
    ["Anna Price CITIZEN_OF Australia INFERRED"],
  ],
  // "Second seed": a word in "-ed" that is no verb before the name.
  [
    "Second seed Tomas Varga won the title in Adelaide. The Swede was made to work hard.",
    ["Tomas Varga CITIZEN_OF Sweden INFERRED"],
  ],
  // A birthplace.
  [
    "Tomas Varga won the prize. The Uruguayan-born researcher said she was thrilled.",
    [],
    ["Tomas Varga CITIZEN_OF Uruguay INFERRED"],
  ],
];

/** A description inside a sentence, for the one untitled person the sentence before names that this one does not. */
const INNER_ROWS: Row[] = [
  [
    "Anti-doping agency chief Dan Pollard says Mary Kell should lose her medals. Victor Conte claims the American sprinter used drugs.",
    ["Mary Kell CITIZEN_OF United States INFERRED"],
    [
      "Dan Pollard CITIZEN_OF United States INFERRED",
      "Victor Conte CITIZEN_OF United States INFERRED",
    ],
  ],
  // Two untitled people before: either may be the sprinter.
  [
    "Dan Pollard says Mary Kell should lose her medals. Victor Conte claims the American sprinter used drugs.",
    [],
    [
      "Mary Kell CITIZEN_OF United States INFERRED",
      "Dan Pollard CITIZEN_OF United States INFERRED",
    ],
  ],
  // A namesake: the person is named inside the award's name.
  [
    "Mary Kell won the Rajan Patel Award on Friday. The prize was named after the Indian director.",
    [],
    ["Mary Kell CITIZEN_OF India INFERRED"],
  ],
  // A person named before the description who is not the subject: it may be the sprinter's.
  [
    "Anti-doping agency chief Dan Pollard says Mary Kell should lose her medals. Conte told Tim Rees that the American sprinter used drugs.",
    [],
    ["Mary Kell CITIZEN_OF United States INFERRED", "Tim Rees CITIZEN_OF United States INFERRED"],
  ],
];

describe("described nationals: the nationality describing the previous sentence's subject", () => {
  it.each([...ROWS, ...INNER_ROWS])("%s", (text, expected, absent = []) => {
    const facts = factsOf(text);
    for (const fact of expected) expect(facts, facts.join("\n")).toContain(fact);
    for (const fact of absent) expect(facts).not.toContain(fact);
  });
});

describe("described nationals: the nationality rules out the model's other guess", () => {
  const nationalities = (text: string) => {
    const x = analyzeText(text);
    return x.relations
      .filter((r) => r.type === "CITIZEN_OF" && x.entities[r.subject]!.name === "Tom Varga")
      .map((r) => x.entities[r.object]!.name);
  };
  it("gives the described nationality and drops the model's other one", () => {
    const text =
      "Former Olympic champion Tom Varga has accused Britain's top sprinters of lacking pride and ambition. Varga was involved in a row with Britain's Karl Brenner earlier this year. The American had cast doubt on Brenner's claims.";
    expect(nationalities(text)).toEqual(["United States"]);
  });
  // Without the description the model's guess stays (the case above is no accident of the model).
  it("keeps the model's guess where no description states another", () => {
    const text =
      "Former Olympic champion Tom Varga has accused Britain's top sprinters of lacking pride and ambition. Varga was involved in a row with Karl Brenner earlier this year. The coach had cast doubt on Brenner's claims.";
    expect(nationalities(text)).toEqual(["United Kingdom"]);
  });
});
