import { readFileSync } from "node:fs";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EntityType } from "../../src/domain/vocabulary.js";
import { storeArticle } from "../../src/ingest/ingest.js";
import { buildExtraction } from "../fixtures/extractions.js";
import { createTestApp } from "../helpers/app.js";
import { BACKEND, createTestDatabase, type TestDatabase } from "../helpers/db.js";

const SEED = readFileSync("../shared/corpus/seed-article.txt", "utf8");

const INGEST = /* GraphQL */ `
  mutation Ingest($input: IngestArticleInput!) {
    ingestArticle(input: $input) {
      created
      entityCount
      relationCount
      article { id title author publishedAt }
    }
  }
`;

let database: TestDatabase;
let statements: string[] = [];
let client: ReturnType<typeof createTestApp>;

async function tableCounts() {
  const row = await sql<Record<string, number>>`
    select (select count(*)::int from articles) as articles,
           (select count(*)::int from entities) as entities,
           (select count(*)::int from mentions) as mentions,
           (select count(*)::int from relations) as relations,
           (select count(*)::int from relation_evidence) as evidence`.execute(database.db);
  return row.rows[0];
}

beforeAll(async () => {
  database = await createTestDatabase({ onQuery: (statement) => statements.push(statement) });
  client = createTestApp(database);
});
afterAll(async () => {
  await database?.close();
});

describe(`GraphQL API on ${BACKEND}`, () => {
  it("ingests the seed article and serves what was extracted from it", async () => {
    const result = await client.gql(INGEST, { input: { text: SEED } });
    expect(result.errors).toBeUndefined();
    const payload = result.data.ingestArticle;
    expect(payload.created).toBe(true);
    expect(payload.article).toMatchObject({
      title: "Chinese and Russian presidents meet as US targets both countries",
      author: "Peter Symonds",
      publishedAt: "2023-03-23",
    });
    expect(payload.entityCount).toBeGreaterThan(15);

    const entities = await client.gql(
      `{ entities(first: 100) { totalCount edges { node { name type mentionCount } } } }`,
    );
    const byName = new Map<string, { type: EntityType; mentionCount: number }>(
      entities.data.entities.edges.map((edge: any) => [edge.node.name, edge.node]),
    );
    for (const [name, type] of [
      ["Xi Jinping", "PERSON"],
      ["Vladimir Putin", "PERSON"],
      ["Antony Blinken", "PERSON"],
      ["China", "COUNTRY"],
      ["Russia", "COUNTRY"],
      ["United States", "COUNTRY"],
      ["Ukraine", "COUNTRY"],
      ["NATO", "ORGANIZATION"],
    ] as const) {
      expect(byName.get(name)?.type, name).toBe(type);
    }
    expect(byName.get("Xi Jinping")!.mentionCount).toBeGreaterThanOrEqual(5);
    expect(entities.data.entities.totalCount).toBe(entities.data.entities.edges.length);
  });

  it("reports the same content as already ingested and changes nothing", async () => {
    const before = await tableCounts();
    const again = await client.gql(INGEST, { input: { text: SEED } });
    expect(again.data.ingestArticle.created).toBe(false);
    expect(await tableCounts()).toEqual(before);
  });

  it("keeps the title as a relation with its evidence sentence", async () => {
    const result = await client.gql(`{
      entities(first: 5, search: "Xi Jinping") { edges { node { name relations(type: [LEADER_OF]) {
        totalCount edges { node { type predicate confidence object { name type }
          evidence { sentence start end article { title publishedAt } } } } } } } } }`);
    expect(result.errors).toBeUndefined();
    const xi = result.data.entities.edges.find((edge: any) => edge.node.name === "Xi Jinping").node;
    const leaderOf = xi.relations.edges.map((edge: any) => edge.node);
    const china = leaderOf.find((relation: any) => relation.object.name === "China");
    expect(china).toBeDefined();
    expect(china.evidence[0].sentence).toContain("Chinese President Xi Jinping");
    expect(china.evidence[0].article.publishedAt).toBe("2023-03-23");
    expect(china.confidence).toBeGreaterThan(0);
    expect(china.confidence).toBeLessThanOrEqual(1);
  });

  it("pages with cursors and refetches nodes by global id", async () => {
    const first = await client.gql(
      `{ entities(first: 2) { edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(first.data.entities.edges).toHaveLength(2);
    expect(first.data.entities.pageInfo.hasNextPage).toBe(true);
    const next = await client.gql(
      `query($after: String) { entities(first: 2, after: $after) { edges { node { id } } } }`,
      {
        after: first.data.entities.pageInfo.endCursor,
      },
    );
    const firstIds = first.data.entities.edges.map((edge: any) => edge.node.id);
    expect(next.data.entities.edges.length).toBeGreaterThan(0);
    for (const edge of next.data.entities.edges) expect(firstIds).not.toContain(edge.node.id);

    const id = first.data.entities.edges[0].node.id;
    const node = await client.gql(
      `query($id: ID!) { node(id: $id) { id ... on Entity { name } } entity(id: $id) { name } }`,
      { id },
    );
    expect(node.data.node.name).toBe(first.data.entities.edges[0].node.name);
    expect(node.data.entity.name).toBe(first.data.entities.edges[0].node.name);
  });

  it("answers a query over 50 entities with their relations and mentions in a constant number of statements", async () => {
    const names: [EntityType, string, string][] = Array.from({ length: 50 }, (_, i) => [
      "PERSON",
      `batch person ${i}`,
      `Batch Person ${i}`,
    ]);
    for (let article = 0; article < 3; article++) {
      const extraction = buildExtraction({
        text: `Batch article ${article} naming fifty people.`,
        entities: names,
        relations: names
          .slice(1)
          .map((_, i) => [i, "MET_WITH", i + 1] as [number, "MET_WITH", number]),
      });
      await database.db.transaction().execute((trx) => storeArticle(trx, extraction));
    }
    statements = [];
    const result =
      await client.gql(`{ entities(first: 50, search: "Batch Person") { totalCount edges { node {
      name aliases mentionCount
      mentions(first: 5) { totalCount edges { node { surface article { title } } } }
      relations(first: 5) { totalCount edges { node { type predicate subject { name } object { name }
        evidence { sentence article { title publishedAt } } } } } } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.entities.edges).toHaveLength(50);
    const someone = result.data.entities.edges[10].node;
    expect(someone.mentions.edges).toHaveLength(3);
    expect(someone.relations.totalCount).toBe(2);
    expect(someone.relations.edges[0].node.evidence).toHaveLength(3);
    // entities + count + aliases + mentions + mention totals + relations + relation totals
    // + entity loads + evidence + article loads: no statement per parent.
    expect(statements.length).toBeLessThanOrEqual(14);
  });

  it("refuses pages over 100 with BAD_USER_INPUT", async () => {
    const result = await client.gql(`{ entities(first: 1000) { edges { node { id } } } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it.each([
    ["empty text", { text: "" }, "EMPTY_ARTICLE"],
    ["blank text", { text: "  \n\n\t  " }, "EMPTY_ARTICLE"],
    ["binary content", { text: "PK\u0003\u0004\u0000\u0000binary\u0000zip" }, "BINARY_CONTENT"],
    ["malformed JSON", { text: '{"title": "x", "text": ', format: "json" }, "MALFORMED_JSON"],
    [
      "an article over the size limit",
      { text: `Title\n\n${"Word ".repeat(3000)}` },
      "ARTICLE_TOO_LARGE",
    ],
  ])("rejects %s with a coded error and writes nothing", async (_label, input, code) => {
    const small = createTestApp(database, { maxArticleBytes: 10_000 });
    const before = await tableCounts();
    const result = await small.gql(INGEST, { input });
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
    expect(result.errors?.[0]?.message).not.toMatch(/Unexpected error/);
    expect(await tableCounts()).toEqual(before);
  });

  it("needs a key for mutations when KG_API_KEYS is set; queries stay open", async () => {
    const locked = createTestApp(database, { apiKeys: ["s3cret"] });
    const before = await tableCounts();
    const input = { text: "Keyed article\n\nAlice Example met Bob Example in Paris on Monday." };
    const refused = await locked.gql(INGEST, { input });
    expect(refused.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const wrongKey = await locked.gql(INGEST, { input }, { authorization: "Bearer nope" });
    expect(wrongKey.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await tableCounts()).toEqual(before);
    const read = await locked.gql(`{ articles(first: 1) { totalCount } }`);
    expect(read.errors).toBeUndefined();
    const accepted = await locked.gql(INGEST, { input }, { authorization: "Bearer s3cret" });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.ingestArticle.created).toBe(true);
  });

  it("needs a key for queries too when KG_READ_REQUIRES_KEY is true", async () => {
    const locked = createTestApp(database, { apiKeys: ["s3cret"], readRequiresKey: true });
    const refused = await locked.gql(`{ articles(first: 1) { totalCount } }`);
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const allowed = await locked.gql(
      `{ articles(first: 1) { totalCount } }`,
      {},
      { authorization: "Bearer s3cret" },
    );
    expect(allowed.data.articles.totalCount).toBeGreaterThan(0);
  });

  it("answers /health", async () => {
    const response = await client.app.fetch("http://kg.test/health");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: BACKEND });
  });

  it("finds articles by words in their text", async () => {
    const found = await client.gql(
      `{ articles(first: 5, search: "Kissinger rapprochement") { totalCount edges { node { title } } } }`,
    );
    expect(found.data.articles.edges[0].node.title).toMatch(/Chinese and Russian presidents/);
    const none = await client.gql(
      `{ articles(first: 5, search: "zebra xylophone") { totalCount } }`,
    );
    expect(none.data.articles.totalCount).toBe(0);
  });
});
