import { readFileSync } from "node:fs";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../../src/ingest/ingest.js";
import { createTestApp } from "../helpers/app.js";
import { BACKEND, createTestDatabase, type TestDatabase } from "../helpers/db.js";

// The seed article plus 20 BBC politics articles, read at run time from ../shared.
const SEED = "../shared/corpus/seed-article.txt";
const BBC = Array.from(
  { length: 20 },
  (_, i) => `../shared/data/bbc-news/politics/${String(i + 1).padStart(3, "0")}.txt`,
);
/** The BBC files carry no date: give each a fixed 2005 date so timelines have something to bucket. */
const bbcDate = (i: number) => `2005-0${1 + (i % 3)}-${String(1 + i).padStart(2, "0")}`;

let database: TestDatabase;
let statements: string[] = [];
let client: ReturnType<typeof createTestApp>;
const ids = new Map<string, string>();

async function idOf(name: string): Promise<string> {
  const known = ids.get(name);
  if (known) return known;
  const result = await client.gql(
    `query($q: String!) { searchEntities(query: $q, first: 1) { entity { id name } matchedBy } }`,
    { q: name },
  );
  const hit = result.data.searchEntities[0];
  expect(hit?.entity.name, name).toBe(name);
  ids.set(name, hit.entity.id);
  return hit.entity.id;
}

const SUBGRAPH_FIELDS = `nodes { id label type size degree mentionCount depth entity { name } }
  edges { id source target type weight label evidenceCount directed relation { type } }
  truncated stats { nodeCount edgeCount depth }`;

/** Every edge joins two returned nodes; stats agree with the lists. */
function expectWellFormed(graph: any) {
  const nodeIds = new Set(graph.nodes.map((node: any) => node.id));
  expect(nodeIds.size).toBe(graph.nodes.length);
  for (const edge of graph.edges) {
    expect(nodeIds.has(edge.source), `edge ${edge.id} source`).toBe(true);
    expect(nodeIds.has(edge.target), `edge ${edge.id} target`).toBe(true);
    expect(edge.weight).toBeGreaterThan(0);
  }
  expect(new Set(graph.edges.map((edge: any) => edge.id)).size).toBe(graph.edges.length);
  expect(graph.stats.nodeCount).toBe(graph.nodes.length);
  expect(graph.stats.edgeCount).toBe(graph.edges.length);
}

beforeAll(async () => {
  database = await createTestDatabase({ onQuery: (statement) => statements.push(statement) });
  client = createTestApp(database);
  const options = { maxArticleBytes: 2_000_000 };
  const [seed] = await ingest(
    database.db,
    { bytes: readFileSync(SEED, "utf8"), name: "seed" },
    options,
  );
  expect(seed?.status).toBe("ingested");
  for (const [i, file] of BBC.entries()) {
    const [outcome] = await ingest(
      database.db,
      { bytes: readFileSync(file, "utf8"), name: file, meta: { publishedAt: bbcDate(i) } },
      options,
    );
    expect(outcome?.status, file).toBe("ingested");
  }
}, 300_000);
afterAll(async () => {
  await database?.close();
});

describe(`graph queries on ${BACKEND} (seed article + 20 BBC politics articles)`, () => {
  it.each([
    ["Kisinger", "Henry Kissinger"],
    ["Xi Jinpin", "Xi Jinping"],
    ["Zelenskyy", "Volodymyr Zelensky"],
    ["vladimir putin", "Vladimir Putin"],
    ["Tony Blari", "Tony Blair"],
  ])("searchEntities(%j) finds %s first", async (query, name) => {
    const result = await client.gql(
      `query($q: String!) { searchEntities(query: $q) { entity { name } score matchedBy matchedText } }`,
      { q: query },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.searchEntities[0].entity.name).toBe(name);
  });

  it("ranks exact > alias > prefix > fuzzy, with scores to match", async () => {
    const exact = await client.gql(
      `{ searchEntities(query: "China") { entity { name type } score matchedBy matchedText } }`,
    );
    expect(exact.data.searchEntities[0]).toMatchObject({
      entity: { name: "China", type: "COUNTRY" },
      matchedBy: "EXACT",
      score: 1,
    });
    const hits = exact.data.searchEntities;
    const order = ["EXACT", "ALIAS", "PREFIX", "FUZZY"];
    for (let i = 1; i < hits.length; i++) {
      expect(order.indexOf(hits[i].matchedBy)).toBeGreaterThanOrEqual(
        order.indexOf(hits[i - 1].matchedBy),
      );
      expect(hits[i].score).toBeLessThanOrEqual(hits[i - 1].score);
    }
    const prefix = await client.gql(
      `{ searchEntities(query: "Vladim") { entity { name } matchedBy } }`,
    );
    expect(prefix.data.searchEntities[0]).toEqual({
      entity: { name: "Vladimir Putin" },
      matchedBy: "PREFIX",
    });
    const fuzzy = await client.gql(`{ searchEntities(query: "Kisinger") { matchedBy score } }`);
    expect(fuzzy.data.searchEntities[0].matchedBy).toBe("FUZZY");
    expect(fuzzy.data.searchEntities[0].score).toBeLessThan(0.85);
  });

  it("finds an entity by an alias the article used", async () => {
    const aliases = await sql<{ alias: string; name: string }>`
      select a.alias, e.name from entity_aliases a join entities e on e.id = a.entity_id
       where e.name = 'Xi Jinping' and lower(a.alias) <> lower(e.name)
         and not exists (select 1 from entities other where lower(other.name) = lower(a.alias))
       order by a.alias limit 1`.execute(database.db);
    const alias = aliases.rows[0]?.alias;
    expect(alias, "Xi Jinping has an alias (e.g. Xi)").toBeDefined();
    const result = await client.gql(
      `query($q: String!) { searchEntities(query: $q) { entity { name } matchedBy matchedText } }`,
      { q: alias },
    );
    expect(result.data.searchEntities[0]).toEqual({
      entity: { name: "Xi Jinping" },
      matchedBy: "ALIAS",
      matchedText: alias,
    });
  });

  it("filters search by entity type and caps first", async () => {
    // "Putin" finds Vladimir Putin and the Xi-Putin summit; the type filter keeps the person.
    const all = await client.gql(`{ searchEntities(query: "Putin") { entity { type } } }`);
    const allTypes = all.data.searchEntities.map((hit: any) => hit.entity.type);
    expect(allTypes).toContain("PERSON");
    expect(allTypes.some((type: string) => type !== "PERSON")).toBe(true);
    const people = await client.gql(
      `{ searchEntities(query: "Putin", types: [PERSON]) { entity { type } } }`,
    );
    expect(people.data.searchEntities.length).toBeGreaterThan(0);
    for (const hit of people.data.searchEntities) expect(hit.entity.type).toBe("PERSON");
    const tooMany = await client.gql(`{ searchEntities(query: "China", first: 101) { score } }`);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("puts Xi Jinping in Putin's 1-hop neighbourhood", async () => {
    const putin = await idOf("Vladimir Putin");
    const result = await client.gql(
      `query($id: ID!) { entity(id: $id) { neighbors(edgeKind: COOCCURRENCE) { ${SUBGRAPH_FIELDS} } } }`,
      { id: putin },
    );
    expect(result.errors).toBeUndefined();
    const graph = result.data.entity.neighbors;
    expectWellFormed(graph);
    const seed = graph.nodes.find((node: any) => node.id === putin);
    expect(seed).toMatchObject({ label: "Vladimir Putin", type: "PERSON", depth: 0 });
    const xi = graph.nodes.find((node: any) => node.label === "Xi Jinping");
    expect(xi).toMatchObject({ type: "PERSON", depth: 1 });
    expect(xi.degree).toBeGreaterThan(0);
    expect(xi.size).toBeGreaterThan(1);
    const edge = graph.edges.find(
      (e: any) => [e.source, e.target].includes(xi.id) && [e.source, e.target].includes(putin),
    );
    expect(edge).toMatchObject({ type: "CO_OCCURS", directed: false, relation: null });
    expect(edge.evidenceCount).toBeGreaterThan(0);
    // Strongest edges first.
    const weights = graph.edges.map((e: any) => e.weight);
    expect(weights).toEqual([...weights].sort((a: number, b: number) => b - a));
  });

  it("follows typed relations: Xi Jinping LEADER_OF China, with evidence", async () => {
    const xi = await idOf("Xi Jinping");
    const result = await client.gql(
      `query($id: ID!) { entity(id: $id) { neighbors(relationTypes: [LEADER_OF]) { ${SUBGRAPH_FIELDS} } } }`,
      { id: xi },
    );
    expect(result.errors).toBeUndefined();
    const graph = result.data.entity.neighbors;
    expectWellFormed(graph);
    expect(graph.edges.length).toBeGreaterThan(0);
    for (const edge of graph.edges) expect(edge.type).toBe("LEADER_OF");
    const china = graph.nodes.find((node: any) => node.label === "China");
    expect(china?.type).toBe("COUNTRY");
    const edge = graph.edges.find((e: any) => e.source === xi && e.target === china.id);
    expect(edge).toMatchObject({
      type: "LEADER_OF",
      directed: true,
      relation: { type: "LEADER_OF" },
    });
    const relation = await client.gql(
      `query($id: ID!) { relation(id: $id) { subject { name } object { name } evidence { sentence } } }`,
      { id: edge.id },
    );
    expect(relation.data.relation).toMatchObject({
      subject: { name: "Xi Jinping" },
      object: { name: "China" },
    });
    expect(relation.data.relation.evidence[0].sentence).toContain("Xi Jinping");
  });

  it("filters neighbours by entity type, weight and date range", async () => {
    const putin = await idOf("Vladimir Putin");
    const countries = await client.gql(
      `query($id: ID!) { entity(id: $id) { neighbors(edgeKind: COOCCURRENCE, entityTypes: [COUNTRY]) { nodes { type depth } } } }`,
      { id: putin },
    );
    const others = countries.data.entity.neighbors.nodes.filter((node: any) => node.depth > 0);
    expect(others.length).toBeGreaterThan(0);
    for (const node of others) expect(node.type).toBe("COUNTRY");

    const heavy = await client.gql(
      `query($id: ID!) { entity(id: $id) { neighbors(edgeKind: COOCCURRENCE, minWeight: 2) { edges { weight } } } }`,
      { id: putin },
    );
    expect(heavy.data.entity.neighbors.edges.length).toBeGreaterThan(0);
    for (const edge of heavy.data.entity.neighbors.edges)
      expect(edge.weight).toBeGreaterThanOrEqual(2);

    // Putin is only in the 2023 seed article, not in the 2005 BBC articles.
    const in2005 = await client.gql(
      `query($id: ID!) { entity(id: $id) { neighbors(edgeKind: COOCCURRENCE, since: "2005-01-01", until: "2005-12-31") { stats { nodeCount edgeCount } } } }`,
      { id: putin },
    );
    expect(in2005.data.entity.neighbors.stats).toEqual({ nodeCount: 1, edgeCount: 0 });
    const in2023 = await client.gql(
      `query($id: ID!) { entity(id: $id) { neighbors(edgeKind: COOCCURRENCE, since: "2023-03-01", until: "2023-03-31") { stats { nodeCount } } } }`,
      { id: putin },
    );
    expect(in2023.data.entity.neighbors.stats.nodeCount).toBeGreaterThan(1);
    // The same date forms as `relations(since:, until:)`: a year or month is a whole period.
    const periods: [string, string, number][] = [
      ["2005", "2005", 1],
      ["2023", "2023-03", in2023.data.entity.neighbors.stats.nodeCount],
      [
        "2023-03-01T00:00:00Z",
        "2023-03-31T23:59:59Z",
        in2023.data.entity.neighbors.stats.nodeCount,
      ],
    ];
    for (const [since, until, nodeCount] of periods) {
      const result = await client.gql(
        `query($id: ID!, $since: String, $until: String) { entity(id: $id) { neighbors(edgeKind: COOCCURRENCE, since: $since, until: $until) { stats { nodeCount } } } }`,
        { id: putin, since, until },
      );
      expect(result.data.entity.neighbors.stats.nodeCount).toBe(nodeCount);
    }

    const badDate = await client.gql(
      `query($id: ID!) { entity(id: $id) { neighbors(since: "March") { truncated } } }`,
      { id: putin },
    );
    expect(badDate.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("caps hubs: a small limit says truncated and keeps the strongest edges", async () => {
    const us = await idOf("United States");
    const full = await client.gql(
      `query($id: ID!) { entity(id: $id) { neighbors(edgeKind: COOCCURRENCE, limit: 500) { nodes { id } edges { weight } truncated } } }`,
      { id: us },
    );
    expect(full.data.entity.neighbors.nodes.length).toBeGreaterThan(4);
    const capped = await client.gql(
      `query($id: ID!) { entity(id: $id) { neighbors(edgeKind: COOCCURRENCE, limit: 4) { ${SUBGRAPH_FIELDS} } } }`,
      { id: us },
    );
    const graph = capped.data.entity.neighbors;
    expectWellFormed(graph);
    expect(graph.truncated).toBe(true);
    expect(graph.nodes).toHaveLength(4);
    const strongest = full.data.entity.neighbors.edges.map((edge: any) => edge.weight).slice(0, 3);
    expect(graph.edges.map((edge: any) => edge.weight).slice(0, 3)).toEqual(strongest);
  });

  it("expands several seeds to depth 2 within the node limit", async () => {
    const seeds = [await idOf("Vladimir Putin"), await idOf("Tony Blair")];
    const result = await client.gql(
      `query($seeds: [ID!]!) { subgraph(seeds: $seeds, depth: 2, limit: 60, edgeKind: COOCCURRENCE) { ${SUBGRAPH_FIELDS} } }`,
      { seeds },
    );
    expect(result.errors).toBeUndefined();
    const graph = result.data.subgraph;
    expectWellFormed(graph);
    expect(graph.nodes.length).toBeLessThanOrEqual(60);
    expect(
      graph.nodes
        .filter((node: any) => node.depth === 0)
        .map((node: any) => node.label)
        .sort(),
    ).toEqual(["Tony Blair", "Vladimir Putin"]);
    expect(Math.max(...graph.nodes.map((node: any) => node.depth))).toBe(graph.stats.depth);
    expect(graph.stats.depth).toBeLessThanOrEqual(2);
  });

  it("finds the shortest path from Antony Blinken to Vladimir Putin, each hop with evidence", async () => {
    const [blinken, putin] = [await idOf("Antony Blinken"), await idOf("Vladimir Putin")];
    const result = await client.gql(
      `query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, edgeKind: COOCCURRENCE) {
      length nodes { id label depth } edges { edge { id source target type evidenceCount weight } relation { id } articles { title publishedAt } } } }`,
      { from: blinken, to: putin },
    );
    expect(result.errors).toBeUndefined();
    const path = result.data.shortestPath;
    expect(path.length).toBeGreaterThanOrEqual(1);
    expect(path.length).toBeLessThanOrEqual(2);
    expect(path.nodes[0].label).toBe("Antony Blinken");
    expect(path.nodes.at(-1).label).toBe("Vladimir Putin");
    expect(path.nodes).toHaveLength(path.length + 1);
    path.edges.forEach((hop: any, i: number) => {
      const ends = [hop.edge.source, hop.edge.target].sort();
      expect(ends).toEqual([path.nodes[i].id, path.nodes[i + 1].id].sort());
      expect(hop.edge.evidenceCount).toBeGreaterThan(0);
      expect(hop.articles.length).toBeGreaterThan(0);
      expect(hop.articles[0].title).toMatch(/Chinese and Russian presidents/);
    });
  });

  it("answers typed paths with relations and their evidence", async () => {
    const [xi, china] = [await idOf("Xi Jinping"), await idOf("China")];
    const result = await client.gql(
      `query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, relationTypes: [LEADER_OF]) {
      length edges { edge { type } relation { type evidence { sentence } } articles { title } } } }`,
      { from: xi, to: china },
    );
    expect(result.data.shortestPath.length).toBe(1);
    expect(result.data.shortestPath.edges[0].relation.type).toBe("LEADER_OF");
    expect(result.data.shortestPath.edges[0].relation.evidence[0].sentence).toContain("Xi Jinping");
    expect(result.data.shortestPath.edges[0].articles).toHaveLength(1);
  });

  it("returns null when no path exists within maxDepth, and an error for a bad id", async () => {
    const [blinken, putin] = [await idOf("Antony Blinken"), await idOf("Vladimir Putin")];
    const none = await client.gql(
      `query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, relationTypes: [CAPITAL_OF]) { length } }`,
      { from: blinken, to: putin },
    );
    expect(none.errors).toBeUndefined();
    expect(none.data.shortestPath).toBeNull();
    const bad = await client.gql(
      `query($to: ID!) { shortestPath(from: "not-an-id", to: $to) { length } }`,
      { to: putin },
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const tooDeep = await client.gql(
      `query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, maxDepth: 7) { length } }`,
      { from: blinken, to: putin },
    );
    expect(tooDeep.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("lists the k shortest loopless paths, shortest first", async () => {
    const [blinken, putin] = [await idOf("Antony Blinken"), await idOf("Vladimir Putin")];
    const result = await client.gql(
      `query($from: ID!, $to: ID!) { paths(from: $from, to: $to, first: 3, maxDepth: 3, edgeKind: COOCCURRENCE) {
      length nodes { id label } edges { edge { id evidenceCount } } } }`,
      { from: blinken, to: putin },
    );
    expect(result.errors).toBeUndefined();
    const paths = result.data.paths;
    expect(paths).toHaveLength(3);
    const shortest = await client.gql(
      `query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, edgeKind: COOCCURRENCE) { length } }`,
      { from: blinken, to: putin },
    );
    expect(paths[0].length).toBe(shortest.data.shortestPath.length);
    const seen = new Set<string>();
    for (const [i, path] of paths.entries()) {
      if (i > 0) expect(path.length).toBeGreaterThanOrEqual(paths[i - 1].length);
      expect(path.nodes[0].label).toBe("Antony Blinken");
      expect(path.nodes.at(-1).label).toBe("Vladimir Putin");
      expect(new Set(path.nodes.map((node: any) => node.id)).size).toBe(path.nodes.length);
      const key = path.edges.map((hop: any) => hop.edge.id).join(",");
      expect(seen.has(key)).toBe(false);
      seen.add(key);
      for (const hop of path.edges) expect(hop.edge.evidenceCount).toBeGreaterThan(0);
    }
  });

  it("buckets an entity's timeline by article date", async () => {
    const [xi, blair] = [await idOf("Xi Jinping"), await idOf("Tony Blair")];
    const result = await client.gql(
      `query($xi: ID!, $blair: ID!) {
      xi: entity(id: $xi) { mentionCount month: timeline { start mentions relations articles } year: timeline(bucket: YEAR) { start mentions } }
      blair: entity(id: $blair) { mentionCount timeline(bucket: MONTH) { start mentions articles }
        none: timeline(since: "2010-01-01") { start } week: timeline(bucket: WEEK, until: "2005-01-31") { start } } }`,
      { xi, blair },
    );
    expect(result.errors).toBeUndefined();
    const { xi: x, blair: b } = result.data;
    expect(x.month).toEqual([
      {
        start: "2023-03-01",
        mentions: expect.any(Number),
        relations: expect.any(Number),
        articles: 1,
      },
    ]);
    expect(x.month[0].mentions).toBeGreaterThanOrEqual(5);
    expect(x.month[0].relations).toBeGreaterThanOrEqual(1);
    expect(x.year).toEqual([{ start: "2023-01-01", mentions: x.month[0].mentions }]);
    expect(b.timeline.length).toBeGreaterThan(1);
    for (const bucket of b.timeline) expect(bucket.start).toMatch(/^2005-0[1-3]-01$/);
    const stored = await sql<{ count: number }>`select count(*)::int as count from mentions m
      where m.entity_id = ${Number(Buffer.from(blair, "base64").toString().split(":")[1])}`.execute(
      database.db,
    );
    expect(b.timeline.reduce((sum: number, bucket: any) => sum + bucket.mentions, 0)).toBe(
      stored.rows[0]!.count,
    );
    expect(b.none).toEqual([]);
    expect(b.week.length).toBeGreaterThan(0);
    for (const bucket of b.week) {
      expect(new Date(`${bucket.start}T00:00:00Z`).getUTCDay()).toBe(1);
    }
  });

  it("lists co-occurrences strongest first", async () => {
    const putin = await idOf("Vladimir Putin");
    const result = await client.gql(
      `query($id: ID!) { entity(id: $id) { coOccurrences(first: 10) { entity { name } count articleCount } } }`,
      { id: putin },
    );
    const list = result.data.entity.coOccurrences;
    expect(list.length).toBeGreaterThan(0);
    expect(list.length).toBeLessThanOrEqual(10);
    expect(list.map((item: any) => item.entity.name)).toContain("Xi Jinping");
    const counts = list.map((item: any) => item.count);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
    expect(list.length).toBeGreaterThan(0);
    for (const item of list) expect(item.articleCount).toBe(1);
  });

  it("reports degree and a cached PageRank centrality", async () => {
    const xi = await idOf("Xi Jinping");
    const result = await client.gql(
      `query($id: ID!) { entity(id: $id) { degree centrality relations { totalCount } } }`,
      { id: xi },
    );
    expect(result.errors).toBeUndefined();
    const { degree, centrality, relations } = result.data.entity;
    expect(degree).toBe(relations.totalCount);
    expect(degree).toBeGreaterThanOrEqual(1);
    expect(centrality).toBeGreaterThan(0);
    const sum = await sql<{
      total: number;
    }>`select sum(pagerank)::float8 as total from entity_metrics`.execute(database.db);
    expect(sum.rows[0]!.total).toBeCloseTo(1, 6);
    // A second read serves the cache: no recomputation statements.
    statements = [];
    await client.gql(`query($id: ID!) { entity(id: $id) { centrality } }`, { id: xi });
    expect(statements.some((statement) => /insert into entity_metrics/i.test(statement))).toBe(
      false,
    );
  });

  it("keeps degrees current as relations are added, moved and removed", async () => {
    const degreesMatch = async (db: typeof database.db) => {
      const { rows } = await sql<{ mismatches: number }>`
        select count(*)::int as mismatches from entities e
          left join entity_degrees d on d.entity_id = e.id
          left join (select id, count(*) as n from (select subject_id as id from relations union all select object_id from relations) x group by id) r on r.id = e.id
         where coalesce(d.degree, 0) <> coalesce(r.n, 0)`.execute(db);
      return rows[0]!.mismatches;
    };
    expect(await degreesMatch(database.db)).toBe(0);
    const rollback = new Error("rollback");
    await expect(
      database.db.transaction().execute(async (trx) => {
        const [first, second] = (
          await sql<{ id: number }>`select id from relations order by id limit 2`.execute(trx)
        ).rows;
        await sql`delete from relations where id = ${first!.id}`.execute(trx);
        expect(await degreesMatch(trx)).toBe(0);
        // Move a relation to another subject, as a merge does.
        await sql`update relations set subject_id = (select min(id) from entities where id not in (
                    select subject_id from relations where id = ${second!.id} union select object_id from relations where id = ${second!.id}))
                   where id = ${second!.id}`.execute(trx);
        expect(await degreesMatch(trx)).toBe(0);
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(await degreesMatch(database.db)).toBe(0);
  });

  it("counts the graph exactly as the tables do", async () => {
    const result =
      await client.gql(`{ graphStats { entityCount relationCount articleCount mentionCount
      entitiesByType { type count } relationsByType { type count } topEntities(first: 5) { name degree } } }`);
    expect(result.errors).toBeUndefined();
    const stats = result.data.graphStats;
    const counts = (
      await sql<
        Record<string, number>
      >`select (select count(*)::int from entities) as "entityCount",
        (select count(*)::int from relations) as "relationCount", (select count(*)::int from articles) as "articleCount",
        (select count(*)::int from mentions) as "mentionCount"`.execute(database.db)
    ).rows[0];
    expect(stats).toMatchObject(counts!);
    expect(stats.articleCount).toBe(21);
    expect(stats.entitiesByType.reduce((sum: number, row: any) => sum + row.count, 0)).toBe(
      stats.entityCount,
    );
    expect(stats.relationsByType.reduce((sum: number, row: any) => sum + row.count, 0)).toBe(
      stats.relationCount,
    );
    expect(stats.relationsByType.map((row: any) => row.type)).toContain("LEADER_OF");
    const degrees = stats.topEntities.map((entity: any) => entity.degree);
    expect(degrees).toEqual([...degrees].sort((a: number, b: number) => b - a));
  });

  it("answers a 2-hop neighbourhood with degrees in two statements: both hops, then the nodes (the entity among them) with their degrees", async () => {
    const id = await idOf("Vladimir Putin");
    statements = [];
    const result = await client.gql(
      `query($id: ID!) { entity(id: $id) { name neighbors(depth: 2, limit: 60) {
        nodes { id degree depth entity { degree } } truncated } } }`,
      { id },
    );
    expect(result.errors).toBeUndefined();
    expect(statements).toHaveLength(2);
    expect(result.data.entity.name).toBe("Vladimir Putin");
    const nodes = result.data.entity.neighbors.nodes;
    expect(nodes.some((node: any) => node.depth === 2)).toBe(true);
    const { rows } = await sql<{ id: number; degree: number }>`
      select entity_id as id, degree from entity_degrees`.execute(database.db);
    const degrees = new Map(rows.map((row) => [row.id, row.degree]));
    for (const node of nodes) {
      const entityId = Number(Buffer.from(node.id, "base64").toString().split(":")[1]);
      expect(node.degree).toBe(degrees.get(entityId) ?? 0);
      expect(node.entity.degree).toBe(node.degree);
    }
  });

  // Either way the entity is null: no such entity, or its non-null neighbours field failed.
  it.each([
    ["an unknown entity", "RW50aXR5Ojk5OTk5OTk=", 10, undefined],
    ["a node limit out of range", null, 501, "BAD_USER_INPUT"],
  ])(
    "entity { neighbors } for %s answers as the entity and the field do alone",
    async (_name, given, limit, code) => {
      const id = given ?? (await idOf("Vladimir Putin"));
      const result = await client.gql(
        `query($id: ID!, $limit: Int) { entity(id: $id) { name neighbors(depth: 2, limit: $limit) { nodes { id } } } }`,
        { id, limit },
      );
      expect(result.errors?.[0]?.extensions?.code).toBe(code);
      expect(result.data).toEqual({ entity: null });
    },
  );

  it("answers neighbours, degrees and timelines of 30 entities in a constant number of statements", async () => {
    statements = [];
    const result = await client.gql(`{ entities(first: 30) { edges { node { name degree
      neighbors(edgeKind: COOCCURRENCE, depth: 2, limit: 20) { nodes { degree entity { name } } edges { relation { type } } }
      timeline { start } coOccurrences(first: 3) { entity { name } } } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.entities.edges).toHaveLength(30);
    // entities + count? + degree + 2 hops + entity loads + node degree + timeline + co-occurrences + entity loads.
    expect(statements.length).toBeLessThanOrEqual(14);
  });
});
