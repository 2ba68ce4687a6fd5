/**
 * `kg ingest --source --tag --published-at` and folder tags, through the real CLI; then tags as
 * a filter on articles, entities, relations, neighbourhoods and timelines (`kg query`).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runKg } from "../helpers/cli.js";
import { BACKEND, createTestTarget } from "../helpers/db.js";

let target: Awaited<ReturnType<typeof createTestTarget>>;
let corpus: string;

beforeAll(async () => {
  target = await createTestTarget();
  corpus = mkdtempSync(path.join(tmpdir(), "kg-tags-"));
  mkdirSync(path.join(corpus, "business"));
  mkdirSync(path.join(corpus, "sport"));
  // Invented articles with no metadata of their own, as in a folder-per-section corpus.
  writeFileSync(
    path.join(corpus, "business", "one.txt"),
    "Markets rally\n\nPrime Minister Tony Blair met President George Bush in Washington on Monday. Tony Blair said Britain and France would talk.\n",
  );
  writeFileSync(
    path.join(corpus, "sport", "two.txt"),
    "Cup final\n\nArsene Wenger met Jose Mourinho in London on Sunday. Arsene Wenger praised Chelsea and Arsenal.\n",
  );
  // This one states its own source and date: they win over the flags.
  writeFileSync(
    path.join(corpus, "sport", "dated.md"),
    "---\ntitle: Touchline visit\nsource: Wire\ndate: 2004-01-02\n---\n\nJose Mourinho met Tony Blair in London on Friday.\n",
  );
});
afterAll(async () => {
  await target?.cleanup();
});

async function query(text: string): Promise<any> {
  const result = await runKg(["query", text, "--db", target.target]);
  expect(result.code, result.stderr).toBe(0);
  const body = JSON.parse(result.stdout);
  expect(body.errors).toBeUndefined();
  return body.data;
}

describe(`kg ingest metadata flags on ${BACKEND}`, () => {
  it("refuses a date it cannot read with a code, storing nothing", async () => {
    const result = await runKg([
      "ingest",
      corpus,
      "--published-at",
      "next Tuesday",
      "--db",
      target.target,
    ]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("[INVALID_PUBLISHED_AT]");
    expect(result.stderr).toContain("next Tuesday");
  });

  it("fills source and date the files lack, and tags each with its folder", async () => {
    const result = await runKg([
      "ingest",
      corpus,
      "--source",
      "BBC",
      "--tag",
      "bbc",
      "--tag",
      "sample 2005",
      "--published-at",
      "2005-03-01",
      "--workers",
      "0",
      "--db",
      target.target,
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/3 ingested, 0 already present, 0 failed/);
    const data = await query(
      "{ articles(first: 10) { edges { node { title source publishedAt tags } } } }",
    );
    const byTitle = Object.fromEntries(
      data.articles.edges.map((edge: any) => [edge.node.title, edge.node]),
    );
    expect(byTitle["Markets rally"]).toEqual({
      title: "Markets rally",
      source: "BBC",
      publishedAt: "2005-03-01",
      tags: ["bbc", "business", "sample 2005"],
    });
    expect(byTitle["Cup final"].tags).toEqual(["bbc", "sample 2005", "sport"]);
    expect(byTitle["Touchline visit"]).toMatchObject({
      source: "Wire",
      publishedAt: "2004-01-02",
      tags: ["bbc", "sample 2005", "sport"],
    });
  });

  it("filters articles and entities by tag", async () => {
    const data = await query(`{
      sport: articles(tag: "sport") { totalCount }
      business: articles(tag: "business") { totalCount edges { node { title } } }
      none: articles(tag: "politics") { totalCount }
      bbcSource: articles(source: "BBC") { totalCount }
      people: entities(tag: "business", type: PERSON, orderBy: NAME) { edges { node { name } } }
    }`);
    expect(data.sport.totalCount).toBe(2);
    expect(data.business.totalCount).toBe(1);
    expect(data.business.edges[0].node.title).toBe("Markets rally");
    expect(data.none.totalCount).toBe(0);
    expect(data.bbcSource.totalCount).toBe(2);
    expect(data.people.edges.map((edge: any) => edge.node.name)).toEqual([
      "George Bush",
      "Tony Blair",
    ]);
  });

  it("adds the tags of a re-run to content already stored, and nothing else", async () => {
    const again = await runKg([
      "ingest",
      path.join(corpus, "business"),
      "--tag",
      "rerun",
      "--source",
      "Other",
      "--workers",
      "0",
      "--db",
      target.target,
    ]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/0 ingested, 1 already present, 0 failed/);
    const data = await query('{ articles(tag: "rerun") { edges { node { title source tags } } } }');
    expect(data.articles.edges.map((edge: any) => edge.node)).toEqual([
      {
        title: "Markets rally",
        source: "BBC",
        tags: ["bbc", "business", "rerun", "sample 2005"],
      },
    ]);
  });

  it("filters relations, neighbourhoods and timelines by tag", async () => {
    const data = await query(`{
      entities(search: "Tony Blair", type: PERSON, first: 1) { edges { node {
        name
        business: relations(tag: "business", type: MET_WITH) { edges { node { subject { name } object { name } } } }
        sport: relations(tag: "sport", type: MET_WITH) { edges { node { subject { name } object { name } } } }
        near: neighbors(tag: "sport") { nodes { label } }
        timeline(tag: "business", bucket: MONTH) { start mentions }
        wholeTimeline: timeline(bucket: MONTH) { start }
      } } }
      relations(tag: "business", type: MET_WITH) { totalCount }
    }`);
    const blair = data.entities.edges[0].node;
    expect(blair.name).toBe("Tony Blair");
    const pair = (edge: any) => [edge.node.subject.name, edge.node.object.name].sort();
    expect(blair.business.edges.map(pair)).toEqual([["George Bush", "Tony Blair"]]);
    expect(blair.sport.edges.map(pair)).toEqual([["Jose Mourinho", "Tony Blair"]]);
    expect(blair.near.nodes.map((node: any) => node.label).sort()).toEqual([
      "Jose Mourinho",
      "Tony Blair",
    ]);
    expect(blair.timeline).toEqual([{ start: "2005-03-01", mentions: 2 }]);
    expect(blair.wholeTimeline.map((bucket: any) => bucket.start)).toEqual([
      "2004-01-01",
      "2005-03-01",
    ]);
    expect(data.relations.totalCount).toBe(1);
  });
});
