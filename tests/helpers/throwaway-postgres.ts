/**
 * A Postgres cluster of the test's own (initdb in a temporary folder, another port), so a test
 * can stop and restart it under load. Fails, never skips, when the server binaries are missing.
 */
import { execFileSync } from "node:child_process";
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
  start(): void;
  /** `fast` ends sessions (administrator command); `immediate` kills the server. */
  stop(mode: "fast" | "immediate"): void;
  destroy(): void;
}

/** Creates and starts a cluster; Postgres refuses to run as root, so root runs it as `postgres`. */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = findBinDir();
  const folder = mkdtempSync(path.join(tmpdir(), "kg-throwaway-pg-"));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(folder, uid, gid);
  }
  const run = (tool: string, args: string[]) => {
    const command = path.join(bin, tool);
    if (asRoot)
      execFileSync("runuser", ["-u", "postgres", "--", command, ...args], { stdio: "pipe" });
    else execFileSync(command, args, { stdio: "pipe" });
  };
  const data = path.join(folder, "data");
  run("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync"]);
  const port = await freePort();
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const cluster: ThrowawayPostgres = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start: () =>
      run("pg_ctl", ["-D", data, "-o", options, "-l", path.join(folder, "log"), "-w", "start"]),
    stop: (mode) => run("pg_ctl", ["-D", data, "-m", mode, "-w", "stop"]),
    destroy: () => {
      try {
        cluster.stop("immediate");
      } catch {
        // Already stopped.
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
  cluster.start();
  return cluster;
}
