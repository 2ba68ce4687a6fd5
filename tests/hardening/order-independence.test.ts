/**
 * Issue 12: the same articles give the same graph whatever order `kg ingest` is given them in
 * and however many threads analyse them. 200 BBC articles go in forward on one analysis thread
 * and backward on two, through the real CLI; the (type, key) of every entity and the (type,
 * subject, object) of every relation must match, as SHA-256 checksums over sorted lines.
 */
import { createHash } from "node:crypto";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { BBC, bbcFiles } from "../helpers/bbc-corpus.js";
import { runKg } from "../helpers/cli.js";
import { BACKEND, createTestTarget, openTestTarget } from "../helpers/db.js";
import { hasPrerequisite } from "../helpers/prerequisites.js";

const ARTICLES = 200;

/** Every 11th BBC file in path order: 200 articles spread over the five sections. */
function sampleFiles(): string[] {
  return bbcFiles()
    .filter((_, i) => i % 11 === 10)
    .slice(0, ARTICLES);
}

interface GraphChecksum {
  entities: number;
  relations: number;
  entitySha: string;
  relationSha: string;
}

function sha(lines: string[]): string {
  return createHash("sha256").update(lines.sort().join("\n")).digest("hex");
}

async function checksumOf(target: string): Promise<GraphChecksum> {
  const database = await openTestTarget(target);
  try {
    const entities = await sql<{ line: string }>`
      select type || '|' || normalized_key as line from entities`.execute(database.db);
    const relations = await sql<{ line: string }>`
      select r.type || '|' || s.type || ':' || s.normalized_key || '|' || o.type || ':' || o.normalized_key as line
      from relations r join entities s on s.id = r.subject_id join entities o on o.id = r.object_id`.execute(
      database.db,
    );
    return {
      entities: entities.rows.length,
      relations: relations.rows.length,
      entitySha: sha(entities.rows.map((row) => row.line)),
      relationSha: sha(relations.rows.map((row) => row.line)),
    };
  } finally {
    await database.close();
  }
}

async function ingestInOrder(files: string[], workers: number): Promise<GraphChecksum> {
  const { target, cleanup } = await createTestTarget();
  try {
    const run = await runKg([
      "ingest",
      "-q",
      "--workers",
      String(workers),
      "--db",
      target,
      ...files,
    ]);
    expect(run.stderr).not.toContain("✗");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\d+ ingested, \d+ already present, 0 failed/m);
    return await checksumOf(target);
  } finally {
    await cleanup();
  }
}

describe.runIf(hasPrerequisite(BBC))(`ingest order independence on ${BACKEND}`, () => {
  it("gives the same entities and relations forward on one thread and backward on two", async () => {
    const files = sampleFiles();
    expect(files).toHaveLength(ARTICLES);
    const forward = await ingestInOrder(files, 1);
    const backward = await ingestInOrder([...files].reverse(), 2);
    // A graph worth comparing: hundreds of entities, some relations.
    expect(forward.entities).toBeGreaterThan(1000);
    expect(forward.relations).toBeGreaterThan(100);
    expect(backward).toEqual(forward);
  }, 600_000);
});
