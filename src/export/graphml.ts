/** GraphML (graphml.graphdrawing.org), read by Gephi, yEd, Cytoscape desktop, networkx and graphology-graphml. */
import type { ExportGraph } from "./export-graph.js";
import { escapeXml } from "./xml.js";

/** Separator of the aliases list in one GraphML string attribute. */
export const ALIAS_SEPARATOR = "|";

const NODE_KEYS = [
  ["label", "label", "string"],
  ["n_type", "type", "string"],
  ["mentionCount", "mentionCount", "int"],
  ["aliases", "aliases", "string"],
] as const;
const EDGE_KEYS = [
  ["e_type", "type", "string"],
  ["e_label", "label", "string"],
  ["weight", "weight", "double"],
  ["confidence", "confidence", "double"],
  ["evidenceCount", "evidenceCount", "int"],
  ["directed", "directed", "boolean"],
  ["provenance", "provenance", "string"],
] as const;

function data(key: string, value: string | number): string {
  return `<data key="${key}">${escapeXml(String(value))}</data>`;
}

/**
 * Writes the graph as GraphML. Readers such as networkx refuse mixed graphs (an edge's
 * `directed="false"` in a directed graph is an error in networkx 3.6), so the graph is
 * undirected when every edge is (co-occurrence), else directed with symmetric relations (stored
 * lower id first) flagged by the `directed` data attribute.
 */
export function toGraphml(graph: ExportGraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...NODE_KEYS.map(
      ([id, name, type]) =>
        `  <key id="${id}" for="node" attr.name="${name}" attr.type="${type}"/>`,
    ),
    ...EDGE_KEYS.map(
      ([id, name, type]) =>
        `  <key id="${id}" for="edge" attr.name="${name}" attr.type="${type}"/>`,
    ),
    ...(graph.withEvidence
      ? [
          '  <key id="evidence" for="edge" attr.name="evidence" attr.type="string"/>',
          '  <key id="evidenceArticle" for="edge" attr.name="evidenceArticle" attr.type="string"/>',
        ]
      : []),
    '  <key id="truncated" for="graph" attr.name="truncated" attr.type="boolean"/>',
    ...(graph.nodeLimit === null
      ? []
      : ['  <key id="nodeLimit" for="graph" attr.name="nodeLimit" attr.type="int"/>']),
    ...(graph.tag === null
      ? []
      : ['  <key id="tag" for="graph" attr.name="tag" attr.type="string"/>']),
    ...(graph.seed
      ? [
          '  <key id="seed" for="graph" attr.name="seed" attr.type="string"/>',
          '  <key id="seedId" for="graph" attr.name="seedId" attr.type="string"/>',
        ]
      : []),
    `  <graph id="news-kg" edgedefault="${graph.edges.some((edge) => edge.directed) ? "directed" : "undirected"}">`,
    `    ${data("truncated", String(graph.truncated))}`,
    ...(graph.nodeLimit === null ? [] : [`    ${data("nodeLimit", graph.nodeLimit)}`]),
    ...(graph.tag === null ? [] : [`    ${data("tag", graph.tag)}`]),
    ...(graph.seed ? [`    ${data("seed", graph.seed.name)}${data("seedId", graph.seed.id)}`] : []),
  ];
  for (const node of graph.nodes) {
    lines.push(
      `    <node id="${escapeXml(node.id)}">${data("label", node.label)}${data("n_type", node.type)}${data(
        "mentionCount",
        node.mentionCount,
      )}${data("aliases", node.aliases.join(ALIAS_SEPARATOR))}</node>`,
    );
  }
  for (const edge of graph.edges) {
    lines.push(
      `    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">${data(
        "e_type",
        edge.type,
      )}${data("e_label", edge.label)}${data("weight", edge.weight)}${data("confidence", edge.confidence)}${data(
        "evidenceCount",
        edge.evidenceCount,
      )}${data("directed", String(edge.directed))}${
        // Co-occurrence has no provenance: the value is left out, not written empty.
        edge.provenance === null ? "" : data("provenance", edge.provenance)
      }${
        edge.evidence
          ? data("evidence", edge.evidence.sentence) +
            data("evidenceArticle", edge.evidence.article)
          : ""
      }</edge>`,
    );
  }
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}
