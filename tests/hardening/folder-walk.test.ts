/**
 * Issue 12, item 5: walking a folder ends on symlink loops, reports an unreadable entry with its
 * code while the rest go in, and refuses FIFOs and devices with their own code instead of hanging
 * on them. Root reads everything, so as root `kg` runs without CAP_DAC_OVERRIDE (setpriv).
 */
import { execFileSync, spawn } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CliResult } from "../helpers/cli.js";
import { BACKEND, createTestTarget } from "../helpers/db.js";

const AS_ROOT = process.getuid?.() === 0;
const DROP_READ_ANYTHING = [
  "--bounding-set=-dac_override,-dac_read_search",
  "--inh-caps=-dac_override,-dac_read_search",
];

let target: Awaited<ReturnType<typeof createTestTarget>>;
let work: string;
let tree: string;

/** Runs `kg args...` as a user bound by file permissions, killed after `timeoutMs`. */
function runKgUnprivileged(args: string[], timeoutMs = 90_000): Promise<CliResult> {
  const command = AS_ROOT ? "setpriv" : process.execPath;
  const prefix = AS_ROOT ? [...DROP_READ_ANYTHING, process.execPath] : [];
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...prefix, "bin/kg.mjs", ...args], {
      env: { ...process.env, DATABASE_URL: "", KG_API_KEYS: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

function article(place: string): string {
  return `Talks in ${place}\n\nThe prime minister of Ireland, Sean Walsh, met officials from Ghana in ${place} on Monday.\n`;
}

beforeAll(async () => {
  target = await createTestTarget();
  work = mkdtempSync(path.join(tmpdir(), "kg-walk-"));
  tree = path.join(work, "tree");
  mkdirSync(path.join(tree, "sub"), { recursive: true });
  mkdirSync(path.join(tree, "locked"));
  writeFileSync(path.join(tree, "a.txt"), article("Dublin"));
  writeFileSync(path.join(tree, "sub", "b.txt"), article("Accra"));
  writeFileSync(path.join(tree, "locked", "c.txt"), article("Cork"));
  chmodSync(path.join(tree, "locked"), 0o000);
  symlinkSync("..", path.join(tree, "sub", "up"));
  symlinkSync(".", path.join(tree, "sub", "here"));
  execFileSync("mkfifo", [path.join(tree, "pipe.txt")]);
  symlinkSync("/dev/null", path.join(tree, "null.txt"));
});
afterAll(async () => {
  if (work) {
    chmodSync(path.join(tree, "locked"), 0o700);
    rmSync(work, { recursive: true, force: true });
  }
  await target?.cleanup();
});

describe(`kg ingest walking a folder on ${BACKEND}`, () => {
  it("ingests what it can read and reports each other entry with its code", async () => {
    const result = await runKgUnprivileged([
      "ingest",
      tree,
      "--workers",
      "0",
      "--db",
      target.target,
    ]);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toMatch(/✓ Talks in Dublin/);
    expect(result.stdout).toMatch(/✓ Talks in Accra/);
    expect(result.stdout).toContain(
      `✗ ${path.join(tree, "locked")}: permission denied (EACCES) [UNREADABLE]`,
    );
    expect(result.stdout).toContain(
      `✗ ${path.join(tree, "pipe.txt")}: a FIFO (named pipe) [NOT_A_FILE]`,
    );
    expect(result.stdout).toContain(
      `✗ ${path.join(tree, "null.txt")}: a character device [NOT_A_FILE]`,
    );
    expect(result.stderr).toContain(`${path.join(tree, "sub", "up")}: links to`);
    expect(result.stderr).toMatch(/\[SYMLINK_LOOP\]/);
    expect(result.stdout).toContain("2 ingested, 0 already present, 3 failed");
  });

  it("refuses a FIFO named on the command line instead of waiting on it", async () => {
    const result = await runKgUnprivileged(
      ["ingest", path.join(tree, "pipe.txt"), "--db", target.target],
      30_000,
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("a FIFO (named pipe) [NOT_A_FILE]");
  });
});
