/** The export formats, each with its file name, content type and writer. */
import { type CsvFile, toEdgesCsv, toNodesCsv } from "./csv.js";
import { toCytoscape } from "./cytoscape.js";
import type { ExportGraph } from "./export-graph.js";
import { toGexf } from "./gexf.js";
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

const JSON_TYPE = "application/json; charset=utf-8";

/** The formats that are one file: its name, content type and writer. */
const SINGLE_FILE_FORMATS: Record<
  Exclude<ExportFormat, "csv">,
  { name: string; contentType: string; write: (graph: ExportGraph) => string }
> = {
  json: {
    name: "graph.json",
    contentType: JSON_TYPE,
    write: (graph) => json(toJsonDocument(graph)),
  },
  cytoscape: {
    name: "graph.cyjs",
    contentType: JSON_TYPE,
    write: (graph) => json(toCytoscape(graph)),
  },
  graphology: {
    name: "graph.graphology.json",
    contentType: JSON_TYPE,
    write: (graph) => json(toGraphology(graph)),
  },
  graphml: {
    name: "graph.graphml",
    contentType: "application/graphml+xml; charset=utf-8",
    write: toGraphml,
  },
  gexf: { name: "graph.gexf", contentType: "application/gexf+xml; charset=utf-8", write: toGexf },
};

/** Writes the graph in `format`: one file, or for CSV nodes.csv and edges.csv. */
export function renderExport(graph: ExportGraph, format: ExportFormat): ExportFile[] {
  if (format === "csv") {
    return (["nodes", "edges"] as CsvFile[]).map((file) => ({
      name: `${file}.csv`,
      contentType: "text/csv; charset=utf-8",
      text: file === "nodes" ? toNodesCsv(graph) : toEdgesCsv(graph),
    }));
  }
  const { name, contentType, write } = SINGLE_FILE_FORMATS[format];
  return [{ name, contentType, text: write(graph) }];
}
