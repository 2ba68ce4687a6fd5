/** What a queued job's failure means: bad input fails for good, a lost database is retried. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/database.js";
import { prepareInput } from "../../src/ingest/prepare.js";
import { RetryableJobError, runIngestJob } from "../../src/queue/ingest-task.js";
import { type IngestJobPayload, PermanentJobError, parseJobError } from "../../src/queue/jobs.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";

const MAX_BYTES = 2 * 1024 * 1024;

function payload(name: string, text: string): IngestJobPayload {
  return { name, bytes: Buffer.from(text).toString("base64"), hashes: [], defaults: {} };
}

async function failureOf(run: Promise<unknown>): Promise<unknown> {
  try {
    await run;
  } catch (error) {
    return error;
  }
  throw new Error("the job did not fail");
}

describe("runIngestJob", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it("stores a good input and reports each article", async () => {
    const seen: string[] = [];
    const job = payload("visit.txt", "A visit\n\nMarta Kowal of Poland visited Oslo on Friday.\n");
    await runIngestJob(database.db, prepareInput, MAX_BYTES, job, (o) => seen.push(o.status));
    await runIngestJob(database.db, prepareInput, MAX_BYTES, job, (o) => seen.push(o.status));
    expect(seen).toEqual(["ingested", "duplicate"]);
  });

  it.each([
    ["blank.txt", "  \n \n", "EMPTY_ARTICLE"],
    [
      "bad.jsonl",
      '{"title": "x", "text": "Someone spoke in Oslo."}\n{not json\n',
      "MALFORMED_JSON",
    ],
    ["report.docx", "text in a file type intake does not read", "UNSUPPORTED_FORMAT"],
  ])("fails %s for good with its code", async (name, text, code) => {
    const error = await failureOf(
      runIngestJob(database.db, prepareInput, MAX_BYTES, payload(name, text), () => {}),
    );
    expect(error).toBeInstanceOf(PermanentJobError);
    expect((error as PermanentJobError).code).toBe(code);
    expect(parseJobError((error as Error).message)?.code).toBe(code);
  });

  it("fails a payload that is not an ingest input for good", async () => {
    const error = await failureOf(
      runIngestJob(database.db, prepareInput, MAX_BYTES, { something: "else" }, () => {}),
    );
    expect((error as PermanentJobError).code).toBe("INVALID_JOB_PAYLOAD");
  });

  it("retries when the database cannot be reached", async () => {
    // Nothing listens on port 1: every store fails as DATABASE_UNAVAILABLE.
    const away = await openDatabase(
      { kind: "postgres", url: "postgres://postgres@127.0.0.1:1/none" },
      { poolSize: 1 },
    );
    try {
      const job = payload("later.txt", "Later\n\nIvo Berg of Estonia arrived in Riga.\n");
      const error = await failureOf(runIngestJob(away.db, prepareInput, MAX_BYTES, job, () => {}));
      expect(error).toBeInstanceOf(RetryableJobError);
      expect((error as RetryableJobError).code).toBe("DATABASE_UNAVAILABLE");
    } finally {
      await away.close();
    }
  });
});
