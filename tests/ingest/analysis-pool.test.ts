/** The analysis worker pool: a worker that dies rejects its jobs instead of leaving them waiting. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AnalysisPool } from "../../src/ingest/analysis-pool.js";

const SEED = "../shared/corpus/seed-article.txt";

describe("analysis pool", () => {
  it("analyses an article on a worker thread", async () => {
    const pool = new AnalysisPool(1);
    try {
      const items = await pool.prepare({ bytes: readFileSync(SEED), name: "seed.txt" }, 2e6);
      expect(items).toHaveLength(1);
      expect(items[0]?.ok).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it("rejects the jobs of a worker that exits, and refuses new ones when none is left", async () => {
    const pool = new AnalysisPool(1);
    await pool.prepare(
      { bytes: Buffer.from("Warm up\n\nAngela Merkel spoke."), name: "a.txt" },
      2e6,
    );
    const inFlight = pool.prepare({ bytes: readFileSync(SEED), name: "seed.txt" }, 2e6);
    // The worker dies while it analyses (as when the OS kills it).
    await (
      pool as unknown as { workers: { worker: { terminate(): Promise<number> } }[] }
    ).workers[0]!.worker.terminate();
    await expect(inFlight).rejects.toMatchObject({ code: "ANALYSIS_WORKER_EXITED" });
    await expect(
      pool.prepare({ bytes: Buffer.from("Later\n\nText."), name: "b.txt" }, 2e6),
    ).rejects.toMatchObject({ code: "ANALYSIS_WORKER_EXITED" });
    await pool.close();
  });
});
