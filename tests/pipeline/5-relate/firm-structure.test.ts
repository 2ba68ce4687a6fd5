import { describe, expect, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** Bodies built of bodies, read off a possessive. */
const STRUCTURE: FactRow[] = [
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
  // One parent set off by commas after "parent company"; a clause there names none.
  ["Def Jam's parent company, Universal, made the appointment.", ["Def Jam PART_OF Universal"]],
  [
    "Def Jam's parent company, which Universal bought, made the appointment.",
    [],
    ["Def Jam PART_OF Universal"],
  ],
  // A product, a past part, or a name with no mark of a part.
  ["Microsoft's Internet Explorer is losing share.", [], ["Internet Explorer PART_OF Microsoft"]],
  ["Sales at Yukos's Samaraneftegaz former unit fell.", [], ["Samaraneftegaz PART_OF Yukos"]],
  ["Yukos's Samaraneftegaz said output fell.", [], ["Samaraneftegaz PART_OF Yukos"]],
  // "its" before a named part is the firm the sentence is about.
  [
    "Yukos has announced plans to make its Samaraneftegaz unit the biggest oil producer.",
    ["Samaraneftegaz PART_OF Yukos"],
  ],
  // Another firm between the subject and "its", or no firm as subject: no part.
  [
    "Yukos said Lukoil would sell its Samaraneftegaz unit.",
    [],
    ["Samaraneftegaz PART_OF Yukos", "Samaraneftegaz PART_OF Lukoil"],
  ],
];

describe("relate: bodies and their parts", () => {
  it.each(STRUCTURE)("%s", (input, expected, absent) => expectRuleFacts(input, expected, absent));
});

/** A part named by its head before "for", and a body headed "Organisation". */
const NAMED_PART_HEADS: FactRow[] = [
  [
    "The UN's Food and Farming Organisation warned of shortages.",
    ["Food and Farming Organisation PART_OF United Nations"],
  ],
  [
    "The United Nations' Economic Commission for Latin America said trade grew.",
    ["Economic Commission for Latin America PART_OF United Nations"],
  ],
  [
    "The IMF's Office for Budget Review issued a report.",
    ["Office for Budget Review PART_OF International Monetary Fund"],
  ],
  // A body whose head is no part noun stays whole, whatever follows "for".
  [
    "The World Bank's Fund for Clean Energy was set up in 2001.",
    [],
    ["Fund for Clean Energy PART_OF World Bank"],
  ],
];

describe("relate: parts headed before 'for', and organisations of a body", () => {
  it.each(NAMED_PART_HEADS)("%s", (input, expected, absent) =>
    expectRuleFacts(input, expected, absent),
  );
});
