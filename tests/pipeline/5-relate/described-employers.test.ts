import { describe, expect, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** A role at an employer described before its name. */
const EMPLOYERS: FactRow[] = [
  [
    '"It is bad," said Tom Hale, an economist at investment bank Goldman Sachs.',
    ["Tom Hale WORKS_FOR Goldman Sachs"],
  ],
  ["Ann Kerr, chief executive of messaging firm Mblox, said so.", ["Ann Kerr LEADER_OF Mblox"]],
  [
    "Tom Hale, an analyst with retail research firm NPD Group, said so.",
    ["Tom Hale WORKS_FOR NPD Group"],
  ],
  // A deputy works for the firm; he does not lead it.
  [
    "Tom Hale, vice chairman of banking giant Citigroup, said so.",
    ["Tom Hale WORKS_FOR Citigroup"],
    ["Tom Hale LEADER_OF Citigroup"],
  ],
  // The employer's country, place or origin may open its description.
  [
    "Ann Kerr, deputy editor of UK magazine Quillon, said the laptop would sell.",
    ["Ann Kerr WORKS_FOR Quillon"],
  ],
  ["Tom Hale, chief executive of Nordic operator Velkom, said so.", ["Tom Hale LEADER_OF Velkom"]],
  // A country after the link that no firm's description follows is no employer.
  [
    "Ann Kerr, head of UK operations at the firm, said so.",
    [],
    ["Ann Kerr LEADER_OF United Kingdom", "Ann Kerr WORKS_FOR United Kingdom"],
  ],
  // No role before the link, or words that describe no firm: no employer.
  ["Tom Hale, a fan of rock band Oasis, said so.", [], ["Tom Hale WORKS_FOR Oasis"]],
  [
    "Tom Hale, an analyst at a time when Citigroup grew, said so.",
    [],
    ["Tom Hale WORKS_FOR Citigroup"],
  ],
];

describe("relate: roles at described employers", () => {
  it.each(EMPLOYERS)("%s", (input, expected, absent) => expectRuleFacts(input, expected, absent));
});
