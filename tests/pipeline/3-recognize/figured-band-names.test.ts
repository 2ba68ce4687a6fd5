import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";

/** [input, entity names that must be organisations, names that must not be entities, rule facts]. */
type Row = [input: string, bands: string[], absent: string[], facts: string[]];

/** A name of capitals and a number is a band's where a band's cue stands beside it. */
const ROWS: Row[] = [
  // A group noun before it.
  [
    "Irish rock band KR7 are to play live at the awards in Paris.",
    ["KR7"],
    [],
    ["KR7 BASED_IN Ireland"],
  ],
  // A band role and a person's name after it.
  ["Fans cheered along with KR7 frontman Tom Brack.", ["KR7"], [], ["Tom Brack MEMBER_OF KR7"]],
  // The cue names the band for the whole article.
  [
    "KR7 frontman Tom Brack said the band would tour. KR7's latest single Quiet Harbour Lights topped the chart.",
    ["KR7"],
    [],
    ["Tom Brack MEMBER_OF KR7", "KR7 CREATED Quiet Harbour Lights"],
  ],
  // Without a band's cue such a name is a model, a road or a chip.
  ["The new KR7 model will go on sale in May.", [], ["KR7"], []],
  ["Traffic on the QM4 was slow after the crash near Leeds.", [], ["QM4"], []],
  // A role word not followed by a person's name is no cue.
  ["The KR7 member states met in Brussels on Monday.", [], ["KR7"], []],
];

describe("recognize: band names spelt with a figure", () => {
  it.each(ROWS)("%s", (input, bands, absent, facts) => {
    const x = analyzeText(input, null, { relationModel: null });
    const types = new Map(x.entities.map((entity) => [entity.name, entity.type]));
    for (const band of bands) expect(types.get(band)).toBe("ORGANIZATION");
    for (const name of absent) expect(types.has(name)).toBe(false);
    const found = x.relations.map(
      (r) => `${x.entities[r.subject]!.name} ${r.type} ${x.entities[r.object]!.name}`,
    );
    expect(found).toEqual(expect.arrayContaining(facts));
  });
});
