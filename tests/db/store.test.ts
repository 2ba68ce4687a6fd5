import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MigrationError, migrateDown, migrateToLatest } from "../../src/db/migrate.js";
import { storeArticle } from "../../src/ingest/ingest.js";
import { buildExtraction } from "../fixtures/extractions.js";
import { BACKEND, createTestDatabase, type TestDatabase } from "../helpers/db.js";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

async function counts() {
  const count = async (
    table:
      | "articles"
      | "entities"
      | "mentions"
      | "relations"
      | "relation_evidence"
      | "co_occurrences",
  ) =>
    (
      await database.db
        .selectFrom(table)
        .select(sql<number>`count(*)::int`.as("n"))
        .executeTakeFirstOrThrow()
    ).n;
  return {
    articles: await count("articles"),
    entities: await count("entities"),
    mentions: await count("mentions"),
    relations: await count("relations"),
    evidence: await count("relation_evidence"),
    coOccurrences: await count("co_occurrences"),
  };
}

describe(`storage on ${BACKEND}`, () => {
  it("creates every table with pg_trgm available", async () => {
    const tables = await sql<{ name: string }>`
      select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE'
        and table_name not like 'kysely_%' order by table_name`.execute(database.db);
    expect(tables.rows.map((row) => row.name)).toEqual([
      "article_tags",
      "articles",
      "co_occurrences",
      "entities",
      "entity_aliases",
      "entity_degrees",
      "entity_merges",
      "entity_metrics",
      "feed_items",
      "graph_metrics_state",
      "mentions",
      "relation_evidence",
      "relations",
    ]);
    const similarity = await sql<{
      s: number;
    }>`select similarity('Kisinger', 'Kissinger') as s`.execute(database.db);
    expect(similarity.rows[0]?.s).toBeGreaterThan(0.5);
    expect(await migrateToLatest(database.db)).toEqual([]);
  });

  it("stores an article once; the same content again changes nothing", async () => {
    const extraction = buildExtraction({
      text: "Alpha Person met Beta Person in Gamma.",
      entities: [
        ["PERSON", "alpha person", "Alpha Person"],
        ["PERSON", "beta person", "Beta Person"],
        ["COUNTRY", "GAM", "Gamma"],
      ],
      relations: [
        [1, "MET_WITH", 0],
        [0, "VISITED", 2],
      ],
    });
    const first = await database.db.transaction().execute((trx) => storeArticle(trx, extraction));
    expect(first.isNew).toBe(true);
    const after = await counts();
    expect(after).toMatchObject({
      articles: 1,
      entities: 3,
      mentions: 3,
      relations: 2,
      evidence: 2,
      coOccurrences: 1,
    });

    const again = await database.db.transaction().execute((trx) => storeArticle(trx, extraction));
    expect(again).toMatchObject({ isNew: false, articleId: first.articleId });
    expect(await counts()).toEqual(after);

    // Symmetric relations are stored with the lower entity id as subject.
    const met = await database.db
      .selectFrom("relations")
      .selectAll()
      .where("type", "=", "MET_WITH")
      .executeTakeFirstOrThrow();
    expect(met.subject_id).toBeLessThan(met.object_id);
  });

  it("merges the same fact from another article into one relation with more evidence", async () => {
    const extraction = buildExtraction({
      text: "Beta Person and Alpha Person met again.",
      publishedAt: "2024-03-01",
      entities: [
        ["PERSON", "beta person", "Beta Person"],
        ["PERSON", "alpha person", "Alpha Person"],
      ],
      relations: [[0, "MET_WITH", 1]],
    });
    await database.db.transaction().execute((trx) => storeArticle(trx, extraction));
    const met = await database.db
      .selectFrom("relations")
      .selectAll()
      .where("type", "=", "MET_WITH")
      .execute();
    expect(met).toHaveLength(1);
    expect(met[0]?.evidence_count).toBe(2);
    expect(met[0]?.confidence).toBeCloseTo(1 - 0.2 * 0.2, 5);
    expect(met[0]?.first_seen_on).toBe("2024-01-02");
    expect(met[0]?.last_seen_on).toBe("2024-03-01");
    const alpha = await database.db
      .selectFrom("entities")
      .selectAll()
      .where("normalized_key", "=", "alpha person")
      .executeTakeFirstOrThrow();
    expect(alpha.mention_count).toBe(2);
  });

  it("creates shared entities once under 8 concurrent ingests", async () => {
    const shared: [import("../../src/domain/vocabulary.js").EntityType, string, string][] = [
      ["COUNTRY", "SHR", "Sharedland"],
      ["PERSON", "shared leader", "Shared Leader"],
    ];
    const extractions = Array.from({ length: 8 }, (_, i) =>
      buildExtraction({
        text: `Concurrent article ${i}: Shared Leader of Sharedland met Person ${i}.`,
        entities: [...shared, ["PERSON", `person ${i}`, `Person ${i}`]],
        relations: [
          [1, "LEADER_OF", 0],
          [1, "MET_WITH", 2],
        ],
      }),
    );
    const results = await Promise.all(
      extractions.map((extraction) =>
        database.db.transaction().execute((trx) => storeArticle(trx, extraction)),
      ),
    );
    expect(results.every((result) => result.isNew)).toBe(true);
    const sharedRows = await database.db
      .selectFrom("entities")
      .selectAll()
      .where("normalized_key", "in", ["SHR", "shared leader"])
      .execute();
    expect(sharedRows).toHaveLength(2);
    expect(sharedRows.every((row) => row.mention_count === 8)).toBe(true);
    const leaderOf = await database.db
      .selectFrom("relations")
      .selectAll()
      .where("type", "=", "LEADER_OF")
      .execute();
    expect(leaderOf).toHaveLength(1);
    expect(leaderOf[0]?.evidence_count).toBe(8);
  });

  it("writes nothing for an article whose storage fails part-way", async () => {
    const before = await counts();
    const broken = buildExtraction({
      text: "A broken article about Omega Person.",
      entities: [["PERSON", "omega person", "Omega Person"]],
    });
    broken.mentions.push({
      entity: 0,
      sentenceIndex: 0,
      start: 5,
      end: 2,
      surface: "bad",
      title: null,
      isMetonymy: false,
    });
    await expect(
      database.db.transaction().execute((trx) => storeArticle(trx, broken)),
    ).rejects.toThrow();
    expect(await counts()).toEqual(before);
  });

  it("loads no migration module when the database already has them all, and runs a new one", async () => {
    mkdirSync("test-results", { recursive: true });
    const folder = mkdtempSync(path.resolve("test-results", "applied-migrations-"));
    // The applied migrations' files, each one throwing if it were imported.
    for (const file of readdirSync("db/migrations"))
      writeFileSync(path.join(folder, file), 'throw new Error("imported an applied migration");\n');
    expect(await migrateToLatest(database.db, folder)).toEqual([]);
    // One more file: now the migrator runs (and imports them all, so give them real bodies).
    for (const file of readdirSync("db/migrations"))
      copyFileSync(path.join("db/migrations", file), path.join(folder, file));
    writeFileSync(
      path.join(folder, "29990101000000_add_a_note.ts"),
      'import { sql } from "kysely";\nexport async function up(db) { await sql`create table migration_note (id int)`.execute(db); }\nexport async function down(db) { await sql`drop table migration_note`.execute(db); }\n',
    );
    expect(await migrateToLatest(database.db, folder)).toEqual(["29990101000000_add_a_note"]);
    expect(await migrateDown(database.db, folder)).toBe("29990101000000_add_a_note");
  });

  it("stops with the failing migration's error", async () => {
    // Inside the project, so the migration can import kysely; the real migration comes first.
    mkdirSync("test-results", { recursive: true });
    const folder = mkdtempSync(path.resolve("test-results", "bad-migration-"));
    for (const file of readdirSync("db/migrations"))
      copyFileSync(path.join("db/migrations", file), path.join(folder, file));
    writeFileSync(
      path.join(folder, "29990101000000_break_things.ts"),
      'import { sql } from "kysely";\nexport async function up(db) { await sql`select * from no_such_table`.execute(db); }\n',
    );
    const error = await migrateToLatest(database.db, folder).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).message).toMatch(/29990101000000_break_things.*no_such_table/);
  });
});
