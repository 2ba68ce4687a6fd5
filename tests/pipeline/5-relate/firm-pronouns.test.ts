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

/** A firm taken up by "it" in the next sentence buys the firm its deal verb names. */
const ROWS: Row[] = [
  // The previous sentence's subject, then a sentence about the same "it".
  [
    "Microsoft has grown through acquisitions. In 2002 it bought Danish firm Navision Software. In May 2003 it bought London-based software firm Zentrix Systems.",
    ["Microsoft ACQUIRED Navision Software", "Microsoft ACQUIRED Zentrix Systems"],
  ],
  // The one firm a sentence names as a passive agent, and an "it" later in the sentence.
  [
    "Growth in the drinks market is being led by Diageo, the world's biggest drinks firm. It took the lead when it bought Irish firm Carvell Brewing in 2001.",
    ["Diageo ACQUIRED Carvell Brewing"],
  ],
  // The previous sentence's subject is a person: "it" may be anything else.
  [
    "Tom Hale sued Microsoft over the leak. In 2002 it bought Danish firm Navision Software.",
    [],
    ["Microsoft ACQUIRED Navision Software"],
  ],
  // Another firm named before "it": either may be meant.
  [
    "Microsoft has grown through acquisitions. After Oracle said no, it bought Danish firm Navision Software.",
    [],
    ["Microsoft ACQUIRED Navision Software", "Oracle ACQUIRED Navision Software"],
  ],
  // A hedged deal is none.
  [
    "Microsoft has grown through acquisitions. In 2005 it may buy Danish firm Navision Software.",
    [],
    ["Microsoft ACQUIRED Navision Software"],
  ],
];

describe("firm pronoun deals", () => {
  it.each(ROWS)("%s", (input, expected, absent = []) => {
    const facts = ruleFactsOf(input);
    for (const fact of expected) expect(facts).toContain(fact);
    for (const fact of absent) expect(facts).not.toContain(fact);
  });
});
