/** graphology's serialized graph (`Graph.from(doc)` / `graph.import(doc)`), as sigma.js reads it. */
import type { ExportGraph } from "./export-graph.js";

/** graphology's SerializedGraph for a mixed multigraph. */
export interface GraphologyDocument {
  /** `truncated`: the neighbourhood was cut at the export's node limit; `seed`/`seedId`: its seed. */
  attributes: {
    name: string;
    truncated: boolean;
    nodeLimit: number | null;
    tag: string | null;
    seed?: string;
    seedId?: string;
  };
  options: { type: "mixed"; multi: true; allowSelfLoops: false };
  nodes: {
    key: string;
    attributes: {
      label: string;
      entityType: string;
      mentionCount: number;
      aliases: string[];
      size: number;
    };
  }[];
  edges: {
    key: string;
    source: string;
    target: string;
    undirected: boolean;
    attributes: {
      relationType: string;
      label: string;
      weight: number;
      confidence: number;
      evidenceCount: number;
      /** STATED, INFERRED or KNOWLEDGE; null for co-occurrence. */
      provenance: string | null;
      /** With evidence: the first sentence backing the edge and its article's global id. */
      evidence?: string | null;
      evidenceArticle?: string | null;
    };
  }[];
}

/** Shapes the graph as a serialized graphology multigraph (parallel typed relations between a pair stay apart). */
export function toGraphology(graph: ExportGraph): GraphologyDocument {
  return {
    attributes: {
      name: "news-kg",
      truncated: graph.truncated,
      nodeLimit: graph.nodeLimit,
      tag: graph.tag,
      ...(graph.seed ? { seed: graph.seed.name, seedId: graph.seed.id } : {}),
    },
    options: { type: "mixed", multi: true, allowSelfLoops: false },
    nodes: graph.nodes.map((node) => ({
      key: node.id,
      attributes: {
        label: node.label,
        // Not `type`: sigma.js reads that attribute as the name of a node renderer.
        entityType: node.type,
        mentionCount: node.mentionCount,
        aliases: node.aliases,
        size: Math.round(Math.log2(1 + Math.max(node.mentionCount, 1)) * 100) / 100,
      },
    })),
    edges: graph.edges.map((edge) => ({
      key: edge.id,
      source: edge.source,
      target: edge.target,
      undirected: !edge.directed,
      attributes: {
        relationType: edge.type,
        label: edge.label,
        weight: edge.weight,
        confidence: edge.confidence,
        evidenceCount: edge.evidenceCount,
        provenance: edge.provenance,
        ...(graph.withEvidence
          ? {
              evidence: edge.evidence?.sentence ?? null,
              evidenceArticle: edge.evidence?.article ?? null,
            }
          : {}),
      },
    })),
  };
}
