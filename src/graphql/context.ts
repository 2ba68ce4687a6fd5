/** The per-request GraphQL context: the database handle, what the caller may do, and the ingest service. */
import type { Kysely } from "kysely";
import type { Config } from "../config.js";
import type { DB } from "../db/schema.js";
import type { IngestOutcome, IngestRequest } from "../ingest/ingest.js";
import type { ChangeHub } from "./subscriptions.js";

/** What every resolver receives; built fresh for each request. */
export interface Context {
  /**
   * Where this operation reads and writes: a read replica for queries when `kg serve` has
   * some (see useReadRouting in yoga.ts), the primary for mutations.
   */
  db: Kysely<DB>;
  /** The primary, for what even a query must write (the centrality cache) or read fresh. */
  primaryDb: Kysely<DB>;
  config: Config;
  /** True when the request may run mutations (a valid key, or no keys configured). */
  canWrite: boolean;
  ingest: (request: IngestRequest) => Promise<IngestOutcome[]>;
  /** Aborted when the client goes away: ends its subscription streams. */
  signal?: AbortSignal;
  /** Where subscriptions get live changes; absent where nothing listens (the CLI). */
  changes?: ChangeHub;
}
