/**
 * Copies the synthetic graph (entities, aliases, relations) from Postgres into a fresh PGlite
 * folder, ids kept, so both backends serve the same data; `maxRelations` bounds the copy time.
 */
import { sql } from "kysely";
import pg from "pg";
import { openDatabase } from "../../src/db/database.js";
import { migrateToLatest } from "../../src/db/migrate.js";

const BATCH = 50_000;

/** What was copied. */
export interface CopiedGraph {
  entities: number;
  aliases: number;
  relations: number;
  seconds: number;
}

/** Fills the PGlite folder `dataDir` (which must not exist yet) from the Postgres database at `url`. */
export async function copyGraphToPglite(
  url: string,
  dataDir: string,
  maxRelations: number,
): Promise<CopiedGraph> {
  const started = performance.now();
  const source = new pg.Client({ connectionString: url });
  await source.connect();
  const target = await openDatabase({ kind: "pglite", dataDir });
  const counts = { entities: 0, aliases: 0, relations: 0 };
  try {
    await migrateToLatest(target.db);
    const { db } = target;
    for (let after = 0; ; ) {
      const { rows } = await source.query<{
        id: number;
        type: string;
        name: string;
        normalized_key: string;
        mention_count: number;
      }>(
        "select id, type, name, normalized_key, mention_count from entities where id > $1 order by id limit $2",
        [after, BATCH],
      );
      if (rows.length === 0) break;
      await sql`insert into entities (id, type, name, normalized_key, mention_count) overriding system value
        select * from unnest(${rows.map((r) => r.id)}::int[], ${rows.map((r) => r.type)}::text[], ${rows.map((r) => r.name)}::text[],
                             ${rows.map((r) => r.normalized_key)}::text[], ${rows.map((r) => r.mention_count)}::int[])`.execute(
        db,
      );
      counts.entities += rows.length;
      after = rows.at(-1)?.id ?? after;
    }
    for (let after = 0; ; ) {
      const { rows } = await source.query<{
        id: number;
        entity_id: number;
        alias: string;
        normalized_alias: string;
      }>(
        "select id, entity_id, alias, normalized_alias from entity_aliases where id > $1 order by id limit $2",
        [after, BATCH],
      );
      if (rows.length === 0) break;
      await sql`insert into entity_aliases (entity_id, alias, normalized_alias)
        select * from unnest(${rows.map((r) => r.entity_id)}::int[], ${rows.map((r) => r.alias)}::text[],
                             ${rows.map((r) => r.normalized_alias)}::text[])`.execute(db);
      counts.aliases += rows.length;
      after = rows.at(-1)?.id ?? after;
    }
    for (let after = 0; counts.relations < maxRelations; ) {
      const { rows } = await source.query<{
        id: number;
        subject_id: number;
        object_id: number;
        type: string;
        predicate: string;
        confidence: number;
        evidence_count: number;
        first_seen_on: string | null;
        last_seen_on: string | null;
      }>(
        `select id, subject_id, object_id, type, predicate, confidence, evidence_count,
                first_seen_on::text, last_seen_on::text
           from relations where id > $1 order by id limit $2`,
        [after, Math.min(BATCH, maxRelations - counts.relations)],
      );
      if (rows.length === 0) break;
      await sql`insert into relations (id, subject_id, object_id, type, predicate, confidence, evidence_count, first_seen_on, last_seen_on)
        overriding system value
        select * from unnest(${rows.map((r) => r.id)}::int[], ${rows.map((r) => r.subject_id)}::int[], ${rows.map((r) => r.object_id)}::int[],
                             ${rows.map((r) => r.type)}::text[], ${rows.map((r) => r.predicate)}::text[], ${rows.map((r) => r.confidence)}::real[],
                             ${rows.map((r) => r.evidence_count)}::int[], ${rows.map((r) => r.first_seen_on)}::date[],
                             ${rows.map((r) => r.last_seen_on)}::date[])`.execute(db);
      counts.relations += rows.length;
      after = rows.at(-1)?.id ?? after;
    }
    await sql`analyze`.execute(db);
  } finally {
    await source.end();
    await target.close();
  }
  return { ...counts, seconds: (performance.now() - started) / 1000 };
}
