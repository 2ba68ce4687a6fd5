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
  // [text, the firm's name, its acronym, whether the recogniser keeps them two entities]
  const rows: [string, string, string, boolean][] = [
    // The tagger reads the firm as a firm: the acronym is its alias, one entity.
    [
      "A US woman is suing Brackla Vexon (BV), saying its printer ink cartridges expire.",
      "Brackla Vexon",
      "BV",
      false,
    ],
    // The tagger takes the firm for a person: two entities, and still no membership between them.
    [
      "A US woman is suing Dorian Kestle (DK), saying its ink cartridges expire.",
      "Dorian Kestle",
      "DK",
      true,
    ],
  ];
  it.each(rows)(
    "reads no membership between a firm and its acronym: %s",
    (text, name, acronym, apart) => {
      const x = analyzeText(text, null);
      const names = x.entities.map((entity) => entity.name);
      expect(names).toEqual(expect.arrayContaining(apart ? [name, acronym] : [name]));
      if (!apart)
        expect(x.entities.find((entity) => entity.name === name)?.aliases).toContain(acronym);
      const facts = x.relations.map(
        (r) => `${x.entities[r.subject]!.name} ${r.type} ${x.entities[r.object]!.name}`,
      );
      expect(facts).not.toContain(`${name} MEMBER_OF ${acronym}`);
      expect(facts).not.toContain(`${acronym} MEMBER_OF ${name}`);
    },
  );
});
