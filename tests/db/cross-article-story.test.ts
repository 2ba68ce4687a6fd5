import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKEND, createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { entityIdsOf, ingestText } from "../helpers/ingest.js";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

// Invented stories. Enough other stories are stored first that a club or a firm named in one
// of them tells stories apart (it is named in fewer than 1 in 20 stored articles).
const OTHER_STORIES = Array.from(
  { length: 20 },
  (_, i) => `Shares in the retailer fell ${i + 2} per cent on the Lisbon exchange on Monday.`,
);

describe(`a surname alone and the story it is in, on ${BACKEND}`, () => {
  it("joins the full name of its own story, not that of another story", async () => {
    for (const text of OTHER_STORIES) await ingestText(database.db, text);
    await ingestText(
      database.db,
      "Midfielder Tobias Varrow joined Wexcombe Rovers from Harlden Athletic.",
    );
    await ingestText(database.db, "Quorvex Pharma opened a new laboratory in Basel on Tuesday.");
    // Another Varrow, in a story about the drug firm: nothing in it was named beside Tobias.
    await ingestText(
      database.db,
      "Quorvex Pharma said Mr Varrow would lead its cancer trial next year.",
    );
    const [tobias] = await entityIdsOf(database.db, "Tobias Varrow");
    expect(tobias).toBeDefined();
    expect(await entityIdsOf(database.db, "Mr Varrow")).not.toContain(tobias);
    // The football story names the club named beside him: the same Varrow.
    await ingestText(
      database.db,
      "Wexcombe Rovers said Mr Varrow scored twice against Harlden Athletic.",
    );
    const bare = await entityIdsOf(database.db, "Mr Varrow");
    expect(bare).toContain(tobias);
    expect(bare).toHaveLength(2);
  });
});
