import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** Jobs in appositions: free field words before a job noun, roles in a firm's part. */
const JOBS: FactRow[] = [
  [
    '"Prices will fall," said Tom Hale, senior network security consultant at Nokia.',
    ["Tom Hale WORKS_FOR Nokia"],
  ],
  [
    "Ann Kerr, chief wireless technology evangelist for chip maker Intel, said so.",
    ["Ann Kerr WORKS_FOR Intel"],
  ],
  [
    "Ann Kerr, Spanish co-ordinator for the Open Rights Group, disagreed.",
    ["Ann Kerr WORKS_FOR Open Rights Group"],
  ],
  [
    "Tom Hale, a senior research fellow at the London School of Economics, said so.",
    ["Tom Hale WORKS_FOR London School of Economics"],
  ],
  // The employer's own "The" after its description.
  [
    "Demand grew, said Ann Kerr, an analyst with research firm The Vexon Group.",
    ["Ann Kerr WORKS_FOR Vexon Group"],
  ],
  // The employer described as a work's maker: the work's possessive makes it no title.
  [
    '"It sold well," said Tom Hale, director of sales at Brackla, the game\'s developer.',
    ["Tom Hale WORKS_FOR Brackla"],
  ],
  // A role in a firm's part, the part named by lower-case words: he works for the firm.
  [
    '"It grows," said Tom Hale, head of Vodafone\'s mobile data division.',
    ["Tom Hale WORKS_FOR Vodafone"],
    ["Tom Hale LEADER_OF Vodafone"],
  ],
  // Two jobs joined by "and"; a part of the firm named after its possessive.
  [
    "Tom Hale, executive vice president and general manager of Nokia's Home Media Group, said so.",
    ["Tom Hale WORKS_FOR Nokia"],
  ],
  [
    "Ann Kerr, chief economist and a senior analyst at Barclays Capital, said so.",
    ["Ann Kerr WORKS_FOR Barclays Capital"],
  ],
  // A staff role joined by "and" and an article to a first noun phrase naming a job.
  [
    "Prices fell, says Ann Kerr, survey author and a senior adviser at the Kestrel Institute.",
    ["Ann Kerr WORKS_FOR Kestrel Institute"],
  ],
  ["Tom Hale, an engineer working for Nokia, said so.", ["Tom Hale WORKS_FOR Nokia"]],
  // The employer's short form in brackets closes the apposition.
  [
    "Ann Kerr, network security specialist at the Kestrel Institute (KI), said so.",
    ["Ann Kerr WORKS_FOR Kestrel Institute"],
  ],
  // "director general" after the body's name heads it, as "chief executive" does.
  [
    "Taxes will rise, warned Ann Kerr, CBI director general, on Monday.",
    ["Ann Kerr LEADER_OF CBI"],
  ],
  // A body named by what it does: "trade body".
  [
    "Sales fell, said Ann Kerr, chief executive of the trade body Kestrel Retail.",
    ["Ann Kerr LEADER_OF Kestrel Retail"],
  ],
  // Someone joined by "and" after no job is another person.
  [
    "Tom Hale, his eldest son and a researcher at Nokia, said so.",
    [],
    ["Tom Hale WORKS_FOR Nokia"],
  ],
  // A party's spokesman is a member, not staff.
  [
    "Tom Hale, a senior press officer for the Labour Party, said so.",
    [],
    ["Tom Hale WORKS_FOR Labour Party"],
  ],
  // A past job: no employer now.
  ["Tom Hale, who was a senior consultant at Nokia, said so.", [], ["Tom Hale WORKS_FOR Nokia"]],
  // No job noun before the link, or a name after the part: no employer.
  ["Tom Hale, a keen user of Nokia phones, said so.", [], ["Tom Hale WORKS_FOR Nokia"]],
  ["Tom Hale, a regular visitor from Siemens, said so.", [], ["Tom Hale WORKS_FOR Siemens"]],
  ["Tom Hale, a consultant at Nokia's rival Siemens, said so.", [], ["Tom Hale WORKS_FOR Nokia"]],
];

describe("relate: jobs in appositions", () => {
  it.each(JOBS)("%s", (input, expected, absent) => expectRuleFacts(input, expected, absent));
});
