import { describe, expect, it } from "vitest";
import { expectRuleFacts, type FactRow, ruleFactsOf } from "../../helpers/rule-facts.js";

/** A person who quits, leaves or resigns from an organisation held a place in it: a past role. */
const DEPARTURES: FactRow[] = [
  [
    "Talk show host Dan Whitfield has quit the UK Independence Party and accused it of betrayal.",
    ["Dan Whitfield MEMBER_OF UKIP (former)"],
    ["Dan Whitfield MEMBER_OF UKIP"],
  ],
  [
    "Tom Hale, who recently left Vodafone, said the market was strong.",
    ["Tom Hale WORKS_FOR Vodafone (former)"],
    ["Tom Hale WORKS_FOR Vodafone"],
  ],
  ["Tom Hale resigned from Vodafone last week.", ["Tom Hale WORKS_FOR Vodafone (former)"]],
  ["Tom Hale resigned from Vodafone's board.", ["Tom Hale WORKS_FOR Vodafone (former)"]],
];

/** Sentences that state no departure: the pair must hold no role at all, past or present. */
const NO_DEPARTURES: [input: string, subject: string, object: string][] = [
  // Not done: a wish, a plan, a denial.
  ["A spokesman for Vodafone called on Tom Hale to quit Siemens.", "Tom Hale", "Siemens"],
  ["Tom Hale will quit Vodafone next year.", "Tom Hale", "Vodafone"],
  ["Tom Hale did not leave Vodafone.", "Tom Hale", "Vodafone"],
  // What is left is not the organisation: its deal, its customers.
  ["In January, Tom Hale quit his Vodafone sponsorship deal.", "Tom Hale", "Vodafone"],
  ["Tom Hale left Vodafone customers without a signal.", "Tom Hale", "Vodafone"],
  // A school's pupils leave it as its staff do.
  ["Tom Hale left Harrow School to go to Cambridge.", "Tom Hale", "Harrow School"],
];

describe("relate: departures from an organisation", () => {
  it.each(DEPARTURES)("%s", (input, expected, absent) => expectRuleFacts(input, expected, absent));
  it.each(NO_DEPARTURES)("%s", (input, subject, object) => {
    const { facts, names } = ruleFactsOf(input);
    expect(names).toEqual(expect.arrayContaining([subject, object]));
    expect(facts.filter((fact) => fact.startsWith(`${subject} WORKS_FOR ${object}`))).toEqual([]);
  });
});
