/** Reads the whole graph for exports. */
import { type Kysely, sql } from "kysely";
import type { DB } from "./schema.js";

/** An entity as exported. */
export interface ExportEntity {
  id: number;
  name: string;
  type: string;
  mentionCount: number;
  aliases: string[];
}

/** A relation as exported. */
export interface ExportRelation {
  id: number;
  type: string;
  predicate: string;
  subjectId: number;
  objectId: number;
  confidence: number;
  evidenceCount: number;
  /** The strongest reading over the relation's evidence: STATED, INFERRED or KNOWLEDGE. */
  provenance: string;
}

/** Every entity (with aliases) and relation, ordered by id. */
export async function readWholeGraph(
  db: Kysely<DB>,
): Promise<{ entities: ExportEntity[]; relations: ExportRelation[] }> {
  const entities = await db
    .selectFrom("entities")
    .select([
      "entities.id",
      "entities.name",
      "entities.type",
      "entities.mention_count",
      sql<
        string[]
      >`coalesce((select array_agg(a.alias order by a.alias) from entity_aliases a where a.entity_id = entities.id and a.alias <> entities.name), '{}')`.as(
        "aliases",
      ),
    ])
    .orderBy("entities.id")
    .execute();
  const relations = await db
    .selectFrom("relations")
    .select([
      "id",
      "type",
      "predicate",
      "subject_id",
      "object_id",
      "confidence",
      "evidence_count",
      "provenance",
    ])
    .orderBy("id")
    .execute();
  return {
    entities: entities.map((row) => ({
      id: row.id,
      name: row.name,
      type: row.type,
      mentionCount: row.mention_count,
      aliases: row.aliases,
    })),
    relations: relations.map((row) => ({
      id: row.id,
      type: row.type,
      predicate: row.predicate,
      subjectId: row.subject_id,
      objectId: row.object_id,
      confidence: row.confidence,
      evidenceCount: row.evidence_count,
      provenance: row.provenance,
    })),
  };
}
