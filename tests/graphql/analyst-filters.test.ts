/** Analyst filters: entities and topEntities by source and date, coOccurrences by partner type. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addArticleTags } from "../../src/db/articles.js";
import type { EntityType } from "../../src/domain/vocabulary.js";
import { storeArticle } from "../../src/ingest/ingest.js";
import { buildExtraction } from "../fixtures/extractions.js";
import { createTestApp } from "../helpers/app.js";
import { BACKEND, createTestDatabase, type TestDatabase } from "../helpers/db.js";

let database: TestDatabase;
let client: ReturnType<typeof createTestApp>;

const E: Record<string, [EntityType, string, string]> = {
  ada: ["PERSON", "ada filtered", "Ada Filtered"],
  ben: ["PERSON", "ben filtered", "Ben Filtered"],
  cyd: ["PERSON", "cyd filtered", "Cyd Filtered"],
  land: ["COUNTRY", "FLT", "Filterland"],
  firm: ["ORGANIZATION", "firm filtered", "Filter Firm"],
};

beforeAll(async () => {
  database = await createTestDatabase();
  client = createTestApp(database);
  const { ada, ben, cyd, land, firm } = E;
  // business, 2024-03: Ada meets Ben and Cyd; Ada visits Filterland. sport, 2025-06: Cyd meets
  // Ben twice over (two articles), Filter Firm named with Cyd.
  const articles: [string, string, ReturnType<typeof buildExtraction>][] = [
    [
      "business",
      "2024-03-05",
      buildExtraction({
        text: "Filter business one.",
        entities: [ada!, ben!, cyd!, land!],
        relations: [
          [0, "MET_WITH", 1],
          [0, "MET_WITH", 2],
          [0, "VISITED", 3],
        ],
      }),
    ],
    [
      "sport",
      "2025-06-01",
      buildExtraction({
        text: "Filter sport one.",
        entities: [cyd!, ben!, firm!],
        relations: [[0, "MET_WITH", 1]],
      }),
    ],
    [
      "sport",
      "2025-06-02",
      buildExtraction({ text: "Filter sport two.", entities: [cyd!, firm!, ben!] }),
    ],
  ];
  for (const [source, date, extraction] of articles) {
    extraction.draft.source = source;
    extraction.draft.publishedAt = date;
    const stored = await database.db.transaction().execute((trx) => storeArticle(trx, extraction));
    // The second sport article only is tagged "derby".
    if (date === "2025-06-02") await addArticleTags(database.db, stored.articleId, ["derby"]);
  }
});
afterAll(async () => {
  await database?.close();
});

async function entityNames(args: string): Promise<string[]> {
  const result = await client.gql(`{ entities(${args}) { totalCount edges { node { name } } } }`);
  expect(result.errors).toBeUndefined();
  const names = result.data.entities.edges.map((edge: any) => edge.node.name);
  expect(result.data.entities.totalCount).toBe(names.length);
  return names;
}

describe(`analyst filters on ${BACKEND}`, () => {
  it("lists entities mentioned in one source's articles, in any order", async () => {
    expect(await entityNames('source: "business", orderBy: NAME')).toEqual([
      "Ada Filtered",
      "Ben Filtered",
      "Cyd Filtered",
      "Filterland",
    ]);
    expect(await entityNames('source: "sport", type: PERSON, orderBy: MENTIONS')).toEqual([
      "Ben Filtered",
      "Cyd Filtered",
    ]);
    expect(await entityNames('source: "politics"')).toEqual([]);
  });

  it("lists entities mentioned in a publication range", async () => {
    expect(await entityNames('since: "2025", orderBy: NAME')).toEqual([
      "Ben Filtered",
      "Cyd Filtered",
      "Filter Firm",
    ]);
    expect(await entityNames('until: "2024-12", type: COUNTRY')).toEqual(["Filterland"]);
    expect(await entityNames('since: "2024-04", until: "2025-05"')).toEqual([]);
    const bad = await client.gql('{ entities(since: "last week") { totalCount } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("ranks the most connected entities within one source", async () => {
    const top = async (args: string) => {
      const result = await client.gql(`{ graphStats { topEntities(${args}) { name } } }`);
      expect(result.errors).toBeUndefined();
      return result.data.graphStats.topEntities.map((entity: any) => entity.name);
    };
    // Whole graph: Ada has 3 typed neighbours, Ben and Cyd 2 each (Ada and each other).
    expect(await top("type: PERSON")).toEqual(["Ada Filtered", "Ben Filtered", "Cyd Filtered"]);
    // Sport only: Cyd and Ben met there (1 neighbour each), Cyd first by id; Ada is not there.
    expect(await top('source: "sport", type: PERSON')).toEqual(["Ben Filtered", "Cyd Filtered"]);
    // Business only: Ada's three neighbours put her first, the others tie at one; the firm is
    // not named there.
    const business = await top('source: "business"');
    expect(business[0]).toBe("Ada Filtered");
    expect([...business].sort()).toEqual([
      "Ada Filtered",
      "Ben Filtered",
      "Cyd Filtered",
      "Filterland",
    ]);
    expect(await top('source: "sport", type: ORGANIZATION')).toEqual(["Filter Firm"]);
    // Tagged "derby": one article with no relation; ranked by mentions there, then id.
    expect([...(await top('tag: "derby"'))].sort()).toEqual([
      "Ben Filtered",
      "Cyd Filtered",
      "Filter Firm",
    ]);
    expect(await top('tag: "derby", type: PERSON, first: 1')).toHaveLength(1);
    expect(await entityNames('tag: "derby", type: PERSON, orderBy: NAME')).toEqual([
      "Ben Filtered",
      "Cyd Filtered",
    ]);
    expect(await entityNames('tag: "final"')).toEqual([]);
  });

  it("filters co-occurrence partners by type", async () => {
    const result = await client.gql(
      `{ entities(search: "Cyd") { edges { node {
          all: coOccurrences { entity { name } count }
          orgs: coOccurrences(type: ORGANIZATION) { entity { name type } count }
          places: coOccurrences(type: COUNTRY) { entity { name } } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const node = result.data.entities.edges[0].node;
    expect(node.all.length).toBeGreaterThan(node.orgs.length);
    expect(node.orgs.map((item: any) => item.entity.name)).toEqual(["Filter Firm"]);
    expect(node.places).toEqual([]);
  });
});
