/**
 * Planner statistics of the tables cross-article linking reads, kept current by the writer when
 * nothing else keeps them: PGlite runs no autovacuum, and a Postgres server may run without it.
 */
import { type Kysely, sql } from "kysely";
import type { DB } from "./schema.js";

/**
 * The tables storing an article reads while it grows them (aliases, keys, last names, the
 * mentions shared with candidates, the type votes). Never analysed, the planner guesses their
 * sizes from pages and picks joins for hundreds of rows where a few match.
 */
export const LINKED_TABLES = ["entities", "entity_aliases", "mentions"] as const;

/** Fewer changed rows than this never call for a new ANALYZE (autovacuum's threshold is 50). */
export const MIN_CHANGED_ROWS = 1_000;

/**
 * True when a table's statistics describe too little of it to plan by: more rows changed since
 * its last ANALYZE than it held then (never analysed: `reltuples` is -1). Doubling, not
 * autovacuum's 10 %, because look-up plans change with the order of magnitude only, and each
 * ANALYZE costs a sample of the table.
 */
export function isStale(changedSinceAnalyze: number, rowsAtAnalyze: number): boolean {
  return changedSinceAnalyze >= Math.max(MIN_CHANGED_ROWS, rowsAtAnalyze);
}

/**
 * Analyses each of LINKED_TABLES whose statistics are stale (isStale), outside any transaction;
 * returns the tables analysed. Where autovacuum keeps statistics current this finds none stale.
 */
export async function refreshStaleStatistics(db: Kysely<DB>): Promise<string[]> {
  const { rows } = await sql<{ table: string; changed: string; tuples: number }>`
    select s.relname as table, s.n_mod_since_analyze as changed, c.reltuples as tuples
    from pg_stat_user_tables s inner join pg_class c on c.oid = s.relid
    where s.schemaname = current_schema() and s.relname in (${sql.join(LINKED_TABLES)})
    order by s.relname`.execute(db);
  const stale = rows
    .filter((row) => isStale(Number(row.changed), Number(row.tuples)))
    .map((row) => row.table);
  if (stale.length > 0) await sql`analyze ${sql.join(stale.map((t) => sql.id(t)))}`.execute(db);
  return stale;
}
