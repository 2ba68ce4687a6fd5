import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** The product "its" names when the firm is a clause's subject, a pronoun or a description. */
const OWN_PRODUCTS: FactRow[] = [
  // The subject of a clause inside the sentence, with a product noun after the name.
  [
    "Sony showed a phone, and there is speculation that Motorola may unveil its Zorblat handset.",
    ["Motorola PRODUCES Zorblat"],
  ],
  [
    "Nintendo leads the market, but soon Sony is expected to release its Krellix console.",
    ["Sony PRODUCES Krellix"],
  ],
  // The nearest firm is an object, not a clause's subject: its "its" is the subject's.
  ["Nintendo beat Sony with its Krellix console last year.", [], ["Sony PRODUCES Krellix"]],
  // A clause's subject needs a product noun after the name.
  [
    "There is speculation that Motorola may move its Zorblat staff to Texas.",
    [],
    ["Motorola PRODUCES Zorblat"],
  ],
  // "It" for the firm the previous sentence is about, the only firm it names.
  [
    "Nintendo had a strong year in 2004. It launched its Zorblat handheld in Japan and the US.",
    ["Nintendo PRODUCES Zorblat"],
  ],
  // The previous sentence names two firms: "it" may be either.
  [
    "Sony is entering a market dominated by Nintendo. It launched its Zorblat handheld in Japan.",
    [],
    ["Sony PRODUCES Zorblat", "Nintendo PRODUCES Zorblat"],
  ],
  // A firm's description opening the sentence, for the one firm the story names.
  [
    "Shares in Apple rose on Monday. The computer giant has sued three men for leaking its latest Krellix software.",
    ["Apple PRODUCES Krellix"],
  ],
  // A description's "its" needs a product noun after the name.
  [
    "Shares in Apple rose on Monday. The computer giant blamed the cost of its Krellix bankruptcy filing.",
    [],
    ["Apple PRODUCES Krellix"],
  ],
];

/** A product line's named version, once the line's maker is known. */
const PRODUCT_LINES: FactRow[] = [
  [
    "Microsoft's Zorblat software is popular. Users of Zorblat XP were told to update their PCs.",
    ["Microsoft PRODUCES Zorblat", "Microsoft PRODUCES Zorblat XP"],
  ],
  // The line of a version the firm makes.
  [
    "Microsoft's Zorblat Live service is popular. Traffic on the Zorblat game network rose.",
    ["Microsoft PRODUCES Zorblat Live", "Microsoft PRODUCES Zorblat"],
  ],
  // A common noun after the line's name makes the whole another thing: a magazine, a unit.
  [
    "Microsoft's Zorblat software is popular. Readers of Zorblat Format agreed.",
    ["Microsoft PRODUCES Zorblat"],
    ["Microsoft PRODUCES Zorblat Format"],
  ],
];

/** A firm's origin in a description that introduces its name. */
const NAMED_FIRMS: FactRow[] = [
  [
    "A Canadian company, named Quorbit Energy, is reported to have won the contract.",
    ["Quorbit Energy BASED_IN Canada"],
  ],
  [
    "The work was done by a German firm called Quorbit Systems.",
    ["Quorbit Systems BASED_IN Germany"],
  ],
  // A definite description before "named" is a verb's subject.
  [
    "The German firm named Quorbit Systems as its new partner.",
    [],
    ["Quorbit Systems BASED_IN Germany"],
  ],
];

describe("relate: a firm's own products", () => {
  it.each(OWN_PRODUCTS)("%s", (input, expected, absent) =>
    expectRuleFacts(input, expected, absent),
  );
});

describe("relate: a product line's versions", () => {
  it.each(PRODUCT_LINES)("%s", (input, expected, absent) =>
    expectRuleFacts(input, expected, absent),
  );
});

describe("relate: firms introduced by name", () => {
  it.each(NAMED_FIRMS)("%s", (input, expected, absent) => expectRuleFacts(input, expected, absent));
});
