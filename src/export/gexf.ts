/** GEXF 1.2 (gexf.net), Gephi's native format, also read by networkx and graphology-gexf. */
import type { ExportGraph } from "./export-graph.js";
import { ALIAS_SEPARATOR } from "./graphml.js";
import { escapeXml } from "./xml.js";

function attvalues(values: [string, string | number][]): string {
  return `<attvalues>${values
    .map(([key, value]) => `<attvalue for="${key}" value="${escapeXml(String(value))}"/>`)
    .join("")}</attvalues>`;
}

/**
 * Writes the graph as GEXF, undirected when every edge is (co-occurrence), else directed with
 * symmetric relations flagged by the `directed` attribute (networkx refuses mixed graphs).
 */
export function toGexf(graph: ExportGraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">',
    `  <meta><creator>news-kg</creator><description>Entities and relations extracted from news articles${
      graph.truncated ? " (truncated: the neighbourhood was cut at the export's node limit)" : ""
    }</description><keywords>${graph.truncated ? "truncated" : "complete"}</keywords></meta>`,
    `  <graph mode="static" defaultedgetype="${graph.edges.some((edge) => edge.directed) ? "directed" : "undirected"}">`,
    '    <attributes class="node">',
    '      <attribute id="entityType" title="entityType" type="string"/>',
    '      <attribute id="mentionCount" title="mentionCount" type="integer"/>',
    '      <attribute id="aliases" title="aliases" type="string"/>',
    "    </attributes>",
    '    <attributes class="edge">',
    '      <attribute id="relationType" title="relationType" type="string"/>',
    '      <attribute id="confidence" title="confidence" type="double"/>',
    '      <attribute id="evidenceCount" title="evidenceCount" type="integer"/>',
    '      <attribute id="directed" title="directed" type="boolean"/>',
    '      <attribute id="provenance" title="provenance" type="string"/>',
    "    </attributes>",
    "    <nodes>",
  ];
  for (const node of graph.nodes) {
    lines.push(
      `      <node id="${escapeXml(node.id)}" label="${escapeXml(node.label)}">${attvalues([
        ["entityType", node.type],
        ["mentionCount", node.mentionCount],
        ["aliases", node.aliases.join(ALIAS_SEPARATOR)],
      ])}</node>`,
    );
  }
  lines.push("    </nodes>", "    <edges>");
  for (const edge of graph.edges) {
    lines.push(
      `      <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}" weight="${edge.weight}" label="${escapeXml(edge.label)}">${attvalues(
        [
          ["relationType", edge.type],
          ["confidence", edge.confidence],
          ["evidenceCount", edge.evidenceCount],
          ["directed", String(edge.directed)],
          // Co-occurrence has no provenance: the value is left out, not written empty.
          ...(edge.provenance === null
            ? []
            : [["provenance", edge.provenance] as [string, string]]),
        ],
      )}</edge>`,
    );
  }
  lines.push("    </edges>", "  </graph>", "</gexf>", "");
  return lines.join("\n");
}
