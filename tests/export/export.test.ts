import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import cytoscape from "cytoscape";
import { MultiGraph } from "graphology";
import gexf from "graphology-gexf";
import graphml from "graphology-graphml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDatabaseTarget } from "../../src/config.js";
import { type Database, openDatabase } from "../../src/db/database.js";
import { createTestApp } from "../helpers/app.js";
import { runKg } from "../helpers/cli.js";
import { BACKEND, createTestTarget, type TestDatabase } from "../helpers/db.js";

const SEED = "../shared/corpus/seed-article.txt";

let target: Awaited<ReturnType<typeof createTestTarget>>;
let work: string;

/** A small RFC 4180 reader: enough to check what the exporter wrote. */
function readCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ",") {
      row.push(field);
      field = "";
    } else if (!quoted && char === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else {
      field += char;
    }
  }
  const [header, ...body] = rows;
  return body.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i] ?? ""])));
}

/** networkx (Debian python3-networkx) reads the file: node and edge counts. */
function readWithNetworkx(
  file: string,
  reader: "read_graphml" | "read_gexf",
): { nodes: number; edges: number } {
  const script = `import json, sys, networkx as nx; g = nx.${reader}(sys.argv[1]); print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges()}))`;
  return JSON.parse(execFileSync("python3", ["-c", script, file], { encoding: "utf8" }));
}

async function exportTo(format: string, extra: string[] = []): Promise<string> {
  const out = path.join(
    work,
    `${format}-${extra.join("_").replace(/\W+/g, "_") || "all"}${format === "csv" ? "" : `.${format}`}`,
  );
  const result = await runKg([
    "export",
    "--format",
    format,
    "--out",
    out,
    "--db",
    target.target,
    ...extra,
  ]);
  expect(result.code, result.stderr).toBe(0);
  expect(result.stderr).toMatch(/wrote \d+ entities/);
  return out;
}

/** The provenance kinds of the JSON export's relations, which every other format must repeat. */
function provenanceKinds(json: any): Set<string> {
  return new Set(json.relations.map((relation: any) => relation.provenance));
}

/** How many of the JSON export's relations are STATED. */
function countStated(json: any): number {
  return json.relations.filter((relation: any) => relation.provenance === "STATED").length;
}

beforeAll(async () => {
  target = await createTestTarget();
  work = mkdtempSync(path.join(tmpdir(), "kg-export-"));
  const ingested = await runKg(["ingest", SEED, "--db", target.target]);
  expect(ingested.code, ingested.stderr).toBe(0);
}, 120_000);
afterAll(async () => {
  await target?.cleanup();
});

describe(`kg export on ${BACKEND}`, () => {
  let json: any;

  it("writes JSON with the API's global ids", async () => {
    json = JSON.parse(readFileSync(await exportTo("json"), "utf8"));
    expect(json.entities.length).toBeGreaterThan(15);
    const xi = json.entities.find((entity: any) => entity.name === "Xi Jinping");
    expect(Buffer.from(xi.id, "base64").toString()).toMatch(/^Entity:\d+$/);
    const leader = json.relations.find(
      (relation: any) => relation.type === "LEADER_OF" && relation.subject.name === "Xi Jinping",
    );
    expect(leader.object.name).toBe("China");
    // Every relation says how it was read; the seed's title relations are stated.
    const kinds = new Set(json.relations.map((relation: any) => relation.provenance));
    expect(kinds.has("STATED")).toBe(true);
    for (const kind of kinds) expect(["STATED", "INFERRED", "KNOWLEDGE"]).toContain(kind);
    expect(leader.provenance).toBe("STATED");
  });

  it("writes GraphML that graphology-graphml and networkx read back", async () => {
    const file = await exportTo("graphml");
    const graph = graphml.parse(MultiGraph, readFileSync(file, "utf8"));
    expect(graph.order).toBe(json.entities.length);
    expect(graph.size).toBe(json.relations.length);
    const xi = json.entities.find((entity: any) => entity.name === "Xi Jinping");
    expect(graph.getNodeAttributes(xi.id)).toMatchObject({ label: "Xi Jinping", type: "PERSON" });
    expect(new Set(graph.mapEdges((_edge, attributes) => attributes.provenance))).toEqual(
      provenanceKinds(json),
    );
    expect(readWithNetworkx(file, "read_graphml")).toEqual({
      nodes: json.entities.length,
      edges: json.relations.length,
    });
  });

  it("writes GEXF that graphology-gexf and networkx read back", async () => {
    const file = await exportTo("gexf");
    const graph = gexf.parse(MultiGraph, readFileSync(file, "utf8"));
    expect(graph.order).toBe(json.entities.length);
    expect(graph.size).toBe(json.relations.length);
    const xi = json.entities.find((entity: any) => entity.name === "Xi Jinping");
    expect(graph.getNodeAttributes(xi.id)).toMatchObject({
      label: "Xi Jinping",
      entityType: "PERSON",
    });
    expect(new Set(graph.mapEdges((_edge, attributes) => attributes.provenance))).toEqual(
      provenanceKinds(json),
    );
    // networkx reads a symmetric relation's `type="mutual"` edge as both directions.
    const symmetric = json.relations.filter((relation: any) => !relation.directed).length;
    expect(symmetric).toBeGreaterThan(0);
    expect(readWithNetworkx(file, "read_gexf")).toEqual({
      nodes: json.entities.length,
      edges: json.relations.length + symmetric,
    });
  });

  it("writes Cytoscape.js elements that cytoscape loads", async () => {
    const doc = JSON.parse(readFileSync(await exportTo("cytoscape"), "utf8"));
    const cy = cytoscape({ headless: true, elements: doc.elements });
    expect(cy.nodes().length).toBe(json.entities.length);
    expect(cy.edges().length).toBe(json.relations.length);
    expect(cy.nodes().filter((node) => node.data("label") === "Xi Jinping").length).toBe(1);
    expect(cy.edges('[provenance = "STATED"]').length).toBe(countStated(json));
  });

  it("writes a graphology document that Graph.from imports", async () => {
    const doc = JSON.parse(readFileSync(await exportTo("graphology"), "utf8"));
    const graph = MultiGraph.from(doc);
    expect(graph.multi).toBe(true);
    expect(graph.order).toBe(json.entities.length);
    expect(graph.size).toBe(json.relations.length);
    expect(
      graph.filterEdges((_edge, attributes) => attributes.provenance === "STATED"),
    ).toHaveLength(countStated(json));
  });

  it("writes nodes.csv and edges.csv with Neo4j import headers", async () => {
    const folder = await exportTo("csv");
    const nodesText = readFileSync(path.join(folder, "nodes.csv"), "utf8");
    const edgesText = readFileSync(path.join(folder, "edges.csv"), "utf8");
    expect(nodesText.split("\n")[0]).toBe(
      "entityId:ID,name,type,mentionCount:int,aliases:string[],:LABEL",
    );
    expect(edgesText.split("\n")[0]).toBe(
      ":START_ID,:END_ID,:TYPE,id,label,weight:float,confidence:float,evidenceCount:int,directed:boolean,provenance",
    );
    const nodes = readCsv(nodesText);
    const edges = readCsv(edgesText);
    expect(nodes).toHaveLength(json.entities.length);
    expect(edges).toHaveLength(json.relations.length);
    const ids = new Set(nodes.map((node) => node["entityId:ID"]));
    for (const edge of edges) {
      expect(ids.has(edge[":START_ID"]!)).toBe(true);
      expect(ids.has(edge[":END_ID"]!)).toBe(true);
    }
    expect(nodes.find((node) => node.name === "Xi Jinping")?.[":LABEL"]).toBe("Entity;Person");
    expect(new Set(edges.map((edge) => edge.provenance))).toEqual(provenanceKinds(json));
  });

  it("exports a neighbourhood with --seed and --depth, by name or id, relations or co-occurrence", async () => {
    const oneHop = JSON.parse(
      readFileSync(await exportTo("json", ["--seed", "Xi Jinping", "--depth", "1"]), "utf8"),
    );
    const names = oneHop.entities.map((entity: any) => entity.name);
    expect(names).toContain("Xi Jinping");
    expect(names).toContain("China");
    expect(oneHop.entities.length).toBeLessThan(json.entities.length);
    const xi = json.entities.find((entity: any) => entity.name === "Xi Jinping");
    const cooc = JSON.parse(
      readFileSync(
        await exportTo("json", ["--seed", xi.id, "--depth", "2", "--edges", "cooccurrence"]),
        "utf8",
      ),
    );
    expect(cooc.entities.map((entity: any) => entity.name)).toContain("Vladimir Putin");
    for (const relation of cooc.relations) expect(relation.type).toBe("CO_OCCURS");
    const graphmlFile = await exportTo("graphml", [
      "--seed",
      "Xi Jinping",
      "--depth",
      "2",
      "--edges",
      "cooccurrence",
    ]);
    expect(readWithNetworkx(graphmlFile, "read_graphml").nodes).toBe(cooc.entities.length);
  });

  it("refuses unknown formats, seeds and depths", async () => {
    const format = await runKg(["export", "--format", "xlsx", "--db", target.target]);
    expect(format.code).toBe(1);
    expect(format.stderr).toMatch(/unknown format "xlsx"/);
    const seed = await runKg(["export", "--seed", "Nobody Atall", "--db", target.target]);
    expect(seed.code).toBe(1);
    expect(seed.stderr).toMatch(/no entity named "Nobody Atall"/);
    const depth = await runKg([
      "export",
      "--seed",
      "Xi Jinping",
      "--depth",
      "9",
      "--db",
      target.target,
    ]);
    expect(depth.stderr).toMatch(/depth must be between 1 and 3/);
    const csv = await runKg(["export", "--format", "csv", "--db", target.target]);
    expect(csv.stderr).toMatch(/--out DIR/);
  });
});

describe(`GET /export/<format> on ${BACKEND}`, () => {
  let database: Database;
  let client: ReturnType<typeof createTestApp>;

  beforeAll(async () => {
    database = await openDatabase(parseDatabaseTarget(target.target));
    client = createTestApp({ ...database, target: target.target } as TestDatabase);
  });
  afterAll(async () => {
    await database?.close();
  });

  it.each([
    ["json", "application/json"],
    ["cytoscape", "application/json"],
    ["graphology", "application/json"],
    ["graphml", "application/graphml+xml"],
    ["gexf", "application/gexf+xml"],
    ["csv", "text/csv"],
  ])("serves %s as %s", async (format, type) => {
    const response = await client.app.fetch(
      `http://kg.test/export/${format}?seed=Xi%20Jinping&depth=1`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain(type);
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename=/);
    const text = await response.text();
    if (format === "graphml") expect(graphml.parse(MultiGraph, text).order).toBeGreaterThan(1);
    if (format === "gexf") expect(gexf.parse(MultiGraph, text).order).toBeGreaterThan(1);
    if (format === "csv") expect(text.split("\n")[0]).toMatch(/^entityId:ID,/);
  });

  it("serves the edges file of a CSV export and the whole graph without a seed", async () => {
    const edges = await client.app.fetch("http://kg.test/export/csv?file=edges");
    expect((await edges.text()).split("\n")[0]).toMatch(/^:START_ID,:END_ID,:TYPE/);
    const whole = (await (await client.app.fetch("http://kg.test/export/json")).json()) as any;
    const file = path.join(work, "http-whole.graphml");
    writeFileSync(file, await (await client.app.fetch("http://kg.test/export/graphml")).text());
    expect(readWithNetworkx(file, "read_graphml").nodes).toBe(whole.entities.length);
  });

  it.each([
    ["/export/xlsx", 404, "UNKNOWN_FORMAT"],
    ["/export/json?seed=Nobody%20Atall", 404, "ENTITY_NOT_FOUND"],
    ["/export/json?seed=Xi%20Jinping&depth=4", 400, "BAD_USER_INPUT"],
    ["/export/csv?file=both", 400, "BAD_USER_INPUT"],
    ["/export/json?edges=all", 400, "BAD_USER_INPUT"],
  ])("answers %s with %i %s", async (route, status, code) => {
    const response = await client.app.fetch(`http://kg.test${route}`);
    expect(response.status).toBe(status);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe(code);
  });
});
