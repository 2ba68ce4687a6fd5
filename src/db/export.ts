/** Reads the whole graph for exports. */
import { type Kysely, sql } from "kysely";
import { articleScopeCondition } from "./article-scope.js";
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

/**
 * Every entity (with aliases) and relation, ordered by id; with a tag, the entities mentioned in
 * articles carrying it and the relations with evidence there.
 */
export async function readWholeGraph(
  db: Kysely<DB>,
  tag?: string | null,
): Promise<{ entities: ExportEntity[]; relations: ExportRelation[] }> {
  let entityQuery = db.selectFrom("entities");
  let relationQuery = db.selectFrom("relations");
  if (tag) {
    const tagged = articleScopeCondition("a", { tag });
    entityQuery = entityQuery.where(
      sql<boolean>`exists (select 1 from mentions m join articles a on a.id = m.article_id
                  where m.entity_id = entities.id and ${tagged})`,
    );
    relationQuery = relationQuery.where(
      sql<boolean>`exists (select 1 from relation_evidence e join articles a on a.id = e.article_id
                  where e.relation_id = relations.id and ${tagged})`,
    );
  }
  const entities = await entityQuery
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
  const relations = await relationQuery
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
