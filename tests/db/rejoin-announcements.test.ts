import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { undoCuration } from "../../src/db/curation.js";
import { type ChangeEvent, onLocalChange } from "../../src/db/notify.js";
import type { CurationTables } from "../../src/db/schema.js";
import { storePrepared } from "../../src/ingest/ingest.js";
import { hashContent } from "../../src/pipeline/1-intake/content-hash.js";
import { BACKEND, createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { analyzeText } from "../helpers/pipeline.js";

/**
 * A later article that merges a stored bare surname into its full name (a rejoin) makes a logged
 * curation: live subscribers hear of it as they hear of a curator's merge, after the article.
 * Every text is invented.
 */

const BARE = "Coach Pat Orme said Varrow would start for Wexcombe Rovers.";
const FULL = [
  "Tobias Varrow signed a new contract with Kelby Town on Friday.",
  "Wexcombe Rovers striker Tobias Varrow scored twice against Kelby Town on Saturday.",
];

/** Articles that name nothing the texts above name: the linker judges stories in a store of 20 or more. */
const FILLERS = Array.from(
  { length: 20 },
  (_, i) =>
    `Councillor Mae Dorring${"abcdefghijklmnopqrst"[i]}ton opened a bridge in Halmouth${"abcdefghijklmnopqrst"[i]} on Tuesday.`,
);

let database: TestDatabase;

/** Empties the database and stores the fillers. */
async function startOver(): Promise<void> {
  await sql`truncate articles, entities, entity_merges restart identity cascade`.execute(
    database.db,
  );
  for (const text of FILLERS) await storeAnnouncing(text);
}

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

/** Stores a text through the path `kg ingest` and the server take, collecting what is announced. */
async function storeAnnouncing(text: string): Promise<ChangeEvent[]> {
  const analysed = analyzeText(text);
  const extraction = { ...analysed, draft: { ...analysed.draft, contentHash: hashContent(text) } };
  const heard: ChangeEvent[] = [];
  const stop = onLocalChange((change) => heard.push(change));
  try {
    const outcome = await storePrepared(database.db, {
      ok: true,
      label: "test",
      extraction,
      ms: 0,
    });
    expect(outcome.status).toBe("ingested");
  } finally {
    stop();
  }
  return heard;
}

async function personIdNamed(name: string): Promise<number | undefined> {
  const row = await database.db
    .selectFrom("entities")
    .select("id")
    .where("type", "=", "PERSON")
    .where("name", "=", name)
    .executeTakeFirst();
  return row?.id;
}

describe(`an article's rejoin merges are announced on ${BACKEND}`, () => {
  it("announces the merge of a stored surname into the article's full name, after the article", async () => {
    await startOver();
    expect(await storeAnnouncing(BARE)).toHaveLength(1);
    const bareId = await personIdNamed("Varrow");
    expect(bareId).toBeDefined();
    // The first full-name article shares nothing with the surname's story: no merge yet.
    const first = await storeAnnouncing(FULL[0]!);
    expect(first.map((change) => change.kind)).toEqual(["article"]);
    const fullId = await personIdNamed("Tobias Varrow");

    const second = await storeAnnouncing(FULL[1]!);
    expect(second.map((change) => change.kind)).toEqual(["article", "curation"]);
    const [article, merge] = second as [
      Extract<ChangeEvent, { kind: "article" }>,
      Extract<ChangeEvent, { kind: "curation" }>,
    ];
    expect(merge.action).toBe("MERGE");
    expect(merge.entityIds).toEqual([fullId, bareId]);
    // The article names the entity that remains, never the one merged away.
    expect(article.entityIds).toContain(fullId);
    expect(article.entityIds).not.toContain(bareId);
    const logged = await database.db
      .withTables<CurationTables>()
      .selectFrom("entity_merges")
      .select(["id", "action", "entity_id", "other_entity_id"])
      .execute();
    expect(logged).toEqual([
      { id: merge.curationId, action: "MERGE", entity_id: fullId, other_entity_id: bareId },
    ]);
  }, 60_000);

  it("announces nothing more once a curator has undone that merge", async () => {
    await startOver();
    await storeAnnouncing(BARE);
    for (const text of FULL) await storeAnnouncing(text);
    const [merge] = await database.db
      .withTables<CurationTables>()
      .selectFrom("entity_merges")
      .select("id")
      .execute();
    expect(merge).toBeDefined();
    await undoCuration(database.db, merge!.id);
    const bareId = await personIdNamed("Varrow");
    expect(bareId).toBeDefined();

    const later = await storeAnnouncing(
      "Wexcombe Rovers said Tobias Varrow had recovered from injury before the derby.",
    );
    expect(later.map((change) => change.kind)).toEqual(["article"]);
    expect(await personIdNamed("Varrow")).toBe(bareId);
  }, 60_000);
});
