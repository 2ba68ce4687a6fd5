/**
 * Entity search as a user types names: without accents ("Sao Paulo" for "São Paulo"), by a
 * person's last name ("Hakkinen" for "Mika Häkkinen"), ranked below exact names and aliases.
 * Invented articles, stored through the pipeline, on PGlite and on Postgres.
 */

import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACCENTED, searchEntities, UNACCENTED } from "../../src/db/search.js";
import { storeArticle } from "../../src/ingest/ingest.js";
import { hashContent } from "../../src/pipeline/1-intake/content-hash.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { analyzeText } from "../helpers/pipeline.js";

let database: TestDatabase;

const ARTICLES = [
  "Finnish driver Mika Häkkinen won the race in São Paulo on Sunday. Häkkinen said the car was fast.",
  "Portuguese minister Ana Gonçalves met Chancellor Jürgen Weber in Lisbon on Monday.",
  "Lena Weber, a lawyer in Munich, said the ruling was fair.",
];

beforeAll(async () => {
  database = await createTestDatabase();
  for (const text of ARTICLES) {
    const analysed = analyzeText(text);
    const extraction = {
      ...analysed,
      draft: { ...analysed.draft, contentHash: hashContent(text) },
    };
    await database.db.transaction().execute((trx) => storeArticle(trx, extraction));
  }
});
afterAll(async () => {
  await database?.close();
});

async function search(query: string) {
  return (await searchEntities(database.db, query, { limit: 10 })).map((hit) => ({
    name: hit.entity.name,
    matchedBy: hit.matchedBy,
    score: hit.score,
  }));
}

describe("entity search without accents and by last name", () => {
  it.each([
    ["Sao Paulo", "São Paulo", "ALIAS"],
    ["sao paulo", "São Paulo", "ALIAS"],
    ["Mika Hakkinen", "Mika Häkkinen", "ALIAS"],
    // The article also called him "Häkkinen": an alias, accents folded.
    ["Hakkinen", "Mika Häkkinen", "ALIAS"],
    ["Goncalves", "Ana Gonçalves", "LAST_NAME"],
    ["Ana Goncalves", "Ana Gonçalves", "ALIAS"],
    ["Jurgen Weber", "Jürgen Weber", "ALIAS"],
  ])("%j finds %s (%s)", async (query, name, matchedBy) => {
    const [first] = await search(query);
    expect(first).toMatchObject({ name, matchedBy });
  });

  it("gives every person of a shared last name, each once, above prefix and fuzzy hits", async () => {
    const hits = await search("Weber");
    const people = hits.filter((hit) => hit.matchedBy === "LAST_NAME").map((hit) => hit.name);
    expect(people.sort()).toEqual(["Jürgen Weber", "Lena Weber"]);
    expect(new Set(hits.map((hit) => hit.name)).size).toBe(hits.length);
    const order = ["EXACT", "ALIAS", "LAST_NAME", "PREFIX", "FUZZY"];
    for (let i = 1; i < hits.length; i++) {
      expect(order.indexOf(hits[i]!.matchedBy)).toBeGreaterThanOrEqual(
        order.indexOf(hits[i - 1]!.matchedBy),
      );
      expect(hits[i]!.score).toBeLessThanOrEqual(hits[i - 1]!.score);
    }
  });

  it("keeps an exact name above a last-name hit, and reads no last name into a place", async () => {
    const [exact] = await search("São Paulo");
    expect(exact).toMatchObject({ name: "São Paulo", matchedBy: "EXACT", score: 1 });
    const paulo = await search("Paulo");
    expect(paulo.filter((hit) => hit.matchedBy === "LAST_NAME")).toEqual([]);
  });

  it("folds accents with the expression the migration indexed", () => {
    expect([...ACCENTED]).toHaveLength([...UNACCENTED].length);
    const migration = readFileSync(
      new URL("../../db/migrations/20261204193000_add_folded_alias_index.ts", import.meta.url),
      "utf8",
    );
    expect(migration).toContain(`translate(normalized_alias, '${ACCENTED}', '${UNACCENTED}')`);
  });
});
