/**
 * What the README promises about the command line and the environment, checked through the real
 * `kg` binary and a real `kg serve` (helpers pass config directly, so these are the only checks
 * that the documented variables and flags are read).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runKg } from "../helpers/cli.js";
import { BACKEND, createTestTarget, itOnPostgres } from "../helpers/db.js";

const COUNTS = "{ articles { totalCount } entities { totalCount } }";

let target: Awaited<ReturnType<typeof createTestTarget>>;
let work: string;

function article(title: string, body: string): string {
  return `${title}\n\n${body}\n`;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** Starts `kg serve` with only environment variables (no --port/--host), waits for /health. */
async function serveWithEnv(
  args: string[],
  env: Record<string, string>,
): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ["bin/kg.mjs", "serve", ...args], {
    env: {
      ...process.env,
      DATABASE_URL: "",
      KG_API_KEYS: "",
      KG_QUIET_DEV: "1",
      PORT: String(port),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`kg serve exited ${child.exitCode}: ${output}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return { url, child };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill("SIGTERM");
  throw new Error(`kg serve did not answer on PORT=${port}: ${output}`);
}

async function post(url: string, query: string, key?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(key ? { authorization: `Bearer ${key}` } : {}),
    },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
}

async function counts(db: string): Promise<{ articles: number; entities: number }> {
  const result = await runKg(["query", COUNTS, "--db", db]);
  expect(result.code).toBe(0);
  const data = JSON.parse(result.stdout).data;
  return { articles: data.articles.totalCount, entities: data.entities.totalCount };
}

beforeAll(async () => {
  target = await createTestTarget();
  work = mkdtempSync(path.join(tmpdir(), "kg-readme-"));
});
afterAll(async () => {
  await target?.cleanup();
  rmSync(work, { recursive: true, force: true });
});

describe(`README claims on ${BACKEND}`, () => {
  it("ingests folders recursively and glob patterns, quietly with -q, on analysis workers", async () => {
    const folder = path.join(work, "articles");
    mkdirSync(path.join(folder, "nested", "deeper"), { recursive: true });
    writeFileSync(
      path.join(folder, "top.txt"),
      article("Rain in Oslo", "Norwegian Prime Minister Jonas Gahr Store spoke in Oslo."),
    );
    writeFileSync(
      path.join(folder, "nested", "deeper", "inner.md"),
      article("# Talks in Paris", "French President Emmanuel Macron met Olaf Scholz in Paris."),
    );
    const feeds = path.join(work, "feeds");
    mkdirSync(feeds);
    writeFileSync(
      path.join(feeds, "a.jsonl"),
      `${JSON.stringify({ title: "Vote in Madrid", text: "Pedro Sanchez won a vote in Madrid." })}\n`,
    );
    writeFileSync(path.join(feeds, "ignored.txt"), article("Not matched", "Tokyo is not read."));
    const result = await runKg([
      "ingest",
      folder,
      `${feeds}/*.jsonl`,
      "--db",
      target.target,
      "--workers",
      "2",
      "-q",
    ]);
    expect(result.code).toBe(0);
    // Quiet: no line per article, only the summary.
    expect(result.stdout).not.toMatch(/Rain in Oslo|Talks in Paris|Vote in Madrid/);
    expect(result.stdout).toMatch(/^3 ingested, 0 already present, 0 failed/m);
    expect((await counts(target.target)).articles).toBe(3);
  });

  it("reads KG_DATA_DIR for the embedded database when no --db is given", async () => {
    const dataDir = path.join(work, "data-dir");
    const file = path.join(work, "one.txt");
    writeFileSync(file, article("Storm in Lisbon", "Portugal closed schools in Lisbon."));
    const env = { KG_DATA_DIR: dataDir };
    const ingest = await runKg(["ingest", file], { env });
    expect(ingest.code).toBe(0);
    const query = await runKg(["query", "{ articles { totalCount } }"], { env });
    expect(JSON.parse(query.stdout).data.articles.totalCount).toBe(1);
    const other = await runKg(["query", "{ articles { totalCount } }"], {
      env: { KG_DATA_DIR: path.join(work, "other-dir") },
    });
    expect(JSON.parse(other.stdout).data.articles.totalCount).toBe(0);
  });

  it("refuses an article over KG_MAX_ARTICLE_BYTES with ARTICLE_TOO_LARGE", async () => {
    const file = path.join(work, "long.txt");
    writeFileSync(file, article("A long one", "Berlin. ".repeat(200)));
    const result = await runKg(["ingest", file, "--db", target.target], {
      env: { KG_MAX_ARTICLE_BYTES: "500" },
    });
    expect(result.code).toBe(1);
    expect(`${result.stdout}${result.stderr}`).toMatch(/ARTICLE_TOO_LARGE/);
  });

  it("serves on PORT with the sample graph in an empty database, and none with KG_SAMPLE=false", async () => {
    const sampled = await createTestTarget();
    const bare = await createTestTarget();
    try {
      const withSample = await serveWithEnv(["--db", sampled.target], {});
      try {
        const result = await post(withSample.url, COUNTS);
        expect(result.data.articles.totalCount).toBe(3);
        expect(result.data.entities.totalCount).toBeGreaterThan(10);
      } finally {
        withSample.child.kill("SIGTERM");
      }
      const withoutSample = await serveWithEnv(["--db", bare.target], { KG_SAMPLE: "false" });
      try {
        expect((await post(withoutSample.url, COUNTS)).data.articles.totalCount).toBe(0);
      } finally {
        withoutSample.child.kill("SIGTERM");
      }
    } finally {
      await sampled.cleanup();
      await bare.cleanup();
    }
  });

  it("reads comma-separated KG_API_KEYS: mutations need one of them, reads stay open", async () => {
    const server = await serveWithEnv(["--db", target.target, "--no-sample"], {
      KG_API_KEYS: " first-key , second-key ",
    });
    try {
      const mutation =
        'mutation { ingestArticle(input: { title: "Keys", text: "Angela Merkel visited Rome." }) { created } }';
      const refused = await post(server.url, mutation);
      expect(refused.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      const wrong = await post(server.url, mutation, "third-key");
      expect(wrong.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      const accepted = await post(server.url, mutation, "second-key");
      expect(accepted.errors).toBeUndefined();
      expect(accepted.data.ingestArticle.created).toBe(true);
      expect((await post(server.url, COUNTS)).errors).toBeUndefined();
    } finally {
      server.child.kill("SIGTERM");
    }
  });

  it("starts on a public HOST with --allow-open-writes and no keys", async () => {
    const server = await serveWithEnv(
      ["--db", target.target, "--no-sample", "--allow-open-writes"],
      {
        HOST: "0.0.0.0",
      },
    );
    try {
      expect((await post(server.url, COUNTS)).errors).toBeUndefined();
    } finally {
      server.child.kill("SIGTERM");
    }
  });

  itOnPostgres(
    "applies KG_STATEMENT_TIMEOUT_MS to kg serve's queries (QUERY_TIMEOUT)",
    async () => {
      const server = await serveWithEnv(["--db", target.target, "--no-sample"], {
        KG_STATEMENT_TIMEOUT_MS: "300",
      });
      // A writer holds a lock on entities: the server's read waits until its timeout cancels it.
      const blocker = new pg.Client({ connectionString: target.target });
      await blocker.connect();
      try {
        await blocker.query("begin");
        await blocker.query("lock table entities in access exclusive mode");
        const started = Date.now();
        const result = await post(server.url, "{ entities(first: 1) { totalCount } }");
        expect(result.errors?.[0]?.extensions?.code).toBe("QUERY_TIMEOUT");
        // Cancelled by the 300 ms setting, not by the 10 s default.
        expect(Date.now() - started).toBeLessThan(9_000);
      } finally {
        await blocker.query("rollback");
        await blocker.end();
        server.child.kill("SIGTERM");
      }
    },
  );

  // Two processes on one embedded folder are refused by design; on Postgres they share the work.
  itOnPostgres("stores the same content once when two ingests run at the same time", async () => {
    const shared = await createTestTarget();
    try {
      const file = path.join(work, "twice.txt");
      writeFileSync(file, article("Summit in Vienna", "Austria hosted Karl Nehammer in Vienna."));
      const [first, second] = await Promise.all([
        runKg(["ingest", file, "--db", shared.target]),
        runKg(["ingest", file, "--db", shared.target]),
      ]);
      expect([first.code, second.code]).toEqual([0, 0]);
      expect((await counts(shared.target)).articles).toBe(1);
    } finally {
      await shared.cleanup();
    }
  });

  it("prints kg eval's report ending with the F1 line", async () => {
    const result = await runKg([
      "eval",
      "relations",
      "../shared/data/dwie/dev.json",
      "--split",
      "all",
      "--limit",
      "3",
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split("\n").at(-1)).toMatch(/^F1 \d+\.\d$/);
  });
});
