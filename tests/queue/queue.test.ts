/**
 * The ingest job queue with real processes on a real Postgres: `kg enqueue` twice, two `kg
 * worker`s at once, one of them SIGKILLed, bad input failing for good and `kg jobs retry`.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GraphState, readGraphState } from "../../src/db/graph-state.js";
import { INGEST_TASK, listJobs, openQueue, waitForTurn, yieldJob } from "../../src/queue/jobs.js";
import { runKg } from "../helpers/cli.js";
import { BACKEND, createTestTarget, openTestTarget, queryRows } from "../helpers/db.js";

const FIRST = [
  "Ana",
  "Bruno",
  "Clara",
  "Dmitri",
  "Elena",
  "Farid",
  "Greta",
  "Hugo",
  "Ines",
  "Jonas",
];
const LAST = ["Ferreira", "Lindqvist", "Okafor", "Marchetti", "Novak", "Haddad"];
const COUNTRIES = ["Portugal", "Sweden", "Nigeria", "Italy", "Croatia", "Lebanon", "Chile"];
const CITIES = ["Lisbon", "Stockholm", "Lagos", "Rome", "Zagreb", "Beirut", "Santiago"];

/** Thirty small invented articles, each naming two officials, two countries and a city. */
function writeArticles(folder: string, count = 30): void {
  for (let i = 0; i < count; i++) {
    const a = `${FIRST[i % FIRST.length]} ${LAST[i % LAST.length]}`;
    const b = `${FIRST[(i + 3) % FIRST.length]} ${LAST[(i + 1) % LAST.length]}`;
    const x = COUNTRIES[i % COUNTRIES.length];
    const y = COUNTRIES[(i + 2) % COUNTRIES.length];
    const city = CITIES[(i + 4) % CITIES.length];
    const text = [
      `Trade talks number ${i + 1} open in ${city}`,
      "",
      `${x} Foreign Minister ${a} met ${y} Prime Minister ${b} in ${city} on Tuesday.`,
      `${a.split(" ")[1]} said the two countries would sign a fisheries agreement in round ${i + 1}.`,
      "",
    ].join("\n");
    writeFileSync(path.join(folder, `story-${String(i + 1).padStart(2, "0")}.txt`), text);
  }
}

/** Starts `kg worker`, resolving its output when it exits. */
function startWorker(
  target: string,
  args: string[] = [],
  exitWhenEmpty = true,
): { child: ChildProcess; output: () => string; done: Promise<number | null> } {
  const child = spawn(
    process.execPath,
    [
      "bin/kg.mjs",
      "worker",
      "--db",
      target,
      ...(exitWhenEmpty ? ["--exit-when-empty"] : []),
      ...args,
    ],
    {
      env: { ...process.env, DATABASE_URL: "", KG_QUIET_DEV: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const done = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  return { child, output: () => output, done };
}

/** Resolves once `condition` holds (checked every 20 ms). */
function until(condition: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = setInterval(() => {
      if (condition()) {
        clearInterval(check);
        resolve();
      }
    }, 20);
  });
}

/** What must match between the queue and a plain `kg ingest`: counts and a checksum of the graph. */
async function graphState(target: string): Promise<GraphState> {
  const database = await openTestTarget(target);
  try {
    return await readGraphState(database.db);
  } finally {
    await database.close();
  }
}

async function queueLeft(target: string): Promise<number> {
  const [row] = await queryRows<{ n: string }>(
    target,
    "select count(*) as n from graphile_worker.jobs",
  );
  return Number(row?.n);
}

describe("kg enqueue", () => {
  it("says a Postgres server is needed on an embedded database", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "kg-queue-pglite-"));
    try {
      const file = path.join(folder, "one.txt");
      writeFileSync(file, "A headline\n\nSomeone met someone else in a city.\n");
      const result = await runKg(["enqueue", file, "--db", path.join(folder, "data")]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("needs a Postgres server");
      expect(result.stderr).toContain("[POSTGRES_REQUIRED]");
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

if (BACKEND === "postgres")
  describe("the job queue on Postgres", () => {
    const folder = mkdtempSync(path.join(tmpdir(), "kg-queue-"));
    const cleanups: (() => Promise<void>)[] = [];
    let reference: GraphState;

    async function freshTarget(): Promise<string> {
      const { target, cleanup } = await createTestTarget();
      cleanups.push(cleanup);
      return target;
    }

    beforeAll(async () => {
      writeArticles(folder);
      const target = await freshTarget();
      const ingested = await runKg(["ingest", folder, "--db", target, "--workers", "1", "-q"]);
      expect(ingested.code, ingested.stderr).toBe(0);
      reference = await graphState(target);
    });

    afterAll(async () => {
      for (const cleanup of cleanups) await cleanup();
      rmSync(folder, { recursive: true, force: true });
    });

    it("lets eight processes open the queue at once on a fresh database", async () => {
      // makeWorkerUtils migrates graphile's schema; two concurrent `create schema if not
      // exists` can fail on pg_namespace_nspname_index (seen with two watchers in CI).
      const target = await freshTarget();
      const pools = Array.from({ length: 8 }, () => {
        const pool = new pg.Pool({ connectionString: target, max: 2 });
        pool.on("error", () => undefined);
        return pool;
      });
      try {
        const opened = await Promise.allSettled(pools.map((pool) => openQueue(pool)));
        const failures = opened.flatMap((result) =>
          result.status === "rejected" ? [String(result.reason)] : [],
        );
        expect(failures).toEqual([]);
        for (const result of opened)
          if (result.status === "fulfilled") await result.value.release();
        const { rows } = await pools[0]!.query(
          "select count(*)::int as n from graphile_worker.migrations",
        );
        expect(rows[0].n).toBeGreaterThan(0);
      } finally {
        await Promise.all(pools.map((pool) => pool.end()));
      }
    }, 60_000);

    it("enqueues each input once and two workers store each article once", async () => {
      const target = await freshTarget();
      const first = await runKg(["enqueue", folder, "--db", target, "-q"]);
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout).toContain("30 enqueued, 0 already queued or stored");
      const second = await runKg(["enqueue", folder, "--db", target, "-q"]);
      expect(second.stdout).toContain("0 enqueued, 30 already queued or stored");
      expect(await queueLeft(target)).toBe(30);

      const workers = [
        startWorker(target, ["--concurrency", "2"]),
        startWorker(target, ["--concurrency", "2"]),
      ];
      const codes = await Promise.all(workers.map((worker) => worker.done));
      expect(codes, workers.map((worker) => worker.output()).join("\n")).toEqual([0, 0]);
      const stored = workers
        .map((worker) => Number(/(\d+) ingested/.exec(worker.output())?.[1]))
        .reduce((a, b) => a + b, 0);
      expect(stored).toBe(30);
      expect(await queueLeft(target)).toBe(0);
      expect(await graphState(target)).toEqual(reference);

      // Stored content is not queued again.
      const again = await runKg(["enqueue", folder, "--db", target, "-q"]);
      expect(again.stdout).toContain("0 enqueued, 30 already queued or stored");
      expect(await queueLeft(target)).toBe(0);
    }, 120_000);

    it("loses and doubles nothing when a worker is killed with SIGKILL mid-run", async () => {
      const target = await freshTarget();
      expect((await runKg(["enqueue", folder, "--db", target, "-q"])).code).toBe(0);
      const victim = startWorker(target, ["--concurrency", "2"]);
      const survivor = startWorker(target, ["--concurrency", "1"]);
      // Kill the victim once it has stored something, so it dies with jobs in hand.
      await until(() => victim.output().includes("✓"));
      victim.child.kill("SIGKILL");
      await victim.done;
      expect(await survivor.done).toBe(0);
      // A re-run releases whatever the dead worker still held and finishes the queue.
      const rerun = startWorker(target, ["--concurrency", "2"]);
      expect(await rerun.done, rerun.output()).toBe(0);
      // The victim died holding jobs: a live worker saw its lock gone and put them back.
      expect(`${survivor.output()}${rerun.output()}`).toContain("[WORKER_LOST]");
      expect(await queueLeft(target)).toBe(0);
      expect(await graphState(target)).toEqual(reference);
    }, 120_000);

    it("lets a job store only after earlier jobs, and hands back its slot when an earlier one sits untaken", async () => {
      const target = await freshTarget();
      const pgPool = new pg.Pool({ connectionString: target, max: 2 });
      try {
        const utils = await openQueue(pgPool);
        const payload = (name: string) => ({ name, hashes: [], defaults: {} });
        const first = await utils.addJob(INGEST_TASK, payload("first.txt"));
        const second = await utils.addJob(INGEST_TASK, payload("second.txt"));
        await utils.release();
        const lock = (id: string, by: string | null) =>
          pgPool.query(
            "update graphile_worker._private_jobs set locked_by = $2, locked_at = case when $2::text is null then null else now() end, attempts = case when $2::text is null then attempts else attempts + 1 end where id = $1",
            [id, by],
          );
        // The earlier job is running: the later one waits (here until its short limit).
        await lock(first.id, "worker-a");
        await lock(second.id, "worker-b");
        expect(await waitForTurn(pgPool, second.id, { maxWaitMs: 300 })).toBe("timeout");
        // The first job is nobody's for 2 s: the second gives its slot back, attempt uncounted.
        await lock(first.id, null);
        const started = Date.now();
        expect(await waitForTurn(pgPool, second.id)).toBe("yield");
        expect(Date.now() - started).toBeGreaterThanOrEqual(1_900);
        const client = await pgPool.connect();
        try {
          await yieldJob(client, second.id, "worker-b");
        } finally {
          client.release();
        }
        const jobs = await listJobs(pgPool);
        expect(jobs.map((job) => [job.name, job.state, job.attempts])).toEqual([
          ["first.txt", "retrying", 1],
          ["second.txt", "pending", 0],
        ]);
        // An earlier job that failed (retrying with backoff) is not waited for; none left: ready.
        await pgPool.query(
          "update graphile_worker._private_jobs set last_error = '[STORE_FAILED] x', run_at = now() + interval '1 hour' where id = $1",
          [first.id],
        );
        expect(await waitForTurn(pgPool, second.id, { maxWaitMs: 300 })).toBe("ready");
        // The first job of the queue never waits.
        expect(await waitForTurn(pgPool, first.id, { maxWaitMs: 300 })).toBe("ready");
      } finally {
        await pgPool.end();
      }
    });

    it("fails a bad input for good at once with its code; kg jobs lists it and retry re-queues it", async () => {
      const target = await freshTarget();
      const bad = mkdtempSync(path.join(tmpdir(), "kg-queue-bad-"));
      try {
        writeFileSync(path.join(bad, "blank.txt"), "   \n\n  \n");
        writeFileSync(
          path.join(bad, "fine.txt"),
          "Port visit\n\nChile Navy chief Hugo Novak visited Lisbon.\n",
        );
        expect((await runKg(["enqueue", bad, "--db", target, "-q"])).stdout).toContain(
          "2 enqueued",
        );
        // A worker that waits for more jobs stops on SIGTERM with its summary and exit code 0.
        const worker = startWorker(target, ["--concurrency", "1"], false);
        await until(() => worker.output().includes("✓") && worker.output().includes("✗"));
        worker.child.kill("SIGTERM");
        expect(await worker.done).toBe(0);
        expect(worker.output()).toContain("1 ingested, 0 already present, 1 failed for good");

        const listed = await runKg(["jobs", "--db", target]);
        expect(listed.code).toBe(0);
        const line = listed.stdout.split("\n").find((row) => row.includes("blank.txt")) ?? "";
        // Not retried: one attempt, failed, with the intake code.
        expect(line).toMatch(/^\d+\tfailed\tingest_article\t1\/1\t.*blank\.txt \[EMPTY_ARTICLE\]/);
        expect(listed.stdout).toContain("1 jobs, 1 failed for good");

        const id = line.split("\t")[0] as string;
        const retried = await runKg(["jobs", "retry", id, "--db", target]);
        expect(retried.code, retried.stderr).toBe(0);
        expect(retried.stdout).toContain("1 jobs queued again");
        const after = await runKg(["jobs", "--db", target]);
        // Waiting again with a fresh count of attempts (its last error kept for the record).
        const again = after.stdout.split("\n").find((row) => row.startsWith(`${id}\t`));
        expect(again).toMatch(
          /^\d+\tpending\tingest_article\t0\/25\t.*blank\.txt \[EMPTY_ARTICLE\]/,
        );
        expect(after.stdout).toContain("1 jobs, 0 failed for good");
        const unknown = await runKg(["jobs", "retry", "999999", "--db", target]);
        expect(unknown.code).toBe(1);
        expect(unknown.stderr).toContain("[JOB_NOT_FOUND]");
      } finally {
        rmSync(bad, { recursive: true, force: true });
      }
    }, 120_000);
  });
