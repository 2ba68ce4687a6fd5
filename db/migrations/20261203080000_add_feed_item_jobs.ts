import { type Kysely, sql } from "kysely";

// Frozen in time: this migration never imports application code.

/**
 * On Postgres `kg watch` no longer ingests in process: it fetches each new item and adds an
 * ingest job for `kg worker`s (issue 13). A feed item can now be 'queued', with the id of the
 * job that carries it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table feed_items drop constraint feed_items_status_check`.execute(db);
  await sql`alter table feed_items add constraint feed_items_status_check
    check (status in ('claimed', 'queued', 'ingested', 'failed'))`.execute(db);
  await db.schema.alterTable("feed_items").addColumn("job_id", "bigint").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("feed_items").dropColumn("job_id").execute();
  await sql`delete from feed_items where status = 'queued'`.execute(db);
  await sql`alter table feed_items drop constraint feed_items_status_check`.execute(db);
  await sql`alter table feed_items add constraint feed_items_status_check
    check (status in ('claimed', 'ingested', 'failed'))`.execute(db);
}
