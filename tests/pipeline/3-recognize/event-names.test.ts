import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";

/** The entity types and the rule relations of a text written for these tests. */
function readText(text: string): { types: Map<string, string>; facts: string[] } {
  const x = analyzeText(text, null, { relationModel: null });
  return {
    types: new Map(x.entities.map((entity) => [entity.name, entity.type])),
    facts: x.relations.map(
      (r) => `${x.entities[r.subject]!.name} ${r.type} ${x.entities[r.object]!.name}`,
    ),
  };
}

type Row = [input: string, name: string, type: string | undefined];

/** A name ending in an event's head word is the event, however the tagger typed it. */
const EVENTS: Row[] = [
  // Tagged MISC around a listed place: the event, not the place.
  ["He won the Boston Marathon in 2001.", "Boston Marathon", "EVENT"],
  ["She lives in Boston, and the Marathon starts there.", "Boston", "PLACE"],
  [
    "Kenyan runner Mary Wanjiru won the Leeds Marathon on Sunday in a course record.",
    "Leeds Marathon",
    "EVENT",
  ],
  [
    "Organisers of the Lisbon Marathon said the race would start at 9am. Leeds Marathon runner-up Ann Otieno will run too.",
    "Lisbon Marathon",
    "EVENT",
  ],
  // Tagged MISC over a listed city: the event, not the city's adjective.
  ["She finished third in the London Marathon last year.", "London Marathon", "EVENT"],
  [
    "The sprinter will compete at the European Indoors in Vienna next month, her coach said.",
    "European Indoors",
    "EVENT",
  ],
  [
    "Top seed Tom Varga won the Kestrel Open in Denver after beating Ian Hale in the final.",
    "Kestrel Open",
    "EVENT",
  ],
  [
    "The world champion pulled out of the Mallow Classic with a knee injury before the final.",
    "Mallow Classic",
    "EVENT",
  ],
];

/**
 * Not when the name is the body running the event ("chairman of the …"), when the head word
 * does not end the name, or when a firm's head word ends it outside sport.
 */
const NOT_EVENTS: [input: string, name: string][] = [
  [
    "Prizes went to Tom Reed, chairman of the Leeds Marathon, and two runners in the race.",
    "Leeds Marathon",
  ],
  [
    "Shares in Harbour Open rose 5% after the software firm reported higher profits in Tokyo.",
    "Harbour Open",
  ],
  [
    "She studied history at the Open University in Milton Keynes before joining the bank.",
    "Open University",
  ],
];

describe("sporting events typed by their head word", () => {
  it.each(EVENTS)("%s", (input, name, type) => {
    expect(readText(input).types.get(name)).toBe(type);
  });
  it.each(NOT_EVENTS)("%s", (input, name) => {
    const type = readText(input).types.get(name);
    expect(type).toBeDefined();
    expect(type).not.toBe("EVENT");
  });
  it("reads who ran in the event", () => {
    const read = readText(
      "Kenya's athletics body has banned two-time Leeds Marathon runner-up Ann Otieno for a year.",
    );
    expect(read.facts).toContain("Ann Otieno PARTICIPATED_IN Leeds Marathon");
  });
});
