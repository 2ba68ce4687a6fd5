/**
 * Issue 12, item 4: no page on another site can read from or write to a default server. No CORS
 * headers (and never credentials) unless KG_CORS_ORIGINS lists the origin; GraphQL POSTs only as
 * application/json, so a form or text/plain POST (sent cross-site without a preflight) runs nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";
import { createTestApp } from "../helpers/app.js";
import { BACKEND, createTestDatabase, type TestDatabase } from "../helpers/db.js";

const EVIL = "https://evil.example";
const FRIEND = "https://app.example.org";
const MUTATION =
  'mutation { ingestArticle(input: { text: "Ministers of Chile and Peru met in Lima on Monday." }) { created } }';

let database: TestDatabase;

async function articleCount(): Promise<number> {
  const { gql } = createTestApp(database);
  return (await gql("{ articles { totalCount } }")).data.articles.totalCount;
}

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe(`CORS and cross-site writes on ${BACKEND}`, () => {
  it("sends no CORS headers to another origin by default, on GraphQL, exports and preflights", async () => {
    const { app } = createTestApp(database);
    const responses = [
      await app.fetch("http://kg.test/graphql?query=%7B__typename%7D", {
        headers: { origin: EVIL, accept: "application/json" },
      }),
      await app.fetch("http://kg.test/graphql", {
        method: "POST",
        headers: { origin: EVIL, "content-type": "application/json" },
        body: JSON.stringify({ query: "{ __typename }" }),
      }),
      await app.fetch("http://kg.test/export/json", { headers: { origin: EVIL } }),
      await app.fetch("http://kg.test/graphql", {
        method: "OPTIONS",
        headers: {
          origin: EVIL,
          "access-control-request-method": "POST",
          "access-control-request-headers": "content-type",
        },
      }),
    ];
    for (const response of responses) {
      expect(response.headers.get("access-control-allow-origin")).toBe(null);
      expect(response.headers.get("access-control-allow-credentials")).toBe(null);
    }
  });

  it("allows exactly the KG_CORS_ORIGINS origins, without credentials", async () => {
    const config = loadConfig({ KG_CORS_ORIGINS: `${FRIEND}, https://other.example.org:8443` });
    expect(config.corsOrigins).toEqual([FRIEND, "https://other.example.org:8443"]);
    const { app } = createTestApp(database, { corsOrigins: config.corsOrigins });
    const preflight = await app.fetch("http://kg.test/graphql", {
      method: "OPTIONS",
      headers: { origin: FRIEND, "access-control-request-method": "POST" },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBe(FRIEND);
    expect(preflight.headers.get("access-control-allow-credentials")).toBe(null);
    const exported = await app.fetch("http://kg.test/export/json", { headers: { origin: FRIEND } });
    expect(exported.headers.get("access-control-allow-origin")).toBe(FRIEND);
    const stranger = await app.fetch("http://kg.test/graphql?query=%7B__typename%7D", {
      headers: { origin: EVIL, accept: "application/json" },
    });
    expect(stranger.headers.get("access-control-allow-origin")).toBe(null);
    expect(stranger.headers.get("access-control-allow-credentials")).toBe(null);
  });

  it("refuses origins that are not scheme://host", () => {
    expect(() => loadConfig({ KG_CORS_ORIGINS: "https://app.example.org/path" })).toThrow(
      ConfigError,
    );
    expect(() => loadConfig({ KG_CORS_ORIGINS: "app.example.org" })).toThrow(/KG_CORS_ORIGINS/);
  });

  it.each([
    ["application/x-www-form-urlencoded", `query=${encodeURIComponent(MUTATION)}`],
    ["text/plain", JSON.stringify({ query: MUTATION })],
    [
      "multipart/form-data; boundary=x",
      `--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${JSON.stringify({ query: MUTATION })}\r\n--x--\r\n`,
    ],
  ])("runs no mutation posted as %s (no keys configured)", async (contentType, body) => {
    const { app } = createTestApp(database);
    const response = await app.fetch("http://kg.test/graphql", {
      method: "POST",
      headers: { origin: EVIL, "content-type": contentType },
      body,
    });
    expect(response.status).toBe(415);
    expect((await response.json()).errors[0].extensions.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(await articleCount()).toBe(0);
  });

  it("runs no mutation sent as GET", async () => {
    const { app } = createTestApp(database);
    const response = await app.fetch(
      `http://kg.test/graphql?query=${encodeURIComponent(MUTATION)}`,
      { headers: { origin: EVIL, accept: "application/json" } },
    );
    expect(response.status).toBe(405);
    expect(await articleCount()).toBe(0);
  });

  it("still runs a mutation posted as application/json", async () => {
    const { gql } = createTestApp(database);
    const result = await gql(MUTATION);
    expect(result.errors).toBeUndefined();
    expect(result.data.ingestArticle.created).toBe(true);
    expect(await articleCount()).toBe(1);
  });
});
