/** The machine a benchmark ran on: CPU, cores, memory, Node, Postgres and PGlite versions. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import pg from "pg";
import { POSTGRES_ADMIN_URL } from "./postgres.js";

/** What every result file records about where it was measured. */
export interface MachineInfo {
  date: string;
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  /** `server_version` of the benchmark Postgres, or null when it could not be reached. */
  postgres: string | null;
  pglite: string | null;
  /** 1-minute load average when the run started: above the core count, other work competed for the CPU. */
  loadAverage: number;
}

const require = createRequire(import.meta.url);

function readPackageVersion(name: string): string | null {
  try {
    const file = require.resolve(`${name}/package.json`);
    return (JSON.parse(readFileSync(file, "utf8")) as { version?: string }).version ?? null;
  } catch {
    // packages with an `exports` map may hide package.json; fall back to the lock file's view
    try {
      const lock = JSON.parse(
        readFileSync(new URL("../../package-lock.json", import.meta.url), "utf8"),
      ) as {
        packages?: Record<string, { version?: string }>;
      };
      return lock.packages?.[`node_modules/${name}`]?.version ?? null;
    } catch {
      return null;
    }
  }
}

/** Asks the benchmark Postgres for its version; null when it is not running. */
export async function readPostgresVersion(url = POSTGRES_ADMIN_URL): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    const result = await client.query<{ server_version: string }>("show server_version");
    return result.rows[0]?.server_version ?? null;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Describes this machine and the software versions in play. */
export async function describeMachine(): Promise<MachineInfo> {
  return {
    date: new Date().toISOString(),
    cpu: os.cpus()[0]?.model.trim() ?? "unknown",
    cores: os.availableParallelism(),
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    postgres: await readPostgresVersion(),
    pglite: readPackageVersion("@electric-sql/pglite"),
    loadAverage: Number((os.loadavg()[0] ?? 0).toFixed(2)),
  };
}

/** One line naming the machine, printed above every table. */
export function formatMachine(machine: MachineInfo): string {
  return (
    `${machine.date.slice(0, 16).replace("T", " ")} UTC · ${machine.cpu} · ${machine.cores} cores · ` +
    `${machine.memoryGb} GB · Node ${machine.node} · Postgres ${machine.postgres ?? "n/a"} · PGlite ${machine.pglite ?? "n/a"} · load ${machine.loadAverage}`
  );
}
