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
import { attachEvidence } from "./evidence.js";

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
  /** With `evidence`: the edge's first evidence sentence (a co-occurrence: the first naming both). */
  evidence?: ExportEvidence | null;
}

/** One sentence backing an edge, and where it is. */
export interface ExportEvidence {
  sentence: string;
  /** The Article's global id. */
  article: string;
  /** The article's title, when it has one. */
  articleTitle: string | null;
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
  /** The node limit of a neighbourhood export (written beside `truncated`); null for the whole graph. */
  nodeLimit: number | null;
  /** The article tag the export was limited to (`tag=`, `--tag`); null for every article. */
  tag: string | null;
  /** True when edges carry their first evidence sentence (`evidence=1`, `--evidence`). */
  withEvidence?: boolean;
  /** The entity a neighbourhood export was seeded with, as the seed resolved (echoed in the file). */
  seed?: ExportSeed;
}

/** The seed entity of a neighbourhood export. */
export interface ExportSeed {
  /** The Entity's global id. */
  id: string;
  name: string;
  type: string;
}

/** What to export: the whole graph, or the neighbourhood of one seed. */
export interface ExportRequest {
  /** An entity name (exact or alias), global id or numeric id. */
  seed?: string | null;
  depth?: number | null;
  edgeKind?: EdgeKind;
  /** Most nodes of a neighbourhood (MAX_EXPORT_NODES, which is also the ceiling). */
  maxNodes?: number;
  /** Adds each edge's first evidence sentence. */
  evidence?: boolean;
  /** Only articles carrying this tag (a folder name or --tag of kg ingest). */
  tag?: string | null;
}

/** An entity a seed name could mean. */
export interface SeedCandidate {
  id: string;
  name: string;
  type: string;
  mentionCount: number;
}

/** A request the export cannot serve, with a code for HTTP and CLI messages. */
export class ExportError extends Error {
  constructor(
    readonly code: "BAD_USER_INPUT" | "ENTITY_NOT_FOUND" | "AMBIGUOUS_SEED",
    message: string,
    /** For AMBIGUOUS_SEED: the entities the name fits, most mentioned first. */
    readonly candidates: SeedCandidate[] = [],
  ) {
    super(message);
    this.name = "ExportError";
  }
}

/**
 * A name means its most mentioned match only when that one is named at least this many times as
 * often as the next ("Blair": Tony Blair, 490 mentions, over a bare-surname entity with 7).
 */
export const CLEAR_SEED_MARGIN = 2;

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
 * mentioned is the one meant when it is clearly so (CLEAR_SEED_MARGIN); otherwise the name is
 * ambiguous and the error lists the candidates.
 */
export async function resolveSeed(db: Kysely<DB>, seed: string): Promise<number> {
  const id = parseEntityId(seed);
  if (id !== undefined) return id;
  const hits = await searchEntities(db, seed, { limit: 20 });
  const fits = hits
    .filter((hit) => hit.matchedBy === "EXACT" || hit.matchedBy === "ALIAS")
    .map((hit) => hit.entity)
    .filter((entity, index, all) => all.findIndex((other) => other.id === entity.id) === index)
    .sort((a, b) => b.mentionCount - a.mentionCount || a.id - b.id);
  const [best, next] = fits;
  if (best && (!next || best.mentionCount >= CLEAR_SEED_MARGIN * next.mentionCount)) {
    return best.id;
  }
  if (best) {
    const candidates = fits.map((entity) => ({
      id: entityGlobalId(entity.id),
      name: entity.name,
      type: entity.type,
      mentionCount: entity.mentionCount,
    }));
    throw new ExportError(
      "AMBIGUOUS_SEED",
      `"${seed}" fits ${candidates.length} entities about equally: ${candidates
        .map(
          (candidate) =>
            `${candidate.name} (${candidate.type}, ${candidate.id}, ${candidate.mentionCount} mentions)`,
        )
        .join(", ")}; seed by id instead`,
      candidates,
    );
  }
  const suggestions = hits.map((hit) => hit.entity.name);
  throw new ExportError(
    "ENTITY_NOT_FOUND",
    `no entity named "${seed}"${suggestions.length ? ` (did you mean: ${suggestions.join(", ")}?)` : ""}`,
  );
}

/** Reads the whole graph or a neighbourhood, with each edge's first evidence sentence when asked. */
export async function buildExportGraph(
  db: Kysely<DB>,
  request: ExportRequest = {},
): Promise<ExportGraph> {
  const graph = await readExportGraph(db, request);
  if (!request.evidence) return graph;
  return { ...graph, edges: await attachEvidence(db, graph.edges), withEvidence: true };
}

/** Reads the whole graph, or the seed's neighbourhood up to `depth` hops (at most MAX_EXPORT_NODES nodes). */
async function readExportGraph(db: Kysely<DB>, request: ExportRequest): Promise<ExportGraph> {
  const edgeKind = request.edgeKind ?? "RELATIONS";
  if (!request.seed) {
    const whole = await readWholeGraph(db, request.tag);
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
        ? (await readCoOccurrenceEdges(db, request.tag)).map(edgeFromRecord)
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
    return { nodes, edges, truncated: false, nodeLimit: null, tag: request.tag ?? null };
  }
  const depth = request.depth ?? 1;
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_EXPORT_DEPTH) {
    throw new ExportError(
      "BAD_USER_INPUT",
      `depth must be between 1 and ${MAX_EXPORT_DEPTH}, got ${request.depth}`,
    );
  }
  const seedId = await resolveSeed(db, request.seed);
  const nodeLimit = Math.min(request.maxNodes ?? MAX_EXPORT_NODES, MAX_EXPORT_NODES);
  const graph = await expandSubgraph(graphSource(db), [seedId], {
    edgeKind,
    depth,
    limit: nodeLimit,
    tag: request.tag ?? null,
  });
  const seedNode = graph.nodes.find((node) => node.entity.id === seedId);
  if (!seedNode) throw new ExportError("ENTITY_NOT_FOUND", `no entity with id ${seedId}`);
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
    nodeLimit,
    tag: request.tag ?? null,
    seed: {
      id: entityGlobalId(seedId),
      name: seedNode.entity.name,
      type: seedNode.entity.type,
    },
  };
}
