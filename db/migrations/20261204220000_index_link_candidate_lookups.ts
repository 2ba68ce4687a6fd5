import { type Kysely, sql } from "kysely";

// Frozen in time: this migration never imports application code. The expressions must stay the
// ones src/db/store.ts's linkCandidateQuery reads with (a test checks that its plan uses these
// indexes).

/**
 * Cross-article linking reads, for every stored article, entities by key whatever their type, people
 * by the last word of an alias, and organisations by the initials of their name. Without these
 * indexes each of those reads scanned every entity or alias, so storing an article cost more the
 * larger the store grew.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index entities_normalized_key_idx on entities (normalized_key)`.execute(db);
  await sql`create index entity_aliases_last_word_idx
    on entity_aliases ((reverse(split_part(reverse(normalized_alias), ' ', 1))))
    where normalized_alias like '% %'`.execute(db);
  await sql`create index entities_organization_initials_idx
    on entities ((lower(regexp_replace(name, '([[:upper:]]{2,})(?=[[:space:]‐‑–-]|$)|([[:upper:]])[^[:space:]‐‑–-]*|[^[:space:]‐‑–-]+|[[:space:]‐‑–-]+', '\\1\\2', 'g'))))
    where type = 'ORGANIZATION' and name like '% %'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists entities_organization_initials_idx`.execute(db);
  await sql`drop index if exists entity_aliases_last_word_idx`.execute(db);
  await sql`drop index if exists entities_normalized_key_idx`.execute(db);
}
