/**
 * Issue 12, items 9 and 10: clear codes for bad input (NUL characters, out-of-range ids,
 * variable type errors, NUL in a stored field, an unreadable publishedAt), keys compared in
 * constant time, and no start with KG_READ_REQUIRES_KEY but no keys.
 */
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";
import { ingest } from "../../src/ingest/ingest.js";
import { createTestApp } from "../helpers/app.js";
import type { CliResult } from "../helpers/cli.js";
import { BACKEND, createTestDatabase, type TestDatabase } from "../helpers/db.js";

const NUL = "\u0000";
const HUGE_ID = "99999999999";
const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

let database: TestDatabase;
let gql: ReturnType<typeof createTestApp>["gql"];

function codes(result: { errors?: { extensions?: { code?: string } }[] }): (string | undefined)[] {
  return (result.errors ?? []).map((error) => error.extensions?.code);
}

async function articleCount(): Promise<number> {
  return (await gql("{ articles { totalCount } }")).data.articles.totalCount;
}

beforeAll(async () => {
  database = await createTestDatabase();
  gql = createTestApp(database).gql;
});
afterAll(async () => {
  await database?.close();
});

describe(`input errors on ${BACKEND}`, () => {
  it.each([
    [
      "searchEntities variable",
      "query($q: String!) { searchEntities(query: $q) { score } }",
      { q: `Xi${NUL}` },
    ],
    [
      "entities search variable",
      "query($q: String) { entities(search: $q) { totalCount } }",
      { q: `a${NUL}b` },
    ],
    ["a literal", '{ searchEntities(query: "Xi\\u0000") { score } }', {}],
    [
      "relations since",
      "query($s: String) { relations(since: $s) { totalCount } }",
      { s: `2023${NUL}` },
    ],
  ])("a NUL character in %s is BAD_USER_INPUT", async (_name, query, variables) => {
    const result = await gql(query, variables);
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(result.errors?.[0]?.message).toContain("NUL");
  });

  it.each([
    ["entity", `{ entity(id: "${globalId("Entity", HUGE_ID)}") { name } }`],
    ["article", `{ article(id: "${globalId("Article", HUGE_ID)}") { title } }`],
    ["relation", `{ relation(id: "${globalId("Relation", HUGE_ID)}") { type } }`],
    ["node", `{ node(id: "${globalId("Entity", HUGE_ID)}") { id } }`],
    ["a non-numeric id", `{ entity(id: "${globalId("Entity", "abc")}") { name } }`],
    ["subgraph seeds", `{ subgraph(seeds: ["${HUGE_ID}"]) { nodes { id } } }`],
  ])("an id past the integer range in %s is BAD_USER_INPUT", async (_name, query) => {
    const result = await gql(query);
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
  });

  it("answers an out-of-range export seed with a coded 404, not a 500", async () => {
    const { app } = createTestApp(database);
    const response = await app.fetch(`http://kg.test/export/json?seed=${HUGE_ID}`);
    expect(response.status).toBe(404);
    expect((await response.json()).errors[0].extensions.code).toBe("ENTITY_NOT_FOUND");
  });

  it.each([
    ["a string for an Int", "query($n: Int) { articles(first: $n) { totalCount } }", { n: "ten" }],
    [
      "a missing required variable",
      "query($q: String!) { searchEntities(query: $q) { score } }",
      {},
    ],
    [
      "an unknown enum value",
      "query($t: EntityType) { entities(type: $t) { totalCount } }",
      { t: "ROBOT" },
    ],
  ])("a variable type error (%s) carries BAD_USER_INPUT", async (_name, query, variables) => {
    const result = await gql(query, variables);
    expect(result.errors?.length).toBeGreaterThan(0);
    expect(codes(result).every((code) => code === "BAD_USER_INPUT")).toBe(true);
  });

  it("refuses a NUL in a mutation's title with NUL_CHARACTER and stores nothing", async () => {
    const result = await gql(
      "mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { created } }",
      { i: { text: "Ministers of Chile and Peru met in Lima.", title: `Lima${NUL}talks` } },
    );
    expect(codes(result)).toEqual(["NUL_CHARACTER"]);
    expect(await articleCount()).toBe(0);
  });

  it("reports a NUL in a file's title as NUL_CHARACTER, not the database's message", async () => {
    const bytes = JSON.stringify({
      title: `Lima${NUL}talks`,
      text: "Ministers of Chile and Peru met in Lima on Monday.",
    });
    const [outcome] = await ingest(
      database.db,
      { bytes, name: "nul.json", format: "json" },
      { maxArticleBytes: 1_000_000 },
    );
    expect(outcome?.status).toBe("failed");
    expect(outcome?.status === "failed" && outcome.code).toBe("NUL_CHARACTER");
    expect(outcome?.status === "failed" && outcome.message).toContain("the title contains a NUL");
    expect(await articleCount()).toBe(0);
  });

  it.each([["2023-13-45"], ["2023-02-30"], ["next tuesday"]])(
    "refuses publishedAt %s with BAD_USER_INPUT instead of storing null",
    async (publishedAt) => {
      const result = await gql(
        "mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { created } }",
        { i: { text: "Ministers of Chile and Peru met in Lima.", publishedAt } },
      );
      expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
      expect(result.errors?.[0]?.message).toContain("publishedAt");
      expect(await articleCount()).toBe(0);
    },
  );

  it("accepts a real publishedAt", async () => {
    const result = await gql(
      "mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { created } }",
      { i: { text: "Ministers of Chile and Peru met in Lima.", publishedAt: "2023-03-23" } },
    );
    expect(result.errors).toBeUndefined();
    expect(await articleCount()).toBe(1);
  });
});

describe(`API keys on ${BACKEND}`, () => {
  it("accepts exactly a configured key, not a prefix, an extension or a same-length guess", async () => {
    const { app } = createTestApp(database, {
      apiKeys: ["k-one-1234", "k-two-5678"],
      readRequiresKey: true,
    });
    const read = (key: string) =>
      app.fetch("http://kg.test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
        body: JSON.stringify({ query: "{ articles { totalCount } }" }),
      });
    expect((await read("k-one-1234")).status).toBe(200);
    expect((await read("k-two-5678")).status).toBe(200);
    for (const wrong of ["k-one-123", "k-one-12345", "k-one-1235", "K-ONE-1234"]) {
      expect((await read(wrong)).status).toBe(401);
    }
  });

  it("fails closed: a read-key app with no keys refuses every read", async () => {
    const { app } = createTestApp(database, { apiKeys: [], readRequiresKey: true });
    const response = await app.fetch("http://kg.test/graphql?query=%7B__typename%7D", {
      headers: { accept: "application/json" },
    });
    expect(response.status).toBe(401);
  });

  it("refuses KG_READ_REQUIRES_KEY=true without KG_API_KEYS in the configuration", () => {
    expect(() => loadConfig({ KG_READ_REQUIRES_KEY: "true" })).toThrow(ConfigError);
    expect(() => loadConfig({ KG_READ_REQUIRES_KEY: "true", KG_API_KEYS: " , " })).toThrow(
      /KG_API_KEYS/,
    );
    expect(loadConfig({ KG_READ_REQUIRES_KEY: "true", KG_API_KEYS: "k1" }).readRequiresKey).toBe(
      true,
    );
  });

  it("kg serve will not start with KG_READ_REQUIRES_KEY=true and no keys", async () => {
    const result = await new Promise<CliResult>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        ["bin/kg.mjs", "serve", "--port", "0", "--db", "memory://"],
        {
          env: { ...process.env, DATABASE_URL: "", KG_API_KEYS: "", KG_READ_REQUIRES_KEY: "true" },
        },
      );
      let stdout = "";
      let stderr = "";
      // A server that starts never exits by itself: stop it and let the assertions fail.
      const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
      child.stdout.on("data", (chunk) => (stdout += chunk));
      child.stderr.on("data", (chunk) => (stderr += chunk));
      child.on("error", reject);
      child.on("close", (code) => {
        clearTimeout(timer);
        resolve({ code, stdout, stderr });
      });
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("KG_READ_REQUIRES_KEY");
    expect(result.stdout).not.toContain("GraphQL + GraphiQL");
  });
});
