/**
 * Starts a statement that runs as a named prepared statement on Postgres (see database.ts):
 * parsed and planned once per connection, then only bound and executed; a read of a few hundred
 * microseconds otherwise spends as much again planning. Only for hot statements whose text takes
 * a handful of shapes, since each shape stays prepared on every connection; PGlite runs them as
 * any other statement.
 */
export const PREPARED_STATEMENT = "/* prepared */ ";
