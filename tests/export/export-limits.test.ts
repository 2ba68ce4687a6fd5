/** A cut neighbourhood says so in every export format; a name picks the entity it usually means. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addArticleTags } from "../../src/db/articles.js";
import { buildExportGraph, type ExportGraph } from "../../src/export/export-graph.js";
import { EXPORT_FORMATS, renderExport } from "../../src/export/formats.js";
import { storeArticle } from "../../src/ingest/ingest.js";
import { buildExtraction } from "../fixtures/extractions.js";
import { createTestApp } from "../helpers/app.js";
import { BACKEND, createTestDatabase, type TestDatabase } from "../helpers/db.js";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  const store = async (extraction: ReturnType<typeof buildExtraction>) =>
    database.db.transaction().execute((trx) => storeArticle(trx, extraction));
  // A hub with four neighbours.
  await store(
    buildExtraction({
      text: "Hub Person met four people.",
      entities: [
        ["PERSON", "hub person", "Hub Person"],
        ["PERSON", "first guest", "First Guest"],
        ["PERSON", "second guest", "Second Guest"],
        ["PERSON", "third guest", "Third Guest"],
        ["PERSON", "fourth guest", "Fourth Guest"],
      ],
      relations: [
        [0, "MET_WITH", 1],
        [0, "MET_WITH", 2],
        [0, "MET_WITH", 3],
        [0, "MET_WITH", 4],
      ],
    }),
  );
  // Two tagged articles: the hub's guests in "sport", a pair of diplomats in "politics".
  const sport = await store(
    buildExtraction({
      text: "Tagged sport article.",
      entities: [
        ["PERSON", "hub person", "Hub Person"],
        ["PERSON", "first guest", "First Guest"],
      ],
      relations: [[0, "MET_WITH", 1]],
    }),
  );
  const politics = await store(
    buildExtraction({
      text: "Tagged politics article.",
      entities: [
        ["PERSON", "envoy one", "Envoy One"],
        ["PERSON", "envoy two", "Envoy Two"],
      ],
      relations: [[0, "MET_WITH", 1]],
    }),
  );
  await addArticleTags(database.db, sport.articleId, ["sport"]);
  await addArticleTags(database.db, politics.articleId, ["politics"]);
  // "Blair": a bare-surname entity named once, and Tony Blair (alias Blair) named in three articles.
  const surname = buildExtraction({
    text: "Blair spoke.",
    entities: [["PERSON", "blair", "Blair"]],
  });
  await store(surname);
  for (const n of [1, 2, 3]) {
    const article = buildExtraction({
      text: `Tony Blair spoke again, time ${n}.`,
      entities: [["PERSON", "tony blair", "Tony Blair"]],
    });
    article.entities[0]!.aliases = ["Blair"];
    await store(article);
  }
});
afterAll(async () => {
  await database?.close();
});

/** Where each format says the export was cut. */
function saysTruncated(graph: ExportGraph): Record<string, boolean> {
  const said: Record<string, boolean> = {};
  for (const format of EXPORT_FORMATS) {
    const text = renderExport(graph, format)[0]!.text;
    if (format === "json") said[format] = JSON.parse(text).truncated;
    else if (format === "cytoscape") said[format] = JSON.parse(text).data.truncated;
    else if (format === "graphology") said[format] = JSON.parse(text).attributes.truncated;
    else if (format === "graphml") said[format] = /<data key="truncated">true<\/data>/.test(text);
    else if (format === "gexf") said[format] = /<keywords>truncated<\/keywords>/.test(text);
  }
  return said;
}

describe(`export limits on ${BACKEND}`, () => {
  it("marks a neighbourhood cut at the node limit as truncated in every file format", async () => {
    const cut = await buildExportGraph(database.db, { seed: "Hub Person", depth: 1, maxNodes: 3 });
    expect(cut.nodes).toHaveLength(3);
    expect(cut.truncated).toBe(true);
    const whole = await buildExportGraph(database.db, { seed: "Hub Person", depth: 1 });
    expect(whole.nodes).toHaveLength(5);
    expect(whole.truncated).toBe(false);
    const formats = EXPORT_FORMATS.filter((format) => format !== "csv");
    expect(saysTruncated(cut)).toEqual(Object.fromEntries(formats.map((f) => [f, true])));
    expect(saysTruncated(whole)).toEqual(Object.fromEntries(formats.map((f) => [f, false])));
  });

  it("writes the node limit beside the flag, and a closing comment line in CSV", async () => {
    const cut = await buildExportGraph(database.db, { seed: "Hub Person", depth: 1, maxNodes: 3 });
    expect(JSON.parse(renderExport(cut, "json")[0]!.text)).toMatchObject({
      truncated: true,
      nodeLimit: 3,
    });
    expect(renderExport(cut, "graphml")[0]!.text).toContain('<data key="nodeLimit">3</data>');
    expect(renderExport(cut, "gexf")[0]!.text).toMatch(/more than 3 entities and was cut/);
    for (const file of renderExport(cut, "csv")) {
      expect(file.text.trim().split("\n").at(-1)).toBe(
        "# truncated: the neighbourhood had more than 3 entities and was cut",
      );
    }
    const whole = await buildExportGraph(database.db, { seed: "Hub Person", depth: 1 });
    for (const file of renderExport(whole, "csv")) expect(file.text).not.toContain("# truncated");
  });

  it("limits a whole or seeded export to the articles of one tag", async () => {
    const politics = await buildExportGraph(database.db, { tag: "politics" });
    expect(politics.nodes.map((node) => node.label).sort()).toEqual(["Envoy One", "Envoy Two"]);
    expect(politics.edges).toHaveLength(1);
    expect(JSON.parse(renderExport(politics, "json")[0]!.text).tag).toBe("politics");
    const sportAround = await buildExportGraph(database.db, {
      seed: "Hub Person",
      depth: 1,
      tag: "sport",
    });
    // The hub met four guests in an untagged article; in "sport" it met only the first.
    expect(sportAround.nodes.map((node) => node.label).sort()).toEqual([
      "First Guest",
      "Hub Person",
    ]);
    const cooccurrence = await buildExportGraph(database.db, {
      tag: "politics",
      edgeKind: "COOCCURRENCE",
    });
    for (const edge of cooccurrence.edges) {
      expect([edge.source, edge.target].sort()).toEqual(
        politics.nodes.map((node) => node.id).sort(),
      );
    }
    expect(await buildExportGraph(database.db, { tag: "no-such-tag" })).toMatchObject({
      nodes: [],
      edges: [],
    });
  });

  it("serves the tag filter and the cut over HTTP (/export?tag=)", async () => {
    const client = createTestApp(database);
    const tagged = await client.app.fetch("http://kg.test/export/json?tag=politics");
    expect(tagged.status).toBe(200);
    expect(tagged.headers.get("x-export-truncated")).toBe("false");
    const document = (await tagged.json()) as { tag: string; entities: { name: string }[] };
    expect(document.tag).toBe("politics");
    expect(document.entities.map((entity) => entity.name).sort()).toEqual([
      "Envoy One",
      "Envoy Two",
    ]);
    const csv = await client.app.fetch("http://kg.test/export/csv?file=nodes&tag=sport");
    const rows = (await csv.text()).trim().split("\n");
    expect(
      rows
        .slice(1)
        .map((row) => row.split(",")[1])
        .sort(),
    ).toEqual(["First Guest", "Hub Person"]);
  });

  it("seeds an export with the most mentioned entity a name or alias fits", async () => {
    const graph = await buildExportGraph(database.db, { seed: "Blair", depth: 1 });
    expect(graph.nodes.map((node) => node.label)).toEqual(["Tony Blair"]);
  });
});
