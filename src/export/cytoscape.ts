/** Cytoscape.js elements JSON (`cy.add(doc.elements)` or `cytoscape({ elements })`). */
import type { ExportEdge, ExportGraph, ExportNode, ExportSeed } from "./export-graph.js";

/** The Cytoscape.js document: elements grouped into nodes and edges, each with a `data` object. */
export interface CytoscapeDocument {
  /** Graph data: `truncated` when the neighbourhood was cut at the export's node limit; the seed. */
  data: { truncated: boolean; nodeLimit: number | null; tag: string | null; seed?: ExportSeed };
  elements: {
    nodes: { data: Omit<ExportNode, "entityId"> }[];
    edges: { data: ExportEdge }[];
  };
}

/** Shapes the graph as Cytoscape.js elements. */
export function toCytoscape(graph: ExportGraph): CytoscapeDocument {
  return {
    data: {
      truncated: graph.truncated,
      nodeLimit: graph.nodeLimit,
      tag: graph.tag,
      ...(graph.seed ? { seed: graph.seed } : {}),
    },
    elements: {
      nodes: graph.nodes.map((node) => ({
        data: {
          id: node.id,
          label: node.label,
          type: node.type,
          mentionCount: node.mentionCount,
          aliases: node.aliases,
        },
      })),
      edges: graph.edges.map((edge) => ({ data: { ...edge } })),
    },
  };
}
