import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYMMETRIC_RELATION_TYPES } from "../../src/domain/vocabulary.js";
import { BACKEND, createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { ingestText } from "../helpers/ingest.js";

/**
 * The same articles give the same graph whatever order they are stored in: each scenario stores
 * its articles in two orders, each into a database of its own, and compares the entities (type,
 * name, mentions, aliases) and relations (by their entities' names). Every text is invented.
 */

/** Articles that name nothing the scenarios name: a store large enough to judge stories. */
const FILLERS = Array.from(
  { length: 20 },
  (_, i) =>
    `Mayor Ann Quill${"abcdefghijklmnopqrst"[i]}on opened the new library in Fenbur${"abcdefghijklmnopqrst"[i]}y on Monday.`,
);

/** The graph as names: what a reader sees, whatever ids the order gave. */
async function graphOf(database: TestDatabase) {
  const entities = await database.db
    .selectFrom("entities")
    .select(["id", "type", "name", "mention_count"])
    .execute();
  const aliases = await database.db
    .selectFrom("entity_aliases")
    .select(["entity_id", "alias"])
    .execute();
  const nameOf = new Map(entities.map((row) => [row.id, row.name]));
  const relations = await database.db
    .selectFrom("relations")
    .select(["subject_id", "object_id", "type", "evidence_count"])
    .execute();
  return {
    entities: entities
      .map((row) => {
        const own = aliases
          .filter((alias) => alias.entity_id === row.id && alias.alias !== row.name)
          .map((alias) => alias.alias)
          .sort();
        return `${row.type}/${row.name} ×${row.mention_count} [${own.join(", ")}]`;
      })
      .sort(),
    relations: relations
      .map((row) => {
        let [subject, object] = [nameOf.get(row.subject_id), nameOf.get(row.object_id)];
        if (SYMMETRIC_RELATION_TYPES.has(row.type as never) && String(subject) > String(object))
          [subject, object] = [object, subject];
        return `${subject} ${row.type} ${object} ×${row.evidence_count}`;
      })
      .sort(),
  };
}

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

/** Stores `texts` in the given order into an emptied database and reads its graph. */
async function storedInOrder(texts: readonly string[]) {
  await sql`truncate articles, entities, entity_merges restart identity cascade`.execute(
    database.db,
  );
  for (const text of texts) await ingestText(database.db, text);
  return graphOf(database);
}

describe(`the same articles in any order give the same graph on ${BACKEND}`, () => {
  it("keeps the same name for one key written two ways ('van' and a headline's 'Van')", async () => {
    const texts = [
      "The director Pieter van Dalen said on Monday that the film was finished.",
      "Critics said Pieter Van Dalen had made his best film.",
    ];
    const first = await storedInOrder(texts);
    expect(await storedInOrder([...texts].reverse())).toEqual(first);
    expect(first.entities).toContain("PERSON/Pieter van Dalen ×2 [Pieter Van Dalen]");
  });

  it("records a line-up's initial form as an alias of the full name in neither order", async () => {
    const texts = [
      "Wexcombe Rovers: J Varrow, P Holm, R Stace.",
      "Josh Varrow scored twice for Wexcombe Rovers on Saturday.",
    ];
    const first = await storedInOrder(texts);
    expect(await storedInOrder([...texts].reverse())).toEqual(first);
    expect(first.entities).toContain("PERSON/Josh Varrow ×2 []");
  });

  it("joins a surname alone to the full name of its story, whether stored before or after it", async () => {
    // The first full-name article shares nothing with the surname's; the second names its club.
    const bare = "Coach Pat Orme said Varrow would start for Wexcombe Rovers.";
    const full = [
      "Tobias Varrow signed a new contract with Kelby Town on Friday.",
      "Wexcombe Rovers striker Tobias Varrow scored twice against Kelby Town on Saturday.",
    ];
    const after = await storedInOrder([...FILLERS, ...full, bare]);
    expect(await storedInOrder([...FILLERS, bare, ...full])).toEqual(after);
    expect(after.entities).toContain("PERSON/Tobias Varrow ×3 []");
    expect(after.entities.some((entity) => entity.startsWith("PERSON/Varrow "))).toBe(false);
  }, 60_000);

  it("judges a surname by what its two stories name, not by how much else is stored", async () => {
    // More articles naming the club before the surname's made it too common to tell stories
    // apart by the store's share (5 %): the surname then stayed apart in one order only.
    const club = ["Wexcombe Rovers opened a new stand on Monday.", "Wexcombe Rovers sold out."];
    const full =
      "Wexcombe Rovers striker Tobias Varrow scored twice against Kelby Town on Saturday.";
    const bare = "Coach Pat Orme said Varrow would start for Wexcombe Rovers.";
    const clubLast = await storedInOrder([...FILLERS, full, bare, ...club]);
    expect(await storedInOrder([...FILLERS, ...club, full, bare])).toEqual(clubLast);
    expect(clubLast.entities).toContain("PERSON/Tobias Varrow ×2 []");
  }, 60_000);
});
