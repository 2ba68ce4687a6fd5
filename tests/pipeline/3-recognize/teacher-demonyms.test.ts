import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";

/** "TYPE name" for every entity of a text written for these tests. */
function entitiesOf(text: string): string[] {
  return analyzeText(text, null, { relationModel: null }).entities.map(
    (entity) => `${entity.type} ${entity.name}`,
  );
}

type Row = [input: string, expected: string[], absent: string[]];

// A demonym before a teacher's noun is the subject taught or the teacher's nationality: the
// sentence does not say which, so it names neither. Nouns of the course itself name the language.
const ROWS: Row[] = [
  [
    "His German tutor, Hans Weber, said the prince worked hard.",
    ["PERSON Hans Weber"],
    ["OTHER German language", "COUNTRY Germany"],
  ],
  [
    "Ann Lee, a French teacher from Lyon, won the lottery.",
    ["PERSON Ann Lee"],
    ["OTHER French language", "COUNTRY France"],
  ],
  ["The prince takes German lessons twice a week.", ["OTHER German language"], ["COUNTRY Germany"]],
  ["She signed up for a German course in Bonn.", ["OTHER German language"], ["COUNTRY Germany"]],
  ["He spent the winter learning German.", ["OTHER German language"], ["COUNTRY Germany"]],
  ["The book needed a German translator.", ["OTHER German language"], ["COUNTRY Germany"]],
  // Any other person noun keeps the country: "a German doctor" is German.
  ["Tom Hale, a German doctor, was praised.", ["COUNTRY Germany"], ["OTHER German language"]],
];

describe("demonyms before a teacher's noun", () => {
  it.each(ROWS)("%s", (input, expected, absent) => {
    const entities = entitiesOf(input);
    for (const entity of expected) expect(entities).toContain(entity);
    for (const entity of absent) expect(entities).not.toContain(entity);
  });
});
