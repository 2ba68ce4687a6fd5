/**
 * A Postgres cluster of the test's own (initdb in a temporary folder, another port), so a test
 * can stop and restart it under load. Fails, never skips, when the server binaries are missing.
 */
import { execFile, execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const POSTGRES_ROOT = "/usr/lib/postgresql";

function findBinDir(): string {
  const versions = existsSync(POSTGRES_ROOT)
    ? readdirSync(POSTGRES_ROOT)
        .filter((name) => existsSync(path.join(POSTGRES_ROOT, name, "bin", "initdb")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions[0]) {
    throw new Error(`no Postgres server binaries under ${POSTGRES_ROOT}/*/bin (initdb, pg_ctl)`);
  }
  return path.join(POSTGRES_ROOT, versions[0], "bin");
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A running throwaway cluster. */
export interface ThrowawayPostgres {
  url: string;
  port: number;
  /** The server's log (startup, errors; every statement with `log_statement=all`). */
  logFile: string;
  start(): void;
  /** `fast` ends sessions (administrator command); `immediate` kills the server. */
  stop(mode: "fast" | "immediate"): void;
  /** `stop` without blocking this process's event loop (its clients keep running meanwhile). */
  stopInBackground(mode: "fast" | "immediate"): Promise<void>;
  destroy(): void;
}

/** Server settings (`-c name=value`) for a throwaway cluster. */
export type ServerSettings = Record<string, string>;

/** A temporary folder the server's user owns, and how to run a server binary as that user. */
function prepareFolder(prefix: string) {
  const bin = findBinDir();
  const folder = mkdtempSync(path.join(tmpdir(), prefix));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(folder, uid, gid);
  }
  const commandLine = (tool: string, args: string[]): [string, string[]] => {
    const command = path.join(bin, tool);
    return asRoot ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
  };
  const run = (tool: string, args: string[]) => {
    const [command, all] = commandLine(tool, args);
    execFileSync(command, all, { stdio: "pipe" });
  };
  const runInBackground = (tool: string, args: string[]) =>
    new Promise<void>((resolve, reject) => {
      const [command, all] = commandLine(tool, args);
      execFile(command, all, (error) => (error ? reject(error) : resolve()));
    });
  return { folder, run, runInBackground };
}

/** Starts the server in `folder`/data on a free port; `destroy` stops it and removes the folder. */
async function runCluster(
  { folder, run, runInBackground }: ReturnType<typeof prepareFolder>,
  settings: ServerSettings,
): Promise<ThrowawayPostgres> {
  const data = path.join(folder, "data");
  const port = await freePort();
  const extra = Object.entries(settings).map(([name, value]) => ` -c ${name}=${value}`);
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off${extra.join("")}`;
  const logFile = path.join(folder, "log");
  const cluster: ThrowawayPostgres = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    logFile,
    start: () => run("pg_ctl", ["-D", data, "-o", options, "-l", logFile, "-w", "start"]),
    stop: (mode) => run("pg_ctl", ["-D", data, "-m", mode, "-w", "stop"]),
    stopInBackground: (mode) => runInBackground("pg_ctl", ["-D", data, "-m", mode, "-w", "stop"]),
    destroy: () => {
      try {
        cluster.stop("immediate");
      } catch {
        // Already stopped.
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
  try {
    cluster.start();
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  return cluster;
}

/**
 * Creates and starts a cluster; Postgres refuses to run as root, so root runs it as `postgres`.
 * initdb's defaults allow replication connections from 127.0.0.1 (trust), so
 * `startThrowawayStandby` can stream from it.
 */
export async function startThrowawayPostgres(
  settings: ServerSettings = {},
): Promise<ThrowawayPostgres> {
  const prepared = prepareFolder("kg-throwaway-pg-");
  const data = path.join(prepared.folder, "data");
  try {
    prepared.run("initdb", [
      "-D",
      data,
      "-A",
      "trust",
      "-U",
      "postgres",
      "-E",
      "UTF8",
      "--no-sync",
    ]);
  } catch (error) {
    rmSync(prepared.folder, { recursive: true, force: true });
    throw error;
  }
  return runCluster(prepared, settings);
}

/**
 * A streaming hot standby of `primary`: `pg_basebackup -R` (which writes the standby settings)
 * into a temporary folder, started on a port of its own. Read-only; it replays the primary's
 * writes a moment after they commit.
 */
export async function startThrowawayStandby(
  primary: ThrowawayPostgres,
  settings: ServerSettings = {},
): Promise<ThrowawayPostgres> {
  const prepared = prepareFolder("kg-throwaway-standby-");
  const data = path.join(prepared.folder, "data");
  try {
    prepared.run("pg_basebackup", [
      "-d",
      `host=127.0.0.1 port=${primary.port} user=postgres`,
      "-D",
      data,
      "-R",
      "-X",
      "stream",
      "-c",
      "fast",
      "--no-sync",
    ]);
  } catch (error) {
    rmSync(prepared.folder, { recursive: true, force: true });
    throw error;
  }
  return runCluster(prepared, { hot_standby: "on", ...settings });
}
