import { type Kysely, sql } from "kysely";

// Frozen in time: this migration never imports application code.

/**
 * Each entity's number of typed relations, kept current on ingest by statement-level triggers on
 * `relations` (one grouped upsert per statement, in entity id order so concurrent writers lock
 * rows in the same order). Counting a hub's relations on every read cost tens of milliseconds.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("entity_degrees")
    .addColumn("entity_id", "integer", (col) =>
      col.primaryKey().references("entities.id").onDelete("cascade"),
    )
    .addColumn("degree", "integer", (col) => col.notNull())
    .execute();
  await sql`create index entity_degrees_degree_idx on entity_degrees (degree desc, entity_id)`.execute(
    db,
  );

  await sql`create function entity_degrees_add() returns trigger language plpgsql as $$
    begin
      insert into entity_degrees (entity_id, degree)
      select id, count(*)::int from (select subject_id as id from added union all select object_id from added) x
       group by id order by id
      on conflict (entity_id) do update set degree = entity_degrees.degree + excluded.degree;
      return null;
    end $$`.execute(db);
  await sql`create function entity_degrees_remove() returns trigger language plpgsql as $$
    begin
      update entity_degrees d set degree = d.degree - x.count
        from (select id, count(*)::int as count
                from (select subject_id as id from removed union all select object_id from removed) ends
               group by id) x
       where d.entity_id = x.id;
      return null;
    end $$`.execute(db);
  // A relation moved to other entities (a merge): the old ends lose it, the new ends gain it.
  await sql`create function entity_degrees_move() returns trigger language plpgsql as $$
    begin
      update entity_degrees d set degree = d.degree - x.count
        from (select id, count(*)::int as count from (
                select o.subject_id as id from removed o join added n using (id) where o.subject_id <> n.subject_id
                union all
                select o.object_id from removed o join added n using (id) where o.object_id <> n.object_id) ends
               group by id) x
       where d.entity_id = x.id;
      insert into entity_degrees (entity_id, degree)
      select id, count(*)::int from (
        select n.subject_id as id from removed o join added n using (id) where o.subject_id <> n.subject_id
        union all
        select n.object_id from removed o join added n using (id) where o.object_id <> n.object_id) ends
       group by id order by id
      on conflict (entity_id) do update set degree = entity_degrees.degree + excluded.degree;
      return null;
    end $$`.execute(db);
  await sql`create trigger relations_degrees_insert after insert on relations
    referencing new table as added for each statement execute function entity_degrees_add()`.execute(
    db,
  );
  await sql`create trigger relations_degrees_delete after delete on relations
    referencing old table as removed for each statement execute function entity_degrees_remove()`.execute(
    db,
  );
  await sql`create trigger relations_degrees_update after update on relations
    referencing old table as removed new table as added for each statement execute function entity_degrees_move()`.execute(
    db,
  );

  await sql`insert into entity_degrees (entity_id, degree)
    select id, count(*)::int from (select subject_id as id from relations union all select object_id from relations) x
     group by id`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger if exists relations_degrees_update on relations`.execute(db);
  await sql`drop trigger if exists relations_degrees_delete on relations`.execute(db);
  await sql`drop trigger if exists relations_degrees_insert on relations`.execute(db);
  await sql`drop function if exists entity_degrees_move()`.execute(db);
  await sql`drop function if exists entity_degrees_remove()`.execute(db);
  await sql`drop function if exists entity_degrees_add()`.execute(db);
  await db.schema.dropTable("entity_degrees").ifExists().execute();
}
