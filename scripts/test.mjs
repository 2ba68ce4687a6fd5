#!/usr/bin/env node
// Runs the whole suite (pipeline, then PGlite and Postgres projects) and prints a closing
// "N passed, N failed" line from vitest's JSON report, so a run that executed nothing shows.
// Exits non-zero on any failed test or file, on a run where nothing passed, and under CI
// (`CI` set) on any skipped test.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

const report = "test-results/vitest.json";
mkdirSync("test-results", { recursive: true });
rmSync(report, { force: true });
const run = spawnSync(
  "npx",
  [
    "vitest",
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ],
  { stdio: "inherit" },
);
let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(report)) {
  const result = JSON.parse(readFileSync(report, "utf8"));
  passed = result.numPassedTests ?? 0;
  failed = result.numFailedTests ?? 0;
  skipped = (result.numPendingTests ?? 0) + (result.numTodoTests ?? 0);
  // A file that fails to load, or whose beforeAll throws, reports its tests as skipped (or has
  // none): those are failures, counted once per test that could not run (at least one a file).
  for (const file of result.testResults ?? []) {
    const assertions = file.assertionResults ?? [];
    if (file.status !== "failed" || assertions.some((a) => a.status === "failed")) continue;
    const notRun = assertions.filter((a) => a.status !== "passed").length;
    failed += Math.max(1, notRun);
    skipped -= notRun;
  }
} else {
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`);
// In CI every prerequisite is installed, so a skipped test hides a check that did not run.
const inCi = Boolean(process.env.CI) && process.env.CI !== "false" && process.env.CI !== "0";
if (inCi && skipped > 0) console.log(`CI: ${skipped} skipped tests fail the run`);
if (passed === 0) console.log("no test passed: the run fails");
process.exit(run.status === 0 && failed === 0 && passed > 0 && !(inCi && skipped > 0) ? 0 : 1);
