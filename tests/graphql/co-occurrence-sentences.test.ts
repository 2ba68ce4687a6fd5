/** Co-occurrence evidence through the API: CoOccurrence.sentences and path hops' sentences, paged. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../../src/ingest/ingest.js";
import { createTestApp } from "../helpers/app.js";
import { BACKEND, createTestDatabase, type TestDatabase } from "../helpers/db.js";

let database: TestDatabase;
let client: ReturnType<typeof createTestApp>;

// Invented: Blair and Bush share sentences 1 and 3 of the first article and the only sentence
// of the second; the middle sentence names Blair alone.
const ARTICLES = [
  "Talks in Washington\n\nTony Blair met George Bush in Washington on Monday. Tony Blair later flew home to London. George Bush spoke to Tony Blair again on Tuesday.\n",
  "Praise\n\nGeorge Bush praised Tony Blair on Friday.\n",
];

beforeAll(async () => {
  database = await createTestDatabase();
  client = createTestApp(database);
  for (const [index, text] of ARTICLES.entries()) {
    const [outcome] = await ingest(
      database.db,
      { bytes: text, name: `shared-${index}.txt` },
      { maxArticleBytes: 100_000 },
    );
    expect(outcome?.status).toBe("ingested");
  }
});
afterAll(async () => {
  await database?.close();
});

const SENTENCE_FIELDS =
  "totalCount pageInfo { hasNextPage endCursor } edges { node { sentence sentenceIndex sentenceStart start end article { title text } } }";

async function blairAndBush(): Promise<{ blair: string; bush: string }> {
  const result = await client.gql(
    `{ blair: entities(search: "Tony Blair", first: 1) { edges { node { id } } }
       bush: entities(search: "George Bush", first: 1) { edges { node { id } } } }`,
  );
  expect(result.errors).toBeUndefined();
  return {
    blair: result.data.blair.edges[0].node.id,
    bush: result.data.bush.edges[0].node.id,
  };
}

function checkSentence(node: any): void {
  const { text } = node.article;
  expect(text.slice(node.sentenceStart, node.sentenceStart + node.sentence.length)).toBe(
    node.sentence,
  );
  const span = text.slice(node.start, node.end);
  expect(span).toMatch(/Tony Blair/);
  expect(span).toMatch(/George Bush/);
  expect(node.sentence).toContain(span);
}

describe(`co-occurrence sentences on ${BACKEND}`, () => {
  it("pages through the sentences naming both entities of a co-occurrence", async () => {
    const { blair } = await blairAndBush();
    const page = async (after: string | null) => {
      const result = await client.gql(
        `query($id: ID!, $after: String) { node(id: $id) { ... on Entity {
          coOccurrences(type: PERSON) { entity { name } count
            sentences(first: 2, after: $after) { ${SENTENCE_FIELDS} } } } } }`,
        { id: blair, after },
      );
      expect(result.errors).toBeUndefined();
      const partner = result.data.node.coOccurrences.find(
        (item: any) => item.entity.name === "George Bush",
      );
      expect(partner).toBeDefined();
      return partner.sentences;
    };
    const first = await page(null);
    expect(first.totalCount).toBe(3);
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await page(first.pageInfo.endCursor);
    expect(second.edges).toHaveLength(1);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const nodes = [...first.edges, ...second.edges].map((edge: any) => edge.node);
    for (const node of nodes) checkSentence(node);
    expect(nodes.map((node: any) => [node.article.title, node.sentenceIndex])).toEqual([
      ["Talks in Washington", 0],
      ["Talks in Washington", 2],
      ["Praise", 0],
    ]);
    expect(nodes.some((node: any) => node.sentence.includes("flew home"))).toBe(false);
  });

  it("refuses a page over 100", async () => {
    const { blair } = await blairAndBush();
    const result = await client.gql(
      `query($id: ID!) { node(id: $id) { ... on Entity { coOccurrences { sentences(first: 101) { totalCount } } } } }`,
      { id: blair },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("gives co-occurrence path hops their sentences, and typed hops none", async () => {
    const { blair, bush } = await blairAndBush();
    const result = await client.gql(
      `query($from: ID!, $to: ID!) {
        cooc: shortestPath(from: $from, to: $to, edgeKind: COOCCURRENCE) {
          edges { edge { type } sentences(first: 10) { ${SENTENCE_FIELDS} } } }
        typed: shortestPath(from: $from, to: $to) {
          edges { edge { type } relation { evidence { sentence } } sentences { totalCount edges { node { sentence } } } } }
      }`,
      { from: blair, to: bush },
    );
    expect(result.errors).toBeUndefined();
    const hop = result.data.cooc.edges[0];
    expect(result.data.cooc.edges).toHaveLength(1);
    expect(hop.sentences.totalCount).toBe(3);
    expect(hop.sentences.edges).toHaveLength(3);
    for (const edge of hop.sentences.edges) checkSentence(edge.node);
    const typed = result.data.typed.edges[0];
    expect(typed.edge.type).toBe("MET_WITH");
    expect(typed.relation.evidence.length).toBeGreaterThan(0);
    expect(typed.sentences).toEqual({ totalCount: 0, edges: [] });
  });
});
