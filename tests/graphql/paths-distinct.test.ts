/** `paths` lists distinct node sequences, even where two relations join the same pair. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EntityType } from "../../src/domain/vocabulary.js";
import { storeArticle } from "../../src/ingest/ingest.js";
import { buildExtraction } from "../fixtures/extractions.js";
import { createTestApp } from "../helpers/app.js";
import { BACKEND, createTestDatabase, type TestDatabase } from "../helpers/db.js";

let database: TestDatabase;
let client: ReturnType<typeof createTestApp>;

const A: [EntityType, string, string] = ["PERSON", "path alpha", "Path Alpha"];
const B: [EntityType, string, string] = ["PERSON", "path bravo", "Path Bravo"];
const C: [EntityType, string, string] = ["PERSON", "path charlie", "Path Charlie"];
const D: [EntityType, string, string] = ["ORGANIZATION", "path delta", "Path Delta"];

beforeAll(async () => {
  database = await createTestDatabase();
  client = createTestApp(database);
  // Alpha–Bravo twice over (MET_WITH and CRITICIZES), then Bravo–Charlie;
  // a second route Alpha–Delta–Charlie. Yen's algorithm over edges finds A-B-C once per A-B edge.
  const extractions = [
    buildExtraction({
      text: "Paths one.",
      entities: [A, B, C],
      relations: [
        [0, "MET_WITH", 1],
        [1, "MET_WITH", 2],
      ],
    }),
    buildExtraction({ text: "Paths two.", entities: [A, B], relations: [[0, "CRITICIZES", 1]] }),
    buildExtraction({
      text: "Paths three.",
      entities: [A, D, C],
      relations: [
        [0, "MEMBER_OF", 1],
        [2, "MEMBER_OF", 1],
      ],
    }),
  ];
  for (const extraction of extractions) {
    await database.db.transaction().execute((trx) => storeArticle(trx, extraction));
  }
});
afterAll(async () => {
  await database?.close();
});

describe(`distinct paths on ${BACKEND}`, () => {
  it("returns each node sequence once, through the strongest edge of a pair", async () => {
    const ids = await client.gql(
      `{ a: entities(search: "Path Alpha") { edges { node { id } } }
         c: entities(search: "Path Charlie") { edges { node { id } } } }`,
    );
    const result = await client.gql(
      `query($from: ID!, $to: ID!) { paths(from: $from, to: $to, first: 10) {
        length nodes { label } edges { edge { type } } } }`,
      { from: ids.data.a.edges[0].node.id, to: ids.data.c.edges[0].node.id },
    );
    expect(result.errors).toBeUndefined();
    const sequences = result.data.paths.map((path: any) =>
      path.nodes.map((node: any) => node.label).join(" > "),
    );
    expect(new Set(sequences).size).toBe(sequences.length);
    expect([...sequences].sort()).toEqual([
      "Path Alpha > Path Bravo > Path Charlie",
      "Path Alpha > Path Delta > Path Charlie",
    ]);
    expect(result.data.paths.every((path: any) => path.length === 2)).toBe(true);
  });
});
