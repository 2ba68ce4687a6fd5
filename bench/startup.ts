/**
 * bench:startup — how fast `kg` starts from the compiled build (dist/) against the same commands
 * run from TypeScript through tsx, interleaved in one run so machine load hits both alike:
 * `kg --help`, `kg query` on a small embedded database, and `kg serve` until /health answers.
 * Medians of wall-clock milliseconds, and the ratio.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describeMachine } from "./lib/machine.js";
import { createScratchDatabase, dropScratchDatabase } from "./lib/postgres.js";
import { saveResult } from "./lib/results.js";
import { median, round } from "./lib/stats.js";
import { formatTable } from "./lib/table.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const KG = path.join(ROOT, "bin/kg.mjs");
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const MODES = { compiled: { KG_FROM_SOURCES: "" }, tsx: { KG_FROM_SOURCES: "1" } } as const;
type Mode = keyof typeof MODES;
const PG_DATABASE = "kg_bench_startup";

function env(mode: Mode): NodeJS.ProcessEnv {
  return { ...process.env, ...MODES[mode], KG_QUIET_DEV: "1", DATABASE_URL: "", KG_API_KEYS: "" };
}

function timeCommand(mode: Mode, args: string[]): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, [KG, ...args], { env: env(mode), encoding: "utf8" });
  if (run.status !== 0) throw new Error(`kg ${args.join(" ")} failed: ${run.stderr}`);
  return performance.now() - started;
}

async function timeServe(mode: Mode, db: string): Promise<number> {
  const started = performance.now();
  const child: ChildProcess = spawn(
    process.execPath,
    [KG, "serve", "--db", db, "--port", "0", "--no-sample"],
    { env: env(mode), stdio: ["ignore", "pipe", "pipe"] },
  );
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let output = "";
      const onData = (chunk: Buffer) => {
        output += chunk;
        const match = /health: (http:\/\/\S+)/.exec(output);
        if (match?.[1]) resolve(match[1]);
      };
      child.stdout?.on("data", onData);
      child.stderr?.on("data", onData);
      child.on("exit", (code) => reject(new Error(`kg serve exited ${code}: ${output}`)));
    });
    for (;;) {
      try {
        if ((await fetch(url)).ok) return performance.now() - started;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }
  } finally {
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
  }
}

async function main(): Promise<void> {
  if (!existsSync(path.join(ROOT, "dist/BUILT"))) {
    console.error("bench:startup needs the build: npm run build");
    process.exit(1);
  }
  const machine = await describeMachine();
  const db = mkdtempSync(path.join(tmpdir(), "kg-startup-"));
  // The same sample graph on Postgres, when a server is reachable (BENCH_POSTGRES_URL).
  const postgres = await createScratchDatabase(PG_DATABASE).catch((error: unknown) => {
    process.stderr.write(`no Postgres row: ${error instanceof Error ? error.message : error}\n`);
    return undefined;
  });
  try {
    // A small embedded database for kg query and kg serve.
    const sample = path.join(ROOT, "src/server/sample");
    timeCommand("compiled", ["ingest", sample, "--db", db, "-q"]);
    if (postgres) timeCommand("compiled", ["ingest", sample, "--db", postgres, "-q"]);
    const samples: Record<string, Record<Mode, number[]>> = {
      "kg --help": { compiled: [], tsx: [] },
      "kg query (embedded db)": { compiled: [], tsx: [] },
      "kg serve → /health": { compiled: [], tsx: [] },
      ...(postgres ? { "kg serve → /health (Postgres)": { compiled: [], tsx: [] } } : {}),
    };
    for (let run = 0; run < RUNS; run++) {
      for (const mode of ["compiled", "tsx"] as const) {
        samples["kg --help"]![mode].push(timeCommand(mode, ["--help"]));
        samples["kg query (embedded db)"]![mode].push(
          timeCommand(mode, ["query", "{ articles { totalCount } }", "--db", db]),
        );
        samples["kg serve → /health"]![mode].push(await timeServe(mode, db));
        if (postgres)
          samples["kg serve → /health (Postgres)"]![mode].push(await timeServe(mode, postgres));
      }
      process.stderr.write(`run ${run + 1}/${RUNS}\n`);
    }
    const rows = Object.entries(samples).map(([command, byMode]) => {
      const compiled = median(byMode.compiled);
      const tsx = median(byMode.tsx);
      return {
        command,
        compiledMs: Math.round(compiled),
        tsxMs: Math.round(tsx),
        ratio: round(tsx / compiled, 2),
      };
    });
    const table = formatTable(
      ["command", "compiled (median ms)", "tsx (median ms)", "tsx / compiled"],
      rows.map((row) => [row.command, row.compiledMs, row.tsxMs, row.ratio]),
    );
    saveResult("startup", machine, { runs: RUNS, rows, samples }, table);
  } finally {
    rmSync(db, { recursive: true, force: true });
    if (postgres) await dropScratchDatabase(PG_DATABASE);
  }
}

await main();
