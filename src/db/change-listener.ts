/**
 * The LISTEN side of live updates on a Postgres server: one dedicated connection per process
 * (not a pool client, which would go back to the pool and stop listening), reconnected with
 * backoff when the server restarts. Changes announced by any process (another `kg serve`,
 * `kg ingest`, `kg worker`) arrive here once they commit.
 */
import pg from "pg";
import { CHANGES_CHANNEL, type ChangeEvent, decodeChange } from "./notify.js";

/** First and longest wait before reconnecting a lost LISTEN connection. */
const FIRST_RECONNECT_MS = 100;
const MAX_RECONNECT_MS = 5_000;
/** How long a connection attempt may take before it counts as failed. */
const CONNECT_TIMEOUT_MS = 5_000;

/** Listens to the changes channel of one Postgres database for as long as it runs. */
export class PostgresChangeListener {
  private client: pg.Client | undefined;
  private closed = false;
  private attempt = 0;
  private timer: NodeJS.Timeout | undefined;

  /**
   * @param url the database's connection string
   * @param onChange called with every change committed by any process
   * @param onReconnect called after a lost connection is back: changes in between were missed
   */
  constructor(
    private readonly url: string,
    private readonly onChange: (change: ChangeEvent) => void,
    private readonly onReconnect: () => void = () => {},
  ) {}

  /** Connects and listens; resolves once listening, or after a failed first try (retried later). */
  async start(): Promise<boolean> {
    return this.connect(false);
  }

  /** True while the LISTEN connection is up. */
  get listening(): boolean {
    return this.client !== undefined;
  }

  private async connect(isReconnect: boolean): Promise<boolean> {
    if (this.closed) return false;
    const client = new pg.Client({
      connectionString: this.url,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      // Shown in pg_stat_activity, so an operator can tell it from pool connections.
      application_name: "kg-listen",
    });
    // A restart ends the connection with an 'error' and then 'end'; either one reconnects.
    const lost = () => {
      if (this.client !== client) return;
      this.client = undefined;
      client.removeAllListeners("notification");
      client.end().catch(() => {});
      this.scheduleReconnect();
    };
    client.on("error", lost);
    client.on("end", lost);
    client.on("notification", (message) => {
      if (message.channel !== CHANGES_CHANNEL || message.payload === undefined) return;
      const change = decodeChange(message.payload);
      if (change) this.onChange(change);
    });
    try {
      await client.connect();
      await client.query(`listen ${CHANGES_CHANNEL}`);
    } catch {
      client.removeAllListeners("end");
      await client.end().catch(() => {});
      this.scheduleReconnect();
      return false;
    }
    if (this.closed) {
      await client.end().catch(() => {});
      return false;
    }
    this.client = client;
    this.attempt = 0;
    if (isReconnect) this.onReconnect();
    return true;
  }

  private scheduleReconnect(): void {
    if (this.closed || this.timer) return;
    const ceiling = Math.min(MAX_RECONNECT_MS, FIRST_RECONNECT_MS * 2 ** this.attempt);
    this.attempt += 1;
    // Jittered, so the replicas of a restarted database do not all knock at once.
    const wait = ceiling / 2 + Math.random() * (ceiling / 2);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.connect(true);
    }, wait);
  }

  /** Stops listening and reconnecting. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const client = this.client;
    this.client = undefined;
    if (client) {
      client.removeAllListeners("end");
      await client.end().catch(() => {});
    }
  }
}
