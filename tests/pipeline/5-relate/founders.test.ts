import { describe, expect, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** Founders described before their name, and "set up" as a verb of founding. */
const FOUNDERS: FactRow[] = [
  [
    "Air Deccan, set up by army officer and farmer Ravi Menon, plans to grow.",
    ["Ravi Menon FOUNDED Air Deccan"],
  ],
  [
    "Kingfisher Airlines, founded by Ravi Menon, plans to grow.",
    ["Ravi Menon FOUNDED Kingfisher Airlines"],
  ],
  [
    "Kingfisher Airlines was founded by Mumbai-based travel agent Ravi Menon in 2003.",
    ["Ravi Menon FOUNDED Kingfisher Airlines"],
  ],
  [
    "Beer tycoon Ravi Menon recently set up Kingfisher Airlines.",
    ["Ravi Menon FOUNDED Kingfisher Airlines"],
  ],
  // A name before a noun only describes the founder; a venture set up with a partner is no firm founded.
  [
    "Yahoo was set up by Stanford University students David Filo and Jerry Yang.",
    [],
    ["Stanford University FOUNDED Yahoo"],
  ],
  ["Vodafone set up a venture with Verizon.", [], ["Vodafone FOUNDED Verizon"]],
  [
    "Ravi Menon did not set up Kingfisher Airlines.",
    [],
    ["Ravi Menon FOUNDED Kingfisher Airlines"],
  ],
];

describe("relate: who founded a firm", () => {
  it.each(FOUNDERS)("%s", (input, expected, absent) => expectRuleFacts(input, expected, absent));
});
