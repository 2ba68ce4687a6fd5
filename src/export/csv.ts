/**
 * CSV as two files for `neo4j-admin database import` (header conventions `:ID`, `:LABEL`,
 * `:START_ID`, `:END_ID`, `:TYPE`, typed columns, `;` between array items); Gephi's spreadsheet
 * import reads them too once the id/source/target columns are mapped.
 */
import type { ExportGraph } from "./export-graph.js";

/** The files of a CSV export. */
export const CSV_FILES = ["nodes", "edges"] as const;
/** One of the CSV files. */
export type CsvFile = (typeof CSV_FILES)[number];

const NEEDS_QUOTES = /[",\r\n;]|^\s|\s$/;

/** Quotes a field per RFC 4180 when it holds a comma, quote, line break or array separator. */
function field(value: string | number | boolean): string {
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function row(values: (string | number | boolean)[]): string {
  return values.map(field).join(",");
}

/** "ORGANIZATION" → "Organization": a Neo4j label per entity type. */
function labelOf(type: string): string {
  return type.charAt(0) + type.slice(1).toLowerCase();
}

/** Writes nodes.csv: one line per entity, labelled Entity plus its type. */
export function toNodesCsv(graph: ExportGraph): string {
  const lines = [
    row(["entityId:ID", "name", "type", "mentionCount:int", "aliases:string[]", ":LABEL"]),
  ];
  for (const node of graph.nodes) {
    // Array items are separated by ";" (neo4j-admin's default); an alias holding one loses it.
    const aliases = node.aliases.map((alias) => alias.replace(/;/g, ",")).join(";");
    lines.push(
      row([
        node.id,
        node.label,
        node.type,
        node.mentionCount,
        aliases,
        `Entity;${labelOf(node.type)}`,
      ]),
    );
  }
  return `${[...lines, ...cutNote(graph)].join("\n")}\n`;
}

/** Writes edges.csv: one line per relation (or co-occurring pair), typed by relation type. */
export function toEdgesCsv(graph: ExportGraph): string {
  const lines = [
    row([
      ":START_ID",
      ":END_ID",
      ":TYPE",
      "id",
      "label",
      "weight:float",
      "confidence:float",
      "evidenceCount:int",
      "directed:boolean",
      "provenance",
      ...(graph.withEvidence ? ["evidence", "evidenceArticle"] : []),
    ]),
  ];
  for (const edge of graph.edges) {
    lines.push(
      row([
        edge.source,
        edge.target,
        edge.type,
        edge.id,
        edge.label,
        edge.weight,
        edge.confidence,
        edge.evidenceCount,
        edge.directed,
        edge.provenance ?? "",
        ...(graph.withEvidence
          ? [edge.evidence?.sentence ?? "", edge.evidence?.article ?? ""]
          : []),
      ]),
    );
  }
  return `${[...lines, ...cutNote(graph)].join("\n")}\n`;
}

/**
 * A last line saying the neighbourhood was cut (CSV has no place for it in the header rows);
 * readers skip it as a comment (pandas `comment="#"`, csv tools' comment option).
 */
function cutNote(graph: ExportGraph): string[] {
  return graph.truncated
    ? [`# truncated: the neighbourhood had more than ${graph.nodeLimit} entities and was cut`]
    : [];
}
