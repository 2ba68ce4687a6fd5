/** The export formats, each with its file name, content type and writer. */
import { type CsvFile, toEdgesCsv, toNodesCsv } from "./csv.js";
import { toCytoscape } from "./cytoscape.js";
import { toGexf } from "./gexf.js";
import type { ExportGraph } from "./graph.js";
import { toGraphml } from "./graphml.js";
import { toGraphology } from "./graphology.js";
import { toJsonDocument } from "./json.js";

/** Every format `kg export` and `GET /export/<format>` write. */
export const EXPORT_FORMATS = [
  "json",
  "cytoscape",
  "graphology",
  "graphml",
  "gexf",
  "csv",
] as const;
/** A supported export format name. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** One written file. */
export interface ExportFile {
  name: string;
  contentType: string;
  text: string;
}

/** Tells a supported format name from any other string. */
export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Writes the graph in `format`: one file, or for CSV nodes.csv and edges.csv. */
export function renderExport(graph: ExportGraph, format: ExportFormat): ExportFile[] {
  switch (format) {
    case "json":
      return [
        {
          name: "graph.json",
          contentType: "application/json; charset=utf-8",
          text: json(toJsonDocument(graph)),
        },
      ];
    case "cytoscape":
      return [
        {
          name: "graph.cyjs",
          contentType: "application/json; charset=utf-8",
          text: json(toCytoscape(graph)),
        },
      ];
    case "graphology":
      return [
        {
          name: "graph.graphology.json",
          contentType: "application/json; charset=utf-8",
          text: json(toGraphology(graph)),
        },
      ];
    case "graphml":
      return [
        {
          name: "graph.graphml",
          contentType: "application/graphml+xml; charset=utf-8",
          text: toGraphml(graph),
        },
      ];
    case "gexf":
      return [
        {
          name: "graph.gexf",
          contentType: "application/gexf+xml; charset=utf-8",
          text: toGexf(graph),
        },
      ];
    case "csv":
      return (["nodes", "edges"] as CsvFile[]).map((file) => ({
        name: `${file}.csv`,
        contentType: "text/csv; charset=utf-8",
        text: file === "nodes" ? toNodesCsv(graph) : toEdgesCsv(graph),
      }));
  }
}
