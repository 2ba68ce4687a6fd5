import { describe, expect, it } from "vitest";
import { BACKEND, createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { entityIdsOf, ingestText } from "../helpers/ingest.js";

/** Stores the texts in order in a fresh database, then checks. */
async function inFreshDatabase(
  texts: readonly string[],
  check: (db: TestDatabase["db"]) => Promise<void>,
): Promise<void> {
  const fresh = await createTestDatabase();
  try {
    for (const text of texts) await ingestText(fresh.db, text);
    await check(fresh.db);
  } finally {
    await fresh.close();
  }
}

async function storedNames(db: TestDatabase["db"], ids: readonly number[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom("entities").select("name").where("id", "in", ids).execute();
  return rows.map((row) => row.name).sort();
}

const DAVE = "Dave Hollin, the ferry company's chairman, said fares would rise in Dover.";
const DAVID = "David Hollin told shareholders in Calais that profits had fallen.";

describe(`a nickname and the name it stands for across articles on ${BACKEND}`, () => {
  it.each([
    ["the nickname first", [DAVE, DAVID]],
    ["the name first", [DAVID, DAVE]],
  ])("are one person under the full name (%s)", async (_order, texts) => {
    await inFreshDatabase(texts, async (db) => {
      const [dave, david] = [
        await entityIdsOf(db, "Dave Hollin"),
        await entityIdsOf(db, "David Hollin"),
      ];
      expect(dave).toHaveLength(1);
      expect(dave).toEqual(david);
      expect(await storedNames(db, dave)).toEqual(["David Hollin"]);
    });
  });
});
