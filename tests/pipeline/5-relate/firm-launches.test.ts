import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** A firm's product named as the object of its launching verb. */
const FIRM_LAUNCHES: FactRow[] = [
  ["Norvex Systems launched the Zorblat player in 2003.", ["Norvex Systems PRODUCES Zorblat"]],
  // Auxiliaries and "said it will" between the firm and its verb; a product noun after the name.
  [
    "Norvex Systems has said it will release the Vexa handheld in Europe in March.",
    ["Norvex Systems PRODUCES Vexa"],
  ],
  // A model number marks a product the recogniser took for a body.
  ["Norvex Systems unveiled the Quillbox 2 last year.", ["Norvex Systems PRODUCES Quillbox"]],
  // A noun after the name makes it a modifier of something else.
  [
    "Nordbank Group launched Norvex Systems lawsuits in the US.",
    [],
    ["Nordbank Group PRODUCES Norvex Systems"],
  ],
  // A place is no product.
  [
    "Norvex Systems launched Germany's biggest network last year.",
    [],
    ["Norvex Systems PRODUCES Germany"],
  ],
];

describe("firm launches", () => {
  it.each(FIRM_LAUNCHES)("%s", (input, expected, absent) =>
    expectRuleFacts(input, expected, absent),
  );
});
