import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";
import { ruleFactsOf } from "../../helpers/rule-facts.js";

/** "TYPE Name" for every entity of a text. */
function entitiesOf(text: string): string[] {
  return analyzeText(text).entities.map((entity) => `${entity.type} ${entity.name}`);
}

type Row = [input: string, expected: string[], absent: string[]];

/** A name a firm owns with a product noun after it is the product, which the firm produces. */
const PRODUCTS: Row[] = [
  [
    "Portable gadgets dominate the list, including Haldor's Vexa YH-999 video jukebox.",
    ["OTHER Vexa"],
    ["ORGANIZATION Vexa"],
  ],
  ["The firm said Vexco's Lumar drug works.", ["OTHER Lumar"], ["ORGANIZATION Lumar"]],
  // The product under its maker's name too is the product.
  [
    "Kelvox Corp is releasing an adapter for its Lumar handheld console. The Kelvox Lumar went on sale in Japan on 2 December.",
    ["OTHER Kelvox Lumar"],
    ["ORGANIZATION Kelvox Lumar"],
  ],
];

/** A firm's part, or a verb between the name and a product noun, leaves the name a firm. */
const NOT_PRODUCTS: Row[] = [
  ["Orbis Pharma's Kelso unit makes phones.", ["ORGANIZATION Kelso"], ["OTHER Kelso"]],
];

describe("recognize: products a firm's possessive and a product noun mark", () => {
  it.each([...PRODUCTS, ...NOT_PRODUCTS])("%s", (input, expected, absent) => {
    const entities = entitiesOf(input);
    for (const entity of expected) expect(entities).toContain(entity);
    for (const entity of absent) expect(entities).not.toContain(entity);
  });
  it("reads the firm as the product's maker", () => {
    expect(ruleFactsOf(PRODUCTS[0]![0]).facts).toContain("Haldor PRODUCES Vexa");
  });
});
