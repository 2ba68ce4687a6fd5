/** The graph as plain JSON: entities and relations with the same ids the GraphQL API uses. */
import type { ExportEntity, ExportRelation } from "../db/export.js";
import type { ExportGraph } from "./graph.js";

/** Relay global id, as the Pothos relay plugin encodes it: base64("Type:id"). */
export function toGlobalId(typename: string, id: number | string): string {
  return Buffer.from(`${typename}:${id}`).toString("base64");
}

/** The JSON export document. */
export interface JsonGraph {
  entities: { id: string; name: string; type: string; mentionCount: number; aliases: string[] }[];
  relations: {
    id: string;
    type: string;
    predicate: string;
    subject: { id: string; name: string };
    object: { id: string; name: string };
    confidence: number;
    evidenceCount: number;
  }[];
}

/** Shapes exported rows into the JSON document. */
export function toJsonGraph(graph: {
  entities: ExportEntity[];
  relations: ExportRelation[];
}): JsonGraph {
  const names = new Map(graph.entities.map((entity) => [entity.id, entity.name]));
  const ref = (id: number) => ({ id: toGlobalId("Entity", id), name: names.get(id) ?? "" });
  return {
    entities: graph.entities.map((entity) => ({
      id: toGlobalId("Entity", entity.id),
      name: entity.name,
      type: entity.type,
      mentionCount: entity.mentionCount,
      aliases: entity.aliases,
    })),
    relations: graph.relations.map((relation) => ({
      id: toGlobalId("Relation", relation.id),
      type: relation.type,
      predicate: relation.predicate,
      subject: ref(relation.subjectId),
      object: ref(relation.objectId),
      confidence: relation.confidence,
      evidenceCount: relation.evidenceCount,
    })),
  };
}

/** Shapes an export graph (whole or a neighbourhood, relations or co-occurrences) into the JSON document. */
export function toJsonDocument(graph: ExportGraph): JsonGraph {
  const names = new Map(graph.nodes.map((node) => [node.id, node.label]));
  const ref = (id: string) => ({ id, name: names.get(id) ?? "" });
  return {
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
    })),
  };
}
