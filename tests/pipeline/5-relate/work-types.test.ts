import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";

/** "Name:TYPE" for every entity, and "Subject TYPE Object" for every relation the rules alone read. */
function readingOf(text: string): { types: string[]; facts: string[] } {
  const x = analyzeText(text, null, { relationModel: null });
  return {
    types: x.entities.map((e) => `${e.name}:${e.type}`),
    facts: x.relations.map(
      (r) => `${x.entities[r.subject]!.name} ${r.type} ${x.entities[r.object]!.name}`,
    ),
  };
}

type Row = [input: string, types: string[], facts: string[], absent?: string[]];

/** A work's title the recogniser takes for a person, and the cue that makes it a work. */
const WORKS: Row[] = [
  // A maker's noun between the title and a person.
  [
    "Nora Gale author Jane Hollis will receive a special award.",
    ["Nora Gale:OTHER", "Jane Hollis:PERSON"],
    ["Jane Hollis CREATED Nora Gale"],
  ],
  // A performer's noun.
  [
    "The prize went to Tom Reddick actor Paul Denning, who died last year.",
    ["Tom Reddick:OTHER", "Paul Denning:PERSON"],
    ["Paul Denning APPEARS_IN Tom Reddick"],
  ],
  // A star, over the star's honorific.
  [
    "Nora Gale star Dame Julia Marsh arrived late.",
    ["Nora Gale:OTHER"],
    [],
    ["Nora Gale WORKS_FOR Julia Marsh"],
  ],
  // A work noun before it types the name everywhere in the article.
  [
    "The novel Nora Gale sold well in France. Nora Gale was printed in Paris.",
    ["Nora Gale:OTHER"],
    [],
    ["Nora Gale CITIZEN_OF France"],
  ],
  // A verb-like work noun after a determiner or a work's modifier: "their recent single".
  [
    "Their recent single Nora Gale sold well in France.",
    ["Nora Gale:OTHER"],
    [],
    ["Nora Gale CITIZEN_OF France"],
  ],
  ["The hit show Tom Reddick returns in May.", ["Tom Reddick:OTHER"], []],
];

/** Names that stay people: the article also writes them as a person's. */
const PEOPLE: Row[] = [
  // "the director X" is a person, whatever else follows.
  ["The director Nora Gale said the film Nora Gale was her best.", ["Nora Gale:PERSON"], []],
  // A title that is also a surname the article gives in full: the man keeps his type.
  ["The film Hollis tells the story of the scientist Arthur Hollis.", ["Arthur Hollis:PERSON"], []],
  // "show" and "play" as verbs: the name after them is a person's.
  ["Polls show Nora Gale ahead of Tom Reddick.", ["Nora Gale:PERSON"], []],
  ["The actor Tom Reddick will play Nora Gale in the film.", ["Tom Reddick:PERSON"], []],
  // A speech verb after the name.
  ["Nora Gale author Jane Hollis won. Nora Gale said she was delighted.", ["Nora Gale:PERSON"], []],
];

describe("works the recogniser took for people", () => {
  it.each([...WORKS, ...PEOPLE])("%s", (input, types, facts, absent = []) => {
    const reading = readingOf(input);
    for (const type of types) expect(reading.types).toContain(type);
    for (const fact of facts) expect(reading.facts).toContain(fact);
    for (const fact of absent) expect(reading.facts).not.toContain(fact);
  });
});

/** One strong cue on one mention makes every mention of the name a work; weak ones do not. */
const CUED: Row[] = [
  // "starred in X" names a work wherever else the name stands.
  [
    "Grey Harbour was made in Leeds. Anna Lind starred in Grey Harbour.",
    ["Grey Harbour:OTHER"],
    ["Anna Lind APPEARS_IN Grey Harbour"],
  ],
  ["The film is the sequel to Grey Harbour, which was shot in Leeds.", ["Grey Harbour:OTHER"], []],
  // In a box-office story, takings after the name.
  [
    "The film topped the box office. Grey Harbour took $19.5m in three days. Grey Harbour stars Anna Lind.",
    ["Grey Harbour:OTHER"],
    ["Anna Lind APPEARS_IN Grey Harbour"],
  ],
  // In a film story, a director's noun between the title and a person: his work, not his employer.
  [
    "The new film was a hit. Grey Harbour director Tom Vale said the film cost little.",
    ["Grey Harbour:OTHER"],
    ["Tom Vale CREATED Grey Harbour"],
    ["Tom Vale WORKS_FOR Grey Harbour"],
  ],
  // A firm's name stays a firm; a maker in the possessive or a name before a work noun is no title.
  [
    "The film was a hit. Shares rose, Hexlo Holdings director Tom Vale said.",
    ["Hexlo Holdings:ORGANIZATION"],
    ["Tom Vale WORKS_FOR Hexlo Holdings"],
  ],
  ["Anna Lind starred in Tom Vale's Grey Harbour in 2003.", ["Tom Vale:PERSON"], []],
  ["It is the sequel to Tom Vale comedy Grey Harbour.", ["Tom Vale:PERSON"], []],
  // Takings outside a box-office story, or a director's noun outside a film story, cue nothing.
  ["Grey Harbour took $19.5m in three days.", ["Grey Harbour:PLACE"], []],
];

describe("works one strong cue names", () => {
  it.each(CUED)("%s", (input, types, facts, absent = []) => {
    const reading = readingOf(input);
    for (const type of types) expect(reading.types).toContain(type);
    for (const fact of facts) expect(reading.facts).toContain(fact);
    for (const fact of absent) expect(reading.facts).not.toContain(fact);
  });
});
