import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";

type Row = [input: string, expected: string[], absent: string[]];

/**
 * A country named only by an unnamed holder's title ("the Pakistani president met…") gives the
 * sentence's named person neither its office nor its nationality; a title the name carries does.
 */
const UNNAMED_HOLDERS: Row[] = [
  [
    "On Monday the Pakistani president met Prime Minister Tom Hale at the palace, on his first official visit.",
    [],
    ["Tom Hale LEADER_OF Pakistan", "Tom Hale CITIZEN_OF Pakistan"],
  ],
  [
    'After talks with Mr Hale, Mr Tom Kerr said the British prime minister was "a true friend".',
    [],
    ["Tom Kerr CITIZEN_OF United Kingdom"],
  ],
  // The title is the name's own: before it, or in apposition.
  [
    "On Monday the Pakistani president Tom Hale met business leaders at the palace.",
    ["Tom Hale LEADER_OF Pakistan"],
    [],
  ],
  [
    "On Monday Tom Hale, the Pakistani president, met business leaders at the palace.",
    ["Tom Hale LEADER_OF Pakistan"],
    [],
  ],
];

describe("relate: a country named only by an unnamed holder's title, with the relation model", () => {
  it.each(UNNAMED_HOLDERS)("%s", (input, expected, absent) => {
    const x = analyzeText(input);
    const facts = x.relations.map(
      (r) => `${x.entities[r.subject]!.name} ${r.type} ${x.entities[r.object]!.name}`,
    );
    for (const fact of expected) expect(facts).toContain(fact);
    for (const fact of absent) expect(facts).not.toContain(fact);
  });
});
