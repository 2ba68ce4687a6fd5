/**
 * Ranked neighbourhoods (issue 16): `neighbors(edgeKind: COOCCURRENCE, rankBy: ASSOCIATION)`
 * puts an entity's specific company before names found everywhere, and every co-occurrence
 * edge carries its association.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EntityType } from "../../src/domain/vocabulary.js";
import { storeArticle } from "../../src/ingest/ingest.js";
import type { Extraction } from "../../src/pipeline/types.js";
import { buildExtraction } from "../fixtures/extractions.js";
import { createTestApp } from "../helpers/app.js";
import { BACKEND, createTestDatabase, type TestDatabase } from "../helpers/db.js";

let database: TestDatabase;
let client: ReturnType<typeof createTestApp>;
let annaId: string;

type Named = [EntityType, string, string];
const ANNA: Named = ["PERSON", "anna berg", "Anna Berg"];
const WIRE: Named = ["ORGANIZATION", "wire agency", "Wire Agency"];
const TOMAS: Named = ["PERSON", "tomas lind", "Tomas Lind"];
const SOLO: Named = ["PERSON", "solo once", "Solo Once"];

/** An article naming `entities`, with co-occurrence counts between them by index. */
function article(text: string, entities: Named[], pairs: [number, number, number][]): Extraction {
  return {
    ...buildExtraction({ text, entities }),
    coOccurrences: pairs.map(([a, b, count]) => ({ a, b, count })),
  };
}

beforeAll(async () => {
  database = await createTestDatabase();
  client = createTestApp(database);
  // Six articles: the wire agency is in all of them, Anna Berg in three (with the agency in
  // three sentences each), Tomas Lind in two of hers and nowhere else, Solo Once in one of hers
  // (five sentences). Sentences shared with Anna: agency 9, Solo 5, Tomas 2.
  const articles = [
    article(
      "Association one.",
      [ANNA, WIRE, TOMAS],
      [
        [0, 1, 3],
        [0, 2, 1],
      ],
    ),
    article(
      "Association two.",
      [ANNA, WIRE, TOMAS],
      [
        [0, 1, 3],
        [0, 2, 1],
      ],
    ),
    article(
      "Association three.",
      [ANNA, WIRE, SOLO],
      [
        [0, 1, 3],
        [0, 2, 5],
      ],
    ),
    article("Association four.", [WIRE, ["PERSON", "filler one", "Filler One"]], [[0, 1, 1]]),
    article("Association five.", [WIRE, ["PERSON", "filler two", "Filler Two"]], [[0, 1, 1]]),
    article("Association six.", [WIRE, ["PERSON", "filler three", "Filler Three"]], [[0, 1, 1]]),
  ];
  for (const extraction of articles)
    await database.db.transaction().execute((trx) => storeArticle(trx, extraction));
  const found = await client.gql(
    `{ entities(search: "Anna Berg", first: 1) { edges { node { id } } } }`,
  );
  annaId = found.data.entities.edges[0].node.id;
});
afterAll(async () => {
  await database?.close();
});

async function neighbours(args: string) {
  const result = await client.gql(
    `query($id: ID!) { node(id: $id) { ... on Entity {
      neighbors(edgeKind: COOCCURRENCE, ${args}) {
        truncated nodes { entity { name } } edges { sourceLabel targetLabel weight association }
      } } } }`,
    { id: annaId },
  );
  expect(result.errors).toBeUndefined();
  return result.data.node.neighbors;
}

describe(`co-occurrence ranked by association on ${BACKEND}`, () => {
  it("keeps the most frequent partner by count, the specific one by association", async () => {
    const byCount = await neighbours("limit: 2");
    expect(byCount.nodes.map((node: any) => node.entity.name).sort()).toEqual([
      "Anna Berg",
      "Wire Agency",
    ]);
    expect(byCount.truncated).toBe(true);
    const byAssociation = await neighbours("limit: 2, rankBy: ASSOCIATION");
    expect(byAssociation.nodes.map((node: any) => node.entity.name).sort()).toEqual([
      "Anna Berg",
      "Tomas Lind",
    ]);
    expect(byAssociation.truncated).toBe(true);
  });

  it("gives every co-occurrence edge its association, strongest first", async () => {
    const all = await neighbours("limit: 10, rankBy: ASSOCIATION");
    const other = (edge: any) =>
      edge.sourceLabel === "Anna Berg" ? edge.targetLabel : edge.sourceLabel;
    expect(all.edges.map((edge: any) => [other(edge), edge.weight])).toEqual([
      ["Tomas Lind", 2],
      ["Wire Agency", 9],
      ["Solo Once", 5],
    ]);
    const [tomas, wire, solo] = all.edges.map((edge: any) => edge.association);
    expect(tomas).toBeCloseTo(2 * Math.log(2), 6);
    expect(wire).toBeCloseTo(0, 6);
    expect(solo).toBe(0);
  });

  it("has no association on typed relation edges", async () => {
    const result = await client.gql(
      `query($id: ID!) { node(id: $id) { ... on Entity { neighbors { edges { association } } } } }`,
      { id: annaId },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.node.neighbors.edges).toEqual([]);
  });
});
