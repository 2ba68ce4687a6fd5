import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";

/** "Name:TYPE" for every entity the pipeline reads. */
function typesOf(text: string): string[] {
  return analyzeText(text, null, { relationModel: null }).entities.map(
    (e) => `${e.name}:${e.type}`,
  );
}

type Row = [input: string, present: string[], absent: string[]];

/** A name a phrase headed by a work noun describes, after a comma or a copula: a work. */
const DESCRIBED: Row[] = [
  [
    "Her career began with The Larkin Family, her first Hollywood film.",
    ["Larkin Family:OTHER"],
    ["Larkin Family:PERSON"],
  ],
  [
    "He created Fernhill Lane, the school-based drama serial which ran for years.",
    ["Fernhill Lane:OTHER"],
    [],
  ],
  [
    "Other films will include Harbour Tide, a quirky comedy starring Bill Murray.",
    ["Harbour Tide:OTHER"],
    [],
  ],
  ["Dalton Cross is a great song, fans said.", ["Dalton Cross:OTHER"], []],
];

/** Phrases that describe a person, a firm, a place or an event, or start a clause. */
const NOT_DESCRIBED: Row[] = [
  ["Philip Rinaldi, a spokesman for the show, said it would close.", ["Philip Rinaldi:PERSON"], []],
  [
    "She was joined by Paul Verrall, the hotel manager he plays in the film.",
    ["Paul Verrall:PERSON"],
    [],
  ],
  ["Set in South Wales, the film is about a mother.", [], ["South Wales:OTHER"]],
  [
    "The deal was signed by Brackla Interactive, a leading games developer.",
    [],
    ["Brackla Interactive:OTHER"],
  ],
  ["It stars Donald Trump, a ratings hit for rivals NBC.", ["Donald Trump:PERSON"], []],
  ["Kelvex is the largest electronics show in the world.", [], ["Kelvex:OTHER"]],
];

describe("names a work noun's phrase describes", () => {
  it.each([...DESCRIBED, ...NOT_DESCRIBED])("%s", (input, present, absent) => {
    const types = typesOf(input);
    for (const type of present) expect(types).toContain(type);
    for (const type of absent) expect(types).not.toContain(type);
  });
});
