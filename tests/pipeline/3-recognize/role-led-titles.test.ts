import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";

/** Entity names, and "Subject TYPE Object" for every relation the rules alone read. */
function readingOf(text: string): { names: string[]; facts: string[] } {
  const x = analyzeText(text, null, { relationModel: null });
  return {
    names: x.entities.map((e) => e.name),
    facts: x.relations.map(
      (r) => `${x.entities[r.subject]!.name} ${r.type} ${x.entities[r.object]!.name}`,
    ),
  };
}

/** Two sentences that make the article a film story, around the sentence under test. */
function inFilmStory(sentence: string): string {
  return `The film festival opens on Friday. ${sentence} The festival will show 40 films.`;
}

type Row = [input: string, facts: string[], absent?: string[]];

/** A title before a screen role and its holder, read whole as a work. */
const TITLES: Row[] = [
  // Over "of the" between capitals.
  [
    inFilmStory("Keepers of the Lantern director Paul Denning will chair the jury."),
    ["Paul Denning CREATED Keepers of the Lantern"],
  ],
  // A title the tagger reads nothing of, mid-sentence.
  [
    inFilmStory('"She was a friend," said Glasshouse star Nora Blake, who knew her well.'),
    ["Nora Blake APPEARS_IN Glasshouse"],
  ],
  // A run of capitals opening the sentence.
  [
    inFilmStory("Silent Orchard Road star Tom Hale was named best actor."),
    ["Tom Hale APPEARS_IN Silent Orchard Road"],
  ],
  // A sentence's opening preposition is no word of the title.
  [
    inFilmStory("With Glasshouse star Nora Blake nominated, the studio is hopeful."),
    ["Nora Blake APPEARS_IN Glasshouse"],
    ["Nora Blake APPEARS_IN With Glasshouse"],
  ],
  // A lone word the tagger read, not shaped as a demonym.
  [
    inFilmStory("The favourites include Glasshouse actor Paul Denning."),
    ["Paul Denning APPEARS_IN Glasshouse"],
  ],
  // Over the holder's honorific.
  [
    inFilmStory(
      "Her words were echoed by Tidewater director Sir Alan Pryce, who chaired the jury.",
    ),
    ["Alan Pryce CREATED Tidewater"],
  ],
];

/** Capitals before a role that name no work. */
const NOT_TITLES: Row[] = [
  // A lone capital opening the sentence is any word.
  [
    inFilmStory("Veteran actor Tom Hale has died at the age of 88."),
    [],
    ["Tom Hale APPEARS_IN Veteran"],
  ],
  // A demonym no list holds, whether the tagger reads it as nothing or (GloVe) as a body.
  [
    inFilmStory("The favourites include Cornish actor Paul Denning."),
    [],
    ["Paul Denning APPEARS_IN Cornish"],
  ],
  // No screen story: nothing is read as a work.
  [
    "Glasshouse director Nora Blake said sales rose. The firm employs 300 people.",
    [],
    ["Nora Blake CREATED Glasshouse"],
  ],
];

describe("titles before a screen role and its holder", () => {
  it.each(TITLES)("%s", (input, facts, absent = []) => {
    const reading = readingOf(input);
    for (const fact of facts) expect(reading.facts).toContain(fact);
    for (const fact of absent) expect(reading.facts).not.toContain(fact);
  });
  it.each(NOT_TITLES)("%s", (input, facts, absent = []) => {
    const reading = readingOf(input);
    for (const fact of facts) expect(reading.facts).toContain(fact);
    for (const fact of absent) expect(reading.facts).not.toContain(fact);
  });
});
