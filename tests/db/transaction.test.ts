import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isRetryableConflict, runTransaction } from "../../src/db/transaction.js";
import { BACKEND, createTestDatabase, itOnPostgres, type TestDatabase } from "../helpers/db.js";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await sql`create table counters (id int primary key, n int not null)`.execute(database.db);
  await sql`insert into counters values (1, 0), (2, 0)`.execute(database.db);
});
afterAll(async () => {
  await database?.close();
});

describe(`transactions on ${BACKEND}`, () => {
  it.each([
    [{ code: "40P01" }, true],
    [{ code: "40001" }, true],
    [{ code: "23505" }, false],
    [new Error("plain"), false],
    [undefined, false],
  ])("classifies %o as retryable: %s", (error, expected) => {
    expect(isRetryableConflict(error)).toBe(expected);
  });

  it("reruns a transaction that lost a deadlock, and keeps only the successful run", async () => {
    let runs = 0;
    const result = await runTransaction(database.db, async (trx) => {
      runs++;
      await sql`update counters set n = n + 1 where id = 1`.execute(trx);
      if (runs < 3) throw Object.assign(new Error("deadlock detected"), { code: "40P01" });
      return "done";
    });
    expect(result).toBe("done");
    expect(runs).toBe(3);
    const row = await sql<{ n: number }>`select n from counters where id = 1`.execute(database.db);
    expect(row.rows[0]?.n).toBe(1);
  });

  it("does not rerun other errors", async () => {
    let runs = 0;
    await expect(
      runTransaction(database.db, async () => {
        runs++;
        throw Object.assign(new Error("duplicate key"), { code: "23505" });
      }),
    ).rejects.toThrow("duplicate key");
    expect(runs).toBe(1);
  });

  itOnPostgres("survives a real deadlock between two writers", async () => {
    // Two transactions lock the rows in opposite orders; Postgres aborts one, which reruns.
    const lockBoth = (first: number, second: number) =>
      runTransaction(database.db, async (trx) => {
        await sql`update counters set n = n + 1 where id = ${first}`.execute(trx);
        await sql`select pg_sleep(0.2)`.execute(trx);
        await sql`update counters set n = n + 1 where id = ${second}`.execute(trx);
      });
    await Promise.all([lockBoth(1, 2), lockBoth(2, 1)]);
    const rows = await sql<{
      id: number;
      n: number;
    }>`select id, n from counters order by id`.execute(database.db);
    expect(rows.rows).toEqual([
      { id: 1, n: 3 },
      { id: 2, n: 2 },
    ]);
  });
});
