import { sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/database.js";
import {
  createTimeoutAwareMaskError,
  MAX_ALIASES,
  MAX_DOCUMENT_CHARS,
  MAX_QUERY_DEPTH,
} from "../../src/graphql/limits.js";
import { storeArticle } from "../../src/ingest/ingest.js";
import { buildExtraction } from "../fixtures/extractions.js";
import { createTestApp } from "../helpers/app.js";
import { BACKEND, createTestDatabase, itOnPostgres, type TestDatabase } from "../helpers/db.js";

let database: TestDatabase;
let client: ReturnType<typeof createTestApp>;
let entityId: string;

const HEALTHY = `{ graphStats { entityCount } }`;

/** After every refusal the same app still answers a normal query. */
async function expectStillServing() {
  const result = await client.gql(HEALTHY);
  expect(result.errors).toBeUndefined();
  expect(result.data.graphStats.entityCount).toBe(3);
}

beforeAll(async () => {
  database = await createTestDatabase();
  client = createTestApp(database);
  const extraction = buildExtraction({
    text: "Alpha Person met Beta Person in Gamma Land.",
    entities: [
      ["PERSON", "alpha person", "Alpha Person"],
      ["PERSON", "beta person", "Beta Person"],
      ["COUNTRY", "gamma land", "Gamma Land"],
    ],
    relations: [
      [0, "MET_WITH", 1],
      [0, "VISITED", 2],
    ],
  });
  await database.db.transaction().execute((trx) => storeArticle(trx, extraction));
  const found = await client.gql(`{ searchEntities(query: "Alpha Person") { entity { id } } }`);
  entityId = found.data.searchEntities[0].entity.id;
});
afterAll(async () => {
  await database?.close();
});

describe(`query limits on ${BACKEND}`, () => {
  it.each([
    ["searchEntities first over 100", `{ searchEntities(query: "a", first: 1000000) { score } }`],
    [
      "subgraph limit over 500",
      `query($id: ID!) { subgraph(seeds: [$id], limit: 501) { truncated } }`,
    ],
    [
      "neighbors depth over 3",
      `query($id: ID!) { entity(id: $id) { neighbors(depth: 4) { truncated } } }`,
    ],
    [
      "neighbors depth 0",
      `query($id: ID!) { entity(id: $id) { neighbors(depth: 0) { truncated } } }`,
    ],
    ["paths first over 10", `query($id: ID!) { paths(from: $id, to: $id, first: 11) { length } }`],
    [
      "shortestPath maxDepth over 6",
      `query($id: ID!) { shortestPath(from: $id, to: $id, maxDepth: 7) { length } }`,
    ],
    [
      "coOccurrences first over 100",
      `query($id: ID!) { entity(id: $id) { coOccurrences(first: 101) { count } } }`,
    ],
    ["topEntities first over 100", `{ graphStats { topEntities(first: 101) { name } } }`],
    [
      "negative minWeight",
      `query($id: ID!) { entity(id: $id) { neighbors(minWeight: -1) { truncated } } }`,
    ],
    ["entities connection first over 100", `{ entities(first: 1000000) { totalCount } }`],
  ])("refuses %s with BAD_USER_INPUT", async (_label, query) => {
    const result = await client.gql(query, query.includes("$id") ? { id: entityId } : {});
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    await expectStillServing();
  });

  it("refuses deep nesting with QUERY_TOO_DEEP", async () => {
    let selection = "name";
    for (let i = 0; i < 8; i++)
      selection = `relations(first: 1) { edges { node { subject { ${selection} } } } }`;
    const result = await client.gql(`query($id: ID!) { entity(id: $id) { ${selection} } }`, {
      id: entityId,
    });
    expect(result.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_DEEP");
    expect(result.errors?.[0]?.message).toContain(`limit is ${MAX_QUERY_DEPTH}`);
    await expectStillServing();
  });

  it("refuses an expensive query with QUERY_TOO_COMPLEX before running it", async () => {
    const result = await client.gql(`{ entities(first: 100) { edges { node {
      neighbors(limit: 500, depth: 3) { nodes { label entity { relations(first: 100) { edges { node { type } } } } } } } } } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(result.data ?? null).toBeNull();
    await expectStillServing();
  });

  it("accepts a realistic query under the budget", async () => {
    const result = await client.gql(
      `query($id: ID!) { entity(id: $id) { name
      neighbors(depth: 2, limit: 500) { nodes { id label type size degree mentionCount depth } edges { id source target type weight label evidenceCount } truncated stats { nodeCount } } } }`,
      { id: entityId },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.entity.neighbors.stats.nodeCount).toBe(3);
  });

  it("refuses field flooding with QUERY_TOO_BROAD", async () => {
    const result = await client.gql(`{ graphStats { ${"entityCount ".repeat(1200)} } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_BROAD");
    await expectStillServing();
  });

  it("refuses alias flooding with TOO_MANY_ALIASES", async () => {
    const aliases = Array.from(
      { length: MAX_ALIASES + 1 },
      (_, i) => `a${i}: graphStats { entityCount }`,
    ).join(" ");
    const result = await client.gql(`{ ${aliases} }`);
    expect(result.errors?.[0]?.extensions?.code).toBe("TOO_MANY_ALIASES");
    await expectStillServing();
  });

  it("refuses huge documents with DOCUMENT_TOO_LARGE", async () => {
    const long = await client.gql(
      `{ graphStats { entityCount } } # ${"x".repeat(MAX_DOCUMENT_CHARS)}`,
    );
    expect(long.errors?.[0]?.extensions?.code).toBe("DOCUMENT_TOO_LARGE");
    const manyTokens = await client.gql(
      `{ searchEntities(query: "a", types: [${"PERSON ".repeat(6000)}]) { score } }`,
    );
    expect(manyTokens.errors?.[0]?.extensions?.code).toBe("DOCUMENT_TOO_LARGE");
    const body = await client.app.fetch("http://kg.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query: HEALTHY, variables: { padding: "x".repeat(2_000_000) } }),
    });
    expect(body.status).toBe(413);
    expect(((await body.json()) as any).errors[0].extensions.code).toBe("DOCUMENT_TOO_LARGE");
    await expectStillServing();
  });

  it("answers many hostile requests at once and keeps serving", async () => {
    const hostile = [
      client.gql(
        `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: graphStats { entityCount }`).join(" ")} }`,
      ),
      client.gql(`{ searchEntities(query: "a", first: 1000000) { score } }`),
      client.gql(`{ graphStats { ${"entityCount ".repeat(2000)} } }`),
    ];
    const results = await Promise.all([...hostile, client.gql(HEALTHY)]);
    // Each refused with its own code, none masked as an internal error.
    expect(results.slice(0, 3).map((result) => result.errors?.[0]?.extensions?.code)).toEqual([
      "TOO_MANY_ALIASES",
      "BAD_USER_INPUT",
      "QUERY_TOO_BROAD",
    ]);
    expect(results[3]!.errors).toBeUndefined();
  });

  it("shows a cancelled statement as QUERY_TIMEOUT and masks other errors", () => {
    const mask = createTimeoutAwareMaskError((_error, message) => new Error(message));
    const cancelled = Object.assign(new Error("canceling statement due to statement timeout"), {
      code: "57014",
    });
    const wrapped = Object.assign(new Error("wrapped"), { originalError: cancelled });
    expect((mask(wrapped, "Unexpected error.") as any).extensions.code).toBe("QUERY_TIMEOUT");
    expect(mask(new Error("secret detail"), "Unexpected error.").message).toBe("Unexpected error.");
  });

  itOnPostgres(
    "answers QUERY_TIMEOUT when a real statement runs past statement_timeout",
    async () => {
      // A writer holds a lock on entities; the API's read waits on it until the timeout cancels it.
      const limited = await openDatabase(
        { kind: "postgres", url: database.target },
        { statementTimeoutMs: 300 },
      );
      const blocker = new pg.Client({ connectionString: database.target });
      await blocker.connect();
      try {
        await blocker.query("begin");
        await blocker.query("lock table entities in access exclusive mode");
        const app = createTestApp({ ...database, db: limited.db });
        const result = await app.gql("{ entities(first: 1) { totalCount } }");
        expect(result.errors?.[0]?.extensions?.code).toBe("QUERY_TIMEOUT");
        expect(result.errors?.[0]?.message).not.toMatch(/canceling statement/);
      } finally {
        await blocker.query("rollback");
        await blocker.end();
        await limited.close();
      }
      expect((await client.gql(HEALTHY)).errors).toBeUndefined();
    },
  );

  itOnPostgres("cancels a slow statement on Postgres (statement_timeout)", async () => {
    const limited = await openDatabase(
      { kind: "postgres", url: database.target },
      { statementTimeoutMs: 100 },
    );
    try {
      await expect(sql`select pg_sleep(2)`.execute(limited.db)).rejects.toMatchObject({
        code: "57014",
      });
      const after = await sql<{ one: number }>`select 1 as one`.execute(limited.db);
      expect(after.rows[0]?.one).toBe(1);
    } finally {
      await limited.close();
    }
  });
});
