import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../../src/ingest/ingest.js";
import { createTestApp } from "../helpers/app.js";
import { BACKEND, createTestDatabase, type TestDatabase } from "../helpers/db.js";

const SEED = readFileSync("../shared/corpus/seed-article.txt", "utf8");

/** A later article of our own that restates one fact of the seed article. */
const FOLLOW_UP = [
  "Leaders meet again",
  "",
  "Chinese President Xi Jinping met Russian President Vladimir Putin in Beijing on 18 October 2023.",
  "The two leaders discussed trade and energy at length during the forum.",
].join("\n");

let database: TestDatabase;
let client: ReturnType<typeof createTestApp>;
const ids = new Map<string, string>();

const RELATION_FIELDS = /* GraphQL */ `
  type predicate confidence evidenceCount
  subject { name } object { name }
  attributes { key value }
  evidence { sentence start end eventDate predicate article { publishedAt } }
`;

interface RelationNode {
  type: string;
  predicate: string;
  confidence: number;
  evidenceCount: number;
  subject: { name: string };
  object: { name: string };
  attributes: { key: string; value: string }[];
  evidence: {
    sentence: string;
    start: number;
    end: number;
    eventDate: string | null;
    predicate: string;
    article: { publishedAt: string | null };
  }[];
}

async function rootRelations(args: string): Promise<RelationNode[]> {
  const result = await client.gql(
    `{ relations(first: 100${args ? `, ${args}` : ""}) { totalCount edges { node { ${RELATION_FIELDS} } } } }`,
  );
  expect(result.errors).toBeUndefined();
  expect(result.data.relations.totalCount).toBe(result.data.relations.edges.length);
  return result.data.relations.edges.map((edge: { node: RelationNode }) => edge.node);
}

const SYMMETRIC = new Set(["MET_WITH", "COOPERATES_WITH", "IN_CONFLICT_WITH", "NEGOTIATES_WITH"]);

/** "Subject TYPE Object"; symmetric facts (stored either way round) with the names in alphabetical order. */
function facts(relations: RelationNode[]): string[] {
  return relations
    .map((r) => {
      const [a, b] = SYMMETRIC.has(r.type)
        ? [r.subject.name, r.object.name].sort()
        : [r.subject.name, r.object.name];
      return `${a} ${r.type} ${b}`;
    })
    .sort();
}

beforeAll(async () => {
  database = await createTestDatabase();
  client = createTestApp(database);
  const options = { maxArticleBytes: 2_000_000 };
  const [seed] = await ingest(database.db, { bytes: SEED, name: "seed.txt" }, options);
  expect(seed?.status).toBe("ingested");
  const [later] = await ingest(
    database.db,
    { bytes: FOLLOW_UP, name: "later.txt", meta: { publishedAt: "2023-10-19" } },
    options,
  );
  expect(later?.status).toBe("ingested");
  const entities = await client.gql(`{ entities(first: 100) { edges { node { id name } } } }`);
  for (const edge of entities.data.entities.edges) ids.set(edge.node.name, edge.node.id);
});
afterAll(async () => {
  await database?.close();
});

describe(`relations over GraphQL on ${BACKEND}`, () => {
  it("serves the seed article's relations with the sentences that state them", async () => {
    const all = facts(await rootRelations(""));
    for (const fact of [
      "Xi Jinping LEADER_OF China",
      "Vladimir Putin LEADER_OF Russia",
      "Volodymyr Zelensky LEADER_OF Ukraine",
      "Richard Nixon LEADER_OF United States",
      "Antony Blinken HOLDS_POSITION United States",
      "Henry Kissinger HOLDS_POSITION United States",
      "United States SANCTIONS Russia",
      "Russia ATTACKED Ukraine",
      "Vladimir Putin SUPPORTS Chinese peace plan",
      "United States CRITICIZES Chinese peace plan",
    ]) {
      expect(all).toContain(fact);
    }
    const sanctions = await rootRelations(
      `type: [SANCTIONS], subject: "${ids.get("United States")}"`,
    );
    expect(sanctions).toHaveLength(1);
    const [evidence] = sanctions[0]!.evidence;
    expect(evidence!.sentence).toMatch(/sanctions on Moscow/);
    expect(SEED.includes(evidence!.sentence)).toBe(true);
  });

  it("keeps one relation per fact, its evidence ordered by article date", async () => {
    const met = await rootRelations(`type: [MET_WITH], subject: "${ids.get("Vladimir Putin")}"`);
    const xiPutin = met.find(
      (r) => [r.subject.name, r.object.name].sort().join() === "Vladimir Putin,Xi Jinping",
    );
    expect(xiPutin).toBeDefined();
    // One relation for the fact, whichever way round it was stated, across both articles.
    const allMet = await rootRelations("type: [MET_WITH]");
    const samePair = allMet.filter(
      (r) => [r.subject.name, r.object.name].sort().join() === "Vladimir Putin,Xi Jinping",
    );
    expect(samePair).toHaveLength(1);
    expect(xiPutin!.evidenceCount).toBe(xiPutin!.evidence.length);
    const dates = xiPutin!.evidence.map((e) => e.article.publishedAt);
    expect(dates[0]).toBe("2023-03-23");
    expect(dates.at(-1)).toBe("2023-10-19");
    expect([...dates].sort()).toEqual(dates);
    expect(xiPutin!.evidence.at(-1)!.eventDate).toBe("2023-10-18");
  });

  it("lists the parties of AUKUS and the members of NATO through coordination", async () => {
    expect(facts(await rootRelations(`type: [PARTY_TO], object: "${ids.get("AUKUS")}"`))).toEqual([
      "Australia PARTY_TO AUKUS",
      "United Kingdom PARTY_TO AUKUS",
      "United States PARTY_TO AUKUS",
    ]);
    expect(facts(await rootRelations(`type: [MEMBER_OF], object: "${ids.get("NATO")}"`))).toEqual([
      "France MEMBER_OF NATO",
      "Germany MEMBER_OF NATO",
      "United Kingdom MEMBER_OF NATO",
    ]);
  });

  it("filters by event date: Nixon's 1972 meeting, not the 2023 summit", async () => {
    const in1972 = facts(
      await rootRelations(`type: [MET_WITH, VISITED], since: "1972", until: "1972-12"`),
    );
    expect(in1972).toEqual(["Mao Zedong MET_WITH Richard Nixon", "Richard Nixon VISITED Beijing"]);
    const recent = facts(await rootRelations(`type: [MET_WITH], since: "2023-10"`));
    expect(recent).toContain("Vladimir Putin MET_WITH Xi Jinping");
    expect(recent).not.toContain("Mao Zedong MET_WITH Richard Nixon");
    const nixon = await rootRelations(`subject: "${ids.get("Richard Nixon")}", type: [MET_WITH]`);
    expect(nixon[0]!.evidence[0]!.eventDate).toBe("1972-02");
  });

  it("filters by confidence and pages with the filters kept", async () => {
    const strong = await rootRelations(`minConfidence: 0.85`);
    expect(strong.length).toBeGreaterThan(3);
    for (const relation of strong) expect(relation.confidence).toBeGreaterThanOrEqual(0.85);
    const first = await client.gql(
      `{ relations(first: 2, minConfidence: 0.85) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(first.data.relations.pageInfo.hasNextPage).toBe(true);
    const next = await client.gql(
      `query($after: String) { relations(first: 100, after: $after, minConfidence: 0.85) { edges { node { id } } } }`,
      {
        after: first.data.relations.pageInfo.endCursor,
      },
    );
    expect(next.data.relations.edges).toHaveLength(strong.length - 2);
  });

  it("filters an entity's relations by type, direction and date", async () => {
    const query = /* GraphQL */ `
      query($id: ID!) {
        node(id: $id) {
          ... on Entity {
            all: relations(first: 50) { totalCount }
            leads: relations(type: [LEADER_OF], direction: OUTGOING) { totalCount edges { node { object { name } attributes { key value } } } }
            in1972: relations(since: "1972-01", until: "1972-12-31") { edges { node { type subject { name } object { name } } } }
            incoming: relations(direction: INCOMING, type: [LEADER_OF]) { totalCount }
          }
        }
      }`;
    const result = await client.gql(query, { id: ids.get("Richard Nixon") });
    expect(result.errors).toBeUndefined();
    const nixon = result.data.node;
    expect(nixon.all.totalCount).toBeGreaterThanOrEqual(3);
    expect(nixon.leads.totalCount).toBe(1);
    expect(nixon.leads.edges[0].node.object.name).toBe("United States");
    expect(nixon.leads.edges[0].node.attributes).toContainEqual({
      key: "title",
      value: "President",
    });
    const other = (node: any) =>
      node.subject.name === "Richard Nixon" ? node.object.name : node.subject.name;
    expect(
      nixon.in1972.edges.map((edge: any) => `${edge.node.type} ${other(edge.node)}`).sort(),
    ).toEqual(["MET_WITH Mao Zedong", "VISITED Beijing"]);
    expect(nixon.incoming.totalCount).toBe(0);
  });

  it("rejects malformed filters with BAD_USER_INPUT", async () => {
    for (const args of [`since: "March 2023"`, `until: "2023-13"`, `minConfidence: 1.5`]) {
      const result = await client.gql(`{ relations(${args}) { totalCount } }`);
      expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
  });
});
