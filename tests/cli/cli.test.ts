import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runKg, startKgServe } from "../helpers/cli.js";
import { BACKEND, createTestTarget } from "../helpers/db.js";

const SEED = "../shared/corpus/seed-article.txt";
const ENTITY_QUERY = "{ entities(first: 100) { totalCount edges { node { name type } } } }";
const COUNTS_QUERY = "{ entities { totalCount } articles { totalCount } relations { totalCount } }";

let target: Awaited<ReturnType<typeof createTestTarget>>;
let work: string;

beforeAll(async () => {
  target = await createTestTarget();
  work = mkdtempSync(path.join(tmpdir(), "kg-cli-files-"));
});
afterAll(async () => {
  await target?.cleanup();
});

describe(`kg CLI on ${BACKEND}`, () => {
  it.each([["ingest"], ["serve"], ["query"], ["export"], ["migrate"], ["eval"]])(
    "kg %s --help documents --db",
    async (command) => {
      const result = await runKg([command, "--help"]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`Usage: kg ${command}`);
      if (command !== "eval") expect(result.stdout).toContain("--db <folder|postgres-url>");
    },
  );

  it("migrates", async () => {
    const result = await runKg(["migrate", "--db", target.target]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("schema up to date");
  });

  it("ingests the seed article with a line for it and a summary", async () => {
    const result = await runKg(["ingest", SEED, "--db", target.target]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /✓ Chinese and Russian presidents meet as US targets both countries — \d+ entities, \d+ relations, \d+ ms/,
    );
    expect(result.stdout).toMatch(/1 ingested, 0 already present, 0 failed/);
  });

  it("queries what was extracted, in process", async () => {
    const result = await runKg(["query", ENTITY_QUERY, "--db", target.target]);
    expect(result.code).toBe(0);
    const names = JSON.parse(result.stdout).data.entities.edges.map(
      (edge: any) => `${edge.node.name}/${edge.node.type}`,
    );
    expect(names).toEqual(
      expect.arrayContaining([
        "Xi Jinping/PERSON",
        "Vladimir Putin/PERSON",
        "China/COUNTRY",
        "Russia/COUNTRY",
      ]),
    );
    const article = await runKg([
      "query",
      "query($n: Int) { articles(first: $n) { edges { node { title author publishedAt } } } }",
      "--variables",
      '{"n": 1}',
      "--db",
      target.target,
    ]);
    expect(JSON.parse(article.stdout).data.articles.edges[0].node).toEqual({
      title: "Chinese and Russian presidents meet as US targets both countries",
      author: "Peter Symonds",
      publishedAt: "2023-03-23",
    });
  });

  it("leaves every count unchanged when the same file is ingested again", async () => {
    const before = await runKg(["query", COUNTS_QUERY, "--db", target.target]);
    const again = await runKg(["ingest", SEED, "--db", target.target]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/= Chinese and Russian presidents .* already ingested/);
    expect(again.stdout).toMatch(/0 ingested, 1 already present, 0 failed/);
    const after = await runKg(["query", COUNTS_QUERY, "--db", target.target]);
    expect(JSON.parse(after.stdout)).toEqual(JSON.parse(before.stdout));
  });

  it("names every failure with its reason, ingests the rest, and exits non-zero", async () => {
    const folder = path.join(work, "mixed");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      path.join(folder, "good.txt"),
      "Ministers meet in Oslo\n\nNorwegian Prime Minister Jonas Gahr Store met Swedish Prime Minister Ulf Kristersson in Oslo on Monday.\n",
    );
    writeFileSync(path.join(folder, "empty.txt"), "   \n\n");
    writeFileSync(
      path.join(folder, "image.html"),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    writeFileSync(
      path.join(folder, "feed.jsonl"),
      '{"title": "Feed one", "text": "Canadian Prime Minister Justin Trudeau visited Kyiv on Saturday."}\n{"title": broken\n',
    );
    writeFileSync(path.join(work, "report.docx"), "not really a word file");
    const result = await runKg([
      "ingest",
      folder,
      path.join(work, "report.docx"),
      path.join(work, "missing.txt"),
      "--db",
      target.target,
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/✗ .*empty\.txt.*\[EMPTY_ARTICLE\]/);
    expect(result.stdout).toMatch(/✗ .*image\.html.*\[BINARY_CONTENT\]/);
    expect(result.stdout).toMatch(/✗ .*feed\.jsonl:2.*\[MALFORMED_JSON\]/);
    expect(result.stdout).toMatch(/✗ .*report\.docx.*\[UNSUPPORTED_FORMAT\]/);
    expect(result.stdout).toMatch(/✗ .*missing\.txt: no such file or folder/);
    expect(result.stdout).toMatch(/✓ Ministers meet in Oslo/);
    expect(result.stdout).toMatch(/✓ Feed one/);
    expect(result.stdout).toMatch(/2 ingested, 0 already present, 5 failed/);
  });

  it("reads an article from stdin", async () => {
    const result = await runKg(["ingest", "-", "--db", target.target], {
      input:
        "Summit in Nairobi\n\nKenyan President William Ruto hosted African Union leaders in Nairobi.\n",
    });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/✓ Summit in Nairobi/);
  });

  it("exits non-zero when a query has errors", async () => {
    const result = await runKg(["query", "{ noSuchField }", "--db", target.target]);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).errors[0].message).toMatch(/noSuchField/);
    const badVariables = await runKg([
      "query",
      ENTITY_QUERY,
      "--variables",
      "{nope",
      "--db",
      target.target,
    ]);
    expect(badVariables.code).toBe(1);
    expect(badVariables.stderr).toMatch(/--variables is not valid JSON/);
  });

  it("exports the whole graph as JSON", async () => {
    const out = path.join(work, "graph.json");
    const result = await runKg(["export", "--format", "json", "--out", out, "--db", target.target]);
    expect(result.code, result.stderr).toBe(0);
    const graph = JSON.parse(readFileSync(out, "utf8"));
    const xi = graph.entities.find((entity: any) => entity.name === "Xi Jinping");
    expect(xi).toMatchObject({ type: "PERSON" });
    expect(xi.aliases).toContain("Xi");
    expect(graph.relations.length).toBeGreaterThan(0);
    const relation = graph.relations[0];
    expect(Object.keys(relation)).toEqual(
      expect.arrayContaining(["id", "type", "subject", "object", "confidence"]),
    );
    expect(graph.entities.map((entity: any) => entity.id)).toContain(relation.subject.id);
    const unknown = await runKg(["export", "--format", "xlsx", "--db", target.target]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/unknown format "xlsx"/);
  });

  it("serves GraphQL and /health over real HTTP", async () => {
    const server = await startKgServe(["--db", target.target, "--no-sample"]);
    try {
      const health = await fetch(`${server.url}/health`);
      expect(await health.json()).toEqual({ status: "ok", database: BACKEND });
      const response = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ articles(first: 10) { totalCount } }" }),
      });
      expect((await response.json()).data.articles.totalCount).toBeGreaterThanOrEqual(3);
      const graphiql = await fetch(`${server.url}/graphql`, { headers: { accept: "text/html" } });
      expect(await graphiql.text()).toMatch(/graphiql/i);
    } finally {
      server.child.kill("SIGTERM");
    }
  });

  it("refuses a non-loopback host without API keys", async () => {
    const result = await runKg([
      "serve",
      "--host",
      "0.0.0.0",
      "--port",
      "0",
      "--db",
      target.target,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/refusing to listen on 0\.0\.0\.0 with no KG_API_KEYS/);
  });
});
