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

/** A maker's possessive before a work's title: "Verdi's La Traviata", "Scorsese's The Aviator". */
const MAKERS: Row[] = [
  [
    "The shortlist includes Harriet Quell's The Glass Orchard and two first novels.",
    ["Harriet Quell CREATED Glass Orchard"],
  ],
  [
    "Director Tomas Lindqvist's The Winter Harbour opened in Berlin on Friday.",
    ["Tomas Lindqvist CREATED Winter Harbour"],
  ],
  [
    "Critics praised Jonah Merrow's The Salt Road, which took $4m in its first week.",
    ["Jonah Merrow CREATED Salt Road"],
  ],
  // The maker's noun inside the mention, and a title after a work noun whatever word follows it.
  [
    "A poll saw director Chen Kaige's martial arts epic Falcon emerge as the favourite.",
    ["Chen Kaige CREATED Falcon"],
  ],
  // An actor's possessive before a film noun names a star, not a maker.
  [
    "A poll saw actor Chen Kaige's martial arts epic Falcon emerge as the favourite.",
    [],
    ["Chen Kaige CREATED Falcon"],
  ],
];

/** A possessive on an award, a win or a co-star, or inside a title: nothing made. */
const NOT_MADE: Row[] = [
  [
    "Nobody forgot Clara Vance's Academy Award triumph in 1998.",
    [],
    ["Clara Vance CREATED Academy Awards"],
  ],
  [
    "Critics praised Jonah Merrow's Salt Road co-star, Ellen Birch.",
    [],
    ["Jonah Merrow CREATED Salt Road"],
  ],
  [
    "Fans queued for The Hitchhiker's Guide To The Galaxy on Friday.",
    [],
    ["Hitchhiker CREATED Guide To The Galaxy"],
  ],
];

/** A bare title the recogniser took for a firm or a place, after a maker named in full. */
const BARE_TITLES: Row[] = [
  [
    "Marta Kessling's Quiet Water Boy led the box office with $9m over the weekend.",
    ["Marta Kessling CREATED Quiet Water Boy"],
  ],
  [
    "He last conducted Antonio Perelli's Rosalba at the Turin opera house.",
    ["Antonio Perelli CREATED Rosalba"],
  ],
  [
    "The studio recorded Dean Harlow's Cinder Road and Maya Fenn's Glasshouse Nights.",
    ["Dean Harlow CREATED Cinder Road"],
  ],
];

/** A firm, a place, an addressed owner, a title cut short or one inside another: no bare title. */
const NOT_BARE_TITLES: Row[] = [
  [
    "Peter Galloway's Northern Leisure Enterprises, which owns six cinemas, was sold on Monday.",
    [],
    ["Peter Galloway CREATED Northern Leisure Enterprises"],
  ],
  [
    "Critics doubt Mr Harlow's Global Learning Facility will raise enough money.",
    [],
    ["Dean Harlow CREATED Global Learning Facility"],
  ],
  [
    "The set closed with Dean Harlow's Born In The Valley and two encores.",
    [],
    ["Dean Harlow CREATED Born"],
  ],
  [
    "Nobody has yet filmed Lord Harlow's Childe Martin's Voyage.",
    [],
    ["Childe Martin CREATED Voyage"],
  ],
  ["Ferrand's Moving Garden opened in Paris on Friday.", [], ["Ferrand CREATED Moving Garden"]],
  // A person after a possessive and a verb of meeting, not of performing: no work.
  [
    "He last met Antonio Perelli's Rosalba at the Turin opera house.",
    [],
    ["Antonio Perelli CREATED Rosalba"],
  ],
];

describe("work possessives", () => {
  it.each([...MAKERS, ...NOT_MADE, ...BARE_TITLES, ...NOT_BARE_TITLES])(
    "%s",
    (input, expected, absent = []) => {
      const facts = ruleFactsOf(input);
      for (const fact of expected) expect(facts).toContain(fact);
      for (const fact of absent) expect(facts).not.toContain(fact);
    },
  );
});
