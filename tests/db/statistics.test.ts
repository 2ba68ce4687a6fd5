import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isStale, refreshStaleStatistics } from "../../src/db/statistics.js";
import { BACKEND, createTestDatabase, type TestDatabase } from "../helpers/db.js";

describe("isStale", () => {
  it.each([
    // [rows changed since the last ANALYZE, rows it counted (-1: never analysed), stale?]
    [0, -1, false],
    [999, -1, false],
    [1_000, -1, true],
    [1_000, 0, true],
    [1_500, 2_000, false],
    [2_000, 2_000, true],
    [5_000, 120, true],
    [40_000, 60_000, false],
  ])("%i rows changed since an ANALYZE that counted %i: stale %s", (changed, rows, expected) => {
    expect(isStale(changed, rows)).toBe(expected);
  });
});

describe(`refreshStaleStatistics on ${BACKEND}`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 1 });
  });
  afterAll(async () => {
    await database?.close();
  });

  const analysedRows = async (table: string) =>
    Number(
      (
        await sql<{ n: number }>`select reltuples as n from pg_class where relname = ${table}
          and relnamespace = current_schema()::regnamespace`.execute(database.db)
      ).rows[0]?.n,
    );

  /** Polls: a backend reports its row counts to the statistics a moment after it commits. */
  async function refreshUntilAnalysed(): Promise<string[]> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const analysed = await refreshStaleStatistics(database.db);
      if (analysed.length > 0 || Date.now() > deadline) return analysed;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  it("analyses a table grown past what its statistics know, and only that table", async () => {
    expect(await refreshStaleStatistics(database.db)).toEqual([]);
    await sql`insert into entities (type, normalized_key, name, mention_count)
      select 'PERSON', 'person ' || i, 'Person ' || i, 1 from generate_series(1, 1200) as i`.execute(
      database.db,
    );
    expect(await refreshUntilAnalysed()).toEqual(["entities"]);
    expect(await analysedRows("entities")).toBe(1200);
    // Known now: 300 more rows are a quarter, not a doubling.
    await sql`insert into entities (type, normalized_key, name, mention_count)
      select 'PLACE', 'place ' || i, 'Place ' || i, 1 from generate_series(1, 300) as i`.execute(
      database.db,
    );
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await refreshStaleStatistics(database.db)).toEqual([]);
    expect(await analysedRows("entities")).toBe(1200);
  });
});
