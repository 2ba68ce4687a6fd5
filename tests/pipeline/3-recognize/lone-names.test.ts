import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";

/** The types of the entities whose names hold `word`, in a text written for these tests. */
function typesOf(text: string, word: string): string[] {
  const x = analyzeText(text, null, { relationModel: null });
  return x.entities
    .filter((entity) => entity.name.split(" ").includes(word))
    .map((entity) => entity.type);
}

type Row = [input: string, word: string, types: string[]];

/** A one-word name the article shows is a body's or a thing's is no person. */
const NOT_PEOPLE: Row[] = [
  // After "the": a film's title.
  [
    "Oscar hopefuls The Pellow, Sideways and Ray all did well at the box office.",
    "Pellow",
    ["OTHER"],
  ],
  // After "the" and before a body's noun: a firm.
  ["The Pellow corporation was accused of bribery. Pellow denied it.", "Pellow", ["ORGANIZATION"]],
  // A group's verb.
  ["Critics said Pellow were slow to pay farmers last year.", "Pellow", ["ORGANIZATION"]],
  // "its".
  ["In May, Trask cut its prices by a third.", "Trask", ["ORGANIZATION"]],
  // A body's noun before the name.
  ["A spokesman for distributor Harwick said the film was a hit.", "Harwick", ["ORGANIZATION"]],
  [
    "He worked with his other band, Trask, last year. UK rock band Trask won two awards.",
    "Trask",
    ["ORGANIZATION"],
  ],
  // A side in a line-up's brackets after a player.
  [
    "The pack: D Hale (Pellow), S Ross (Pellow), B Marr (Leeds), M Dunn (Leeds).",
    "Pellow",
    ["ORGANIZATION"],
  ],
  // Sentence-opening adverbs are no names.
  ["The vote was close. Ideally, the party would have won more seats.", "Ideally", []],
  ["Prices rose. Worryingly, wages did not.", "Worryingly", []],
];

/** People keep their type: the article writes them as people too, or gives no body's cue. */
const PEOPLE: Row[] = [
  [
    "Rapper Kozzy has sold ten million records. Kozzy and the band are touring.",
    "Kozzy",
    ["PERSON"],
  ],
  [
    "Singer Jarvela has sold ten million records. Jarvela said she was thrilled.",
    "Jarvela",
    ["PERSON"],
  ],
  // "the Hale administration": a person's name before a noun it modifies.
  ["Critics of the Hale administration said Hale was wrong.", "Hale", ["PERSON"]],
  // A first name elsewhere in the article makes the lone name the person's.
  [
    "Tom Brannock joined the firm in May. Investors said the Brannock were pleased.",
    "Brannock",
    ["PERSON"],
  ],
  // "if Hale were to": no group's verb.
  ["If Brannock were to resign, the party would split.", "Brannock", ["PERSON"]],
  // One bracketed name after a person is a role or a surname, not a line-up's side.
  ["The cast includes Jane Harlow (Rosalind) and Tom Reed (Joey).", "Joey", ["PERSON"]],
  // "Kozzy said": a speech verb before "its" belongs to a person as well.
  ["Rapper Kozzy said its success had surprised her.", "Kozzy", ["PERSON"]],
];

describe("one-word names typed a person", () => {
  it.each([...NOT_PEOPLE, ...PEOPLE])("%s", (input, word, types) => {
    expect(typesOf(input, word)).toEqual(types);
  });
});
