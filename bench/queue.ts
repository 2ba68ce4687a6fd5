/**
 * `npm run bench:queue`: articles/s through the Postgres job queue (`kg enqueue`, then 1, 2 and
 * 4 `kg worker` processes) beside one `kg ingest` of the same BBC articles, each run into a fresh
 * Postgres database (dropped after). Every run's graph is compared with `kg ingest`'s (counts
 * and the checksum of src/db/graph-state.ts). With --verify it also runs 3 workers, SIGKILLs one
 * part-way, restarts it, and checks the end state equals `kg ingest`'s with no job left.
 * Options: --limit N articles (default 300, spread over the corpus's topics), --concurrency C
 * jobs per worker (default 2), --workers 1,2,4, --verify, --unordered (one more run with
 * `kg worker --no-ordered`, to show what storing out of queue order changes).
 * Postgres: BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { openDatabase } from "../src/db/database.js";
import { type GraphPart, type GraphState, readGraphState } from "../src/db/graph-state.js";
import { listCorpusFiles } from "./lib/corpus.js";
import { describeMachine } from "./lib/machine.js";
import { createScratchDatabase, dropScratchDatabase, queryRows } from "./lib/postgres.js";
import { runCommand } from "./lib/processes.js";
import { saveResult } from "./lib/results.js";
import { round } from "./lib/stats.js";
import { formatTable } from "./lib/table.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const KG = fileURLToPath(new URL("../bin/kg.mjs", import.meta.url));
/** A run that takes longer is stopped and reported as such. */
const RUN_TIMEOUT_MS = 10 * 60_000;

const { values: options } = parseArgs({
  options: {
    limit: { type: "string", default: "300" },
    concurrency: { type: "string", default: "2" },
    workers: { type: "string", default: "1,2,4" },
    verify: { type: "boolean", default: false },
    unordered: { type: "boolean", default: false },
  },
});
const LIMIT = Number(options.limit);
const CONCURRENCY = Number(options.concurrency);
const WORKER_COUNTS = options.workers.split(",").map(Number);
if (!Number.isInteger(LIMIT) || LIMIT < 1) throw new Error(`--limit must be a positive integer`);
if (!Number.isInteger(CONCURRENCY) || CONCURRENCY < 1)
  throw new Error(`--concurrency must be a positive integer`);
if (WORKER_COUNTS.some((n) => !Number.isInteger(n) || n < 1))
  throw new Error(`--workers must list positive integers, e.g. 1,2,4`);

const CHILD_ENV = { ...process.env, DATABASE_URL: "", KG_QUIET_DEV: "1" };

/** One measured way of getting the articles into the graph. */
interface Run {
  method: string;
  workers: number | null;
  articles: number;
  /** Enqueue time (queue runs): `kg enqueue` of the whole folder. */
  enqueueSeconds?: number;
  /** From the workers' start until the queue is empty (queue), or the process's wall time (ingest). */
  seconds: number;
  articlesPerSecond: number;
  state: GraphState;
  /** Parts of the graph that differ from `kg ingest`'s. */
  differs: GraphPart[];
  note?: string;
}

/** A folder of symlinks to `limit` corpus files spread evenly over the sorted list (all topics). */
function sampleCorpus(limit: number): { folder: string; count: number; stride: number } {
  const files = listCorpusFiles();
  const stride = Math.max(1, Math.floor(files.length / limit));
  const chosen = files.filter((_, i) => i % stride === 0).slice(0, limit);
  const folder = mkdtempSync(path.join(tmpdir(), "kg-bench-queue-"));
  const articles = path.join(folder, "bbc");
  mkdirSync(articles);
  for (const [i, file] of chosen.entries())
    symlinkSync(file, path.join(articles, `${String(i).padStart(5, "0")}-${path.basename(file)}`));
  return { folder: articles, count: chosen.length, stride };
}

async function graphStateOf(url: string): Promise<GraphState> {
  const database = await openDatabase({ kind: "postgres", url }, { poolSize: 1 });
  try {
    return await readGraphState(database.db);
  } finally {
    await database.close();
  }
}

function differingParts(state: GraphState, reference: GraphState | undefined): GraphPart[] {
  if (!reference) return [];
  return (Object.keys(state.parts) as GraphPart[]).filter(
    (part) => state.parts[part] !== reference.parts[part],
  );
}

/** The queue's jobs: all of them, and those a worker holds now. */
async function queueCounts(url: string): Promise<{ jobs: number; locked: number }> {
  const [row] = await queryRows<{ jobs: number; locked: number }>(
    url,
    `select count(*)::int as jobs, count(locked_at)::int as locked
       from graphile_worker._private_jobs`,
  );
  return row ?? { jobs: 0, locked: 0 };
}

async function articleCount(url: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(url, "select count(*)::int as n from articles");
  return row?.n ?? 0;
}

/** A `kg worker` process, with its output and its exit. */
interface WorkerProcess {
  child: ChildProcess;
  output: () => string;
  done: Promise<number | null>;
}

function startWorker(url: string, quiet = true, ordered = true): WorkerProcess {
  const child = spawn(
    process.execPath,
    [
      KG,
      "worker",
      "--db",
      url,
      "--exit-when-empty",
      "--concurrency",
      String(CONCURRENCY),
      ...(quiet ? ["-q"] : []),
      ...(ordered ? [] : ["--no-ordered"]),
    ],
    { cwd: ROOT, env: CHILD_ENV, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const done = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  return { child, output: () => output, done };
}

/** Resolves once `check` holds (polled every 100 ms); rejects after the run's deadline. */
async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + RUN_TIMEOUT_MS;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** One `kg ingest` of the folder: the reference graph and its rate. */
async function runIngest(folder: string, count: number): Promise<Run & { url: string }> {
  const url = await createScratchDatabase("kg_bench_queue_ingest");
  const run = await runCommand(process.execPath, [KG, "ingest", folder, "--db", url, "--quiet"], {
    cwd: ROOT,
    env: CHILD_ENV,
    timeoutMs: RUN_TIMEOUT_MS,
  });
  if (run.exitCode !== 0)
    throw new Error(`kg ingest failed (${run.exitCode}): ${run.stdout}${run.stderr}`);
  const articles = await articleCount(url);
  // "298 ingested, 2 already present, 0 failed in …": the corpus repeats a few articles.
  const summary = /(\d+) ingested, (\d+) already present, (\d+) failed/.exec(run.stdout);
  return {
    url,
    method: "kg ingest",
    workers: null,
    articles,
    seconds: run.seconds,
    articlesPerSecond: articles / run.seconds,
    state: await graphStateOf(url),
    differs: [],
    note:
      articles === count
        ? undefined
        : `${count} files, ${articles} articles stored (kg ingest: ${summary?.[0] ?? "no summary line"})`,
  };
}

async function enqueue(folder: string, url: string): Promise<number> {
  const run = await runCommand(process.execPath, [KG, "enqueue", folder, "--db", url, "-q"], {
    cwd: ROOT,
    env: CHILD_ENV,
    timeoutMs: RUN_TIMEOUT_MS,
  });
  if (run.exitCode !== 0)
    throw new Error(`kg enqueue failed (${run.exitCode}): ${run.stdout}${run.stderr}`);
  return run.seconds;
}

/** `kg enqueue` the folder, then `workers` workers until the queue is empty. */
async function runQueue(
  folder: string,
  workers: number,
  reference: GraphState,
  ordered = true,
): Promise<Run> {
  const name = `kg_bench_queue_w${workers}${ordered ? "" : "_unordered"}`;
  const url = await createScratchDatabase(name);
  try {
    const enqueueSeconds = await enqueue(folder, url);
    const started = performance.now();
    const processes = Array.from({ length: workers }, () => startWorker(url, true, ordered));
    await until(async () => (await queueCounts(url)).jobs === 0, "the queue to drain");
    const seconds = (performance.now() - started) / 1000;
    const codes = await Promise.all(processes.map((worker) => worker.done));
    const articles = await articleCount(url);
    const state = await graphStateOf(url);
    const failed = codes.filter((code) => code !== 0).length;
    return {
      method: ordered ? "kg enqueue + kg worker" : "kg enqueue + kg worker --no-ordered",
      workers,
      articles,
      enqueueSeconds,
      seconds,
      articlesPerSecond: articles / seconds,
      state,
      differs: differingParts(state, reference),
      note: failed > 0 ? `${failed} worker(s) exited with an error` : undefined,
    };
  } finally {
    await dropScratchDatabase(name);
  }
}

/** What --verify found. */
interface Verification {
  workers: number;
  killedAfterArticles: number;
  killedWorkerStored: number;
  equal: boolean;
  differs: GraphPart[];
  jobsLeft: number;
  jobsRunning: number;
  /** Whether a live worker put the killed one's jobs back ([WORKER_LOST]). */
  released: boolean;
  state: GraphState;
  seconds: number;
}

/**
 * Three workers; one is SIGKILLed once a third of the articles is stored, then started again;
 * the end state must equal `kg ingest`'s, with no job left in the queue or running.
 */
async function runVerify(
  folder: string,
  count: number,
  reference: GraphState,
): Promise<Verification> {
  const name = "kg_bench_queue_verify";
  const url = await createScratchDatabase(name);
  try {
    await enqueue(folder, url);
    const started = performance.now();
    const [victim, ...others] = [startWorker(url, false), startWorker(url), startWorker(url)] as [
      WorkerProcess,
      ...WorkerProcess[],
    ];
    const killAt = Math.max(1, Math.floor(count / 3));
    await until(async () => (await articleCount(url)) >= killAt, "a third of the articles");
    const killedAfterArticles = await articleCount(url);
    victim.child.kill("SIGKILL");
    await victim.done;
    const restarted = startWorker(url);
    await until(async () => (await queueCounts(url)).jobs === 0, "the queue to drain");
    const codes = await Promise.all([...others, restarted].map((worker) => worker.done));
    if (codes.some((code) => code !== 0)) throw new Error(`a worker failed: ${codes.join(", ")}`);
    const seconds = (performance.now() - started) / 1000;
    const left = await queueCounts(url);
    const state = await graphStateOf(url);
    const differs = differingParts(state, reference);
    return {
      workers: 3,
      killedAfterArticles,
      killedWorkerStored: (victim.output().match(/^✓/gm) ?? []).length,
      equal: state.checksum === reference.checksum,
      differs,
      jobsLeft: left.jobs,
      jobsRunning: left.locked,
      released: [...others, restarted].some((worker) => worker.output().includes("[WORKER_LOST]")),
      state,
      seconds,
    };
  } finally {
    await dropScratchDatabase(name);
  }
}

async function main(): Promise<void> {
  const machine = await describeMachine();
  const { folder, count, stride } = sampleCorpus(LIMIT);
  const runs: Run[] = [];
  let verification: Verification | undefined;
  const runStarted = performance.now();
  try {
    process.stderr.write(`kg ingest of ${count} articles…\n`);
    const ingest = await runIngest(folder, count);
    try {
      runs.push(ingest);
      for (const workers of WORKER_COUNTS) {
        process.stderr.write(`queue with ${workers} worker(s)…\n`);
        runs.push(await runQueue(folder, workers, ingest.state));
      }
      if (options.unordered) {
        const workers = Math.max(...WORKER_COUNTS);
        process.stderr.write(`queue with ${workers} worker(s), --no-ordered…\n`);
        runs.push(await runQueue(folder, workers, ingest.state, false));
      }
      if (options.verify) {
        process.stderr.write("verify: 3 workers, one SIGKILLed and restarted…\n");
        verification = await runVerify(folder, count, ingest.state);
      }
    } finally {
      await dropScratchDatabase("kg_bench_queue_ingest");
    }
  } finally {
    rmSync(path.dirname(folder), { recursive: true, force: true });
  }

  const table = formatTable(
    ["method", "workers", "articles", "enqueue s", "seconds", "articles/s", "graph = kg ingest's"],
    runs.map((run) => [
      run.method,
      run.workers === null ? null : `${run.workers} × --concurrency ${CONCURRENCY}`,
      run.articles,
      run.enqueueSeconds === undefined ? null : round(run.enqueueSeconds),
      round(run.seconds),
      round(run.articlesPerSecond),
      run.method === "kg ingest"
        ? "(reference)"
        : run.differs.length === 0
          ? "yes"
          : `no: ${run.differs.join(", ")}`,
    ]),
  );
  const stateTable = formatTable(
    ["graph", "articles", "entities", "aliases", "mentions", "relations", "evidence", "checksum"],
    [
      ...runs.map((run) => ({
        label:
          run.workers === null
            ? run.method
            : `${run.workers} workers${run.method.endsWith("--no-ordered") ? ", --no-ordered" : ""}`,
        state: run.state,
      })),
      ...(verification ? [{ label: "verify (SIGKILL)", state: verification.state }] : []),
    ].map(({ label, state }) => [
      label,
      state.articles,
      state.entities,
      state.aliases,
      state.mentions,
      state.relations,
      state.evidence,
      state.checksum.slice(0, 12),
    ]),
  );
  const notes = [
    `${count} BBC articles (every ${stride}th file of the sorted corpus, all topics), each run into a fresh Postgres database.`,
    "kg ingest: `node bin/kg.mjs ingest <folder> --quiet` (default threads), seconds = process wall time including start-up.",
    `queue: \`kg enqueue <folder>\` (timed apart: enqueue s), then N \`kg worker --exit-when-empty --concurrency ${CONCURRENCY}\` processes; seconds = from starting the workers until the queue is empty (start-up included).`,
    "graph = kg ingest's: the counts and the SHA-256 over every entity, alias, mention, relation, evidence and co-occurrence row (ids left out; src/db/graph-state.ts) equal those of the kg ingest run.",
    ...(verification
      ? [
          `verify: 3 workers; one SIGKILLed after ${verification.killedAfterArticles} articles were stored (it had stored ${verification.killedWorkerStored}), then restarted; ` +
            `${verification.released ? "its jobs in hand were put back by a live worker [WORKER_LOST]; " : ""}` +
            `end state ${verification.equal ? "**equals**" : `**differs** (${verification.differs.join(", ")})`} kg ingest's; ` +
            `${verification.jobsLeft} jobs left, ${verification.jobsRunning} running; ${round(verification.seconds)} s.`,
        ]
      : []),
    ...runs
      .filter((run) => run.note)
      .map((run) => `${run.method} ${run.workers ?? ""}: ${run.note}`),
  ];
  const markdown = `${table}\n\n${stateTable}\n\n${notes.map((note) => `- ${note}`).join("\n")}`;
  saveResult(
    "queue",
    machine,
    {
      corpus: { files: count },
      concurrency: CONCURRENCY,
      runs: runs.map((run) => ({
        ...run,
        seconds: round(run.seconds),
        enqueueSeconds: run.enqueueSeconds === undefined ? undefined : round(run.enqueueSeconds),
        articlesPerSecond: round(run.articlesPerSecond),
      })),
      verification,
      elapsedSeconds: round((performance.now() - runStarted) / 1000),
    },
    markdown,
  );
  if (verification && (!verification.equal || verification.jobsLeft > 0)) process.exitCode = 1;
}

await main();
