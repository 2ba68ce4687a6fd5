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
 * each symmetric relation (MET_WITH) as a `type="mutual"` edge and flagged by the `directed`
 * attribute. Not a mixed graph with `type="undirected"` edges: networkx (3.6) refuses an
 * undirected edge in a directed graph and a directed one in any other; "mutual" it accepts,
 * graphology-gexf reads as an undirected edge, and Gephi draws as a two-way edge.
 */
export function toGexf(graph: ExportGraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">',
    `  <meta><creator>news-kg</creator><description>Entities and relations extracted from news articles${
      graph.seed
        ? escapeXml(
            `, the neighbourhood of ${graph.seed.name} (${graph.seed.type}, ${graph.seed.id})`,
          )
        : ""
    }${
      graph.truncated
        ? ` (truncated: the neighbourhood had more than ${graph.nodeLimit} entities and was cut)`
        : ""
    }${
      graph.tag === null ? "" : escapeXml(` (articles tagged ${graph.tag})`)
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
    ...(graph.withEvidence
      ? [
          '      <attribute id="evidence" title="evidence" type="string"/>',
          '      <attribute id="evidenceArticle" title="evidenceArticle" type="string"/>',
        ]
      : []),
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
  const directedGraph = graph.edges.some((edge) => edge.directed);
  // graphology-gexf (0.13) takes the first edge's `type` for the graph's type and refuses
  // "mutual" there: directed edges go first, each group in its order.
  const ordered = directedGraph
    ? [
        ...graph.edges.filter((edge) => edge.directed),
        ...graph.edges.filter((edge) => !edge.directed),
      ]
    : graph.edges;
  for (const edge of ordered) {
    const mutual = directedGraph && !edge.directed ? ' type="mutual"' : "";
    lines.push(
      `      <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}"${mutual} weight="${edge.weight}" label="${escapeXml(edge.label)}">${attvalues(
        [
          ["relationType", edge.type],
          ["confidence", edge.confidence],
          ["evidenceCount", edge.evidenceCount],
          ["directed", String(edge.directed)],
          // Co-occurrence has no provenance: the value is left out, not written empty.
          ...(edge.provenance === null
            ? []
            : [["provenance", edge.provenance] as [string, string]]),
          ...(edge.evidence
            ? ([
                ["evidence", edge.evidence.sentence],
                ["evidenceArticle", edge.evidence.article],
              ] as [string, string][])
            : []),
        ],
      )}</edge>`,
    );
  }
  lines.push("    </edges>", "  </graph>", "</gexf>", "");
  return lines.join("\n");
}
