/**
 * Issue 12, item 1: an embedded (PGlite) data folder belongs to one process. A second process is
 * refused with DATABASE_LOCKED naming the holder's pid, nothing is lost, and a lock left by a dead
 * process is taken over. Runs on a PGlite folder in both projects (the lock is PGlite's alone).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { amcheck } from "@electric-sql/pglite/contrib/amcheck";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCK_FILE } from "../../src/db/folder-lock.js";
import { runKg, startKgServe } from "../helpers/cli.js";

const ARTICLE_COUNT = 6;
const COUNT_QUERY = "{ articles { totalCount } }";

let work: string;
let folder: string;
let inputs: string;

function writeArticles(): void {
  mkdirSync(inputs, { recursive: true });
  for (let i = 0; i < ARTICLE_COUNT; i++) {
    writeFileSync(
      path.join(inputs, `article-${i}.txt`),
      `Talks number ${i} in Geneva\n\nThe foreign minister of Norway, Anna Berg, met officials ` +
        `from Kenya in Geneva on day ${i}. Berg said the talks with Kenya would continue.\n`,
    );
  }
}

function deadPid(): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
    child.on("error", reject);
    child.on("close", () => resolve(child.pid as number));
  });
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), "kg-lock-"));
  folder = path.join(work, "data");
  inputs = path.join(work, "inputs");
  writeArticles();
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("embedded data folder lock", () => {
  it("refuses a second process with DATABASE_LOCKED and the holder's pid, losing nothing", async () => {
    const server = await startKgServe(["--db", folder]);
    const serverPid = server.child.pid as number;
    try {
      const ingest = await runKg(["ingest", inputs, "--workers", "0", "--db", folder]);
      expect(ingest.code).toBe(1);
      expect(ingest.stderr).toContain("DATABASE_LOCKED");
      expect(ingest.stderr).toContain(`process ${serverPid}`);
      expect(ingest.stdout).not.toMatch(/\d+ ingested/);
      // The server still answers after the refused process.
      const response = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: COUNT_QUERY }),
      });
      expect((await response.json()).data.articles.totalCount).toBeGreaterThan(0);
    } finally {
      const closed = new Promise((resolve) => server.child.once("exit", resolve));
      server.child.kill("SIGTERM");
      await closed;
    }
    expect(existsSync(path.join(folder, LOCK_FILE))).toBe(false);

    const retry = await runKg(["ingest", inputs, "--workers", "0", "--db", folder]);
    expect(retry.code, retry.stderr).toBe(0);
    expect(retry.stdout).toContain(`${ARTICLE_COUNT} ingested, 0 already present, 0 failed`);

    // Every article is there (the samples plus ours) and every btree index checks clean.
    const pglite = await PGlite.create(folder, { extensions: { pg_trgm, amcheck } });
    try {
      await pglite.exec("create extension if not exists amcheck");
      const checked = await pglite.query<{ checked: number }>(
        `select count(bt_index_check(c.oid, true))::int as checked
           from pg_index i join pg_class c on c.oid = i.indexrelid
           join pg_am am on am.oid = c.relam join pg_namespace n on n.oid = c.relnamespace
          where am.amname = 'btree' and n.nspname = 'public'`,
      );
      expect(checked.rows[0]?.checked).toBeGreaterThan(5);
      const articles = await pglite.query<{ n: number }>("select count(*)::int as n from articles");
      expect(articles.rows[0]?.n).toBeGreaterThan(ARTICLE_COUNT);
    } finally {
      await pglite.close();
    }
  });

  it("takes over a lock left by a process that no longer runs", async () => {
    const pid = await deadPid();
    writeFileSync(path.join(folder, LOCK_FILE), `${pid}\n`);
    const result = await runKg(["query", COUNT_QUERY, "--db", folder]);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).data.articles.totalCount).toBeGreaterThan(ARTICLE_COUNT);
    expect(existsSync(path.join(folder, LOCK_FILE))).toBe(false);
  });

  it("refuses a live holder's folder in process too", async () => {
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], {
      stdio: "ignore",
    });
    try {
      writeFileSync(path.join(folder, LOCK_FILE), `${holder.pid}\n`);
      const result = await runKg(["query", COUNT_QUERY, "--db", folder]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        `DATABASE_LOCKED: the data folder ${folder} is in use by process ${holder.pid}`,
      );
    } finally {
      holder.kill("SIGKILL");
      rmSync(path.join(folder, LOCK_FILE), { force: true });
    }
  });
});
