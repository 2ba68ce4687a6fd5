import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeArticle } from "../../src/ingest/ingest.js";
import { hashContent } from "../../src/pipeline/1-intake/content-hash.js";
import { BACKEND, createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { analyzeText } from "../helpers/pipeline.js";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

/** Runs the pipeline on a text written for these tests and stores it in its own transaction. */
async function ingestText(text: string): Promise<void> {
  const analysed = analyzeText(text);
  const extraction = { ...analysed, draft: { ...analysed.draft, contentHash: hashContent(text) } };
  await database.db.transaction().execute((trx) => storeArticle(trx, extraction));
}

/** Stored entity ids of the mentions with this surface, over every article. */
async function entityIdsOf(surface: string): Promise<number[]> {
  const rows = await database.db
    .selectFrom("mentions")
    .select("entity_id")
    .distinct()
    .where("surface", "=", surface)
    .execute();
  return rows.map((row) => row.entity_id);
}

// Invented stories. Enough other stories are stored first that a club or a firm named in one
// of them tells stories apart (it is named in fewer than 1 in 20 stored articles).
const OTHER_STORIES = Array.from(
  { length: 20 },
  (_, i) => `Shares in the retailer fell ${i + 2} per cent on the Lisbon exchange on Monday.`,
);

describe(`a surname alone and the story it is in, on ${BACKEND}`, () => {
  it("joins the full name of its own story, not that of another story", async () => {
    for (const text of OTHER_STORIES) await ingestText(text);
    await ingestText("Midfielder Tobias Varrow joined Wexcombe Rovers from Harlden Athletic.");
    await ingestText("Quorvex Pharma opened a new laboratory in Basel on Tuesday.");
    // Another Varrow, in a story about the drug firm: nothing in it was named beside Tobias.
    await ingestText("Quorvex Pharma said Mr Varrow would lead its cancer trial next year.");
    const [tobias] = await entityIdsOf("Tobias Varrow");
    expect(tobias).toBeDefined();
    expect(await entityIdsOf("Mr Varrow")).not.toContain(tobias);
    // The football story names the club named beside him: the same Varrow.
    await ingestText("Wexcombe Rovers said Mr Varrow scored twice against Harlden Athletic.");
    const bare = await entityIdsOf("Mr Varrow");
    expect(bare).toContain(tobias);
    expect(bare).toHaveLength(2);
  });
});
