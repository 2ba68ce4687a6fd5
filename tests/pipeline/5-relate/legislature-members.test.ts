import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** A member of a parliament titled by the seat's abbreviation, in a story naming the chamber. */
const LEGISLATURE_MEMBERS: FactRow[] = [
  [
    "Labour MP Tom Hale said the bill was flawed. It returns to the Commons next week.",
    ["Tom Hale MEMBER_OF House of Commons"],
  ],
  [
    "The Commons voted on Monday. Tom Hale MP said the result was a shock.",
    ["Tom Hale MEMBER_OF House of Commons"],
  ],
  [
    "Tory peer Lord Hale said the Lords would reject the plan.",
    ["Lord Hale MEMBER_OF House of Lords"],
  ],
  [
    "French Green MEP Anna Berg said the European Parliament would vote again.",
    ["Anna Berg MEMBER_OF European Parliament"],
  ],
  // A seat no longer held, another country's parliament, or a chamber the story never names.
  [
    "Former Labour MP Tom Hale said the bill was flawed. It returns to the Commons next week.",
    [],
    ["Tom Hale MEMBER_OF House of Commons"],
  ],
  [
    "Kenyan MP Tom Hale said the House of Commons was a model for Nairobi.",
    [],
    ["Tom Hale MEMBER_OF House of Commons"],
  ],
  [
    "Euro MP Anna Berg said the Commons should debate the treaty.",
    [],
    ["Anna Berg MEMBER_OF House of Commons"],
  ],
];

describe("relate: members of a parliament the story names", () => {
  it.each(LEGISLATURE_MEMBERS)("%s", (input, expected, absent) => {
    expectRuleFacts(input, expected, absent);
  });
});
