/**
 * Issue 12, item 7: `kg serve` analyses an ingested article on its worker pool, so /health keeps
 * answering while a large article (900 KB: the body limit is 1 MB) is analysed. Not yet met: the
 * store of such an article still holds the main thread (PGlite runs its SQL there): about 1.5 s
 * on PGlite, 0.2–0.5 s on Postgres, against 6.4 s in all before (analysis included). So the
 * bound is: 80% of answers under 100 ms, and no stall half as long as the whole ingest (before:
 * one stall of ~75% of it).
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
      const worst = Math.max(...latencies);
      console.log(
        `ingest ${Math.round(ingestMs)} ms, /health asked ${latencies.length} times, worst ${worst.toFixed(1)} ms`,
      );
      const fast = latencies.filter((ms) => ms < 100).length;
      expect(fast / latencies.length).toBeGreaterThan(0.8);
      // Relative, so a busy machine slows both sides: before, one stall was ~75% of the ingest.
      expect(worst).toBeLessThan(ingestMs / 2);
    } finally {
      server.child.kill("SIGTERM");
    }
  });
});
