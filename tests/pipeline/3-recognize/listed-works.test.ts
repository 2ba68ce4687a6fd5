import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";

/** "Name:TYPE" for every entity the pipeline reads. */
function typesOf(text: string): string[] {
  return analyzeText(text, null, { relationModel: null }).entities.map(
    (e) => `${e.name}:${e.type}`,
  );
}

type Row = [input: string, present: string[], absent: string[]];

/** Titles listed after a plural work noun and a word opening examples: each a work. */
const LISTED: Row[] = [
  [
    "Gone are the days of arcade classics such as Moon Raiders, Lunar Lander and Donkey Kong.",
    ["Moon Raiders:OTHER", "Lunar Lander:OTHER", "Donkey Kong:OTHER"],
    ["Lunar Lander:PERSON", "Donkey Kong:PERSON"],
  ],
  // A copula's list of two or more, possessives and "The" inside titles.
  [
    "Among the overlooked films were Hobson's Choice, Dirty Harry and The Searchers.",
    ["Hobson's Choice:OTHER", "Dirty Harry:OTHER"],
    ["Dirty Harry:PERSON", "Hobson:ORGANIZATION"],
  ],
  // A subtitle after a colon, and a lower-case word inside a title when the list goes on.
  [
    "She starred in a number of films, including Heathers, Robin Hood: Prince of Thieves and Ghost.",
    ["Heathers:OTHER", "Robin Hood: Prince of Thieves:OTHER"],
    ["Robin Hood:PERSON", "Prince of Thieves:PLACE"],
  ],
  [
    "He has had 12 hit singles, including Hot in Herre, Dilemma and Shine.",
    ["Hot in Herre:OTHER", "Dilemma:OTHER"],
    ["Herre:PLACE"],
  ],
];

/** Lists that name no works, or titles left as read: [input, readings present, readings absent]. */
const NOT_LISTED: Row[] = [
  // A sports story's games are matches against clubs.
  [
    "Rovers beat City 2-1 in the Premiership on Saturday, the striker scoring twice before the goalkeeper was sent off. Hale said big games such as Barnfield Park, Moor Lane and Kelham suit his side.",
    [],
    ["Barnfield Park:OTHER", "Moor Lane:OTHER", "Kelham:OTHER"],
  ],
  // A copula with one name after it may describe.
  ["His best films were made by Peter Vance in Rome.", [], ["Peter Vance:OTHER"]],
  // A lower-case word after the last item ends the list: no cut title is made.
  [
    "It sells games such as Pac-Man and Donkey Kong in London.",
    [],
    ["Donkey:OTHER", "Donkey Kong:OTHER"],
  ],
];

describe("titles listed after a plural work noun", () => {
  it.each([...LISTED, ...NOT_LISTED])("%s", (input, present, absent) => {
    const types = typesOf(input);
    for (const type of present) expect(types).toContain(type);
    for (const type of absent) expect(types).not.toContain(type);
  });
});
