/**
 * Issue 12, item 7 (the store half): while one transaction holds the database, a server still
 * answers. On embedded PGlite every statement runs on the server's own thread, so the event loop
 * must run between the statements of a transaction, and /health must not queue behind a commit.
 */
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../helpers/app.js";
import { BACKEND, createTestDatabase, type TestDatabase } from "../helpers/db.js";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe(`a busy database on ${BACKEND}`, () => {
  it("lets other work run between the statements of a transaction", async () => {
    await database.db.transaction().execute(async (trx) => {
      let ran = false;
      setImmediate(() => {
        ran = true;
      });
      await sql`select 1`.execute(trx);
      // A callback queued behind the statement ran before the next one starts.
      expect(ran).toBe(true);
    });
  });

  it("answers /health while a transaction holds the database, before it commits", async () => {
    const { app } = createTestApp(database);
    let committed = false;
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const transaction = database.db.transaction().execute(async (trx) => {
      await sql`select 1`.execute(trx);
      await held;
      committed = true;
    });
    try {
      const response = await app.fetch("http://kg.test/health");
      expect(committed).toBe(false);
      expect(response.status).toBe(200);
      const body = await response.json();
      // PGlite is one connection: the probe waits behind the transaction, so the server says
      // busy; Postgres answers the probe on another pooled connection.
      expect(body).toEqual(
        BACKEND === "pglite"
          ? { status: "ok", database: "pglite", busy: true }
          : { status: "ok", database: "postgres" },
      );
    } finally {
      release();
      await transaction;
    }
    expect(committed).toBe(true);
    const after = await app.fetch("http://kg.test/health");
    expect(await after.json()).toEqual({ status: "ok", database: BACKEND });
  });
});
