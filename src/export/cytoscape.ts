/** Cytoscape.js elements JSON (`cy.add(doc.elements)` or `cytoscape({ elements })`). */
import type { ExportGraph } from "./export-graph.js";

/** The Cytoscape.js document: elements grouped into nodes and edges, each with a `data` object. */
export interface CytoscapeDocument {
  elements: {
    nodes: {
      data: { id: string; label: string; type: string; mentionCount: number; aliases: string[] };
    }[];
    edges: {
      data: {
        id: string;
        source: string;
        target: string;
        type: string;
        label: string;
        weight: number;
        confidence: number;
        evidenceCount: number;
        directed: boolean;
        /** STATED, INFERRED or KNOWLEDGE (a `data(provenance)` selector styles it); null for co-occurrence. */
        provenance: string | null;
      };
    }[];
  };
}

/** Shapes the graph as Cytoscape.js elements. */
export function toCytoscape(graph: ExportGraph): CytoscapeDocument {
  return {
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
      edges: graph.edges.map((edge) => ({
        data: {
          id: edge.id,
          source: edge.source,
          target: edge.target,
          type: edge.type,
          label: edge.label,
          weight: edge.weight,
          confidence: edge.confidence,
          evidenceCount: edge.evidenceCount,
          directed: edge.directed,
          provenance: edge.provenance,
        },
      })),
    },
  };
}
