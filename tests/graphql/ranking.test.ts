/** Ranking and sorting entities: `entities(orderBy:)` with cursors, `topEntities(type:)`. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EntityType } from "../../src/domain/vocabulary.js";
import { storeArticle } from "../../src/ingest/ingest.js";
import { buildExtraction } from "../fixtures/extractions.js";
import { createTestApp } from "../helpers/app.js";
import { BACKEND, createTestDatabase, type TestDatabase } from "../helpers/db.js";

let database: TestDatabase;
let client: ReturnType<typeof createTestApp>;

const PEOPLE: Record<string, [EntityType, string, string]> = {
  alpha: ["PERSON", "alpha ranked", "Alpha Ranked"],
  bravo: ["PERSON", "bravo ranked", "Bravo Ranked"],
  charlie: ["COUNTRY", "CHR", "Charlie Land"],
  delta: ["PERSON", "delta ranked", "Delta Ranked"],
  echo: ["PERSON", "echo ranked", "Echo Ranked"],
};

beforeAll(async () => {
  database = await createTestDatabase();
  client = createTestApp(database);
  const { alpha, bravo, charlie, delta, echo } = PEOPLE;
  // Mentions: Delta 3, Bravo 2, Echo 2, Alpha 1, Charlie 1. Distinct typed neighbours: Alpha 3
  // (Bravo, Charlie, Delta), Bravo 2, Delta 2, Charlie 1, Echo 0.
  const articles = [
    buildExtraction({
      text: "Ranking article one.",
      entities: [alpha!, bravo!, charlie!, delta!],
      relations: [
        [0, "MET_WITH", 1],
        [0, "VISITED", 2],
        [0, "MET_WITH", 3],
      ],
    }),
    buildExtraction({
      text: "Ranking article two.",
      entities: [bravo!, delta!, echo!],
      relations: [[0, "MET_WITH", 1]],
    }),
    buildExtraction({ text: "Ranking article three.", entities: [delta!, echo!] }),
  ];
  for (const extraction of articles) {
    await database.db.transaction().execute((trx) => storeArticle(trx, extraction));
  }
});
afterAll(async () => {
  await database?.close();
});

async function names(args: string): Promise<{ names: string[]; endCursor: string | null }> {
  const result = await client.gql(
    `{ entities(${args}) { edges { node { name } } pageInfo { endCursor hasNextPage } } }`,
  );
  expect(result.errors).toBeUndefined();
  return {
    names: result.data.entities.edges.map((edge: any) => edge.node.name),
    endCursor: result.data.entities.pageInfo.endCursor,
  };
}

/** Every page of an order, two at a time, through the cursors. */
async function allPages(args: string): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  for (let i = 0; i < 10; i++) {
    const page = await names(`${args}, first: 2${after ? `, after: "${after}"` : ""}`);
    seen.push(...page.names);
    if (page.names.length < 2 || !page.endCursor) break;
    after = page.endCursor;
  }
  return seen;
}

describe(`ranking entities on ${BACKEND}`, () => {
  it("orders people by mentions, ties by id, and pages through the order", async () => {
    expect(await allPages("type: PERSON, orderBy: MENTIONS")).toEqual([
      "Delta Ranked",
      "Bravo Ranked",
      "Echo Ranked",
      "Alpha Ranked",
    ]);
  });

  it("orders by degree (distinct typed neighbours), then by id", async () => {
    expect(await allPages("orderBy: DEGREE")).toEqual([
      "Alpha Ranked",
      "Bravo Ranked",
      "Delta Ranked",
      "Charlie Land",
      "Echo Ranked",
    ]);
  });

  it("orders by name, and keeps search with an order", async () => {
    expect(await allPages("orderBy: NAME")).toEqual([
      "Alpha Ranked",
      "Bravo Ranked",
      "Charlie Land",
      "Delta Ranked",
      "Echo Ranked",
    ]);
    expect((await names('orderBy: MENTIONS, search: "o r"')).names).toEqual([
      "Bravo Ranked",
      "Echo Ranked",
    ]);
  });

  it("orders by PageRank centrality, highest first, each entity once", async () => {
    const result = await client.gql(
      "{ entities(orderBy: CENTRALITY, first: 10) { edges { node { name centrality } } } }",
    );
    expect(result.errors).toBeUndefined();
    const ranks = result.data.entities.edges.map((edge: any) => edge.node.centrality as number);
    expect(ranks).toHaveLength(5);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
    expect(ranks[0]).toBeGreaterThan(ranks.at(-1)!);
    expect(result.data.entities.edges[0].node.name).toBe("Alpha Ranked");
    const paged = await allPages("orderBy: CENTRALITY");
    expect(paged).toEqual(result.data.entities.edges.map((edge: any) => edge.node.name));
  });

  it("lists the most connected entities of one type", async () => {
    const top = async (args: string) => {
      const result = await client.gql(`{ graphStats { topEntities(${args}) { name type } } }`);
      expect(result.errors).toBeUndefined();
      return result.data.graphStats.topEntities.map((entity: any) => entity.name);
    };
    // Degree first, then mentions: Delta (2 neighbours, 3 mentions) before Bravo (2, 2).
    expect(await top("type: PERSON, first: 3")).toEqual([
      "Alpha Ranked",
      "Delta Ranked",
      "Bravo Ranked",
    ]);
    expect(await top("type: COUNTRY")).toEqual(["Charlie Land"]);
    expect(await top("type: EVENT")).toEqual([]);
  });

  it("refuses an unknown order", async () => {
    const result = await client.gql("{ entities(orderBy: POPULARITY) { totalCount } }");
    expect(result.errors?.[0]?.message).toMatch(/POPULARITY/);
  });
});
