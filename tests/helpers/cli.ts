/** Runs the real `kg` binary in a child process. */
import { type ChildProcess, spawn } from "node:child_process";

/** What a finished `kg` process printed and returned. */
export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

const KG = ["bin/kg.mjs"];

/** Runs `kg args...` to completion, optionally feeding stdin. */
export function runKg(
  args: string[],
  options: { input?: string | Buffer; env?: Record<string, string> } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...KG, ...args], {
      env: { ...process.env, DATABASE_URL: "", KG_API_KEYS: "", KG_QUIET_DEV: "1", ...options.env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? "");
  });
}

/** Starts `kg serve` and resolves with its URL once it listens. */
export function startKgServe(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ url: string; child: ChildProcess; output: () => string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...KG, "serve", "--port", "0", ...args], {
      env: { ...process.env, DATABASE_URL: "", KG_API_KEYS: "", KG_QUIET_DEV: "1", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = /GraphQL \+ GraphiQL: (http:\/\/\S+)\/graphql/.exec(output);
      if (match?.[1]) resolve({ url: match[1], child, output: () => output });
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("close", (code) => reject(new Error(`kg serve exited with ${code}: ${output}`)));
  });
}

/**
 * Stops a `kg serve` child and waits until it has exited: its embedded database is still
 * closing (writing to its folder) for a moment after the signal, and a folder removed meanwhile
 * fails with ENOTEMPTY.
 */
export async function stopKgServe(server: { child: ChildProcess } | undefined): Promise<void> {
  const child = server?.child;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill();
  await exited;
}
