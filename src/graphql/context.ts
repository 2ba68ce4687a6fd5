/** The per-request GraphQL context: the database handle, what the caller may do, and the ingest service. */
import type { Kysely } from "kysely";
import type { Config } from "../config.js";
import type { DB } from "../db/schema.js";
import type { IngestOutcome, IngestRequest } from "../ingest/ingest.js";
import type { ChangeHub } from "./subscriptions.js";

/** What every resolver receives; built fresh for each request. */
export interface Context {
  db: Kysely<DB>;
  config: Config;
  /** True when the request may run mutations (a valid key, or no keys configured). */
  canWrite: boolean;
  ingest: (request: IngestRequest) => Promise<IngestOutcome[]>;
  /** Aborted when the client goes away: ends its subscription streams. */
  signal?: AbortSignal;
  /** Where subscriptions get live changes; absent where nothing listens (the CLI). */
  changes?: ChangeHub;
}
