/**
 * Exports an analyst can trust: symmetric relations as undirected edges (read back by
 * graphology and networkx), the first evidence sentence per edge on request, and a seed name
 * that fits two entities equally answered with 409 and the candidates.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { MultiGraph } from "graphology";
import gexf from "graphology-gexf";
import graphml from "graphology-graphml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDatabaseTarget } from "../../src/config.js";
import { type Database, openDatabase } from "../../src/db/database.js";
import { migrateToLatest } from "../../src/db/migrate.js";
import { storeArticle } from "../../src/ingest/ingest.js";
import { buildExtraction } from "../fixtures/extractions.js";
import { createTestApp } from "../helpers/app.js";
import { runKg } from "../helpers/cli.js";
import { BACKEND, createTestTarget, type TestDatabase } from "../helpers/db.js";

const MEETING = "Ann Export met Bob Export in Exportland.";
const TRIP = "Ann Export visited Exportland again.";

let target: Awaited<ReturnType<typeof createTestTarget>>;
let work: string;
let database: Database | undefined;
let client: ReturnType<typeof createTestApp>;

async function openTarget(): Promise<Database> {
  return openDatabase(parseDatabaseTarget(target.target));
}

beforeAll(async () => {
  target = await createTestTarget();
  work = mkdtempSync(path.join(tmpdir(), "kg-export-analyst-"));
  const setup = await openTarget();
  await migrateToLatest(setup.db);
  const store = (extraction: ReturnType<typeof buildExtraction>) =>
    setup.db.transaction().execute((trx) => storeArticle(trx, extraction));
  await store(
    buildExtraction({
      text: MEETING,
      title: "The meeting",
      entities: [
        ["PERSON", "ann export", "Ann Export"],
        ["PERSON", "bob export", "Bob Export"],
        ["COUNTRY", "EXL", "Exportland"],
      ],
      relations: [[0, "MET_WITH", 1]],
    }),
  );
  await store(
    buildExtraction({
      text: TRIP,
      title: "The trip",
      entities: [
        ["PERSON", "ann export", "Ann Export"],
        ["COUNTRY", "EXL", "Exportland"],
      ],
      relations: [[0, "VISITED", 1]],
    }),
  );
  // "Jordan Export": a person and an organisation of that name, each named once.
  await store(
    buildExtraction({
      text: "Jordan Export and Jordan Export.",
      entities: [
        ["PERSON", "jordan export", "Jordan Export"],
        ["ORGANIZATION", "jordan export", "Jordan Export"],
      ],
    }),
  );
  await setup.close();
}, 120_000);
afterAll(async () => {
  await database?.close();
  await target?.cleanup();
});

function readWithNetworkx(file: string, reader: "read_graphml" | "read_gexf") {
  const script = `import json, sys, networkx as nx; g = nx.${reader}(sys.argv[1]); print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "evidence": sorted(d.get("evidence", "") for _, _, d in g.edges(data=True))}))`;
  return JSON.parse(execFileSync("python3", ["-c", script, file], { encoding: "utf8" }));
}

describe(`kg export --evidence on ${BACKEND}`, () => {
  it("adds each relation's first evidence sentence", async () => {
    const out = path.join(work, "cli.json");
    const result = await runKg([
      "export",
      "--format",
      "json",
      "--seed",
      "Ann Export",
      "--evidence",
      "--out",
      out,
      "--db",
      target.target,
    ]);
    expect(result.code, result.stderr).toBe(0);
    const doc = JSON.parse(readFileSync(out, "utf8"));
    const byType = Object.fromEntries(doc.relations.map((r: any) => [r.type, r]));
    expect(byType.MET_WITH.evidence).toMatchObject({
      sentence: MEETING,
      articleTitle: "The meeting",
    });
    expect(byType.VISITED.evidence.sentence).toBe(TRIP);
    expect(byType.MET_WITH.directed).toBe(false);
    expect(byType.VISITED.directed).toBe(true);
  });

  it("names the candidates of an ambiguous seed and stops", async () => {
    const result = await runKg(["export", "--seed", "Jordan Export", "--db", target.target]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/fits 2 entities/);
    expect(result.stdout).toBe("");
  });
});

describe(`GET /export with evidence and symmetric edges on ${BACKEND}`, () => {
  beforeAll(async () => {
    database = await openTarget();
    client = createTestApp({ ...database, target: target.target } as TestDatabase);
  });

  const fetchText = async (query: string) => {
    const response = await client.app.fetch(`http://kg.test/export/${query}`);
    expect(response.status).toBe(200);
    return response.text();
  };

  it("writes symmetric relations as undirected GEXF edges that graphology and networkx read", async () => {
    const text = await fetchText("gexf?seed=Ann%20Export&evidence=1");
    const graph = gexf.parse(MultiGraph, text);
    const types = graph.mapEdges((edge, attributes) => [
      attributes.relationType,
      graph.isUndirected(edge),
      attributes.evidence,
    ]);
    expect(types.sort()).toEqual([
      ["MET_WITH", true, MEETING],
      ["VISITED", false, TRIP],
    ]);
    const file = path.join(work, "http.gexf");
    writeFileSync(file, text);
    // networkx has no mixed graphs: it reads the mutual MET_WITH edge as both directions.
    expect(readWithNetworkx(file, "read_gexf")).toEqual({
      nodes: 3,
      edges: 3,
      evidence: [MEETING, MEETING, TRIP],
    });
  });

  it("carries evidence in GraphML, graphology, Cytoscape and CSV, and only when asked", async () => {
    const graphmlText = await fetchText("graphml?seed=Ann%20Export&evidence=1");
    const parsed = graphml.parse(MultiGraph, graphmlText);
    expect(parsed.mapEdges((_edge, attributes) => attributes.evidence).sort()).toEqual([
      MEETING,
      TRIP,
    ]);
    const file = path.join(work, "http.graphml");
    writeFileSync(file, graphmlText);
    expect(readWithNetworkx(file, "read_graphml").evidence).toEqual([MEETING, TRIP]);
    const graphology = JSON.parse(await fetchText("graphology?seed=Ann%20Export&evidence=1"));
    const met = graphology.edges.find((edge: any) => edge.attributes.relationType === "MET_WITH");
    expect(met.undirected).toBe(true);
    expect(met.attributes.evidence).toBe(MEETING);
    expect(met.attributes.evidenceArticle).toMatch(/^[A-Za-z0-9+/=]+$/);
    const cyjs = JSON.parse(await fetchText("cytoscape?seed=Ann%20Export&evidence=1"));
    expect(cyjs.elements.edges.map((edge: any) => edge.data.evidence.sentence).sort()).toEqual([
      MEETING,
      TRIP,
    ]);
    const csv = await fetchText("csv?seed=Ann%20Export&evidence=1&file=edges");
    expect(csv.split("\n")[0]).toMatch(/,evidence,evidenceArticle$/);
    expect(csv).toContain(MEETING);
    const plain = JSON.parse(await fetchText("json?seed=Ann%20Export"));
    expect(plain.relations.every((relation: any) => !("evidence" in relation))).toBe(true);
    expect(await fetchText("csv?seed=Ann%20Export&file=edges")).not.toContain(MEETING);
  });

  it("gives co-occurrence edges the first sentence naming both", async () => {
    const doc = JSON.parse(await fetchText("json?seed=Bob%20Export&edges=cooccurrence&evidence=1"));
    expect(doc.relations.length).toBeGreaterThan(0);
    for (const relation of doc.relations) {
      expect(relation.evidence.sentence).toBe(MEETING);
      expect(relation.directed).toBe(false);
    }
  });

  it("echoes the entity the seed name resolved to in every file format and the headers", async () => {
    const response = await client.app.fetch("http://kg.test/export/json?seed=Ann%20Export");
    const id = response.headers.get("x-export-seed-id");
    expect(decodeURIComponent(response.headers.get("x-export-seed") ?? "")).toBe("Ann Export");
    const json = (await response.json()) as any;
    expect(json.seed).toEqual({ id, name: "Ann Export", type: "PERSON" });
    expect(json.entities.map((entity: any) => entity.id)).toContain(id);
    const cyjs = JSON.parse(await fetchText("cytoscape?seed=Ann%20Export"));
    expect(cyjs.data.seed).toEqual(json.seed);
    const graphology = JSON.parse(await fetchText("graphology?seed=Ann%20Export"));
    expect(graphology.attributes).toMatchObject({ seed: "Ann Export", seedId: id });
    const graphmlText = await fetchText("graphml?seed=Ann%20Export");
    expect(graphml.parse(MultiGraph, graphmlText).getAttribute("seed")).toBe("Ann Export");
    const file = path.join(work, "seed.graphml");
    writeFileSync(file, graphmlText);
    const script = `import sys, networkx as nx; print(nx.read_graphml(sys.argv[1]).graph["seedId"])`;
    expect(execFileSync("python3", ["-c", script, file], { encoding: "utf8" }).trim()).toBe(id);
    expect(await fetchText("gexf?seed=Ann%20Export")).toContain(
      `the neighbourhood of Ann Export (PERSON, ${id})`,
    );
    const whole = JSON.parse(await fetchText("json"));
    expect("seed" in whole).toBe(false);
  });

  it("answers an ambiguous seed name with 409 and the candidates", async () => {
    const response = await client.app.fetch("http://kg.test/export/json?seed=Jordan%20Export");
    expect(response.status).toBe(409);
    const body = (await response.json()) as any;
    const error = body.errors[0];
    expect(error.extensions.code).toBe("AMBIGUOUS_SEED");
    expect(error.extensions.candidates.map((c: any) => c.type).sort()).toEqual([
      "ORGANIZATION",
      "PERSON",
    ]);
    const byId = await client.app.fetch(
      `http://kg.test/export/json?seed=${encodeURIComponent(error.extensions.candidates[0].id)}`,
    );
    expect(byId.status).toBe(200);
    const bad = await client.app.fetch("http://kg.test/export/json?evidence=yes");
    expect(bad.status).toBe(400);
  });
});
