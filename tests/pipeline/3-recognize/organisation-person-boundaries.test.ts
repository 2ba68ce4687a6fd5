import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";

/** The entities of a text written for these tests, as "name TYPE". */
function entitiesOf(text: string): string[] {
  const x = analyzeText(text, null, { relationModel: null });
  return x.entities.map((entity) => `${entity.name} ${entity.type}`);
}

type Row = [input: string, present: string[], absent: string[]];

/** An organisation's name then a person's the article names as a person elsewhere: two entities. */
const SPLITS: Row[] = [
  [
    "Sources within the party told the BBC Tom Welland had always backed the scheme. Tom Welland said on Friday he would vote for it.",
    ["BBC ORGANIZATION", "Tom Welland PERSON"],
    ["BBC Tom Welland ORGANIZATION"],
  ],
  [
    "Insiders told the BBC Tom Welland had always backed the scheme. Mr Welland declined to comment.",
    ["BBC ORGANIZATION", "Tom Welland PERSON"],
    ["BBC Tom Welland ORGANIZATION"],
  ],
  // A work's title that ends in a person's name stays whole.
  [
    "The Life and Death of Tom Welland won the award. Tom Welland was an actor.",
    ["Tom Welland PERSON"],
    ["Life and Death ORGANIZATION"],
  ],
];

/** A title inside a body's name does not make a person of the body's head word. */
const TITLED_BODIES: Row[] = [
  [
    "Dame Ann Corbel, the president of the Family Justice Division, said the judge was humane.",
    ["Family Justice Division ORGANIZATION"],
    ["Division PERSON"],
  ],
  [
    "Tom Welland, a member of the Velmora General Trust, said the judge was humane.",
    ["Velmora General Trust ORGANIZATION"],
    ["Trust PERSON"],
  ],
  // A title that opens the run is a title: no body's name.
  ["President Division spoke on Monday.", [], ["President Division ORGANIZATION"]],
];

describe("organisation and person borders", () => {
  it.each([...SPLITS, ...TITLED_BODIES])("%s", (input, present, absent) => {
    const entities = entitiesOf(input);
    for (const entity of present) expect(entities).toContain(entity);
    for (const entity of absent) expect(entities).not.toContain(entity);
  });
});
