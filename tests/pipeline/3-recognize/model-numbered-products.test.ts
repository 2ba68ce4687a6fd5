import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";

/** [input, names that must be products (OTHER), names that must not be entities, rule facts]. */
type Row = [input: string, products: string[], absent: string[], facts: string[]];

/** A listed maker's name and a model code right after it are one product's name. */
const ROWS: Row[] = [
  [
    "Nokia expects growth. Buyers will need a Nokia 7710 handset to use the service.",
    ["Nokia 7710"],
    [],
    ["Nokia PRODUCES Nokia 7710"],
  ],
  [
    "Nintendo is upbeat. The remake is faithful to the Nintendo 64 original.",
    ["Nintendo 64"],
    [],
    ["Nintendo PRODUCES Nintendo 64"],
  ],
  [
    "Boeing had a good year. The carrier will fly the Boeing 757 on the route.",
    ["Boeing 757"],
    [],
    ["Boeing PRODUCES Boeing 757"],
  ],
  // A year, a count or a measure after the maker is no model code.
  ["Nokia 2003 results were weak, the firm said.", [], ["Nokia 2003"], []],
  ["Sony 15 per cent of the market is at stake.", [], ["Sony 15"], []],
  // A maker's possessive names its product by the possessive's own reading.
  ["Fans queued for Sony's 64 new titles.", [], ["Sony's 64"], []],
];

describe("products named by a maker and a model code", () => {
  it.each(ROWS)("%s", (input, products, absent, facts) => {
    const x = analyzeText(input, null, { relationModel: null });
    const types = new Map(x.entities.map((entity) => [entity.name, entity.type]));
    for (const name of products) expect(types.get(name)).toBe("OTHER");
    for (const name of absent) expect(types.has(name)).toBe(false);
    const found = x.relations.map(
      (r) => `${x.entities[r.subject]!.name} ${r.type} ${x.entities[r.object]!.name}`,
    );
    for (const fact of facts) expect(found).toContain(fact);
  });
});
