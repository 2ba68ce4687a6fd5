import { describe, expect, it } from "vitest";
import { analyzeText, factOf } from "../../helpers/pipeline.js";

/** "Subject TYPE Object" for every relation the whole pipeline (rules and model) reads. */
function factsOf(text: string): string[] {
  const x = analyzeText(text);
  return x.relations.map((r) => factOf(x, r));
}

/** "Subject TYPE Object" for every relation the rules alone read from a text written for these tests. */
function ruleFactsOf(text: string): string[] {
  const x = analyzeText(text, null, { relationModel: null });
  return x.relations.map((r) => factOf(x, r));
}

type Row = [input: string, expected: string[], absent?: string[]];

/** A role over a field or department at a firm: the person works for it, never heads it. */
const FIELD_ROLES: Row[] = [
  [
    '"Voice control matters," said Ross Blanchard, vice president of business development for Gracenote.',
    ["Ross Blanchard WORKS_FOR Gracenote"],
  ],
  [
    "Tom Hale, senior vice president of marketing at Nordbank Group, said the plan worked.",
    ["Tom Hale WORKS_FOR Nordbank Group"],
  ],
  // A country or a demonym in the field says where it lies.
  [
    "Tom Hale, head of UK equities for Kestrel Holdings, said the bid was too low.",
    ["Tom Hale WORKS_FOR Kestrel Holdings"],
    ["Tom Hale LEADER_OF Kestrel Holdings"],
  ],
  [
    "Tom Hale, director of corporate marketing for Kestrel Holdings, said so.",
    ["Tom Hale WORKS_FOR Kestrel Holdings"],
    ["Tom Hale LEADER_OF Kestrel Holdings"],
  ],
  [
    "Tom Hale, professor of economics and demography at the Harvard School of Public Health, said so.",
    ["Tom Hale WORKS_FOR Harvard School of Public Health"],
  ],
  // A firm its description names: "at analyst firm X".
  [
    "Tom Hale, vice president of emerging technologies at analyst firm Nordbank Group, said so.",
    ["Tom Hale WORKS_FOR Nordbank Group"],
    ["Tom Hale LEADER_OF Nordbank Group"],
  ],
  // A role in a firm's part: the person works for the firm.
  [
    "But Tom Hale, vice president in Kestrel Holdings' security business unit, said so.",
    ["Tom Hale WORKS_FOR Kestrel Holdings"],
  ],
  [
    "Tom Hale, vice president in Kestrel Holdings' offices, said so.",
    [],
    ["Tom Hale WORKS_FOR Kestrel Holdings"],
  ],
  // The firm's possessive opens the role; the field ends the apposition.
  [
    "Tom Hale, Nordbank Group's vice president for technology development, said so.",
    ["Tom Hale WORKS_FOR Nordbank Group"],
    ["Tom Hale LEADER_OF Nordbank Group"],
  ],
  [
    "Tom Hale, Kestrel Holdings' managing director for European publishing, said so.",
    ["Tom Hale WORKS_FOR Kestrel Holdings"],
  ],
  [
    "Tom Hale, Nordbank Group's head of research at Kestrel Holdings, said so.",
    [],
    ["Tom Hale WORKS_FOR Nordbank Group"],
  ],
  // The organisation must end the phrase.
  [
    "Tom Hale, head of sales at Nordbank Group's Irish arm, said so.",
    [],
    ["Tom Hale WORKS_FOR Nordbank Group"],
  ],
];

/** A firm, department words and a role before a person, or in the person's apposition. */
const FIRM_FIELD_ROLES: Row[] = [
  [
    "Kestrel Holdings security manager Tom Hale said the flaw was known.",
    ["Tom Hale WORKS_FOR Kestrel Holdings"],
    ["Tom Hale LEADER_OF Kestrel Holdings"],
  ],
  [
    "Tom Hale, a Kestrel Holdings security manager, said the flaw was known.",
    ["Tom Hale WORKS_FOR Kestrel Holdings"],
  ],
  [
    "Tom Hale, Nordbank Group's games marketing director, said sales were up.",
    ["Tom Hale WORKS_FOR Nordbank Group"],
  ],
  [
    "Sales slowed, said Nordbank Group credit analyst Tom Hale.",
    ["Tom Hale WORKS_FOR Nordbank Group"],
  ],
  // A verb is no department.
  [
    "Kestrel Holdings hired manager Tom Hale last week.",
    [],
    ["Tom Hale WORKS_FOR Kestrel Holdings"],
  ],
  // A party's office is the party rules' business.
  ["Labour party chairman Tom Hale said so.", [], ["Tom Hale WORKS_FOR Labour"]],
];

/** A takeover named by a noun, and deal verbs whose target a description names. */
const DEALS: Row[] = [
  [
    "Kestrel Holdings' takeover of Nordbank Group will be the largest deal.",
    ["Kestrel Holdings ACQUIRED Nordbank Group"],
  ],
  [
    "Belgian brewer Nordbrau has seen its profits rise thanks to its acquisition of Brazil's biggest beer firm Ambrava last year.",
    ["Nordbrau ACQUIRED Ambrava"],
  ],
  [
    "Nordbrau's 2001 acquisition of London-based options exchange Liffe helped.",
    ["Nordbrau ACQUIRED Liffe"],
  ],
  // A planned or hostile deal is none; nor a part of the firm.
  [
    "Kestrel Holdings' planned takeover of Nordbank Group was blocked.",
    [],
    ["Kestrel Holdings ACQUIRED Nordbank Group"],
  ],
  [
    "Kestrel Holdings' purchase of Nordbank Group's assets was approved.",
    [],
    ["Kestrel Holdings ACQUIRED Nordbank Group"],
  ],
  [
    "Nordbrau was formed when Belgium's Interbrau bought Brazilian brewer Ambrava.",
    ["Interbrau ACQUIRED Ambrava"],
  ],
  [
    "US retailer Federal Stores is to buy rival Maybury Stores for $11bn.",
    ["Federal Stores ACQUIRED Maybury Stores"],
  ],
];

/** A firm's parts: an apposition naming the parent, a possessive before the part's name. */
const PARTS: Row[] = [
  [
    "For its part, Kestrel Holdings' European units Vortex Motors and Nordbank Group have both had trouble.",
    ["Vortex Motors PART_OF Kestrel Holdings", "Nordbank Group PART_OF Kestrel Holdings"],
  ],
  [
    "Nordbank Group, the Irish subsidiary of Kestrel Holdings, said so.",
    ["Nordbank Group PART_OF Kestrel Holdings"],
  ],
  // "its" before the part noun stands for the sentence's firm.
  [
    "Kestrel Holdings took a hit from a scandal at its Japanese subsidiary Vortex Motors.",
    ["Vortex Motors PART_OF Kestrel Holdings"],
  ],
  [
    "Kestrel Holdings sold its former unit Vortex Motors.",
    [],
    ["Vortex Motors PART_OF Kestrel Holdings"],
  ],
  [
    "Nordbank Group said Kestrel Holdings would buy its unit Vortex Motors.",
    [],
    ["Vortex Motors PART_OF Nordbank Group"],
  ],
  // A carmaker's brands, listed after a copula.
  [
    "Kestrel Holdings' main European brands are Vortex Motors and Nordbank Group.",
    ["Vortex Motors PART_OF Kestrel Holdings", "Nordbank Group PART_OF Kestrel Holdings"],
  ],
  [
    "Kestrel Holdings' former brands are Vortex Motors and Nordbank Group.",
    [],
    ["Vortex Motors PART_OF Kestrel Holdings"],
  ],
  [
    "Kestrel Holdings' brands are popular with Nordbank Group buyers.",
    [],
    ["Nordbank Group PART_OF Kestrel Holdings"],
  ],
  // A former part is no part.
  [
    "Nordbank Group, a former unit of Kestrel Holdings, said so.",
    [],
    ["Nordbank Group PART_OF Kestrel Holdings"],
  ],
];

/** Lawsuits and fines: a claim filed or a penalty imposed, never one threatened or hoped for. */
const LAWSUITS: Row[] = [
  [
    "Nordbank Group has sued Kestrel Holdings for $20bn.",
    ["Nordbank Group ACCUSES Kestrel Holdings"],
  ],
  [
    "Kestrel Holdings was sued by Lockheed Martin after the contest.",
    ["Lockheed Martin ACCUSES Kestrel Holdings"],
  ],
  [
    "Nordbank Group filed a lawsuit against Kestrel Holdings in the spring.",
    ["Nordbank Group ACCUSES Kestrel Holdings"],
  ],
  [
    "The Financial Services Authority fined Nordbank Group £14m on Tuesday.",
    ["Financial Services Authority SANCTIONS Nordbank Group"],
  ],
  ["Nordbank Group could sue Kestrel Holdings.", [], ["Nordbank Group ACCUSES Kestrel Holdings"]],
  [
    "Nordbank Group threatened to sue Kestrel Holdings.",
    [],
    ["Nordbank Group ACCUSES Kestrel Holdings"],
  ],
  [
    "Nordbank Group has been banned from suing Kestrel Holdings.",
    [],
    ["Nordbank Group ACCUSES Kestrel Holdings"],
  ],
  // A country before "lawsuit" is the court's.
  [
    "The firm is seeking $20bn in a separate US lawsuit against Kestrel Holdings.",
    [],
    ["United States ACCUSES Kestrel Holdings"],
  ],
];

/** Firms that work together: a stated tie or a pact made, never one sought, hedged or ended. */
const TIES: Row[] = [
  [
    "Nordbank Group was working with Kestrel Holdings to launch a radio service.",
    ["Nordbank Group COOPERATES_WITH Kestrel Holdings"],
  ],
  [
    "Nordbank Group signed a five-year deal with Kestrel Holdings on Monday.",
    ["Nordbank Group COOPERATES_WITH Kestrel Holdings"],
  ],
  [
    "Nordbank Group has teamed up with Kestrel Holdings to sell phones.",
    ["Nordbank Group COOPERATES_WITH Kestrel Holdings"],
  ],
  // Past and collaborative forms of working with a partner.
  ["Nokia worked with Samsung to build the chip.", ["Nokia COOPERATES_WITH Samsung"]],
  ["Samsung has collaborated with Toshiba on screens.", ["Samsung COOPERATES_WITH Toshiba"]],
  // Firms named together as the makers of one pact.
  [
    "Nordbank Group and Kestrel Holdings have agreed a deal to sell music to phones.",
    ["Nordbank Group COOPERATES_WITH Kestrel Holdings"],
  ],
  [
    "Nordbank Group and Kestrel Holdings formed an alliance last year.",
    ["Nordbank Group COOPERATES_WITH Kestrel Holdings"],
  ],
  // A takeover between them, a hedged pact or one that ends a tie is no working together.
  [
    "Nordbank Group and Kestrel Holdings agreed a takeover deal on Monday.",
    [],
    ["Nordbank Group COOPERATES_WITH Kestrel Holdings"],
  ],
  [
    "Nordbank Group and Kestrel Holdings could sign a deal next year.",
    [],
    ["Nordbank Group COOPERATES_WITH Kestrel Holdings"],
  ],
  [
    "Nordbank Group and Kestrel Holdings reached an agreement to dissolve their alliance.",
    [],
    ["Nordbank Group COOPERATES_WITH Kestrel Holdings"],
  ],
  [
    "Nordbank Group is seeking a deal with Kestrel Holdings.",
    [],
    ["Nordbank Group COOPERATES_WITH Kestrel Holdings"],
  ],
  [
    "Nordbank Group could sign a deal with Kestrel Holdings.",
    [],
    ["Nordbank Group COOPERATES_WITH Kestrel Holdings"],
  ],
  [
    "Nordbank Group reached an agreement with Kestrel Holdings to dissolve their alliance.",
    [],
    ["Nordbank Group COOPERATES_WITH Kestrel Holdings"],
  ],
  // A state as the partner, after a pact's kind of four words.
  [
    "Nordbank Oil had signed a long-term oil supply deal with China, officials said.",
    ["Nordbank Oil COOPERATES_WITH China"],
  ],
  // A country qualifying the partner's noun is not the partner.
  [
    "Nordbank Oil signed a deal with the Kenya government on Monday.",
    [],
    ["Nordbank Oil COOPERATES_WITH Kenya"],
  ],
];

/** A country's name used as a demonym before a firm's description: its home. */
const HOMES: Row[] = [
  [
    "Shares in UK pharmaceutical firm Kestrel Holdings closed down 19% on Monday.",
    ["Kestrel Holdings BASED_IN United Kingdom"],
  ],
  ["Nordbank Group, the US firm, said so.", ["Nordbank Group BASED_IN United States"]],
  // No organisation noun, or a compound of two homes: no single home from the country's name.
  ["Sales in the US rose, Nordbank Group said.", [], ["Nordbank Group BASED_IN United States"]],
  [
    "US-German carmaker Nordbank Group sold more cars.",
    [],
    ["Nordbank Group BASED_IN United States"],
  ],
];

/** "its" product: the subject firm makes the product its clause names; not a stadium, not another firm's. */
const OWN_PRODUCTS: Row[] = [
  [
    "Kestrel Holdings will replace the power cables of its Zentrix consoles next month.",
    ["Kestrel Holdings PRODUCES Zentrix"],
  ],
  [
    "Kestrel Holdings says its new Vaultline software will stop most copying programs.",
    ["Kestrel Holdings PRODUCES Vaultline"],
  ],
  [
    "Rovers FC has missed rent payments on its Westmoor stadium.",
    [],
    ["Rovers FC PRODUCES Westmoor"],
  ],
  [
    "Kestrel Holdings said it would buy Nordbank Group to improve its Vaultline software.",
    [],
    ["Kestrel Holdings PRODUCES Vaultline"],
  ],
];

/**
 * A role at a firm its description names with a noun the recogniser reads as a company's ("at
 * brokerage X", "of trade weekly X"): the rules read the employer, not the model alone.
 */
const DESCRIBED_EMPLOYERS: Row[] = [
  [
    '"Demand will hold," said Tom Hale, an analyst at brokerage Kestrel Holdings.',
    ["Tom Hale WORKS_FOR Kestrel Holdings"],
  ],
  [
    '"Demand will hold," said Tom Hale, analyst at brokers Nordbank Group.',
    ["Tom Hale WORKS_FOR Nordbank Group"],
  ],
  [
    '"Demand will hold," said Tom Hale, news editor of trade weekly Kestrel Review.',
    ["Tom Hale WORKS_FOR Kestrel Review"],
  ],
  // A lower-case run that ends in no firm noun names no employer.
  [
    '"Demand will hold," said Tom Hale, an analyst at dinner with Nordbank Group.',
    [],
    ["Tom Hale WORKS_FOR Nordbank Group"],
  ],
];

describe("firm patterns", () => {
  it.each([
    ...FIELD_ROLES,
    ...DESCRIBED_EMPLOYERS,
    ...FIRM_FIELD_ROLES,
    ...DEALS,
    ...PARTS,
    ...LAWSUITS,
    ...TIES,
    ...HOMES,
    ...OWN_PRODUCTS,
  ])("%s", (input, expected, absent = []) => {
    const facts = ruleFactsOf(input);
    for (const fact of expected) expect(facts).toContain(fact);
    for (const fact of absent) expect(facts).not.toContain(fact);
  });
});

describe("past field roles", () => {
  // The whole pipeline marks a past role ("former"), as it does for every role pattern.
  it.each([
    [
      "Former Kestrel Holdings security manager Tom Hale said so.",
      ["Tom Hale WORKS_FOR Kestrel Holdings (former)"],
      ["Tom Hale WORKS_FOR Kestrel Holdings"],
    ],
  ] as Row[])("%s", (input, expected, absent = []) => {
    const facts = factsOf(input);
    for (const fact of expected) expect(facts).toContain(fact);
    for (const fact of absent) expect(facts).not.toContain(fact);
  });
});

describe("interviews", () => {
  it.each([
    // A speaker quoted in a paper is none of its staff.
    [
      '"No new plants will be built", said Tom Hale, a spokesman for Kestrel Holdings quoted in China Daily.',
      ["Tom Hale WORKS_FOR Kestrel Holdings"],
      ["Tom Hale MEMBER_OF China Daily", "Tom Hale WORKS_FOR China Daily"],
    ],
    [
      "Tom Hale, a research director at Kestrel Holdings, told the BBC News website that sales fell.",
      ["Tom Hale WORKS_FOR Kestrel Holdings"],
      ["Tom Hale WORKS_FOR BBC"],
    ],
    // The role after the medium is read: the person holds it.
    [
      "He believed he was talking to Nordbank Group chief executive Tom Hale at the time.",
      ["Tom Hale LEADER_OF Nordbank Group"],
      [],
    ],
  ] as Row[])("%s", (input, expected, absent = []) => {
    const facts = factsOf(input);
    for (const fact of expected) expect(facts).toContain(fact);
    for (const fact of absent) expect(facts).not.toContain(fact);
  });
});
