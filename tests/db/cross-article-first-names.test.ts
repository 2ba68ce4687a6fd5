import { describe, expect, it } from "vitest";
import { BACKEND, createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { entityIdsOf, ingestText } from "../helpers/ingest.js";

// Invented stories. Enough other stories are stored first that a club named in one of them tells
// stories apart (it is named in fewer than 1 in 20 stored articles).
const OTHER_STORIES = Array.from(
  { length: 20 },
  (_, i) => `Shares in the retailer fell ${i + 2} per cent on the Lisbon exchange on Monday.`,
);

/** Stores the texts in order in a fresh database (after OTHER_STORIES when `stories`), then checks. */
async function inFreshDatabase(
  texts: readonly string[],
  check: (db: TestDatabase["db"]) => Promise<void>,
  stories = false,
): Promise<void> {
  const fresh = await createTestDatabase();
  try {
    for (const text of stories ? [...OTHER_STORIES, ...texts] : texts)
      await ingestText(fresh.db, text);
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

const FULL_NAME = "Midfielder Lorcan Owen joined Wexcombe Rovers from Harlden Athletic.";
// A child named by first name alone, in a story naming nothing stored besides.
const CHILD = "Owen, aged six, drew the winning poster for the Quillmoor road safety campaign.";
// The footballer by surname, in a report naming the clubs named beside his full name.
const SAME_STORY = "Wexcombe Rovers said Owen scored twice against Harlden Athletic.";

describe(`a bare given name and a stored person of that surname on ${BACKEND}`, () => {
  it.each([
    ["the full name first", [FULL_NAME, CHILD]],
    ["the child first", [CHILD, FULL_NAME]],
  ])("stay apart when the stories share nothing (%s)", async (_order, texts) => {
    await inFreshDatabase(
      texts,
      async (db) => {
        const ids = await entityIdsOf(db, "Owen");
        expect(ids).toHaveLength(1);
        expect(ids).not.toEqual(await entityIdsOf(db, "Lorcan Owen"));
        expect(await storedNames(db, ids)).toEqual(["Owen"]);
      },
      true,
    );
  });

  it.each([
    ["the full name first", [FULL_NAME, SAME_STORY]],
    ["the report first", [SAME_STORY, FULL_NAME]],
  ])("are one person when the stories name the same clubs (%s)", async (_order, texts) => {
    await inFreshDatabase(
      texts,
      async (db) => {
        const full = await entityIdsOf(db, "Lorcan Owen");
        expect(full).toHaveLength(1);
        expect(await entityIdsOf(db, "Owen")).toEqual(full);
        expect(await storedNames(db, full)).toEqual(["Lorcan Owen"]);
      },
      true,
    );
  });
});
