/**
 * Issue 12, item 7: PGlite on a thread of its own (what `kg serve` opens). A statement that runs
 * for half a second in the embedded database must not hold the caller's thread: timers keep
 * firing meanwhile. On the caller's thread (the default for the CLI) it holds it throughout,
 * which is what the server suffered before. Results and errors come back as from node-postgres.
 */
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/database.js";
import { BACKEND } from "../helpers/db.js";

/** The longest gap between 10 ms timer ticks while `work` runs. */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 10);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.max(longest, performance.now() - last);
}

// Runs in both projects: it opens embedded databases of its own whichever backend the run tests.
describe(`PGlite on its own thread (${BACKEND} project)`, () => {
  it("keeps the caller's thread free during a long statement, unlike PGlite in the same thread", async () => {
    const threaded = await openDatabase(
      { kind: "pglite", dataDir: "memory://" },
      { pgliteThread: true },
    );
    const inline = await openDatabase({ kind: "pglite", dataDir: "memory://" });
    try {
      const sleep = (db: typeof threaded.db) => sql`select pg_sleep(0.6)`.execute(db);
      await sleep(threaded.db);
      await sleep(inline.db);
      const offThread = await longestStall(() => sleep(threaded.db));
      const onThread = await longestStall(() => sleep(inline.db));
      expect(onThread).toBeGreaterThan(500);
      // A loaded machine delays timers too, but never by the statement's whole length.
      expect(offThread).toBeLessThan(300);
    } finally {
      await threaded.close();
      await inline.close();
    }
  });

  it("returns typed rows, parameters and Postgres errors as node-postgres does", async () => {
    const database = await openDatabase(
      { kind: "pglite", dataDir: "memory://" },
      { pgliteThread: true },
    );
    try {
      const { rows } = await sql<{ n: number; t: Date; j: { a: number }; s: string }>`
        select ${41}::int + 1 as n, timestamptz '2024-05-06T07:08:09Z' as t,
          '{"a":1}'::jsonb as j, ${"x\u00e9"}::text as s`.execute(database.db);
      expect(rows).toEqual([{ n: 42, t: new Date("2024-05-06T07:08:09Z"), j: { a: 1 }, s: "xé" }]);
      await expect(sql`select * from no_such_table`.execute(database.db)).rejects.toMatchObject({
        code: "42P01",
      });
      // The connection survives an error: the next statement runs.
      const after = await sql<{ one: number }>`select 1 as one`.execute(database.db);
      expect(after.rows).toEqual([{ one: 1 }]);
      await database.db.transaction().execute(async (trx) => {
        await sql`create table kept (id int)`.execute(trx);
        await sql`insert into kept values (1), (2)`.execute(trx);
      });
      const kept = await sql<{ n: number }>`select count(*)::int as n from kept`.execute(
        database.db,
      );
      expect(kept.rows).toEqual([{ n: 2 }]);
    } finally {
      await database.close();
    }
  });
});
