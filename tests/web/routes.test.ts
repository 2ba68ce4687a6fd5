/** The explorer's routes in process: the page and its bundled assets next to /graphql. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../helpers/app.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";

describe("explorer routes", () => {
  let database: TestDatabase;
  let app: ReturnType<typeof createTestApp>["app"];

  beforeAll(async () => {
    database = await createTestDatabase();
    app = createTestApp(database).app;
  });

  afterAll(() => database.close());

  it("serves the page at / with its script and stylesheet", async () => {
    const page = await app.fetch("http://kg.test/");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('src="/assets/explorer.js"');
    expect(html).toContain('href="/assets/explorer.css"');

    const script = await app.fetch("http://kg.test/assets/explorer.js");
    expect(script.status).toBe(200);
    expect(script.headers.get("content-type")).toMatch(/^text\/javascript/);
    const code = await script.text();
    expect(code.length).toBeGreaterThan(100_000); // cytoscape and fcose are in the bundle
    expect(code).not.toMatch(/from\s*["']cytoscape["']/); // no bare imports left for a browser

    const css = await app.fetch("http://kg.test/assets/explorer.css");
    expect(css.status).toBe(200);
    expect(css.headers.get("content-type")).toMatch(/^text\/css/);
  });

  it("answers a matching ETag with 304", async () => {
    const first = await app.fetch("http://kg.test/assets/explorer.js");
    const etag = first.headers.get("etag");
    expect(etag).toBeTruthy();
    const again = await app.fetch("http://kg.test/assets/explorer.js", {
      headers: { "if-none-match": etag ?? "" },
    });
    expect(again.status).toBe(304);
  });

  it("404s unknown assets, 405s writes, and leaves /graphql and /health alone", async () => {
    expect((await app.fetch("http://kg.test/assets/nope.js")).status).toBe(404);
    expect((await app.fetch("http://kg.test/", { method: "POST" })).status).toBe(405);
    expect((await app.fetch("http://kg.test/health")).status).toBe(200);
    const graphql = await app.fetch("http://kg.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(await graphql.json()).toEqual({ data: { __typename: "Query" } });
  });

  it("serves the page without an API key even when reads need one", async () => {
    const keyed = createTestApp(database, { apiKeys: ["secret"], readRequiresKey: true }).app;
    expect((await keyed.fetch("http://kg.test/")).status).toBe(200);
    const graphql = await keyed.fetch("http://kg.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(graphql.status).toBe(401);
  });
});
