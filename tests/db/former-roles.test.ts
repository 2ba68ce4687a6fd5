import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mergeEntities } from "../../src/db/curation.js";
import { storeArticle } from "../../src/ingest/ingest.js";
import { BACKEND, createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { analyzeText } from "../helpers/pipeline.js";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

/** Analyses a text written for the test and stores it as a new article. */
async function ingest(text: string): Promise<void> {
  const extraction = analyzeText(text, "2024-03-04");
  const contentHash = createHash("sha256").update(text).digest("hex");
  const draft = { ...extraction.draft, contentHash };
  await database.db.transaction().execute((trx) => storeArticle(trx, { ...extraction, draft }));
}

/** The attributes of the one LEADER_OF relation from `person` to `firm`, by their names. */
async function leaderAttributes(person: string, firm: string): Promise<Record<string, unknown>[]> {
  const rows = await database.db
    .selectFrom("relations")
    .innerJoin("entities as s", "s.id", "relations.subject_id")
    .innerJoin("entities as o", "o.id", "relations.object_id")
    .select("relations.attributes")
    .where("s.name", "=", person)
    .where("o.name", "=", firm)
    .where("relations.type", "=", "LEADER_OF")
    .execute();
  return rows.map((row) => row.attributes);
}

const past = (firm: string, person: string) =>
  `Former ${firm} boss ${person} is on trial in New York, where the jury met on Monday.`;
const present = (firm: string, person: string) =>
  `${firm} boss ${person} is on trial in New York, where the jury met on Monday.`;

describe(`past roles across articles on ${BACKEND}`, () => {
  // [case, firm, person, the articles in the order stored, whether the stored role is former]
  it.each([
    ["past only", "Kestrel Holdings", "Jo Bell", [past], true],
    ["past twice", "Nordbank Group", "Ann Lowe", [past, past], true],
    ["past then present", "Acme Holdings", "Rob Keller", [past, present], false],
    ["present then past", "Harbour Holdings", "Tom Hale", [present, past], false],
    ["present only", "Riverside Group", "Dana Pike", [present], false],
  ] as const)("%s (%s, %s)", async (_, firm, person, articles, former) => {
    for (const [index, article] of articles.entries())
      await ingest(`${article(firm, person)} Story ${index + 1} of ${articles.length}.`);
    const rows = await leaderAttributes(person, firm);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.former === "true").toBe(former);
  });

  it("keeps a role former through a merge only when both readings say so", async () => {
    // Two names of one person the linker keeps apart (a married name), so a curator merges them.
    await ingest(past("Quill Holdings", "Mara Quill"));
    await ingest(present("Quill Holdings", "Mara Quill-Hart"));
    const id = async (name: string) =>
      (
        await database.db
          .selectFrom("entities")
          .select("id")
          .where("name", "=", name)
          .executeTakeFirstOrThrow()
      ).id;
    expect((await leaderAttributes("Mara Quill", "Quill Holdings"))[0]?.former).toBe("true");
    await mergeEntities(database.db, await id("Mara Quill"), [await id("Mara Quill-Hart")]);
    const rows = await leaderAttributes("Mara Quill", "Quill Holdings");
    expect(rows).toHaveLength(1);
    expect(rows[0]!.former).toBeUndefined();
  });
});
