/** The graph as every export format sees it: nodes and edges with the API's global ids. */
import type { Kysely } from "kysely";
import { findAliasesByEntityIds } from "../db/entities.js";
import { readWholeGraph } from "../db/export.js";
import { graphSource, readCoOccurrenceEdges } from "../db/graph-edges.js";
import type { DB } from "../db/schema.js";
import { searchEntities } from "../db/search.js";
import type { EdgeKind } from "../domain/edge-kind.js";
import { edgeGlobalId, entityGlobalId, parseEntityId, toGlobalId } from "../domain/global-id.js";
import { type RelationType, SYMMETRIC_RELATION_TYPES } from "../domain/vocabulary.js";
import type { GraphEdgeRecord } from "../graph/edges.js";
import { expandSubgraph } from "../graph/subgraph.js";

/** A node of an export. */
export interface ExportNode {
  /** The Entity's global id (as the GraphQL API returns it). */
  id: string;
  entityId: number;
  label: string;
  type: string;
  mentionCount: number;
  aliases: string[];
}

/** An edge of an export: a typed relation or a co-occurrence. */
export interface ExportEdge {
  /** The Relation's global id, or a stable co-occurrence id. */
  id: string;
  source: string;
  target: string;
  /** A RelationType name, or CO_OCCURS. */
  type: string;
  /** The predicate as first written. */
  label: string;
  weight: number;
  confidence: number;
  evidenceCount: number;
  directed: boolean;
  /** How the relation was read (STATED, INFERRED, KNOWLEDGE); null for co-occurrence. */
  provenance: string | null;
}

/** A graph ready to be written in any format. */
export interface ExportGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
  /**
   * True when a neighbourhood had more than MAX_EXPORT_NODES entities and was cut: every format
   * says so in the file (CSV through the HTTP header and the CLI's message).
   */
  truncated: boolean;
}

/** What to export: the whole graph, or the neighbourhood of one seed. */
export interface ExportRequest {
  /** An entity name (exact or alias), global id or numeric id. */
  seed?: string | null;
  depth?: number | null;
  edgeKind?: EdgeKind;
  /** Most nodes of a neighbourhood (MAX_EXPORT_NODES, which is also the ceiling). */
  maxNodes?: number;
}

/** A request the export cannot serve, with a code for HTTP and CLI messages. */
export class ExportError extends Error {
  constructor(
    readonly code: "BAD_USER_INPUT" | "ENTITY_NOT_FOUND",
    message: string,
  ) {
    super(message);
    this.name = "ExportError";
  }
}

/** Deepest neighbourhood an export follows. */
export const MAX_EXPORT_DEPTH = 3;
/** Most nodes a neighbourhood export holds. */
export const MAX_EXPORT_NODES = 5_000;

function edgeFromRecord(edge: GraphEdgeRecord): ExportEdge {
  return {
    id: edgeGlobalId(edge),
    source: entityGlobalId(edge.sourceId),
    target: entityGlobalId(edge.targetId),
    type: edge.type,
    label: edge.predicate,
    weight: edge.weight,
    confidence: edge.confidence,
    evidenceCount: edge.evidenceCount,
    directed: edge.directed,
    provenance: edge.provenance,
  };
}

/**
 * Finds the seed entity: a numeric id, an Entity global id, or an exact name or alias. Of the
 * entities a name or alias fits ("Blair": a bare-surname entity and Tony Blair), the most
 * mentioned is the one meant.
 */
export async function resolveSeed(db: Kysely<DB>, seed: string): Promise<number> {
  const id = parseEntityId(seed);
  if (id !== undefined) return id;
  const hits = await searchEntities(db, seed, { limit: 20 });
  const exact = hits
    .filter((hit) => hit.matchedBy === "EXACT" || hit.matchedBy === "ALIAS")
    .sort((a, b) => b.entity.mentionCount - a.entity.mentionCount || a.entity.id - b.entity.id)[0];
  if (exact) return exact.entity.id;
  const suggestions = hits.map((hit) => hit.entity.name);
  throw new ExportError(
    "ENTITY_NOT_FOUND",
    `no entity named "${seed}"${suggestions.length ? ` (did you mean: ${suggestions.join(", ")}?)` : ""}`,
  );
}

/** Reads the whole graph, or the seed's neighbourhood up to `depth` hops (at most MAX_EXPORT_NODES nodes). */
export async function buildExportGraph(
  db: Kysely<DB>,
  request: ExportRequest = {},
): Promise<ExportGraph> {
  const edgeKind = request.edgeKind ?? "RELATIONS";
  if (!request.seed) {
    const whole = await readWholeGraph(db);
    const nodes = whole.entities.map((entity) => ({
      id: entityGlobalId(entity.id),
      entityId: entity.id,
      label: entity.name,
      type: entity.type,
      mentionCount: entity.mentionCount,
      aliases: entity.aliases,
    }));
    const edges =
      edgeKind === "COOCCURRENCE"
        ? (await readCoOccurrenceEdges(db)).map(edgeFromRecord)
        : whole.relations.map((relation) => ({
            id: toGlobalId("Relation", relation.id),
            source: entityGlobalId(relation.subjectId),
            target: entityGlobalId(relation.objectId),
            type: relation.type,
            label: relation.predicate,
            weight: relation.evidenceCount,
            confidence: relation.confidence,
            evidenceCount: relation.evidenceCount,
            directed: !SYMMETRIC_RELATION_TYPES.has(relation.type as RelationType),
            provenance: relation.provenance,
          }));
    return { nodes, edges, truncated: false };
  }
  const depth = request.depth ?? 1;
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_EXPORT_DEPTH) {
    throw new ExportError(
      "BAD_USER_INPUT",
      `depth must be between 1 and ${MAX_EXPORT_DEPTH}, got ${request.depth}`,
    );
  }
  const seedId = await resolveSeed(db, request.seed);
  const graph = await expandSubgraph(graphSource(db), [seedId], {
    edgeKind,
    depth,
    limit: Math.min(request.maxNodes ?? MAX_EXPORT_NODES, MAX_EXPORT_NODES),
  });
  if (graph.nodes.length === 0)
    throw new ExportError("ENTITY_NOT_FOUND", `no entity with id ${seedId}`);
  const aliases = await findAliasesByEntityIds(
    db,
    graph.nodes.map((node) => node.entity.id),
  );
  return {
    nodes: graph.nodes.map(({ entity }) => ({
      id: entityGlobalId(entity.id),
      entityId: entity.id,
      label: entity.name,
      type: entity.type,
      mentionCount: entity.mentionCount,
      aliases: aliases.get(entity.id) ?? [],
    })),
    edges: graph.edges.map(edgeFromRecord),
    truncated: graph.truncated,
  };
}
