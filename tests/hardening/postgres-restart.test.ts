/**
 * Issue 12, item 2: a Postgres restart under traffic. `kg serve` stays up, answers
 * DATABASE_UNAVAILABLE while the database is down (503 for GraphQL-over-HTTP clients that accept
 * it, coded JSON without stack traces on /export) and serves again once it is back; `kg ingest`
 * stops with a summary and a non-zero exit, and a re-run completes the batch. Uses a cluster of
 * its own (see helpers/throwaway-postgres.ts), the same in both projects.
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliResult, runKg, startKgServe } from "../helpers/cli.js";
import { startThrowawayPostgres, type ThrowawayPostgres } from "../helpers/throwaway-postgres.js";

const GRAPHQL_RESPONSE = "application/graphql-response+json";
const READ_QUERY = "{ entities(first: 5) { totalCount edges { node { name type } } } }";
const INGEST_MUTATION =
  "mutation($text: String!) { ingestArticle(input: { text: $text }) { created } }";
const STACK_OR_PATH = /\n\s+at |\/work\/|node_modules|\.ts:\d+/;

let cluster: ThrowawayPostgres;
let work: string;

function articleText(i: number): string {
  return (
    `Trade talks round ${i}\n\nThe trade minister of Chile, Marta Rojas, met officials from ` +
    `Vietnam in Hanoi for round ${i}. Rojas said Chile and Vietnam would sign a port ` +
    `agreement. Officials from Peru joined the talks on day ${i}.\n`
  );
}

function writeArticles(folder: string, count: number): void {
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(path.join(folder, `a-${i}.txt`), articleText(i));
}

async function post(url: string, query: string, accept: string, variables = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, text: await response.text() };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  cluster = await startThrowawayPostgres();
  work = mkdtempSync(path.join(tmpdir(), "kg-restart-"));
});
afterAll(() => {
  cluster?.destroy();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("a Postgres restart under traffic", () => {
  it("kg serve stays up, says DATABASE_UNAVAILABLE while down, and serves again", async () => {
    const seed = path.join(work, "seed");
    writeArticles(seed, 3);
    const seeded = await runKg(["ingest", seed, "--workers", "0", "--db", cluster.url]);
    expect(seeded.code, seeded.stderr).toBe(0);
    const server = await startKgServe(["--db", cluster.url, "--no-sample"]);
    let exited: number | null = null;
    server.child.on("exit", (code) => (exited = code ?? -1));
    const outcomes: { status: number; text: string }[] = [];
    let running = true;
    // Reads, exports and ingest transactions in flight while the server goes away.
    const load = async (kind: number) => {
      for (let i = 0; running; i++) {
        try {
          if (kind === 0) outcomes.push(await post(server.url, READ_QUERY, GRAPHQL_RESPONSE));
          else if (kind === 1)
            outcomes.push(
              await post(server.url, INGEST_MUTATION, GRAPHQL_RESPONSE, {
                text: articleText(1000 * kind + i),
              }),
            );
          else {
            const response = await fetch(`${server.url}/export/json`);
            outcomes.push({ status: response.status, text: await response.text() });
          }
        } catch (error) {
          outcomes.push({ status: 0, text: String(error) });
          await sleep(20);
        }
      }
    };
    try {
      const workers = [0, 1, 1, 2].map((kind) => load(kind));
      // Let ingest transactions get going (the first one loads the models).
      for (let waited = 0; waited < 20_000; waited += 100) {
        if (outcomes.filter((outcome) => outcome.text.includes('"created"')).length >= 2) break;
        await sleep(100);
      }
      expect(outcomes.some((outcome) => outcome.text.includes('"created"'))).toBe(true);
      cluster.stop("fast");
      await sleep(1000);
      const down = outcomes.length;
      await sleep(1000);
      expect(exited).toBe(null);

      // While down: coded errors, 503 where the client accepts it, 200 for application/json.
      const duringOutage = await post(server.url, READ_QUERY, GRAPHQL_RESPONSE);
      expect(duringOutage.status).toBe(503);
      expect(JSON.parse(duringOutage.text).errors[0].extensions.code).toBe("DATABASE_UNAVAILABLE");
      const plainJson = await post(server.url, READ_QUERY, "application/json");
      expect(plainJson.status).toBe(200);
      expect(JSON.parse(plainJson.text).errors[0].extensions.code).toBe("DATABASE_UNAVAILABLE");
      const exported = await fetch(`${server.url}/export/json`);
      const exportText = await exported.text();
      expect(exported.status).toBe(503);
      expect(exported.headers.get("content-type")).toMatch(/application\/json/);
      expect(JSON.parse(exportText).errors[0].extensions.code).toBe("DATABASE_UNAVAILABLE");
      const health = await fetch(`${server.url}/health`);
      expect(health.status).toBe(503);
      for (const outcome of outcomes.slice(down)) {
        expect(outcome.status).not.toBe(0);
        expect(outcome.text).not.toMatch(STACK_OR_PATH);
        expect(outcome.text).not.toContain("Unexpected error");
      }

      // Back: served again within seconds.
      cluster.start();
      const back = performance.now();
      let answered: { status: number; text: string } | undefined;
      while (performance.now() - back < 10_000) {
        answered = await post(server.url, READ_QUERY, GRAPHQL_RESPONSE);
        if (answered.status === 200 && !JSON.parse(answered.text).errors) break;
        await sleep(100);
      }
      expect(answered?.status).toBe(200);
      expect(JSON.parse(answered?.text ?? "{}").data.entities.totalCount).toBeGreaterThan(0);
      expect(performance.now() - back).toBeLessThan(10_000);

      // And again with the server killed outright (no goodbye to the clients).
      await sleep(500);
      cluster.stop("immediate");
      await sleep(1500);
      expect(exited).toBe(null);
      cluster.start();
      await sleep(1500);
      running = false;
      await Promise.all(workers);
      const after = await post(server.url, READ_QUERY, GRAPHQL_RESPONSE);
      expect(after.status).toBe(200);
      expect(exited).toBe(null);
      expect(outcomes.every((outcome) => !STACK_OR_PATH.test(outcome.text))).toBe(true);
      expect(server.output()).not.toContain("Unhandled");
    } finally {
      running = false;
      server.child.kill("SIGTERM");
    }
  });

  it("kg ingest stops with a summary and a non-zero exit; a re-run completes the batch", async () => {
    const count = 150;
    const folder = path.join(work, "batch");
    writeArticles(folder, count);
    const database = `${cluster.url.replace(/\/postgres$/, "")}/batch`;
    await runKg(["query", "{ articles { totalCount } }", "--db", cluster.url]);
    const { execFileSync } = await import("node:child_process");
    execFileSync("psql", [cluster.url, "-qc", "create database batch"]);

    const first = await new Promise<CliResult>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        ["bin/kg.mjs", "ingest", folder, "--workers", "0", "--db", database],
        { env: { ...process.env, DATABASE_URL: "", KG_API_KEYS: "" } },
      );
      let stdout = "";
      let stderr = "";
      let stopped = false;
      child.stdout.on("data", (chunk) => {
        stdout += chunk;
        // Stop the database once a few articles are in.
        if (!stopped && (stdout.match(/✓/g) ?? []).length >= 5) {
          stopped = true;
          cluster.stop("immediate");
        }
      });
      child.stderr.on("data", (chunk) => (stderr += chunk));
      child.on("error", reject);
      child.on("close", (code) => resolve({ code, stdout, stderr }));
    });
    expect(first.stdout).toMatch(/✓/);
    expect(first.code).not.toBe(0);
    expect(first.code).not.toBe(null);
    expect(first.stdout).toMatch(
      /\d+ ingested, \d+ already present, 0 failed, [1-9]\d* not stored/,
    );
    expect(first.stderr).toContain("DATABASE_UNAVAILABLE");
    expect(first.stderr).not.toMatch(STACK_OR_PATH);

    cluster.start();
    const second = await runKg(["ingest", folder, "--workers", "0", "--db", database]);
    expect(second.code, second.stderr).toBe(0);
    const summary = /(\d+) ingested, (\d+) already present, 0 failed/.exec(second.stdout);
    expect(Number(summary?.[1]) + Number(summary?.[2])).toBe(count);
    const counted = await runKg(["query", "{ articles { totalCount } }", "--db", database]);
    expect(JSON.parse(counted.stdout).data.articles.totalCount).toBe(count);
  });
});
