import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mergeEntities, undoCuration } from "../../src/db/curation.js";
import { migrateDown, migrateToLatest } from "../../src/db/migrate.js";
import { listRelations } from "../../src/db/relations.js";
import type { RelationProvenance } from "../../src/domain/vocabulary.js";
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

async function store(extraction: ReturnType<typeof buildExtraction>) {
  return database.db.transaction().execute((trx) => storeArticle(trx, extraction));
}

/** A relation's provenance and its evidence kinds, by subject and object key. */
async function readRelation(subjectKey: string, objectKey: string, type: string) {
  const relation = await database.db
    .selectFrom("relations")
    .innerJoin("entities as s", "s.id", "relations.subject_id")
    .innerJoin("entities as o", "o.id", "relations.object_id")
    .select(["relations.id", "relations.provenance", "relations.evidence_count"])
    .where("s.normalized_key", "=", subjectKey)
    .where("o.normalized_key", "=", objectKey)
    .where("relations.type", "=", type)
    .executeTakeFirstOrThrow();
  const kinds = await database.db
    .selectFrom("relation_evidence")
    .select(["kind", "start", "end"])
    .where("relation_id", "=", relation.id)
    .orderBy("article_id")
    .orderBy("start")
    .execute();
  return {
    provenance: relation.provenance,
    evidenceCount: relation.evidence_count,
    kinds: kinds.map((row) => row.kind),
  };
}

describe(`relation provenance on ${BACKEND}`, () => {
  it("stores a KNOWLEDGE relation as KNOWLEDGE, one evidence row per supporting sentence", async () => {
    const text = "Lyon hosted the summit. Officials in Lyon and France agreed.";
    await store(
      buildExtraction({
        text,
        entities: [
          ["PLACE", "place:lyon-k", "Lyon"],
          ["COUNTRY", "FRK", "Frankland"],
        ],
        relations: [[0, "LOCATED_IN", 1, "KNOWLEDGE", [[24, text.length]]]],
      }),
    );
    expect(await readRelation("place:lyon-k", "FRK", "LOCATED_IN")).toEqual({
      provenance: "KNOWLEDGE",
      evidenceCount: 2,
      kinds: ["KNOWLEDGE", "KNOWLEDGE"],
    });
  });

  // [first article's reading, second article's reading, provenance after both]
  const upgrades: [RelationProvenance, RelationProvenance, RelationProvenance][] = [
    ["KNOWLEDGE", "STATED", "STATED"],
    ["INFERRED", "STATED", "STATED"],
    ["KNOWLEDGE", "INFERRED", "INFERRED"],
    ["STATED", "KNOWLEDGE", "STATED"],
    ["STATED", "INFERRED", "STATED"],
    ["INFERRED", "KNOWLEDGE", "INFERRED"],
  ];
  it.each(upgrades)("%s then %s gives %s", async (first, second, expected) => {
    const subject = `sub ${first} ${second}`;
    const object = `OB${first[0]}${second[0]}`;
    const entities: ["PERSON" | "COUNTRY", string, string][] = [
      ["PERSON", subject, `Sub ${first} ${second}`],
      ["COUNTRY", object, `Ob ${first} ${second}`],
    ];
    for (const [index, provenance] of [first, second].entries()) {
      await store(
        buildExtraction({
          text: `Article ${index} about ${subject} and ${object}.`,
          entities,
          relations: [[0, "CITIZEN_OF", 1, provenance]],
        }),
      );
    }
    expect(await readRelation(subject, object, "CITIZEN_OF")).toEqual({
      provenance: expected,
      evidenceCount: 2,
      kinds: [first, second],
    });
  });

  it("keeps the stronger kind when two readings in one article cite the same sentence", async () => {
    await store(
      buildExtraction({
        text: "Delta Person, a citizen of Epsilonia, spoke.",
        entities: [
          ["PERSON", "delta person", "Delta Person"],
          ["COUNTRY", "EPS", "Epsilonia"],
        ],
        relations: [
          [0, "CITIZEN_OF", 1, "INFERRED"],
          [0, "CITIZEN_OF", 1, "STATED"],
        ],
      }),
    );
    expect(await readRelation("delta person", "EPS", "CITIZEN_OF")).toEqual({
      provenance: "STATED",
      evidenceCount: 1,
      kinds: ["STATED"],
    });
  });

  it("filters relations by provenance", async () => {
    const rows = await listRelations(database.db, { provenances: ["KNOWLEDGE"] }, { limit: 100 });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.provenance === "KNOWLEDGE")).toBe(true);
    const stated = await listRelations(database.db, { provenances: ["STATED"] }, { limit: 100 });
    expect(stated.map((row) => row.provenance)).not.toContain("KNOWLEDGE");
    expect(stated.length).toBeGreaterThan(0);
  });

  it("folds provenance and coordinates through a merge and restores them on undo", async () => {
    await store(
      buildExtraction({
        text: "Zeta Person lives in Etaland.",
        entities: [
          ["PERSON", "zeta person", "Zeta Person"],
          ["COUNTRY", "ETA", "Etaland", { latitude: 10, longitude: 20 }],
        ],
        relations: [[0, "CITIZEN_OF", 1, "KNOWLEDGE"]],
      }),
    );
    await store(
      buildExtraction({
        text: "Zeta P. is a citizen of Etaland, officials said.",
        entities: [
          ["PERSON", "zeta p", "Zeta P."],
          ["COUNTRY", "ETA2", "Etaland Republic", { latitude: 11, longitude: 21 }],
        ],
        relations: [[0, "CITIZEN_OF", 1, "STATED"]],
      }),
    );
    const ids = async (key: string) =>
      (
        await database.db
          .selectFrom("entities")
          .select(["id", "latitude", "longitude"])
          .where("normalized_key", "=", key)
          .executeTakeFirstOrThrow()
      ).id;
    const [intoPerson, fromPerson] = [await ids("zeta person"), await ids("zeta p")];
    const [intoCountry, fromCountry] = [await ids("ETA"), await ids("ETA2")];
    const personMerge = await mergeEntities(database.db, intoPerson, [fromPerson]);
    const countryMerge = await mergeEntities(database.db, intoCountry, [fromCountry]);
    expect(await readRelation("zeta person", "ETA", "CITIZEN_OF")).toEqual({
      provenance: "STATED",
      evidenceCount: 2,
      kinds: ["KNOWLEDGE", "STATED"],
    });
    const place = await database.db
      .selectFrom("entities")
      .select(["latitude", "longitude"])
      .where("id", "=", intoCountry)
      .executeTakeFirstOrThrow();
    expect(place).toEqual({ latitude: 10, longitude: 20 });

    await undoCuration(database.db, (countryMerge[0] as { id: number }).id);
    await undoCuration(database.db, (personMerge[0] as { id: number }).id);
    expect(await readRelation("zeta person", "ETA", "CITIZEN_OF")).toEqual({
      provenance: "KNOWLEDGE",
      evidenceCount: 1,
      kinds: ["KNOWLEDGE"],
    });
    expect(await readRelation("zeta p", "ETA2", "CITIZEN_OF")).toMatchObject({
      provenance: "STATED",
    });
  });
});

describe(`entity coordinates on ${BACKEND}`, () => {
  const coordinatesOf = async (key: string) =>
    database.db
      .selectFrom("entities")
      .select(["latitude", "longitude"])
      .where("normalized_key", "=", key)
      .executeTakeFirstOrThrow();

  it("writes coordinates on insert and keeps null when unknown", async () => {
    await store(
      buildExtraction({
        text: "Theta City lies in Iotaland.",
        entities: [
          ["PLACE", "place:theta-city", "Theta City", { latitude: 48.8566, longitude: -2.3522 }],
          ["COUNTRY", "IOT", "Iotaland"],
        ],
      }),
    );
    expect(await coordinatesOf("place:theta-city")).toEqual({
      latitude: 48.8566,
      longitude: -2.3522,
    });
    expect(await coordinatesOf("IOT")).toEqual({ latitude: null, longitude: null });
  });

  it("fills an existing entity's missing coordinates and never moves a placed one", async () => {
    await store(
      buildExtraction({
        text: "Iotaland and Theta City again.",
        entities: [
          ["COUNTRY", "IOT", "Iotaland", { latitude: -33.5, longitude: 151.25 }],
          ["PLACE", "place:theta-city", "Theta City", { latitude: 0, longitude: 0 }],
        ],
      }),
    );
    expect(await coordinatesOf("IOT")).toEqual({ latitude: -33.5, longitude: 151.25 });
    expect(await coordinatesOf("place:theta-city")).toEqual({
      latitude: 48.8566,
      longitude: -2.3522,
    });
  });

  it("refuses half a coordinate pair", async () => {
    await expect(
      sql`update entities set latitude = 1, longitude = null where normalized_key = 'IOT'`.execute(
        database.db,
      ),
    ).rejects.toThrow(/entities_coordinates_check/);
  });
});

describe(`the provenance migration on ${BACKEND}`, () => {
  it("goes down and up again, keeping the rows it did not add", async () => {
    const before = await database.db
      .selectFrom("relations")
      .select(sql<number>`count(*)::int`.as("n"))
      .executeTakeFirstOrThrow();
    // Later migrations (article tags, the search-vector bound, index changes…) go down (and up) first.
    const PROVENANCE = "20261202060000_add_relation_provenance";
    const later: string[] = [];
    for (let step = 0; step < 20; step++) {
      const name = await migrateDown(database.db);
      if (name === PROVENANCE) break;
      expect(name && name > PROVENANCE).toBe(true);
      later.push(name as string);
    }
    expect(later).toContain("20261202150000_bound_article_search_vector");
    const columns = await sql<{
      column_name: string;
    }>`select column_name from information_schema.columns
      where table_schema = current_schema()
        and ((table_name = 'relations' and column_name = 'provenance')
          or (table_name = 'relation_evidence' and column_name = 'kind')
          or (table_name = 'entities' and column_name in ('latitude', 'longitude')))`.execute(
      database.db,
    );
    expect(columns.rows).toEqual([]);
    expect(await migrateToLatest(database.db)).toEqual([PROVENANCE, ...later.reverse()]);
    const after = await database.db
      .selectFrom("relations")
      .select([
        sql<number>`count(*)::int`.as("n"),
        sql<string[]>`array_agg(distinct provenance)`.as("kinds"),
      ])
      .executeTakeFirstOrThrow();
    // Rows from before the migration were read from one sentence: STATED.
    expect(after).toEqual({ n: before.n, kinds: ["STATED"] });
  });
});
