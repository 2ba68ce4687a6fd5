import { describe, expect, it } from "vitest";
import { isAcronymPair } from "../../../src/pipeline/5-relate/acronym-pairs.js";
import { analyzeText } from "../../helpers/pipeline.js";

describe("isAcronymPair: a name and the acronym of its words", () => {
  const rows: [first: string, second: string, expected: boolean][] = [
    ["Brackla Vexon", "BV", true],
    ["Zorb", "Zero Order Rendering Base", true],
    ["B.V.", "Brackla Vexon", true],
    // Another body's acronym, a one-word name, a shared word: no acronym pair.
    ["Brackla Vexon", "ZV", false],
    ["Brackla", "B", false],
    ["Vexon", "Vexon Mobile", false],
  ];
  it.each(rows)("%s / %s → %s", (first, second, expected) =>
    expect(isAcronymPair(first, second)).toBe(expected),
  );
});

describe("relate: a name and its bracketed acronym are not related to each other", () => {
  it("reads no membership between a firm taken for a person and its acronym", () => {
    const text =
      "A US woman is suing Brackla Vexon (BV), saying its printer ink cartridges expire.";
    const x = analyzeText(text, null);
    const names = x.entities.map((entity) => entity.name);
    expect(names).toEqual(expect.arrayContaining(["Brackla Vexon", "BV"]));
    const facts = x.relations.map(
      (r) => `${x.entities[r.subject]!.name} ${r.type} ${x.entities[r.object]!.name}`,
    );
    expect(facts).not.toContain("Brackla Vexon MEMBER_OF BV");
  });
});
