/**
 * Issue 12, item 6: Relation.evidence is capped (first ≤ 100, default 20) with evidenceCount as
 * the total, and the cost limit counts `first`, so asking for every evidence row of every hub
 * relation is refused before it runs.
 */
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../helpers/app.js";
import { BACKEND, createTestDatabase, type TestDatabase } from "../helpers/db.js";

const ARTICLES = 130;
const INGEST = "mutation($t: String!) { ingestArticle(input: { text: $t }) { created } }";

let database: TestDatabase;
let gql: ReturnType<typeof createTestApp>["gql"];
let hubId: string;
let hubRows: number;

beforeAll(async () => {
  database = await createTestDatabase();
  gql = createTestApp(database).gql;
  for (let i = 0; i < ARTICLES; i++) {
    const result = await gql(INGEST, {
      t: `Visit number ${i}\n\nChinese President Xi Jinping arrived in port city number ${i} on Monday for talks.`,
    });
    expect(result.errors).toBeUndefined();
  }
  // The relation with the most evidence, counted in the database, not by the API.
  const hub = await sql<{ relation_id: number; n: number }>`
    select relation_id, count(*)::int as n from relation_evidence
    group by relation_id order by n desc, relation_id limit 1`.execute(database.db);
  hubRows = hub.rows[0]?.n ?? 0;
  expect(hubRows).toBeGreaterThan(100);
  hubId = Buffer.from(`Relation:${hub.rows[0]?.relation_id}`).toString("base64");
}, 300_000);
afterAll(async () => {
  await database?.close();
});

describe(`Relation.evidence on ${BACKEND}`, () => {
  it("gives 20 by default, at most 100, and the total in evidenceCount", async () => {
    const result = await gql(
      `query($id: ID!) { relation(id: $id) {
         evidenceCount
         all: evidence(first: 100) { sentence article { title } }
         some: evidence { sentence }
       } }`,
      { id: hubId },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.relation.evidenceCount).toBe(hubRows);
    expect(result.data.relation.all).toHaveLength(100);
    expect(result.data.relation.some).toHaveLength(20);
    // The capped list is the first of the full order: the first 20 of 100 are the default 20.
    expect(result.data.relation.all.slice(0, 20).map((e: any) => e.sentence)).toEqual(
      result.data.relation.some.map((e: any) => e.sentence),
    );
  });

  it("refuses more than 100 with BAD_USER_INPUT", async () => {
    const result = await gql(
      "query($id: ID!) { relation(id: $id) { evidence(first: 100000) { sentence } } }",
      { id: hubId },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toContain("first must be between 0 and 100");
  });

  it("counts evidence pages in the query cost", async () => {
    const result = await gql(`{ relations(first: 100) { edges { node {
        evidence(first: 100) { sentence predicate confidence kind article { title url publishedAt } }
      } } } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(result.data ?? null).toBe(null);
  });
});
