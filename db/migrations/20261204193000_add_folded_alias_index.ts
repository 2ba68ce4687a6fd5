import { type Kysely, sql } from "kysely";

// Frozen in time: this migration never imports application code. The expression must stay the
// one src/db/search.ts queries with (a test compares them).

/**
 * Entity search without accents (`searchEntities("Sao Paulo")` finds "São Paulo"): aliases
 * indexed with their Latin letters' accents removed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index entity_aliases_folded_idx on entity_aliases
    (translate(normalized_alias, 'àáâãäåāăąçćčďđèéêëēėęěğģìíîïīįıķľĺłńňñņòóôõöøōőŕřśšşșťţțùúûüūůűųýÿźżž', 'aaaaaaaaacccddeeeeeeeeggiiiiiiiklllnnnnoooooooorrsssstttuuuuuuuuyyzzz'))`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists entity_aliases_folded_idx`.execute(db);
}
