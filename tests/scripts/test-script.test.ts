/**
 * scripts/test.mjs is what CI reads: its closing line and exit code must count what really ran.
 * It runs here on a tiny fixture project (tests/fixtures/test-script) with vitest.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SCRIPT = fileURLToPath(new URL("../../scripts/test.mjs", import.meta.url));
const FIXTURE = fileURLToPath(new URL("../fixtures/test-script/", import.meta.url));

function runScript(files: string[], env: Record<string, string | undefined> = {}) {
  const run = spawnSync(process.execPath, [SCRIPT, ...files], {
    cwd: FIXTURE,
    encoding: "utf8",
    env: { ...process.env, CI: undefined, VITEST: undefined, NODE_ENV: undefined, ...env },
  });
  const lines = run.stdout.trim().split("\n");
  const closing = lines.findLast((line) => /^\d+ passed, \d+ failed/.test(line)) ?? "";
  return { status: run.status, closing, stdout: run.stdout };
}

describe("scripts/test.mjs", () => {
  it("passes a run where every test passed", () => {
    const run = runScript(["passes.fixture.ts"]);
    expect(run.closing).toBe("1 passed, 0 failed");
    expect(run.status).toBe(0);
  });

  it("counts a file that fails to load as a failure and exits non-zero", () => {
    const run = runScript(["passes.fixture.ts", "broken.fixture.ts"]);
    expect(run.closing).toBe("1 passed, 1 failed");
    expect(run.status).toBe(1);
  });

  it("counts each test of a file whose beforeAll throws as failed, not skipped", () => {
    const run = runScript(["passes.fixture.ts", "broken-hook.fixture.ts"]);
    expect(run.closing).toBe("1 passed, 2 failed");
    expect(run.status).toBe(1);
  });

  it("prints skipped tests, and fails on them under CI only", () => {
    const local = runScript(["skips.fixture.ts"]);
    expect(local.closing).toBe("1 passed, 0 failed, 1 skipped");
    expect(local.status).toBe(0);
    const ci = runScript(["skips.fixture.ts"], { CI: "true" });
    expect(ci.closing).toBe("1 passed, 0 failed, 1 skipped");
    expect(ci.stdout).toContain("CI: 1 skipped tests fail the run");
    expect(ci.status).toBe(1);
  });

  it("fails a run that executed no test", () => {
    const run = runScript(["no-such-file.fixture.ts"]);
    expect(run.closing).toBe("0 passed, 0 failed");
    expect(run.status).toBe(1);
  });
});
