import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { EntityType } from "../../src/domain/vocabulary.js";
import { readInput } from "../../src/pipeline/1-intake/read-input.js";
import { analyzeArticle } from "../../src/pipeline/index.js";
import type { Extraction } from "../../src/pipeline/types.js";
import { hasPrerequisite } from "../helpers/prerequisites.js";

// The seed article is read at run time from the shared folder, never copied into the repository.
const SEED = new URL("../../../shared/corpus/seed-article.txt", import.meta.url);

/** Issue 3, "Done when": each of these exactly once, with this type. */
const EXPECTED: Array<[EntityType, string]> = [
  ["PERSON", "Xi Jinping"],
  ["PERSON", "Vladimir Putin"],
  ["PERSON", "Joe Biden"],
  ["PERSON", "Richard Nixon"],
  ["PERSON", "Henry Kissinger"],
  ["PERSON", "Mao Zedong"],
  ["PERSON", "Antony Blinken"],
  ["PERSON", "Volodymyr Zelensky"],
  ["PERSON", "Donald Trump"],
  ["COUNTRY", "China"],
  ["COUNTRY", "Russia"],
  ["COUNTRY", "United States"],
  ["COUNTRY", "Ukraine"],
  ["COUNTRY", "United Kingdom"],
  ["COUNTRY", "Australia"],
  ["COUNTRY", "France"],
  ["COUNTRY", "Germany"],
  ["COUNTRY", "Mongolia"],
  ["COUNTRY", "Taiwan"],
  ["COUNTRY", "Soviet Union"],
  ["ORGANIZATION", "NATO"],
  ["ORGANIZATION", "United Nations"],
  ["ORGANIZATION", "International Criminal Court"],
  ["ORGANIZATION", "CNN"],
  ["AGREEMENT", "AUKUS"],
];

/** Names that must not appear as entities: fragments, short forms, literal readings of metonyms. */
const ABSENT: string[] = [
  "Xi",
  "Putin",
  "Biden",
  "Trump",
  "state antony",
  "Washington's belligerent propaganda",
  "Washington, D.C.",
];

describe.runIf(hasPrerequisite(SEED))("the seed article", () => {
  let x: Extraction;
  beforeAll(() => {
    const [item] = readInput(
      { bytes: readFileSync(SEED), name: "seed-article.txt" },
      { maxBytes: 2e6 },
    );
    if (!item?.ok) throw new Error("intake failed on the seed article");
    x = analyzeArticle(item.draft);
  });

  it.each(EXPECTED)("yields %s %s exactly once", (type, name) => {
    const named = x.entities.filter((entity) => entity.name === name);
    expect(named.map((entity) => entity.type)).toEqual([type]);
  });

  it.each(ABSENT)("has no entity named %j", (name) => {
    const lower = name.toLowerCase();
    expect(x.entities.filter((entity) => entity.name.toLowerCase() === lower)).toEqual([]);
  });

  it("names AUKUS once, as an agreement with the pact as an alias", () => {
    const aukus = x.entities.filter((entity) =>
      [entity.name, ...entity.aliases].some((n) => n.includes("AUKUS")),
    );
    expect(aukus).toHaveLength(1);
    expect(aukus[0]).toMatchObject({ type: "AGREEMENT", name: "AUKUS" });
    expect(aukus[0]?.aliases).toContain("AUKUS pact");
  });

  it("keeps short forms on the full name: Xi, Putin, Blinken, Mao", () => {
    const aliases = (name: string) =>
      x.entities.find((entity) => entity.name === name)?.aliases ?? [];
    expect(aliases("Xi Jinping")).toContain("Xi");
    expect(aliases("Vladimir Putin")).toContain("Putin");
    expect(aliases("Antony Blinken")).toContain("Blinken");
    expect(aliases("Mao Zedong")).toContain("Mao");
  });

  it("reads Washington as the United States (metonymy) and a trip to Moscow as the city", () => {
    const text = x.draft.text;
    const usa = x.entities.findIndex((entity) => entity.key === "USA");
    const washington = x.mentions.filter((mention) => mention.surface === "Washington");
    expect(washington.length).toBeGreaterThanOrEqual(5);
    for (const mention of washington)
      expect(mention).toMatchObject({ entity: usa, isMetonymy: true });
    const moscow = x.mentions.find(
      (mention) => text.slice(mention.start - 8, mention.start) === "trip to ",
    );
    expect(moscow && x.entities[moscow.entity]).toMatchObject({ type: "PLACE", name: "Moscow" });
  });

  it("gives no person a single-word name that is part of another person's full name", () => {
    const people = x.entities.filter((entity) => entity.type === "PERSON");
    const words = new Set(
      people.filter((p) => p.name.includes(" ")).flatMap((p) => p.name.split(" ")),
    );
    expect(people.filter((p) => !p.name.includes(" ") && words.has(p.name))).toEqual([]);
  });

  it("gives no two entities the same name or alias (one node per thing)", () => {
    const fold = (name: string) => name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
    const owners = new Map<string, string[]>();
    for (const entity of x.entities) {
      for (const name of new Set([entity.name, ...entity.aliases].map(fold))) {
        owners.set(name, [...(owners.get(name) ?? []), `${entity.type} ${entity.name}`]);
      }
    }
    const shared = [...owners].filter(([, entities]) => entities.length > 1);
    expect(shared).toEqual([]);
  });
});
