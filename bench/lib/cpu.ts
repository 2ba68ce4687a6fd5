/**
 * CPU time, the measure that survives a shared machine: wall time counts whatever else runs,
 * CPU time counts only the work done. Linux /proc; every reader returns undefined elsewhere.
 */
import { readFileSync } from "node:fs";
import pg from "pg";

/** Linux's USER_HZ: /proc reports CPU time in these ticks on every mainstream kernel. */
const TICKS_PER_SECOND = 100;

/** User + system CPU time a process has used so far, in ms. */
export function readProcessCpuMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // fields after the command name, which may itself contain spaces and parentheses
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/** This process's CPU time (all threads, so worker threads count), in ms. */
export function ownCpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/**
 * Sums the CPU time of the Postgres backends serving one database, sampling pg_stat_activity
 * every 200 ms (a backend's last sample stands for its total). Needs Postgres on this machine.
 */
export class PostgresCpuMeter {
  private readonly perBackend = new Map<number, number>();
  private readonly client: pg.Client;
  private timer: NodeJS.Timeout | undefined;
  private available = true;
  private result: Promise<number | undefined> | undefined;

  constructor(
    adminUrl: string,
    private readonly database: string,
  ) {
    this.client = new pg.Client({ connectionString: adminUrl });
  }

  private async sample(): Promise<void> {
    try {
      const { rows } = await this.client.query<{ pid: number }>(
        "select pid from pg_stat_activity where datname = $1",
        [this.database],
      );
      for (const { pid } of rows) {
        const ms = readProcessCpuMs(pid);
        if (ms === undefined) this.available = false;
        else this.perBackend.set(pid, Math.max(this.perBackend.get(pid) ?? 0, ms));
      }
    } catch {
      this.available = false;
    }
  }

  /** Starts sampling. */
  async start(): Promise<void> {
    await this.client.connect();
    await this.sample();
    this.timer = setInterval(() => void this.sample(), 200);
  }

  /** Stops sampling (once; later calls return the same total). */
  stop(): Promise<number | undefined> {
    this.result ??= this.finish();
    return this.result;
  }

  /** The backends' total CPU ms, or undefined when /proc could not be read. */
  private async finish(): Promise<number | undefined> {
    clearInterval(this.timer);
    await this.sample();
    await this.client.end().catch(() => {});
    if (!this.available || this.perBackend.size === 0) return undefined;
    let total = 0;
    for (const ms of this.perBackend.values()) total += ms;
    return total;
  }
}
