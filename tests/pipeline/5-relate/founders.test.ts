import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";

/** "Subject TYPE Object" for every relation the rules alone read, and the entities' names. */
function factsOf(text: string): { facts: string[]; names: string[] } {
  const x = analyzeText(text, null, { relationModel: null });
  return {
    facts: x.relations.map(
      (r) => `${x.entities[r.subject]!.name} ${r.type} ${x.entities[r.object]!.name}`,
    ),
    names: x.entities.map((entity) => entity.name),
  };
}

type Row = [input: string, expected: string[], absent?: string[]];

/** Founders described before their name, and "set up" as a verb of founding. */
const FOUNDERS: Row[] = [
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
  it.each(FOUNDERS)("%s", (input, expected, absent = []) => {
    const { facts, names } = factsOf(input);
    for (const fact of expected) expect(facts).toContain(fact);
    for (const fact of absent) {
      expect(facts).not.toContain(fact);
      const parts = /^(.+) ([A-Z_]+) (.+)$/.exec(fact);
      expect(names).toEqual(expect.arrayContaining([parts![1], parts![3]]));
    }
  });
});
