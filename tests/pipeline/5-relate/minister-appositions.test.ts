import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** A country's minister named in apposition after the office. */
const MINISTER_APPOSITIONS: FactRow[] = [
  [
    "Peru's finance minister, Tom Hale, said the budget was fair.",
    ["Tom Hale HOLDS_POSITION Peru"],
  ],
  [
    "The Peruvian economics minister, Tom Hale, said the talks had gone well.",
    ["Tom Hale HOLDS_POSITION Peru"],
  ],
  [
    "Yesterday Norway's federal trade minister, Anna Berg, said exports rose.",
    ["Anna Berg HOLDS_POSITION Norway"],
  ],
  // A past or shadow office, and a job that is no ministry, are no post held now.
  [
    "Peru's former finance minister, Tom Hale, said the budget was unfair.",
    [],
    ["Tom Hale HOLDS_POSITION Peru"],
  ],
  [
    "Peru's shadow finance minister, Tom Hale, said the budget was unfair.",
    [],
    ["Tom Hale HOLDS_POSITION Peru"],
  ],
  [
    "Peru's top economist, Tom Hale, said the budget was fair.",
    [],
    ["Tom Hale HOLDS_POSITION Peru"],
  ],
  // A demonym without "the" before it may qualify something else ("Peruvian finance minister
  // Tom Hale" is read by the title rules).
  [
    "He met Peruvian finance officials and the minister, Tom Hale, on Monday.",
    [],
    ["Tom Hale HOLDS_POSITION Peru"],
  ],
];

describe("relate: a country's minister in apposition", () => {
  it.each(MINISTER_APPOSITIONS)("%s", (input, expected, absent) => {
    expectRuleFacts(input, expected, absent);
  });
});
