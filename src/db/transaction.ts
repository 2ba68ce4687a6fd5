/** Transactions that survive the lock conflicts of concurrent writers. */
import type { Kysely, Transaction } from "kysely";
import type { DB } from "./schema.js";

// Postgres aborts one of two transactions that wait on each other (deadlock_detected) or
// conflict under serializable isolation; running the loser again is the documented remedy.
const RETRYABLE_SQLSTATES = new Set(["40P01", "40001"]);

/** How many times a conflicting transaction is run in all, and the first back-off. */
export const TRANSACTION_ATTEMPTS = 5;
const FIRST_BACKOFF_MS = 20;

/** True for errors that a rerun of the whole transaction can cure. */
export function isRetryableConflict(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    RETRYABLE_SQLSTATES.has(String((error as { code?: unknown }).code))
  );
}

/** Runs `work` in a transaction, rerunning it (with jittered back-off) after a deadlock. */
export async function runTransaction<T>(
  db: Kysely<DB>,
  work: (trx: Transaction<DB>) => Promise<T>,
  attempts: number = TRANSACTION_ATTEMPTS,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(work);
    } catch (error) {
      if (attempt >= attempts || !isRetryableConflict(error)) throw error;
      const backoff = FIRST_BACKOFF_MS * 2 ** (attempt - 1);
      await new Promise((resolve) => setTimeout(resolve, backoff / 2 + Math.random() * backoff));
    }
  }
}
