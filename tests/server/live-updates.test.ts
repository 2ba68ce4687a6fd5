/**
 * Live updates between real processes over real HTTP (issue 13, part 4): a subscription opened on
 * one `kg serve` hears articles stored through another `kg serve` on the same Postgres database,
 * by `kg ingest` and by a `kg worker` of the job queue; entityUpdated follows an entity, a
 * rolled-back article announces nothing, and a server that shuts down ends its streams. On
 * PGlite the server hears its own mutations.
 */
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runKg, startKgServe } from "../helpers/cli.js";
import {
  createTestTarget,
  itOnPostgres,
  openTestTarget,
  REFUSED_TITLE,
  refuseTitleAtCommit,
} from "../helpers/db.js";
import { type Subscription, subscribe } from "../helpers/sse.js";

const KEY = "live-test-key";
const AUTH = { authorization: `Bearer ${KEY}` };
const ARTICLE_INGESTED =
  "subscription { articleIngested { article { id title } entityCount relationCount entities { id name } } }";
const ENTITY_UPDATED =
  "subscription($id: ID!) { entityUpdated(id: $id) { change entity { name } article { id title } } }";
const INGEST =
  "mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { id } entityCount relationCount } }";

const cleanups: (() => Promise<void> | void)[] = [];
const subscriptions: Subscription[] = [];
let work: string;

async function serve(target: string, env: Record<string, string> = {}) {
  const server = await startKgServe(["--db", target, "--no-sample"], { KG_API_KEYS: KEY, ...env });
  cleanups.push(async () => {
    await stop(server.child);
  });
  return server;
}

function stop(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    child.once("exit", (code) => resolve(code));
    child.kill("SIGTERM");
  });
}

async function open(url: string, query: string, variables: Record<string, unknown> = {}) {
  const subscription = await subscribe(`${url}/graphql`, query, variables, AUTH);
  subscriptions.push(subscription);
  expect(subscription.contentType).toContain("text/event-stream");
  return subscription;
}

async function ingestThrough(url: string, text: string, title: string) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...AUTH },
    body: JSON.stringify({ query: INGEST, variables: { input: { text, title } } }),
  });
  return (await response.json()) as {
    data?: { ingestArticle: { article: { id: string }; entityCount: number } };
    errors?: { extensions?: { code?: string } }[];
  };
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), "kg-live-"));
});

afterAll(async () => {
  for (const subscription of subscriptions) subscription.close();
  for (const cleanup of cleanups.reverse()) await cleanup();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("live updates across processes", () => {
  it("a subscription on kg serve receives the server's own ingest, within KG_MAX_SUBSCRIPTIONS, and ends when the server stops", async () => {
    const target = await createTestTarget();
    cleanups.push(() => target.cleanup());
    const server = await serve(target.target, { KG_MAX_SUBSCRIPTIONS: "1" });
    const articles = await open(server.url, ARTICLE_INGESTED);
    // KG_MAX_SUBSCRIPTIONS=1: a second one is refused while the first is open.
    const second = await subscribe(`${server.url}/graphql`, ARTICLE_INGESTED, {}, AUTH);
    subscriptions.push(second);
    expect((await second.next()).data.errors[0].extensions.code).toBe("TOO_MANY_SUBSCRIPTIONS");
    const stored = await ingestThrough(
      server.url,
      "The trade minister of Chile, Marta Rojas, met officials from Vietnam in Hanoi.",
      "Rojas in Hanoi",
    );
    expect(stored.errors).toBeUndefined();
    const event = (await articles.next()).data.data.articleIngested;
    expect(event.article).toEqual({
      id: stored.data?.ingestArticle.article.id,
      title: "Rojas in Hanoi",
    });
    expect(event.entityCount).toBe(stored.data?.ingestArticle.entityCount);
    expect(event.entities.map((e: { name: string }) => e.name)).toContain("Chile");
    // SIGTERM: the stream completes (not cut off) and the process exits cleanly.
    const exited = stop(server.child);
    expect((await articles.next()).event).toBe("complete");
    expect(await exited).toBe(0);
  });

  itOnPostgres(
    "two servers on one database: A hears B's mutation, kg ingest and kg worker, entityUpdated follows an entity, a rollback announces nothing",
    async () => {
      const target = await createTestTarget();
      cleanups.push(() => target.cleanup());
      // Refuses one title at COMMIT, after the article's NOTIFY was queued in its transaction.
      const admin = await openTestTarget(target.target);
      await runKg(["migrate", "--db", target.target]);
      await refuseTitleAtCommit(admin.db);
      await admin.close();
      const [a, b] = await Promise.all([serve(target.target), serve(target.target)]);
      const articles = await open(a.url, ARTICLE_INGESTED);

      const viaB = await ingestThrough(
        b.url,
        "Chile and Peru agreed on a new fishing treaty in Lima on Monday.",
        "Fishing treaty",
      );
      expect(viaB.errors).toBeUndefined();
      const first = (await articles.next()).data.data.articleIngested;
      expect(first.article).toEqual({
        id: viaB.data?.ingestArticle.article.id,
        title: "Fishing treaty",
      });
      const chile = first.entities.find((e: { name: string }) => e.name === "Chile");
      expect(chile).toBeDefined();
      const chileUpdates = await open(a.url, ENTITY_UPDATED, { id: chile.id });

      const refused = await ingestThrough(
        b.url,
        "Chile sent its foreign minister to Bolivia for talks on water rights.",
        REFUSED_TITLE,
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe("STORE_FAILED");

      const file = path.join(work, "harbour.txt");
      writeFileSync(
        file,
        "Harbour works in Valparaiso\n\nChile opened new harbour works in Valparaiso with engineers from Norway.\n",
      );
      const cli = await runKg(["ingest", file, "--workers", "0", "--db", target.target]);
      expect(cli.code, cli.stderr).toBe(0);

      // The refused article never shows: the next article A hears is the one kg ingest stored.
      const second = (await articles.next()).data.data.articleIngested;
      expect(second.article.title).toBe("Harbour works in Valparaiso");
      expect(second.entities.map((e: { name: string }) => e.name)).toEqual(
        expect.arrayContaining(["Chile", "Norway"]),
      );
      const update = (await chileUpdates.next()).data.data.entityUpdated;
      expect(update).toEqual({
        change: "MENTIONED",
        entity: { name: "Chile" },
        article: second.article,
      });
      expect(await articles.nextWithin(500)).toBeUndefined();
      expect(await chileUpdates.nextWithin(100)).toBeUndefined();

      // Through the job queue: kg enqueue, then a kg worker stores it.
      const queued = path.join(work, "queued.txt");
      writeFileSync(
        queued,
        "Copper talks in Antofagasta\n\nChile and Japan discussed copper exports in Antofagasta.\n",
      );
      const enqueued = await runKg(["enqueue", queued, "--db", target.target, "-q"]);
      expect(enqueued.code, enqueued.stderr).toBe(0);
      const worker = await runKg(["worker", "--exit-when-empty", "--db", target.target, "-q"]);
      expect(worker.code, worker.stderr).toBe(0);
      const third = (await articles.next()).data.data.articleIngested;
      expect(third.article.title).toBe("Copper talks in Antofagasta");
      expect((await chileUpdates.next()).data.data.entityUpdated).toEqual({
        change: "MENTIONED",
        entity: { name: "Chile" },
        article: third.article,
      });
    },
    120_000,
  );
});
