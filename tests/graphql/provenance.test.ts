import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { entityGlobalId } from "../../src/domain/global-id.js";
import { storeArticle } from "../../src/ingest/ingest.js";
import { buildExtraction } from "../fixtures/extractions.js";
import { createTestApp } from "../helpers/app.js";
import { BACKEND, createTestDatabase, type TestDatabase } from "../helpers/db.js";

let database: TestDatabase;
let client: ReturnType<typeof createTestApp>;

const PERSON = "Kappa Person";
const CITY = "Lambda City";
const COUNTRY = "Muland";

/** Article 1: a stated citizenship, an inferred employer, a city's country from the gazetteer. */
const FIRST =
  "Kappa Person, a Muland citizen, spoke in Lambda City. Kappa Person works at Nu Corp.";
/** Article 2: the city's country only as knowledge again. */
const SECOND = "Lambda City was quiet. Muland said nothing.";
/** Article 3: a sentence finally states what article 1 inferred. */
const THIRD = "Kappa Person works for Nu Corp, the company said.";

beforeAll(async () => {
  database = await createTestDatabase();
  client = createTestApp(database);
  const articles = [
    buildExtraction({
      text: FIRST,
      entities: [
        ["PERSON", "kappa person", PERSON],
        ["COUNTRY", "MUL", COUNTRY, { latitude: 12.5, longitude: -70.25 }],
        ["PLACE", "place:lambda-city", CITY, { latitude: 12.52, longitude: -70.03 }],
        ["ORGANIZATION", "nu corp", "Nu Corp"],
      ],
      relations: [
        [0, "CITIZEN_OF", 1, "STATED"],
        [2, "LOCATED_IN", 1, "KNOWLEDGE"],
        [0, "WORKS_FOR", 3, "INFERRED", [[55, FIRST.length]]],
      ],
    }),
    buildExtraction({
      text: SECOND,
      entities: [
        ["PLACE", "place:lambda-city", CITY],
        ["COUNTRY", "MUL", COUNTRY],
      ],
      relations: [[0, "LOCATED_IN", 1, "KNOWLEDGE"]],
    }),
    buildExtraction({
      text: THIRD,
      entities: [
        ["PERSON", "kappa person", PERSON],
        ["ORGANIZATION", "nu corp", "Nu Corp"],
      ],
      relations: [[0, "WORKS_FOR", 1, "STATED"]],
    }),
  ];
  for (const extraction of articles)
    await database.db.transaction().execute((trx) => storeArticle(trx, extraction));
});
afterAll(async () => {
  await database?.close();
});

interface RelationNode {
  type: string;
  provenance: string;
  subject: { name: string };
  object: { name: string };
  evidence: { kind: string; sentence: string }[];
}

async function relations(args: string): Promise<RelationNode[]> {
  const result = await client.gql<{
    relations: { edges: { node: RelationNode }[] };
  }>(`{ relations(first: 50${args}) { edges { node {
      type provenance subject { name } object { name } evidence { kind sentence } } } } }`);
  expect(result.errors).toBeUndefined();
  return result.data!.relations.edges.map((edge) => edge.node);
}

async function entityId(name: string): Promise<string> {
  const row = await database.db
    .selectFrom("entities")
    .select("id")
    .where("name", "=", name)
    .executeTakeFirstOrThrow();
  return entityGlobalId(row.id);
}

describe(`relation provenance over GraphQL on ${BACKEND}`, () => {
  it("labels each relation with its strongest reading and each evidence row with its kind", async () => {
    const rows = (await relations(""))
      .map((r) => [r.type, r.provenance, r.evidence.map((e) => e.kind)])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(rows).toEqual([
      ["CITIZEN_OF", "STATED", ["STATED"]],
      // Knowledge twice over is still knowledge: never labelled STATED.
      ["LOCATED_IN", "KNOWLEDGE", ["KNOWLEDGE", "KNOWLEDGE"]],
      // Inferred from two sentences of article 1, then stated by article 3.
      ["WORKS_FOR", "STATED", ["INFERRED", "INFERRED", "STATED"]],
    ]);
  });

  // [provenance argument, relation types returned]
  const filters: [string, string[]][] = [
    ["[KNOWLEDGE]", ["LOCATED_IN"]],
    ["[STATED]", ["CITIZEN_OF", "WORKS_FOR"]],
    ["[INFERRED]", []],
    ["[INFERRED, KNOWLEDGE]", ["LOCATED_IN"]],
    ["[]", ["CITIZEN_OF", "LOCATED_IN", "WORKS_FOR"]],
  ];
  it.each(filters)("relations(provenance: %s)", async (argument, expected) => {
    const types = (await relations(`, provenance: ${argument}`)).map((r) => r.type);
    expect(types.sort()).toEqual(expected);
  });

  it("filters an entity's relations by provenance", async () => {
    const result = await client.gql(
      `query($id: ID!) { entity(id: $id) { ... on Entity {
        relations(first: 10, provenance: [KNOWLEDGE]) { totalCount edges { node { type provenance } } } } } }`,
      { id: await entityId(COUNTRY) },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.entity.relations).toEqual({
      totalCount: 1,
      edges: [{ node: { type: "LOCATED_IN", provenance: "KNOWLEDGE" } }],
    });
  });

  it("carries provenance on graph edges and filters them", async () => {
    const query = `query($id: ID!, $provenance: [RelationProvenance!]) { entity(id: $id) { ... on Entity {
      neighbors(provenance: $provenance) { edges { type provenance } } } } }`;
    const id = await entityId(COUNTRY);
    const all = await client.gql(query, { id });
    expect(all.errors).toBeUndefined();
    expect(
      all.data.entity.neighbors.edges
        .map((e: { type: string; provenance: string }) => `${e.type}:${e.provenance}`)
        .sort(),
    ).toEqual(["CITIZEN_OF:STATED", "LOCATED_IN:KNOWLEDGE"]);
    const knowledge = await client.gql(query, { id, provenance: ["KNOWLEDGE"] });
    expect(knowledge.data.entity.neighbors.edges).toEqual([
      { type: "LOCATED_IN", provenance: "KNOWLEDGE" },
    ]);
    const cooccurrence = await client.gql(
      `query($id: ID!) { entity(id: $id) { ... on Entity {
        neighbors(edgeKind: COOCCURRENCE) { edges { type provenance } } } } }`,
      { id },
    );
    expect(cooccurrence.errors).toBeUndefined();
    expect(
      cooccurrence.data.entity.neighbors.edges.every(
        (e: { provenance: string | null }) => e.provenance === null,
      ),
    ).toBe(true);
  });

  it("carries provenance on path edges", async () => {
    const result = await client.gql(
      `query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) {
        edges { edge { type provenance } } } }`,
      { from: await entityId(CITY), to: await entityId(PERSON) },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.shortestPath.edges).toEqual([
      { edge: { type: "LOCATED_IN", provenance: "KNOWLEDGE" } },
      { edge: { type: "CITIZEN_OF", provenance: "STATED" } },
    ]);
  });
});

describe(`entity coordinates over GraphQL on ${BACKEND}`, () => {
  // [entity name, coordinates]
  const rows: [string, { latitude: number; longitude: number } | null][] = [
    [COUNTRY, { latitude: 12.5, longitude: -70.25 }],
    [CITY, { latitude: 12.52, longitude: -70.03 }],
    [PERSON, null],
  ];
  it.each(rows)("%s → %j", async (name, expected) => {
    const result = await client.gql(
      `query($id: ID!) { entity(id: $id) { ... on Entity { coordinates { latitude longitude } } } }`,
      { id: await entityId(name) },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.entity.coordinates).toEqual(expected);
  });
});
