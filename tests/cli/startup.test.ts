/**
 * `kg` runs compiled JavaScript from dist/ (npm install builds it through `prepare`), and falls
 * back to the TypeScript sources through tsx when a source file is newer than the build.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { IN_CI } from "../helpers/prerequisites.js";

function newestSource(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const file = `${folder}/${entry.name}`;
    newest = Math.max(newest, entry.isDirectory() ? newestSource(file) : statSync(file).mtimeMs);
  }
  return newest;
}

const BUILT = "dist/BUILT";
const SEED = "../shared/corpus/seed-article.txt";
const FRESH_BUILD =
  existsSync(BUILT) && statSync(BUILT).mtimeMs >= Math.max(newestSource("src"), newestSource("db"));

function kg(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ["bin/kg.mjs", ...args], {
    encoding: "utf8",
    env: { ...process.env, KG_QUIET_DEV: "", ...env },
  });
}

describe("kg start-up", () => {
  // In CI, npm ci has just built dist/; on a developer's machine the build may be stale.
  it.runIf(FRESH_BUILD || IN_CI)("runs the compiled CLI when the build is fresh", () => {
    expect(existsSync("dist/src/cli/main.js")).toBe(true);
    const run = kg(["--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Usage: kg/);
    expect(run.stderr).not.toMatch(/running the TypeScript sources|through tsx/);
  });

  it.runIf(FRESH_BUILD || IN_CI)("ingests on a compiled analysis worker thread", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kg-startup-"));
    try {
      const run = kg(["ingest", SEED, "--db", dir, "--workers", "1"]);
      expect(run.stderr).not.toMatch(/through tsx|TypeScript sources/);
      expect(run.stdout).toMatch(/^1 ingested, 0 already present, 0 failed/m);
      expect(run.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses to run the sources when a benchmark requires the build", () => {
    const run = kg(["--help"], { KG_FROM_SOURCES: "1", KG_REQUIRE_BUILD: "1" });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/KG_REQUIRE_BUILD=1.*npm run build/);
    expect(run.stdout).toBe("");
  });
});
