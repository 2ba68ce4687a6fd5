import { type Kysely, sql } from "kysely";

// Frozen in time: this migration never imports application code.

const KINDS = "'STATED','INFERRED','KNOWLEDGE'";

/**
 * How each relation was read (issue 14): every evidence row says whether its sentence states the
 * relation, the model inferred it across sentences, or a gazetteer knows it; a relation carries
 * the strongest kind over its evidence. Entities gain coordinates so a map can be drawn.
 * Rows written before this migration were all read from one sentence, hence STATED.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("relation_evidence")
    .addColumn("kind", "text", (col) =>
      col
        .notNull()
        .defaultTo("STATED")
        .check(sql.raw(`kind in (${KINDS})`)),
    )
    .execute();
  await db.schema
    .alterTable("relations")
    .addColumn("provenance", "text", (col) =>
      col
        .notNull()
        .defaultTo("STATED")
        .check(sql.raw(`provenance in (${KINDS})`)),
    )
    .execute();
  // The provenance filter: most relations are STATED, so asking for the others is selective.
  await db.schema
    .createIndex("relations_provenance_idx")
    .on("relations")
    .columns(["provenance", "type"])
    .execute();
  await db.schema
    .alterTable("entities")
    .addColumn("latitude", "double precision")
    .addColumn("longitude", "double precision")
    .execute();
  await db.schema
    .alterTable("entities")
    .addCheckConstraint(
      "entities_coordinates_check",
      sql`(latitude is null) = (longitude is null)
        and (latitude is null or latitude between -90 and 90)
        and (longitude is null or longitude between -180 and 180)`,
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("entities")
    .dropConstraint("entities_coordinates_check")
    .ifExists()
    .execute();
  await db.schema.alterTable("entities").dropColumn("latitude").dropColumn("longitude").execute();
  await db.schema.dropIndex("relations_provenance_idx").ifExists().execute();
  await db.schema.alterTable("relations").dropColumn("provenance").execute();
  await db.schema.alterTable("relation_evidence").dropColumn("kind").execute();
}
