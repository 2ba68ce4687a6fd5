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

/** A work after its maker's possessive and a noun of a made work. */
const OWNED: Row[] = [
  [
    "Novelist Andrea Levy won the prize with her book Small Island.",
    ["Andrea Levy CREATED Small Island"],
  ],
  [
    "Brian McFadden went to number one in September with his first solo single Real To Me.",
    ["Brian McFadden CREATED Real To Me"],
  ],
  [
    "Scottish band Glass Harbour made a chart breakthrough with their third album Final Straw.",
    ["Glass Harbour CREATED Final Straw"],
  ],
  [
    "The record is outselling the Chemical Brothers' comeback single Galvanize.",
    ["Chemical Brothers CREATED Galvanize"],
  ],
  // Two people named before "his": either may own the hit.
  [
    "Rod Stewart introduced Percy Sledge, citing his best-known hit When a Man Loves a Woman.",
    [],
    ["Rod Stewart CREATED When a Man Loves a Woman"],
  ],
  // A band after a preposition is a label, not the owner of "their" album.
  ["The singles led to a deal with Island and their debut album Boy.", [], ["Island CREATED Boy"]],
  // "His film" is said of its stars too.
  [
    "Robert De Niro has returned to the top of the box office with his film Hide and Seek.",
    [],
    ["Robert De Niro CREATED Hide and Seek"],
  ],
];

/** A record after its maker's bare name and a noun of a record. */
const NAMED: Row[] = [
  [
    "The siblings duetted on the Nadia Orlova hit Ain't Nobody.",
    ["Nadia Orlova CREATED Ain't Nobody"],
  ],
  [
    "Lemar and Jamelia performed the Tomas Varga track Addicted To Love.",
    ["Tomas Varga CREATED Addicted To Love"],
  ],
  [
    "Fans bought the Tomas Varga album Silver Road in their thousands.",
    ["Tomas Varga CREATED Silver Road"],
  ],
  // After a possessive or a year the name is the record's label.
  [
    "His 1962 ABC album Modern Sounds in Country and Western Music is still a classic.",
    [],
    ["ABC CREATED Modern Sounds in Country and Western Music"],
  ],
  // A name before a film noun is its star as often as its director: not read here.
  [
    "She starred in the Tomas Varga film Harbour Lights last year.",
    [],
    ["Tomas Varga CREATED Harbour Lights"],
  ],
];

describe("works owned by their maker", () => {
  it.each([...OWNED, ...NAMED])("%s", (input, expected, absent = []) => {
    const facts = ruleFactsOf(input);
    for (const fact of expected) expect(facts).toContain(fact);
    for (const fact of absent) expect(facts).not.toContain(fact);
  });
});
