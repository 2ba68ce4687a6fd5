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
  // "formed" with its founder after "by"; a year before "by"; two founders joined by "and".
  [
    "The Kestrel Party was formed by Mr Tom Hale earlier this month.",
    ["Tom Hale FOUNDED Kestrel Party"],
  ],
  [
    "Kestrel Records was founded in 1984 by Ravi Menon and producer Tom Hale.",
    ["Ravi Menon FOUNDED Kestrel Records", "Tom Hale FOUNDED Kestrel Records"],
  ],
  // A merger's parts are not the new firm's founders.
  [
    "Kestrel Holdings was formed by a merger between Acme Foods Ltd and Tom Hale.",
    [],
    ["Tom Hale FOUNDED Kestrel Holdings"],
  ],
  // The active "formed" makes nothing new by itself.
  ["Tom Hale formed the Kestrel Party in 2004.", [], ["Tom Hale FOUNDED Kestrel Party"]],
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
