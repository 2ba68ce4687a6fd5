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

/** A listed club's one-word name where a side stands, in a story with a sport word: the club. */
const CLUBS: Row[] = [
  [
    "Dan Marsh is banned after his red card against Chelsea. The striker misses two games.",
    "Chelsea",
    ["ORGANIZATION"],
  ],
  [
    "The winger spent a year in Leeds after a £3m move from Chelsea in July.",
    "Chelsea",
    ["ORGANIZATION"],
  ],
  [
    "The Reds are sixth in the league, ten points behind leaders Chelsea.",
    "Chelsea",
    ["ORGANIZATION"],
  ],
  [
    "Tom Hale signed for Everton last week. The striker said he was thrilled.",
    "Everton",
    ["ORGANIZATION"],
  ],
  // A name of several words ending in a club's letters, in any story.
  ["He then joined Glynmor RFC, where he spent two seasons.", "RFC", ["ORGANIZATION"]],
  ["Tom Hale, who plays for Llanmor RFC, was injured.", "RFC", ["ORGANIZATION"]],
];

/** A name that holds a club's letters but does not end in them is not the club. */
const NOT_CLUBS: Row[] = [["The Llanmor RFC Cup final was played in Leeds.", "RFC", ["EVENT"]]];

/** The name stays a person's: no sport word, no side's place, or written as a person's. */
const PEOPLE: Row[] = [
  // No sport word in the article.
  ["A letter from Chelsea was read out at the funeral, the family said.", "Chelsea", ["PERSON"]],
  // A first name elsewhere in the article.
  [
    "Chelsea Marr, a striker, scored twice. A pass from Chelsea set up the third.",
    "Chelsea",
    ["PERSON"],
  ],
  // No side's place.
  ["Chelsea said the striker was her favourite player.", "Chelsea", ["PERSON"]],
];

describe("clubs the tagger typed a person", () => {
  it.each(CLUBS)("%s → %s is %j", (input, word, types) => {
    expect(typesOf(input, word)).toEqual(types);
  });
  it.each(NOT_CLUBS)("%s → %s stays %j", (input, word, types) => {
    expect(typesOf(input, word)).toEqual(types);
  });
  it.each(PEOPLE)("%s → %s stays %j", (input, word, types) => {
    expect(typesOf(input, word)).toEqual(types);
  });
});
