/**
 * Issue 13, part 3: a streaming replica serves reads while writes go to the primary. The test
 * runs a primary and a hot standby of its own (initdb, then pg_basebackup -R; see
 * helpers/throwaway-postgres.ts), both with pg_stat_statements, which counts each server's
 * statements as they run: that is how it tells which server answered. Then it stops the standby
 * under a stream of reads (none may fail) and starts it again (reads go back to it).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startKgServe } from "../helpers/cli.js";
import { queryRows } from "../helpers/db.js";
import {
  startThrowawayPostgres,
  startThrowawayStandby,
  type ThrowawayPostgres,
} from "../helpers/throwaway-postgres.js";

const STATEMENT_STATS = { shared_preload_libraries: "pg_stat_statements" };
// A read whose SQL names the entities table (nothing else the test runs in between does), with
// relation pages, which run as named prepared statements.
const READ_QUERY =
  "{ entities(first: 5) { totalCount edges { node { name relations(first: 3) { edges { node { type } } } } } } }";
const INGEST_MUTATION =
  "mutation($text: String!) { ingestArticle(input: { text: $text }) { created } }";
const SEARCH_QUERY =
  "query($q: String!) { entities(first: 5, search: $q) { edges { node { name } } } }";
/** How long the server leaves out an unreachable replica (KG_REPLICA_RETRY_MS). */
const RETRY_MS = 400;

let primary: ThrowawayPostgres | undefined;
let standby: ThrowawayPostgres | undefined;
let server: Awaited<ReturnType<typeof startKgServe>> | undefined;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function articleText(i: number): string {
  return (
    `Port talks round ${i}\n\nThe trade minister of Chile, Marta Rojas, met officials from ` +
    `Vietnam in Hanoi for round ${i}. Rojas said Chile and Vietnam would sign a port ` +
    `agreement. Officials from Peru joined the talks on day ${i}.\n`
  );
}

/** Calls since the last reset of statements that read the entities table the way a page does. */
async function entityReads(url: string): Promise<number> {
  const rows = await queryRows<{ calls: string | null }>(
    url,
    `select sum(calls) as calls from pg_stat_statements
      where query ilike '%from "entities"%' and query not ilike '%pg_stat_statements%'`,
  );
  return Number(rows[0]?.calls ?? 0);
}

async function resetStatementStats(url: string): Promise<void> {
  await queryRows(url, "select pg_stat_statements_reset()");
}

async function post(query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${server!.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as any };
}

async function waitFor(what: string, check: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const start = performance.now();
  while (performance.now() - start < ms) {
    if (await check()) return;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

beforeAll(async () => {
  // Cleanup happens in afterAll even when a step here throws. The standby is cloned from the
  // empty primary: the server's migrations and the seed articles reach it through replication.
  primary = await startThrowawayPostgres(STATEMENT_STATS);
  await queryRows(primary.url, "create extension pg_stat_statements");
  standby = await startThrowawayStandby(primary, STATEMENT_STATS);
  server = await startKgServe(["--db", primary.url, "--no-sample"], {
    DATABASE_READ_URL: standby.url,
    KG_REPLICA_RETRY_MS: String(RETRY_MS),
  });
  for (let i = 0; i < 3; i++) {
    const { body } = await post(INGEST_MUTATION, { text: articleText(i) });
    expect(body.data?.ingestArticle.created, JSON.stringify(body)).toBe(true);
  }
  await waitFor("the standby to replay the seeded articles", async () => {
    const rows = await queryRows<{ n: number }>(
      standby!.url,
      "select count(*)::int as n from articles",
    );
    return rows[0]?.n === 3;
  });
});

afterAll(() => {
  server?.child.kill("SIGTERM");
  standby?.destroy();
  primary?.destroy();
});

describe("a kg serve with a streaming read replica", () => {
  it("serves queries and exports from the replica, mutations on the primary, and the write shows up on the replica", async () => {
    await resetStatementStats(primary!.url);
    await resetStatementStats(standby!.url);
    for (let i = 0; i < 20; i++) {
      const { status, body } = await post(READ_QUERY);
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data.entities.totalCount).toBeGreaterThan(0);
    }
    expect(await entityReads(standby!.url)).toBeGreaterThanOrEqual(20);
    expect(await entityReads(primary!.url)).toBe(0);
    const [prepared] = await queryRows<{ calls: string | null }>(
      standby!.url,
      "select sum(calls) as calls from pg_stat_statements where query like '/* prepared */%'",
    );
    expect(Number(prepared?.calls ?? 0)).toBeGreaterThanOrEqual(20);

    const exported = await fetch(`${server!.url}/export/json`);
    expect(exported.status).toBe(200);
    expect(((await exported.json()) as any).entities.length).toBeGreaterThan(0);
    const [exportStats] = await queryRows<{ calls: string | null }>(
      primary!.url,
      "select sum(calls) as calls from pg_stat_statements where query ilike '%relations%'",
    );
    expect(Number(exportStats?.calls ?? 0)).toBe(0);

    // A query that maintains a cache (centrality) writes it on the primary, reads on the replica.
    const central = await post(
      "{ entities(first: 3, orderBy: CENTRALITY) { edges { node { name } } } }",
    );
    expect(central.body.errors).toBeUndefined();
    expect(central.body.data.entities.edges.length).toBeGreaterThan(0);

    expect(server!.output()).toContain(`read replica ${standby!.url}: ok`);
    const health = (await (await fetch(`${server!.url}/health`)).json()) as any;
    expect(health.status).toBe("ok");
    expect(health.replicas).toHaveLength(1);
    expect(health.replicas[0]).toMatchObject({ status: "ok", standby: true });

    const text =
      "Harbour pact signed\n\nThe trade minister of Uruguay, Ottilie Brackwater, met officials " +
      "from Kenya in Nairobi. Brackwater said Uruguay and Kenya would sign a harbour pact.\n";
    const ingested = await post(INGEST_MUTATION, { text });
    expect(ingested.body.errors).toBeUndefined();
    expect(ingested.body.data.ingestArticle.created).toBe(true);
    const [written] = await queryRows<{ calls: string | null }>(
      primary!.url,
      `select sum(calls) as calls from pg_stat_statements where query ilike 'insert into "articles"%'`,
    );
    expect(Number(written?.calls ?? 0)).toBeGreaterThanOrEqual(1);
    // Replica lag: the read may not see it at once, but does after replay.
    await waitFor("the new article to reach the replica", async () => {
      const found = await post(SEARCH_QUERY, { q: "Ottilie Brackwater" });
      return found.body.data?.entities.edges.some(
        (edge: any) => edge.node.name === "Ottilie Brackwater",
      );
    });
    const [onStandby] = await queryRows<{ n: number }>(
      standby!.url,
      "select count(*)::int as n from articles",
    );
    expect(onStandby?.n).toBe(4);
  });

  it("sends reads to the primary while the replica is down, without a failed request, and back once it returns", async () => {
    const outcomes: { status: number; errors?: unknown; total?: number }[] = [];
    let running = true;
    const load = async () => {
      while (running) {
        try {
          const { status, body } = await post(READ_QUERY);
          outcomes.push({ status, errors: body.errors, total: body.data?.entities?.totalCount });
        } catch (error) {
          outcomes.push({ status: 0, errors: String(error) });
        }
      }
    };
    const loops = [load(), load(), load(), load()];
    try {
      await waitFor("reads to flow", async () => outcomes.length >= 20);
      // Killed outright, then shut down politely (in-flight statements cancelled with 57P01).
      for (const mode of ["immediate", "fast"] as const) {
        await resetStatementStats(primary!.url);
        const stopped = standby!.stopInBackground(mode);
        await waitFor(
          `reads served by the primary (${mode} stop)`,
          async () => (await entityReads(primary!.url)) >= 20,
        );
        await stopped;
        const health = await fetch(`${server!.url}/health`);
        expect(health.status).toBe(200);
        const state = (await health.json()) as any;
        expect(state.status).toBe("degraded");
        expect(state.replicas[0].status).toBe("unavailable");
        expect(state.replicas[0].error).toBeTruthy();

        standby!.start();
        await resetStatementStats(standby!.url);
        // Retried after RETRY_MS (or at once after the /health probe): reads go back to it.
        await waitFor(
          `reads back on the replica (${mode} stop)`,
          async () => (await entityReads(standby!.url)) >= 20,
        );
        const back = (await (await fetch(`${server!.url}/health`)).json()) as any;
        expect(back.status).toBe("ok");
        expect(back.replicas[0].status).toBe("ok");
      }
    } finally {
      running = false;
      await Promise.all(loops);
    }
    const failed = outcomes.filter(
      (outcome) => outcome.status !== 200 || outcome.errors !== undefined || !outcome.total,
    );
    expect(failed).toEqual([]);
    expect(outcomes.length).toBeGreaterThan(40);
  });
});
