/** Scratch Postgres databases for benchmarks: created fresh, dropped afterwards. */
import pg from "pg";

/** The server benchmarks use (trust auth); override with BENCH_POSTGRES_URL. */
export const POSTGRES_ADMIN_URL =
  process.env.BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** The URL of another database on the benchmark server. */
export function databaseUrl(name: string, adminUrl = POSTGRES_ADMIN_URL): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs one statement on its own connection and returns the rows. */
export async function queryRows<R extends pg.QueryResultRow>(
  url: string,
  text: string,
): Promise<R[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return (await client.query<R>(text)).rows;
  } finally {
    await client.end();
  }
}

async function runAdmin(sql: string, adminUrl: string): Promise<void> {
  await queryRows(adminUrl, sql);
}

const DATABASE_NAME_RE = /^[a-z_][a-z0-9_]*$/;

/** Creates an empty database (dropping a leftover of the same name) and returns its URL. */
export async function createScratchDatabase(
  name: string,
  adminUrl = POSTGRES_ADMIN_URL,
): Promise<string> {
  if (!DATABASE_NAME_RE.test(name)) throw new Error(`bad scratch database name "${name}"`);
  await runAdmin(`drop database if exists ${name} with (force)`, adminUrl);
  await runAdmin(`create database ${name}`, adminUrl);
  return databaseUrl(name, adminUrl);
}

/** Drops a scratch database, closing any connection still open to it. */
export async function dropScratchDatabase(
  name: string,
  adminUrl = POSTGRES_ADMIN_URL,
): Promise<void> {
  if (!DATABASE_NAME_RE.test(name)) throw new Error(`bad scratch database name "${name}"`);
  await runAdmin(`drop database if exists ${name} with (force)`, adminUrl);
}
