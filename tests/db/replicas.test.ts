/**
 * Read replicas in process: configuration, and the router's fallback against this machine's
 * Postgres (a "replica" here is the test database opened read-only, or a port that refuses).
 * tests/hardening/read-replicas.test.ts runs a real streaming standby behind `kg serve`.
 */
import { createServer, type Server, type Socket } from "node:net";
import { sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ConfigError,
  checkReadReplicas,
  loadConfig,
  parseReadDatabaseUrls,
} from "../../src/config.js";
import { openDatabase } from "../../src/db/database.js";
import { openReadReplicas } from "../../src/db/replicas.js";
import { centralityStore } from "../../src/db/stats.js";
import { findCentralities } from "../../src/graph/centrality.js";
import { runKg } from "../helpers/cli.js";
import { BACKEND, createTestDatabase, itOnPostgres, type TestDatabase } from "../helpers/db.js";

/** A TCP port that accepts connections and drops them at once, counting them. */
async function startDroppingPort(): Promise<{ url: string; accepted(): number; close(): void }> {
  let accepted = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    accepted++;
    sockets.add(socket);
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `postgres://postgres@127.0.0.1:${port}/nowhere`,
    accepted: () => accepted,
    close: () => server.close(),
  };
}

/** The test database opened read-only under its own application_name, as a standby would be. */
function readOnlyUrl(target: string, name: string): string {
  const url = new URL(target);
  url.searchParams.set("application_name", name);
  url.searchParams.set("options", "-c default_transaction_read_only=on");
  return url.toString();
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let database: TestDatabase | undefined;

beforeAll(async () => {
  if (BACKEND === "postgres") database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe("read replicas and stateless servers", () => {
  it("reads DATABASE_READ_URL as comma-separated postgres URLs", () => {
    expect(loadConfig({}).readDatabaseUrls).toEqual([]);
    expect(
      loadConfig({
        DATABASE_URL: "postgres://db/kg",
        DATABASE_READ_URL: " postgres://r1/kg , postgresql://r2:5433/kg ,",
      }).readDatabaseUrls,
    ).toEqual(["postgres://r1/kg", "postgresql://r2:5433/kg"]);
  });

  it("refuses a replica that is not a postgres URL, without echoing its password", () => {
    const refuse = () =>
      parseReadDatabaseUrls("postgres://r1/kg,mysql://u:secret@r2/kg", "--read-db");
    expect(refuse).toThrow(ConfigError);
    expect(refuse).toThrow(/--read-db/);
    expect(refuse).not.toThrow(/secret/);
  });

  it("refuses replicas without a Postgres primary", () => {
    const config = loadConfig({ DATABASE_READ_URL: "postgres://r1/kg" });
    expect(config.database.kind).toBe("pglite");
    expect(() => checkReadReplicas(config, "DATABASE_READ_URL")).toThrow(/DATABASE_URL/);
    const onPostgres = loadConfig({
      DATABASE_URL: "postgres://db/kg",
      DATABASE_READ_URL: "postgres://r1/kg",
    });
    expect(() => checkReadReplicas(onPostgres, "DATABASE_READ_URL")).not.toThrow();
  });

  it("kg serve --read-db refuses an embedded primary", async () => {
    const embedded = await runKg(["serve", "--db", "memory://", "--read-db", "postgres://r1/kg"]);
    expect(embedded.code).toBe(1);
    expect(embedded.stderr).toContain("--read-db: read replicas need a Postgres primary");
  });

  itOnPostgres("reads on a replica, and writes sent there land on the primary", async () => {
    const target = database!.target;
    const name = `kg_replica_${process.pid}`;
    const replicas = openReadReplicas(target, [readOnlyUrl(target, name)]);
    try {
      const { rows } = await sql<{
        app: string;
        read_only: string;
      }>`select current_setting('application_name') as app, current_setting('transaction_read_only') as read_only`.execute(
        replicas.db,
      );
      expect(rows[0]).toEqual({ app: name, read_only: "on" });
      // A statement that writes is refused by the replica (25006) and runs on the primary.
      await sql`insert into graph_metrics_state (id, fingerprint, computed_at)
                values (1, 'written through the read handle', now())`.execute(replicas.db);
      const { rows: written } = await sql<{
        fingerprint: string;
      }>`select fingerprint from graph_metrics_state`.execute(database!.db);
      expect(written).toEqual([{ fingerprint: "written through the read handle" }]);
      await sql`delete from graph_metrics_state`.execute(database!.db);
      const health = await replicas.health();
      expect(health).toEqual([
        expect.objectContaining({ status: "ok", standby: false, replayLagSeconds: null }),
      ]);
    } finally {
      await replicas.close();
    }
    // Closing ended the replica's connections.
    const client = new pg.Client({ connectionString: target });
    await client.connect();
    try {
      const { rows } = await client.query(
        "select count(*)::int as n from pg_stat_activity where application_name = $1",
        [name],
      );
      expect(rows[0].n).toBe(0);
    } finally {
      await client.end();
    }
  });

  itOnPostgres(
    "falls back to the primary when a replica is down, leaves it out a while, then tries again",
    async () => {
      const dropping = await startDroppingPort();
      const replicas = openReadReplicas(database!.target, [dropping.url], { retryAfterMs: 300 });
      try {
        const read = () => sql<{ n: number }>`select 1 as n`.execute(replicas.db);
        expect((await read()).rows).toEqual([{ n: 1 }]);
        expect(dropping.accepted()).toBe(1);
        // Left out: the next reads go straight to the primary.
        for (let i = 0; i < 5; i++) await read();
        expect(dropping.accepted()).toBe(1);
        const [down] = await replicas.health();
        expect(down).toMatchObject({ status: "unavailable", url: dropping.url });
        expect(down?.error).toBeTruthy();
        expect(down?.retryInMs).toBeGreaterThan(0);
        expect(down?.retryInMs).toBeLessThanOrEqual(300);
        const probed = dropping.accepted();
        await sleep(350);
        expect((await read()).rows).toEqual([{ n: 1 }]);
        expect(dropping.accepted()).toBe(probed + 1);
      } finally {
        await replicas.close();
        dropping.close();
      }
    },
  );

  itOnPostgres("a replica whose connections are all busy is not taken for down", async () => {
    const target = database!.target;
    const name = `kg_busy_${process.pid}`;
    const replicas = openReadReplicas(target, [readOnlyUrl(target, name)], { poolSize: 1 });
    const app = () =>
      sql<{ app: string }>`select current_setting('application_name') as app`.execute(replicas.db);
    try {
      // The replica's one connection sleeps past the 2 s connect wait of the next read.
      const sleeping = sql`select pg_sleep(2.5)`.execute(replicas.db);
      await sleep(100);
      const overflow = await app();
      expect(overflow.rows[0]?.app).not.toBe(name);
      await sleeping;
      // Not left out: the next read is the replica's again (no /health probe in between).
      expect((await app()).rows[0]?.app).toBe(name);
      const [health] = await replicas.health();
      expect(health?.status).toBe("ok");
    } finally {
      await replicas.close();
    }
  });

  itOnPostgres(
    "several servers refreshing the centrality cache at once all succeed, with one result",
    async () => {
      const target = database!.target;
      await sql`insert into entities (type, name, normalized_key)
                select 'PERSON', 'person ' || i, 'person ' || i from generate_series(1, 3000) i`.execute(
        database!.db,
      );
      // Four processes' handles, each with its own store, all finding the cache stale at once.
      const servers = await Promise.all(
        [1, 2, 3, 4].map(() => openDatabase({ kind: "postgres", url: target })),
      );
      try {
        const { rows } = await sql<{
          id: number;
        }>`select id from entities order by id limit 3`.execute(database!.db);
        const ids = rows.map((row) => row.id);
        const results = await Promise.all(
          servers.map((server) => findCentralities(centralityStore(server.db), ids)),
        );
        for (const ranks of results) expect([...ranks.values()]).toEqual([...results[0]!.values()]);
        const { rows: cached } = await sql<{
          n: number;
        }>`select count(*)::int as n from entity_metrics`.execute(database!.db);
        expect(cached[0]?.n).toBe(3000);
      } finally {
        await Promise.all(servers.map((server) => server.close()));
      }
    },
  );
});
