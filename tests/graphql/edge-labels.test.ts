/** Graph payload edges carry their ends' names, loaded in one batch. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EntityType } from "../../src/domain/vocabulary.js";
import { storeArticle } from "../../src/ingest/ingest.js";
import { buildExtraction } from "../fixtures/extractions.js";
import { createTestApp } from "../helpers/app.js";
import { BACKEND, createTestDatabase, type TestDatabase } from "../helpers/db.js";

let database: TestDatabase;
let client: ReturnType<typeof createTestApp>;
let statements: string[] = [];

const HUB: [EntityType, string, string] = ["ORGANIZATION", "label union", "Label Union"];
const MEMBERS: [EntityType, string, string][] = Array.from({ length: 6 }, (_, i) => [
  "COUNTRY",
  `LB${i}`,
  `Labelland ${i}`,
]);

beforeAll(async () => {
  database = await createTestDatabase({ onQuery: (statement) => statements.push(statement) });
  client = createTestApp(database);
  const extraction = buildExtraction({
    text: "Labels on edges.",
    entities: [HUB, ...MEMBERS],
    relations: MEMBERS.map((_, i) => [i + 1, "MEMBER_OF", 0] as [number, "MEMBER_OF", number]),
  });
  await database.db.transaction().execute((trx) => storeArticle(trx, extraction));
});
afterAll(async () => {
  await database?.close();
});

describe(`edge labels on ${BACKEND}`, () => {
  it("names each edge's source and target, matching the nodes, in a fixed number of queries", async () => {
    const run = async (fields: string) => {
      statements = [];
      const result = await client.gql(
        `{ entities(search: "Label Union") { edges { node { neighbors { nodes { id label } edges { source target ${fields} } } } } } }`,
      );
      expect(result.errors).toBeUndefined();
      return { graph: result.data.entities.edges[0].node.neighbors, queries: statements.length };
    };
    const plain = await run("");
    const labelled = await run("sourceLabel targetLabel");
    const labels = new Map(labelled.graph.nodes.map((node: any) => [node.id, node.label]));
    expect(labelled.graph.edges).toHaveLength(6);
    for (const edge of labelled.graph.edges) {
      expect(edge.sourceLabel).toBe(labels.get(edge.source));
      expect(edge.targetLabel).toBe(labels.get(edge.target));
      expect(edge.targetLabel).toBe("Label Union");
      expect(edge.sourceLabel).toMatch(/^Labelland \d$/);
    }
    // One batched entity load for all twelve ends, not one per edge.
    expect(labelled.queries - plain.queries).toBeLessThanOrEqual(1);
  });
});
