import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/database.js";
import { createTestTarget } from "../helpers/db.js";

// Only the postgres project runs this file (vitest.config.ts), so it never shows as skipped.
describe("Postgres connection settings", () => {
  it.each([
    [true, "off"],
    [false, "on"],
  ])("asyncCommit %s gives synchronous_commit %s", async (asyncCommit, expected) => {
    const target = await createTestTarget();
    const database = await openDatabase(
      { kind: "postgres", url: target.target },
      { asyncCommit, statementTimeoutMs: 1234 },
    );
    try {
      const commit = await sql<{ synchronous_commit: string }>`show synchronous_commit`.execute(
        database.db,
      );
      expect(commit.rows[0]?.synchronous_commit).toBe(expected);
      const timeout = await sql<{ statement_timeout: string }>`show statement_timeout`.execute(
        database.db,
      );
      expect(timeout.rows[0]?.statement_timeout).toBe("1234ms");
    } finally {
      await database.close();
      await target.cleanup();
    }
  });
});
