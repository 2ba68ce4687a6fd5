/** The graph as plain JSON: entities and relations with the same ids the GraphQL API uses. */
import type { ExportEvidence, ExportGraph, ExportSeed } from "./export-graph.js";

/** The JSON export document. */
export interface JsonGraph {
  /** True when the neighbourhood was cut at the export's node limit. */
  truncated: boolean;
  /** The node limit a neighbourhood export holds (null for the whole graph). */
  nodeLimit: number | null;
  /** The article tag the export was limited to, or null. */
  tag: string | null;
  /** The entity a neighbourhood export was seeded with; absent for the whole graph. */
  seed?: ExportSeed;
  entities: { id: string; name: string; type: string; mentionCount: number; aliases: string[] }[];
  relations: {
    id: string;
    type: string;
    predicate: string;
    subject: { id: string; name: string };
    object: { id: string; name: string };
    confidence: number;
    evidenceCount: number;
    /** STATED, INFERRED or KNOWLEDGE; null for co-occurrence. */
    provenance: string | null;
    /** False for symmetric relation types (MET_WITH) and co-occurrence: subject and object are interchangeable. */
    directed: boolean;
    /** With evidence: the first sentence backing the relation. */
    evidence?: ExportEvidence | null;
  }[];
}

/** Shapes an export graph (whole or a neighbourhood, relations or co-occurrences) into the JSON document. */
export function toJsonDocument(graph: ExportGraph): JsonGraph {
  const names = new Map(graph.nodes.map((node) => [node.id, node.label]));
  const ref = (id: string) => ({ id, name: names.get(id) ?? "" });
  return {
    truncated: graph.truncated,
    nodeLimit: graph.nodeLimit,
    tag: graph.tag,
    ...(graph.seed ? { seed: graph.seed } : {}),
    entities: graph.nodes.map((node) => ({
      id: node.id,
      name: node.label,
      type: node.type,
      mentionCount: node.mentionCount,
      aliases: node.aliases,
    })),
    relations: graph.edges.map((edge) => ({
      id: edge.id,
      type: edge.type,
      predicate: edge.label,
      subject: ref(edge.source),
      object: ref(edge.target),
      confidence: edge.confidence,
      evidenceCount: edge.evidenceCount,
      provenance: edge.provenance,
      directed: edge.directed,
      ...(graph.withEvidence ? { evidence: edge.evidence ?? null } : {}),
    })),
  };
}
