import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/database.js";
import { listRelationsForEntities } from "../../src/db/relations.js";
import type { EntityType, RelationType } from "../../src/domain/vocabulary.js";
import { storeArticle } from "../../src/ingest/ingest.js";
import { buildExtraction } from "../fixtures/extractions.js";
import { createTestApp } from "../helpers/app.js";
import { BACKEND, createTestDatabase, itOnPostgres, type TestDatabase } from "../helpers/db.js";

let database: TestDatabase;
let statements: string[] = [];
let client: ReturnType<typeof createTestApp>;
let hubId: string;

const PEOPLE = 12;

beforeAll(async () => {
  database = await createTestDatabase({ onQuery: (statement) => statements.push(statement) });
  client = createTestApp(database);
  // An invented hub: index 0 supports people 1..12; people 1..4 also criticise the hub.
  const entities: [EntityType, string, string][] = [
    ["ORGANIZATION", "quorra relief council", "Quorra Relief Council"],
    ...Array.from(
      { length: PEOPLE },
      (_, i) => ["PERSON", `tavi ondrel ${i}`, `Tavi Ondrel ${i}`] as [EntityType, string, string],
    ),
  ];
  const relations: [number, RelationType, number][] = [
    ...Array.from(
      { length: PEOPLE },
      (_, i) => [0, "SUPPORTS", i + 1] as [number, RelationType, number],
    ),
    ...Array.from(
      { length: 4 },
      (_, i) => [i + 1, "CRITICIZES", 0] as [number, RelationType, number],
    ),
  ];
  const extraction = buildExtraction({
    text: "The Quorra Relief Council backed a dozen local organisers this spring.",
    entities,
    relations,
  });
  await database.db.transaction().execute((trx) => storeArticle(trx, extraction));
  const found = await client.gql(`{ entities(search: "Quorra Relief") { edges { node { id } } } }`);
  hubId = found.data.entities.edges[0].node.id;
});
afterAll(async () => {
  await database?.close();
});

const PAGE = /* GraphQL */ `
  query($id: ID!, $first: Int, $after: String, $direction: RelationDirection) {
    entity(id: $id) {
      name
      relations(first: $first, after: $after, direction: $direction) {
        pageInfo { hasNextPage endCursor }
        edges { node { id type subject { name } object { name } } }
      }
    }
  }`;

describe(`an entity's relation pages on ${BACKEND}`, () => {
  it("reads the entity, its page and the other ends in one statement", async () => {
    statements = [];
    const result = await client.gql(PAGE, { id: hubId, first: 5, direction: "OUTGOING" });
    expect(result.errors).toBeUndefined();
    const { entity } = result.data;
    expect(entity.name).toBe("Quorra Relief Council");
    expect(entity.relations.edges).toHaveLength(5);
    for (const { node } of entity.relations.edges) {
      expect(node.subject.name).toBe("Quorra Relief Council");
      expect(node.object.name).toMatch(/^Tavi Ondrel \d+$/);
    }
    expect(entity.relations.pageInfo.hasNextPage).toBe(true);
    expect(statements).toHaveLength(1);
  });

  it("pages through both directions in id order, the same rows as one large page", async () => {
    const all = await client.gql(PAGE, { id: hubId, first: 100, direction: "BOTH" });
    const expected = all.data.entity.relations.edges.map((edge: any) => edge.node.id);
    expect(expected).toHaveLength(PEOPLE + 4);
    const seen: string[] = [];
    let after: string | null = null;
    for (let pageNumber = 0; pageNumber < 10; pageNumber++) {
      const page: any = await client.gql(PAGE, { id: hubId, first: 3, after, direction: "BOTH" });
      expect(page.errors).toBeUndefined();
      seen.push(...page.data.entity.relations.edges.map((edge: any) => edge.node.id));
      if (!page.data.entity.relations.pageInfo.hasNextPage) break;
      after = page.data.entity.relations.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
    const incoming = all.data.entity.relations.edges.filter(
      (edge: any) => edge.node.type === "CRITICIZES",
    );
    expect(incoming.map((edge: any) => edge.node.object.name)).toEqual(
      Array(4).fill("Quorra Relief Council"),
    );
  });

  it("reads a slim page only where the selection asks for nothing else", async () => {
    // [selection under relations, slim?]: a slim page carries no predicate, dates or other-end
    // details, so a selection naming any of them gets the whole rows.
    const cases: [string, boolean][] = [
      [
        "edges { node { id type confidence evidenceCount provenance object { id name type } } }",
        true,
      ],
      [
        "pageInfo { hasNextPage } edges { cursor node { ... on Relation { id subject { name } } } }",
        true,
      ],
      ["edges { node { id predicate object { name } } }", false],
      ["edges { node { id object { name mentionCount } } }", false],
      ["edges { node { firstSeenOn attributes { key } } }", false],
    ];
    for (const [selection, slim] of cases) {
      statements = [];
      const result = await client.gql(
        `query($id: ID!) { entity(id: $id) { relations(first: 2, direction: OUTGOING) { ${selection} } } }`,
        { id: hubId },
      );
      expect(result.errors, selection).toBeUndefined();
      const page = statements.find((statement) => statement.includes("json_agg")) ?? "";
      expect(page.includes('"p"."predicate"'), selection).toBe(!slim);
    }
  });

  it("gives aliases of one page with slim and whole selections their own rows", async () => {
    const result = await client.gql(
      `query($id: ID!) { entity(id: $id) {
        slim: relations(first: 2, direction: OUTGOING) { edges { node { id object { id name } } } }
        whole: relations(first: 2, direction: OUTGOING) { edges { node { id predicate object { name mentionCount } } } }
      } }`,
      { id: hubId },
    );
    expect(result.errors).toBeUndefined();
    const { slim, whole } = result.data.entity;
    expect(slim.edges.map((edge: any) => edge.node.id)).toEqual(
      whole.edges.map((edge: any) => edge.node.id),
    );
    for (const { node } of whole.edges) {
      expect(node.predicate).not.toBe("");
      expect(node.object.mentionCount).toBeGreaterThan(0);
    }
  });

  it("still reports a bad page size on the relations field", async () => {
    const result = await client.gql(PAGE, { id: hubId, first: 1000, direction: "OUTGOING" });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toMatch(/first must be between 0 and 100/);
  });

  it("gives every entity of a list its own page in one statement", async () => {
    statements = [];
    const result = await client.gql(`{ entities(first: 20, search: "Tavi Ondrel") { edges { node {
      name relations(first: 2, direction: BOTH) { edges { node { subject { name } object { name } } } } } } } }`);
    expect(result.errors).toBeUndefined();
    const pages = result.data.entities.edges.map((edge: any) => edge.node);
    expect(pages).toHaveLength(PEOPLE);
    const first = pages.find((page: any) => page.name === "Tavi Ondrel 0");
    expect(first.relations.edges.map((edge: any) => edge.node.subject.name)).toEqual([
      "Quorra Relief Council",
      "Tavi Ondrel 0",
    ]);
    // the entity list, its count, then one statement for every page with its other ends
    const pageStatements = statements.filter((statement) => statement.includes("json_agg"));
    expect(pageStatements).toHaveLength(1);
    expect(statements.length).toBeLessThanOrEqual(3);
  });

  itOnPostgres("runs an unfiltered page as a prepared statement", async () => {
    const single = await openDatabase({ kind: "postgres", url: database.target }, { poolSize: 1 });
    try {
      const hub = Number(Buffer.from(hubId, "base64").toString().split(":")[1]);
      const pages = await listRelationsForEntities(single.db, [hub], "OUTGOING", {}, { limit: 3 });
      expect(pages.get(hub)).toHaveLength(3);
      const prepared = await sql<{ name: string }>`select name from pg_prepared_statements`.execute(
        single.db,
      );
      expect(prepared.rows.map((row) => row.name)).toEqual([expect.stringMatching(/^kg_/)]);
    } finally {
      await single.close();
    }
  });
});
