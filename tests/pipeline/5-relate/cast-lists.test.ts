import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";

/** "Subject TYPE Object" for every relation the rules alone read from a text written for these tests. */
function ruleFactsOf(text: string): string[] {
  const x = analyzeText(text, null, { relationModel: null });
  return x.relations.map(
    (r) => `${x.entities[r.subject]!.name} ${r.type} ${x.entities[r.object]!.name}`,
  );
}

type Row = [input: string, expected: string[], absent?: string[]];

/** A cast noun before a list of people, a star over a list of works, a star's name before a film noun. */
const CASTS: Row[] = [
  [
    "Oscar-nominated animation Coral Story, whose voice cast includes Tom Hale, Nora Blake and Paul Denning, sold two million DVDs.",
    [
      "Tom Hale APPEARS_IN Coral Story",
      "Nora Blake APPEARS_IN Coral Story",
      "Paul Denning APPEARS_IN Coral Story",
    ],
  ],
  [
    "The cast of Dune Riders also includes British actors Tom Hale and Nora Blake.",
    ["Tom Hale APPEARS_IN Dune Riders", "Nora Blake APPEARS_IN Dune Riders"],
  ],
  [
    "Italian actress Mira Castello, star of Silent Harbour and Glass Orchard, will host the gala.",
    ["Mira Castello APPEARS_IN Silent Harbour", "Mira Castello APPEARS_IN Glass Orchard"],
  ],
  [
    "Paul Denning movie Night Courier has topped the box office for a second week.",
    ["Paul Denning APPEARS_IN Night Courier"],
  ],
  [
    "The Polar Run opened third while Nora Blake film Tidewater made its debut at number six.",
    ["Nora Blake APPEARS_IN Tidewater"],
  ],
  // A biopic's name is its subject's, not its star's.
  [
    "The Harold Finch biopic Gravity Man topped the chart.",
    [],
    ["Harold Finch APPEARS_IN Gravity Man"],
  ],
  // A cast with no list verb after it names no members.
  [
    "Reef Patrol, whose cast was praised by Tom Hale, sold two million DVDs.",
    [],
    ["Tom Hale APPEARS_IN Reef Patrol"],
  ],
  // A title cut at "and": no half of it is the star's film.
  [
    "The Paul Denning thriller Hide and Seek fell to number four.",
    [],
    ["Paul Denning APPEARS_IN Hide"],
  ],
  // The name before a film noun is its maker's when the article calls that person its director.
  [
    "Director Tom Hale is making a new war epic. The Tom Hale film Iron Shore took $50m last year.",
    ["Tom Hale CREATED Iron Shore"],
    ["Tom Hale APPEARS_IN Iron Shore"],
  ],
  [
    "The sequel is directed by Tom Hale. The Tom Hale thriller Iron Shore took $50m last year.",
    ["Tom Hale CREATED Iron Shore"],
    ["Tom Hale APPEARS_IN Iron Shore"],
  ],
  // Called an actor, or nothing at all, the name stays the star's.
  [
    "Actor Tom Hale is back. The Tom Hale film Iron Shore took $50m last year.",
    ["Tom Hale APPEARS_IN Iron Shore"],
    ["Tom Hale CREATED Iron Shore"],
  ],
  // "star of" a club a list knows names a player's side, not a work.
  ["The winger Tom Hale, star of Chelsea, was injured.", [], ["Tom Hale APPEARS_IN Chelsea"]],
];

describe("casts named in lists", () => {
  it.each(CASTS)("%s", (input, expected, absent = []) => {
    const facts = ruleFactsOf(input);
    for (const fact of expected) expect(facts).toContain(fact);
    for (const fact of absent) expect(facts).not.toContain(fact);
  });
});
