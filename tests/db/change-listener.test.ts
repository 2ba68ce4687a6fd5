/**
 * The LISTEN connection of live updates on a cluster of the test's own: it hears committed
 * changes only, survives a Postgres restart by reconnecting, and an article with more entities
 * than a NOTIFY payload holds is announced without them. Same in both projects (own cluster).
 */
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PostgresChangeListener } from "../../src/db/change-listener.js";
import {
  type ChangeEvent,
  decodeChange,
  encodeChange,
  MAX_NOTIFY_PAYLOAD_BYTES,
  notifyChange,
} from "../../src/db/notify.js";
import type { DB } from "../../src/db/schema.js";
import { startThrowawayPostgres, type ThrowawayPostgres } from "../helpers/throwaway-postgres.js";

let cluster: ThrowawayPostgres;
let db: Kysely<DB>;
let pool: pg.Pool;

function article(id: number, entityIds: number[] | null): ChangeEvent {
  return { kind: "article", articleId: id, entityCount: 2, relationCount: 1, entityIds };
}

/** Collects what the listener hears, and lets a test wait for the next one. */
function collector() {
  const heard: ChangeEvent[] = [];
  let reconnects = 0;
  return {
    heard,
    onChange: (change: ChangeEvent) => heard.push(change),
    onReconnect: () => {
      reconnects += 1;
    },
    reconnects: () => reconnects,
  };
}

beforeAll(async () => {
  cluster = await startThrowawayPostgres();
  pool = new pg.Pool({ connectionString: cluster.url, max: 2 });
  pool.on("error", () => {});
  db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
});
afterAll(async () => {
  await db?.destroy();
  cluster?.destroy();
});

describe("change payloads", () => {
  it.each([
    [article(7, [1, 2, 3])],
    [article(8, null)],
    [{ kind: "curation", curationId: 4, action: "MERGE", entityIds: [5, 6] } as ChangeEvent],
  ])("round-trips %j", (change) => {
    expect(decodeChange(encodeChange(change))).toEqual(change);
  });

  it("leaves out an article's entities past the NOTIFY limit, and ignores foreign payloads", () => {
    const many = Array.from({ length: 3_000 }, (_, i) => 1_000_000 + i);
    const payload = encodeChange(article(9, many));
    expect(Buffer.byteLength(payload)).toBeLessThanOrEqual(MAX_NOTIFY_PAYLOAD_BYTES);
    expect(decodeChange(payload)).toEqual(article(9, null));
    expect(decodeChange("not json")).toBeUndefined();
    expect(decodeChange('{"k":"a","a":-1,"e":[]}')).toBeUndefined();
  });
});

describe("the LISTEN connection", () => {
  it("hears committed changes only, sent by another connection", async () => {
    const heard = collector();
    const listener = new PostgresChangeListener(cluster.url, heard.onChange);
    try {
      expect(await listener.start()).toBe(true);
      await db
        .transaction()
        .execute(async (trx) => {
          await notifyChange(trx, article(1, [10]));
          throw new Error("rolled back");
        })
        .catch(() => {});
      const many = Array.from({ length: 3_000 }, (_, i) => i + 1);
      await db.transaction().execute((trx) => notifyChange(trx, article(2, many)));
      await expect.poll(() => heard.heard.length).toBe(1);
      expect(heard.heard).toEqual([article(2, null)]);
    } finally {
      await listener.close();
    }
  });

  it("reconnects after a Postgres restart and hears changes again", async () => {
    const heard = collector();
    const listener = new PostgresChangeListener(cluster.url, heard.onChange, heard.onReconnect);
    try {
      expect(await listener.start()).toBe(true);
      await db.transaction().execute((trx) => notifyChange(trx, article(3, [1])));
      await expect.poll(() => heard.heard.length).toBe(1);

      cluster.stop("fast");
      await expect.poll(() => listener.listening).toBe(false);
      // Down for a while: the listener keeps trying without crashing the process.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      cluster.start();
      await expect.poll(() => listener.listening, { timeout: 15_000 }).toBe(true);
      expect(heard.reconnects()).toBe(1);

      // The pool's connections died with the server: retry until a fresh one answers.
      await expect
        .poll(
          () =>
            db
              .transaction()
              .execute((trx) => notifyChange(trx, article(4, [2])))
              .then(
                () => true,
                () => false,
              ),
          { timeout: 15_000 },
        )
        .toBe(true);
      await expect
        .poll(() => heard.heard.map((change) => change.kind === "article" && change.articleId))
        .toEqual([3, 4]);
    } finally {
      await listener.close();
    }
  });
});
