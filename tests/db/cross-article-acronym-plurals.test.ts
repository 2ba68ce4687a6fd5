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

// [what, first article, second article, the acronym, its plural]: invented texts.
const ROWS: [string, string, string, string, string][] = [
  [
    "the union first",
    "The PCS union called a strike of civil servants on Monday.",
    "Sales of PCs rose on Monday.",
    "PCS",
    "PCs",
  ],
  [
    "the plural first",
    "More GPs are needed, said the BMA.",
    "The GPS system failed on Friday.",
    "GPS",
    "GPs",
  ],
];

describe(`an acronym's plural and the acronym its letters fold to across articles on ${BACKEND}`, () => {
  it.each(ROWS)("stays two entities (%s)", async (_what, first, second, acronym, plural) => {
    await ingestText(database.db, first);
    await ingestText(database.db, second);
    const [acronymIds, pluralIds] = [
      await entityIdsOf(database.db, acronym),
      await entityIdsOf(database.db, plural),
    ];
    // "PCs" is a common noun, no entity at all; "GPs" one of its own: never the acronym's.
    expect(acronymIds).toHaveLength(1);
    expect(pluralIds.length).toBeLessThanOrEqual(1);
    expect(pluralIds).not.toContain(acronymIds[0]);
  });
});

// [what, first article, second article, the listed acronym, the other name]: invented texts.
const WORD_ROWS: [string, string, string, string, string][] = [
  [
    "the band after the agency",
    "The WHO warned of a flu outbreak in Asia on Monday.",
    "The Who played a concert in London on Friday. Roger Daltrey sang.",
    "WHO",
    "The Who",
  ],
];

describe(`a name in small letters and a listed acronym it folds to across articles on ${BACKEND}`, () => {
  it.each(WORD_ROWS)("stays two entities (%s)", async (_what, first, second, acronym, other) => {
    await ingestText(database.db, first);
    await ingestText(database.db, second);
    const [acronymIds, otherIds] = [
      await entityIdsOf(database.db, acronym),
      await entityIdsOf(database.db, other),
    ];
    expect(acronymIds).toHaveLength(1);
    expect(otherIds).toHaveLength(1);
    expect(otherIds[0]).not.toBe(acronymIds[0]);
  });
});

it("keeps one entity for a listed acronym and its listed spelling in small letters", async () => {
  await ingestText(database.db, "NATO ministers met in Brussels on Monday.");
  await ingestText(database.db, "Nato said on Tuesday that the talks had gone well.");
  const [acronymIds, wordIds] = [
    await entityIdsOf(database.db, "NATO"),
    await entityIdsOf(database.db, "Nato"),
  ];
  expect(acronymIds).toHaveLength(1);
  expect(wordIds).toEqual(acronymIds);
});
