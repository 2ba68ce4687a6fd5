/**
 * A past role in the explorer, in headless Chromium against a real `kg serve`: an article that
 * says "former … boss" gives the edge, and its panel marks the role former.
 */
import type { ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runKg, startKgServe, stopKgServe } from "../helpers/cli.js";
import { createTestTarget } from "../helpers/db.js";
import { ARTIFACTS, HAS_CHROMIUM, launchChromium, MISSING_CHROMIUM } from "./chromium.js";
import { afterRender, drawnEdges, searchAndPick } from "./page.js";

const ARTICLE = [
  "Kestrel trial opens in New York",
  "",
  "Former Kestrel Holdings boss Jo Bell is on trial in New York, where the jury met on Monday.",
  "Nordbank Group chief executive Ann Lowe told the court that the accounts were sound.",
].join("\n");

describe.skipIf(!HAS_CHROMIUM)("past roles in the explorer (headless Chromium)", () => {
  let browser: Browser;
  let page: Page;
  let server: { url: string; child: ChildProcess };
  let cleanup: () => Promise<void>;
  let folder: string;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    folder = mkdtempSync(join(tmpdir(), "kg-former-"));
    const file = join(folder, "kestrel.txt");
    writeFileSync(file, ARTICLE);
    const target = await createTestTarget();
    cleanup = target.cleanup;
    const ingested = await runKg(["ingest", file, "--db", target.target]);
    expect(ingested.code, ingested.stderr).toBe(0);
    server = await startKgServe(["--db", target.target, "--no-sample"]);
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    await afterRender(page, () => page.goto(server.url));
  });

  afterAll(async () => {
    await browser?.close();
    await stopKgServe(server);
    await cleanup?.();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  // [person, firm, whether the panel marks the role former]
  it.each([
    ["Jo Bell", "Kestrel Holdings", true],
    ["Ann Lowe", "Nordbank Group", false],
  ] as const)("%s LEADER_OF %s: former badge %s", async (person, firm, former) => {
    await afterRender(page, () => searchAndPick(page, person));
    const edges = await drawnEdges(page);
    const edge = edges.find(
      (item) =>
        item.sourceLabel === person && item.targetLabel === firm && item.type === "LEADER_OF",
    );
    expect(
      edge,
      `edges: ${edges.map((e) => `${e.sourceLabel} ${e.type} ${e.targetLabel}`).join("; ")}`,
    ).toBeDefined();
    // The LEADER_OF and WORKS_FOR edges of one pair lie on each other: tap the one wanted.
    await page.evaluate(
      (id) => window.kgExplorer.cy.getElementById(id).emit("tap"),
      edge?.id ?? "",
    );
    await page.locator(`#panel [data-edge-id="${edge?.id}"] .evidence li`).first().waitFor();
    await expect(page.locator("#panel .badge.former").count()).resolves.toBe(former ? 1 : 0);
    if (former) await page.screenshot({ path: `${ARTIFACTS}/former-role.png` });
  });
});

if (!HAS_CHROMIUM)
  describe.skip(MISSING_CHROMIUM, () => it("past roles in the explorer", () => {}));
