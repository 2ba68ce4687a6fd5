/** Child processes for benchmarks: run with a deadline, sample memory, stop by pid. */
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { readProcessCpuMs } from "./cpu.js";

/** Resident memory of a process in MB from /proc (Linux); undefined elsewhere or after it exits. */
export function readRssMb(pid: number, field: "VmRSS" | "VmHWM" = "VmRSS"): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** What a finished command did. */
export interface CommandRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  /** Peak resident memory in MB (VmHWM sampled every 100 ms), when /proc is available. */
  peakRssMb: number | undefined;
  /** User + system CPU ms of the process (last 100 ms sample before it exited). */
  cpuMs: number | undefined;
  timedOut: boolean;
}

/** Runs a command to completion, killing it after `timeoutMs`; samples its peak RSS meanwhile. */
export async function runCommand(
  command: string,
  args: string[],
  options: { timeoutMs: number; env?: NodeJS.ProcessEnv; cwd?: string },
): Promise<CommandRun> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  let peakRssMb: number | undefined;
  let cpuMs: number | undefined;
  const sampler = setInterval(() => {
    if (child.pid === undefined) return;
    const hwm = readRssMb(child.pid, "VmHWM");
    if (hwm !== undefined) peakRssMb = Math.max(peakRssMb ?? 0, hwm);
    cpuMs = readProcessCpuMs(child.pid) ?? cpuMs;
  }, 100);
  let timedOut = false;
  const killer = setTimeout(() => {
    timedOut = true;
    child.kill("SIGKILL");
  }, options.timeoutMs);
  const exitCode = await new Promise<number | null>((resolve) => {
    child.once("error", (error) => {
      stderr += String(error);
      resolve(null);
    });
    child.once("close", (code) => resolve(code));
  });
  clearInterval(sampler);
  clearTimeout(killer);
  return {
    exitCode,
    stdout,
    stderr,
    seconds: (performance.now() - started) / 1000,
    peakRssMb,
    cpuMs,
    timedOut,
  };
}

/** Stops a child started by a benchmark (SIGTERM, then SIGKILL after a grace period). */
export async function stopChild(child: ChildProcess, graceMs = 3000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}
