/** Stores texts written for a test through the real ingest path, and reads back what they named. */
import type { Kysely } from "kysely";
import type { DB } from "../../src/db/schema.js";
import { storeArticle } from "../../src/ingest/ingest.js";
import { hashContent } from "../../src/pipeline/1-intake/content-hash.js";
import type { Extraction } from "../../src/pipeline/types.js";
import { analyzeText } from "./pipeline.js";

/** Runs the pipeline on a text written for a test and stores it in its own transaction. */
export async function ingestText(db: Kysely<DB>, text: string): Promise<Extraction> {
  const analysed = analyzeText(text);
  const extraction = { ...analysed, draft: { ...analysed.draft, contentHash: hashContent(text) } };
  await db.transaction().execute((trx) => storeArticle(trx, extraction));
  return extraction;
}

/** Stored entity ids of the mentions with this surface, over every article. */
export async function entityIdsOf(db: Kysely<DB>, surface: string): Promise<number[]> {
  const rows = await db
    .selectFrom("mentions")
    .select("entity_id")
    .distinct()
    .where("surface", "=", surface)
    .execute();
  return rows.map((row) => row.entity_id);
}
