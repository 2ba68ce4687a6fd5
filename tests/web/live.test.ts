/**
 * The explorer's "Live" toggle in headless Chromium against a real `kg serve`: while on, an
 * article stored through the API that names a drawn entity makes its new neighbours appear
 * without a reload, and the nodes already drawn keep their places; switched off, nothing moves.
 */
import type { ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runKg, startKgServe, stopKgServe } from "../helpers/cli.js";
import { createTestTarget } from "../helpers/db.js";
import { ARTIFACTS, HAS_CHROMIUM, launchChromium } from "./chromium.js";
import { afterRender, drawnNodes } from "./page.js";

// Written for this test: two officials who meet, then a third person joins in a later article.
const FIRST_ARTICLE =
  "Harbour talks in Valparaiso\n\nChile's trade minister, Marta Rojas, met Peru's trade minister, Luis Ortega, in Valparaiso on Monday. Rojas and Ortega discussed port fees.\n";
const LATER_ARTICLE =
  "Marta Rojas met Norway's fisheries minister, Ingrid Solberg, in Santiago on Thursday. Rojas and Solberg discussed salmon exports.";
const OTHER_ARTICLE =
  "Kenya's finance minister, Daniel Mwangi, met Ghana's finance minister, Ama Mensah, in Accra.";

async function gql(url: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: unknown[] };
}

async function ingest(url: string, text: string, title: string) {
  const result = await gql(
    url,
    "mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }",
    { input: { text, title } },
  );
  expect(result.errors).toBeUndefined();
}

describe.skipIf(!HAS_CHROMIUM)("the explorer's Live toggle (headless Chromium)", () => {
  let browser: Browser;
  let page: Page;
  let server: { url: string; child: ChildProcess };
  let cleanup: () => Promise<void>;
  let work: string;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    work = mkdtempSync(path.join(tmpdir(), "kg-live-web-"));
    const file = path.join(work, "first.txt");
    writeFileSync(file, FIRST_ARTICLE);
    const target = await createTestTarget();
    cleanup = target.cleanup;
    const ingested = await runKg(["ingest", file, "--db", target.target]);
    expect(ingested.code, ingested.stderr).toBe(0);
    server = await startKgServe(["--db", target.target, "--no-sample"]);
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => consoleErrors.push(String(error)));
  });

  afterAll(async () => {
    await browser?.close();
    await stopKgServe(server);
    await cleanup?.();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("draws the new neighbour of a shown entity after an ingest, without a reload", async () => {
    const search = await gql(
      server.url,
      'query { searchEntities(query: "Marta Rojas", first: 1) { entity { id name } } }',
    );
    const rojas = search.data?.searchEntities[0]?.entity;
    expect(rojas?.name).toBe("Marta Rojas");
    await afterRender(page, () =>
      page.goto(`${server.url}/?seeds=${encodeURIComponent(rojas.id)}&edges=cooccurrence`),
    );
    const before = await drawnNodes(page);
    expect(before.map((node) => node.label)).toContain("Luis Ortega");
    expect(before.map((node) => node.label)).not.toContain("Ingrid Solberg");
    // A reload would lose this mark.
    await page.evaluate(() => {
      (window as unknown as { liveMark: number }).liveMark = 42;
    });

    await page.locator("#live-toggle").click();
    await expect(page.locator("#live-toggle").getAttribute("aria-pressed")).resolves.toBe("true");
    await page.waitForFunction(() =>
      Boolean((window.kgExplorer as unknown as { live: { connected: boolean } }).live.connected),
    );
    const positionOf = (id: string) =>
      page.evaluate((nodeId) => window.kgExplorer.cy.getElementById(nodeId).position(), id);
    const ortega = before.find((node) => node.label === "Luis Ortega");
    const ortegaBefore = await positionOf(ortega?.id ?? "");
    const rojasBefore = await positionOf(rojas.id);

    // An article about other people: heard, but the view does not redraw.
    await ingest(server.url, OTHER_ARTICLE, "Accra finance talks");
    await page.waitForFunction(
      () => (window.kgExplorer as unknown as { live: { heard: number } }).live.heard >= 1,
    );
    const drawn = await page.evaluate(
      () => (window.kgExplorer as unknown as { live: { redraws: number } }).live.redraws,
    );
    expect(drawn).toBe(0);

    await afterRender(page, () => ingest(server.url, LATER_ARTICLE, "Salmon talks in Santiago"));
    const after = await drawnNodes(page);
    expect(after.map((node) => node.label)).toEqual(
      expect.arrayContaining(["Marta Rojas", "Luis Ortega", "Ingrid Solberg"]),
    );
    const solberg = after.find((node) => node.label === "Ingrid Solberg");
    const edgeToSolberg = await page.evaluate(
      ({ a, b }) => window.kgExplorer.cy.getElementById(a).edgesWith(`[id = "${b}"]`).length,
      { a: rojas.id, b: solberg?.id ?? "" },
    );
    expect(edgeToSolberg).toBeGreaterThan(0);
    // No reload, and the nodes already drawn stayed where they were.
    await expect(
      page.evaluate(() => (window as unknown as { liveMark?: number }).liveMark),
    ).resolves.toBe(42);
    const moved = (a: { x: number; y: number }, b: { x: number; y: number }) =>
      Math.hypot(a.x - b.x, a.y - b.y);
    expect(moved(await positionOf(rojas.id), rojasBefore)).toBeLessThan(0.01);
    expect(moved(await positionOf(ortega?.id ?? ""), ortegaBefore)).toBeLessThan(0.01);
    await page.screenshot({ path: `${ARTIFACTS}/live-new-node.png` });

    // Switched off: a further article about Rojas draws nothing new.
    await page.locator("#live-toggle").click();
    await expect(page.locator("#live-toggle").getAttribute("aria-pressed")).resolves.toBe("false");
    await ingest(
      server.url,
      "Marta Rojas met Japan's trade minister, Kenji Sato, in Tokyo on Friday.",
      "Tokyo talks",
    );
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect((await drawnNodes(page)).map((node) => node.label)).not.toContain("Kenji Sato");
    expect(consoleErrors).toEqual([]);
  });
});
