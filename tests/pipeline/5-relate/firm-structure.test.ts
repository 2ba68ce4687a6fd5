import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";

/** "Subject TYPE Object" for every relation the rules alone read, and the entities' names. */
function factsOf(text: string): { facts: string[]; names: string[] } {
  const x = analyzeText(text, null, { relationModel: null });
  return {
    facts: x.relations.map(
      (r) => `${x.entities[r.subject]!.name} ${r.type} ${x.entities[r.object]!.name}`,
    ),
    names: x.entities.map((entity) => entity.name),
  };
}

type Row = [input: string, expected: string[], absent?: string[]];

/** Bodies built of bodies, read off a possessive. */
const STRUCTURE: Row[] = [
  // A named part by its name's head.
  [
    "Rates are set by the Fed's Open Market Committee each month.",
    ["Open Market Committee PART_OF Federal Reserve"],
  ],
  [
    "She heads the IMF's Fiscal Affairs Department in Washington.",
    ["Fiscal Affairs Department PART_OF International Monetary Fund"],
  ],
  [
    "A report from the FDA's Office of Generic Drugs was cited.",
    ["Office of Generic Drugs PART_OF FDA"],
  ],
  // A named part by a part noun after its name.
  ["Sales at Yukos's Samaraneftegaz subsidiary fell.", ["Samaraneftegaz PART_OF Yukos"]],
  ["He works at Microsoft's MSN internet division.", ["MSN PART_OF Microsoft"]],
  // A parent named by the possessive.
  ["American Airlines' parent AMR reported a loss.", ["American Airlines PART_OF AMR"]],
  [
    "UPN's parent companies Paramount and Viacom agreed.",
    ["UPN PART_OF Paramount", "UPN PART_OF Viacom"],
  ],
  // A product, a past part, or a name with no mark of a part.
  ["Microsoft's Internet Explorer is losing share.", [], ["Internet Explorer PART_OF Microsoft"]],
  ["Sales at Yukos's Samaraneftegaz former unit fell.", [], ["Samaraneftegaz PART_OF Yukos"]],
  ["Yukos's Samaraneftegaz said output fell.", [], ["Samaraneftegaz PART_OF Yukos"]],
];

describe("relate: bodies and their parts", () => {
  it.each(STRUCTURE)("%s", (input, expected, absent = []) => {
    const { facts, names } = factsOf(input);
    for (const fact of expected) expect(facts).toContain(fact);
    for (const fact of absent) {
      expect(facts).not.toContain(fact);
      const parts = /^(.+) ([A-Z_]+) (.+)$/.exec(fact);
      expect(names).toEqual(expect.arrayContaining([parts![1], parts![3]]));
    }
  });
});
