/**
 * Issue 12, item 7: `kg serve` analyses an ingested article on its worker pool and stores it in
 * statements short enough that /health keeps answering while a large article (900 KB: the body
 * limit is 1 MB) goes in. Before: the store held the main thread for seconds (a single stall of
 * 4.5 s in a 26 s ingest on PGlite, ~1 s on Postgres, most of it copying the article's tokens
 * back from the worker). The bounds are ratios of the ingest time, so a busy machine slows both.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startKgServe } from "../helpers/cli.js";
import { BACKEND, createTestTarget } from "../helpers/db.js";

const PEOPLE = ["Anna Berg", "Tomas Lind", "Maria Costa", "Jonas Weber", "Lena Novak"];
const COUNTRIES = ["Norway", "Kenya", "Chile", "Vietnam", "Poland", "Ghana", "Peru"];

/** An invented article of about `bytes` bytes, with names, places and relations throughout. */
function largeArticle(bytes: number): string {
  const paragraphs: string[] = ["Regional talks continue for a third week", ""];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const person = PEOPLE[i % PEOPLE.length];
    const country = COUNTRIES[i % COUNTRIES.length];
    const other = COUNTRIES[(i + 3) % COUNTRIES.length];
    const sentence =
      `On day ${i + 1}, the foreign minister of ${country}, ${person}, met officials from ${other} ` +
      `and said talks on trade route ${i} would continue next week. `;
    paragraphs.push(sentence + (i % 5 === 4 ? "\n\n" : ""));
    size += sentence.length;
  }
  return paragraphs.join("");
}

let target: Awaited<ReturnType<typeof createTestTarget>>;

beforeAll(async () => {
  target = await createTestTarget();
});
afterAll(async () => {
  await target?.cleanup();
});

describe(`kg serve analysing off the main thread on ${BACKEND}`, () => {
  it("keeps answering /health while a 900 KB article is ingested", async () => {
    const server = await startKgServe(["--db", target.target, "--no-sample"]);
    try {
      const text = largeArticle(900_000);
      const body = JSON.stringify({
        query:
          "mutation($t: String!) { ingestArticle(input: { text: $t }) { created entityCount } }",
        variables: { t: text },
      });
      expect(body.length).toBeLessThan(1_000_000);
      let done = false;
      const started = performance.now();
      const ingesting = fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body,
      })
        .then((response) => response.json())
        .finally(() => {
          done = true;
        });
      const latencies: number[] = [];
      while (!done) {
        const asked = performance.now();
        const health = await fetch(`${server.url}/health`);
        expect(health.status).toBe(200);
        await health.text();
        latencies.push(performance.now() - asked);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const result = await ingesting;
      const ingestMs = performance.now() - started;
      expect(result.errors).toBeUndefined();
      expect(result.data.ingestArticle.created).toBe(true);
      // The article took long enough for /health to be asked many times meanwhile.
      expect(latencies.length).toBeGreaterThan(10);
      const sorted = [...latencies].sort((a, b) => a - b);
      const worst = sorted[sorted.length - 1] as number;
      const p95 = sorted[Math.floor(sorted.length * 0.95)] as number;
      console.log(
        `ingest ${Math.round(ingestMs)} ms, /health asked ${latencies.length} times, p95 ${p95.toFixed(1)} ms, worst ${worst.toFixed(1)} ms`,
      );
      const fast = latencies.filter((ms) => ms < 100).length;
      expect(fast / latencies.length).toBeGreaterThan(0.9);
      // Before, one stall was 17% of the ingest on PGlite; now the longest is one statement.
      expect(worst).toBeLessThan(ingestMs / 10);
    } finally {
      server.child.kill("SIGTERM");
    }
  }, 180_000);
});
