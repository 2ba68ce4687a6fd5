/**
 * The explorer in headless Chromium against a real `kg serve` holding the seed article:
 * search, draw, inspect a node and an edge's evidence, filter, path, URL state, export.
 */
import type { ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runKg, startKgServe, stopKgServe } from "../helpers/cli.js";
import { createTestTarget } from "../helpers/db.js";
import { ARTIFACTS, HAS_CHROMIUM, launchChromium, MISSING_CHROMIUM } from "./chromium.js";
import {
  afterRender,
  clickEdge,
  clickNode,
  drawnEdges,
  drawnNodes,
  isClickable,
  searchAndPick,
} from "./page.js";

const SEED_ARTICLE = "../shared/corpus/seed-article.txt";

describe.skipIf(!HAS_CHROMIUM)("explorer on the seed article (headless Chromium)", () => {
  let browser: Browser;
  let page: Page;
  let server: { url: string; child: ChildProcess };
  let cleanup: () => Promise<void>;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const target = await createTestTarget();
    cleanup = target.cleanup;
    const ingested = await runKg(["ingest", SEED_ARTICLE, "--db", target.target]);
    expect(ingested.code, ingested.stderr).toBe(0);
    server = await startKgServe(["--db", target.target, "--no-sample"]);
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1400, height: 900 },
      acceptDownloads: true,
    });
    page = await context.newPage();
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => consoleErrors.push(String(error)));
  });

  afterAll(async () => {
    await browser?.close();
    await stopKgServe(server);
    await cleanup?.();
  });

  it("serves the page and asks for a search on a graph with data", async () => {
    await afterRender(page, () => page.goto(server.url));
    await expect(page.locator("#overlay h2").textContent()).resolves.toBe(
      "Search for an entity to start",
    );
    await page.screenshot({ path: `${ARTIFACTS}/1-start.png` });
  });

  it('searches "Putin" with the keyboard and draws his neighbourhood with Xi Jinping in it', async () => {
    await afterRender(page, () => searchAndPick(page, "Putin"));
    const nodes = await drawnNodes(page);
    const labels = nodes.map((node) => node.label);
    expect(labels).toContain("Vladimir Putin");
    expect(labels).toContain("Xi Jinping");
    expect(new URL(page.url()).searchParams.get("seeds")).toBeTruthy();
    // The panel shows the chosen entity.
    await expect(page.locator("#panel h2").textContent()).resolves.toBe("Vladimir Putin");
    await page.screenshot({ path: `${ARTIFACTS}/2-putin.png` });
  });

  it("clicks a node and reads its type, mention count, relations and articles", async () => {
    const xi = (await drawnNodes(page)).find((node) => node.label === "Xi Jinping");
    expect(xi).toBeDefined();
    await clickNode(page, xi?.id ?? "");
    await page.locator(`#panel [data-entity-id="${xi?.id}"]`).waitFor();
    const text = (await page.locator("#panel").textContent()) ?? "";
    expect(text).toContain("Xi Jinping");
    expect(text).toMatch(/person/i);
    expect(text).toMatch(/\d+ mentions?/);
    expect(text).toContain("Chinese and Russian presidents meet as US targets both countries");
    expect(new URL(page.url()).searchParams.get("node")).toBe(xi?.id);
  });

  it("clicks the MET_WITH edge between Putin and Xi and reads its evidence, both names highlighted", async () => {
    const edges = await drawnEdges(page);
    const between = (edge: (typeof edges)[number]) =>
      [edge.sourceLabel, edge.targetLabel].sort().join("|") === "Vladimir Putin|Xi Jinping";
    const metWith = edges.find((edge) => between(edge) && edge.type === "MET_WITH");
    expect(
      metWith,
      `edges: ${edges.map((e) => `${e.sourceLabel} ${e.type} ${e.targetLabel}`).join("; ")}`,
    ).toBeDefined();
    await clickEdge(page, metWith?.id ?? "");
    await page.locator(`#panel [data-edge-id="${metWith?.id}"] .evidence li`).first().waitFor();
    const sentences = await page.locator("#panel .evidence .sentence").allTextContents();
    expect(sentences.length).toBeGreaterThan(0);
    expect(sentences.some((sentence) => /Xi/.test(sentence) && /Putin/.test(sentence))).toBe(true);
    const first = page.locator("#panel .evidence li").first();
    expect(await first.locator("mark.source").count()).toBeGreaterThan(0);
    expect(await first.locator("mark.target").count()).toBeGreaterThan(0);
    await expect(first.locator(".article").textContent()).resolves.toMatch(
      /Chinese and Russian presidents.*2023/,
    );
    await page.screenshot({ path: `${ARTIFACTS}/3-met-with-evidence.png` });
  });

  it("applies an entity-type filter and the filtered nodes leave the view", async () => {
    const before = await drawnNodes(page);
    const countries = before.filter((node) => node.type === "COUNTRY");
    expect(countries.length).toBeGreaterThan(0);
    await afterRender(page, () =>
      page.locator('input[name=entityType][value="COUNTRY"]').uncheck(),
    );
    const after = await drawnNodes(page);
    expect(after.length).toBeLessThan(before.length);
    expect(after.filter((node) => node.type === "COUNTRY")).toEqual([]);
    expect(after.map((node) => node.label)).toContain("Xi Jinping");
    expect(new URL(page.url()).searchParams.get("types")).not.toContain("COUNTRY");
    await page.screenshot({ path: `${ARTIFACTS}/4-without-countries.png` });
  });

  it("reopens the same view from its URL", async () => {
    const url = page.url();
    const before = (await drawnNodes(page)).map((node) => node.id).sort();
    const second = await page.context().newPage();
    await afterRender(second, () => second.goto(url));
    const after = (await drawnNodes(second)).map((node) => node.id).sort();
    expect(after).toEqual(before);
    expect(await second.locator('input[name=entityType][value="COUNTRY"]').isChecked()).toBe(false);
    await second.close();
    await afterRender(page, () => page.locator('input[name=entityType][value="COUNTRY"]').check());
  });

  it("says so when a link names an entity the graph does not hold", async () => {
    const stale = await page.context().newPage();
    const missing = Buffer.from("Entity:999999").toString("base64");
    await afterRender(stale, () =>
      stale.goto(`${server.url}/?seeds=${encodeURIComponent(missing)}`),
    );
    await expect(stale.locator("#overlay h2").textContent()).resolves.toBe(
      "That entity is not in the graph",
    );
    await stale.close();
  });

  it("filters by relation type, date range and minimum weight", async () => {
    const typesOf = async () =>
      [...new Set((await drawnEdges(page)).map((edge) => edge.type))].sort();
    expect(await typesOf()).toEqual(expect.arrayContaining(["LEADER_OF", "MET_WITH"]));

    await afterRender(page, () => page.locator("#relation-types").selectOption(["LEADER_OF"]));
    expect(await typesOf()).toEqual(["LEADER_OF"]);
    expect(new URL(page.url()).searchParams.get("rels")).toBe("LEADER_OF");
    await afterRender(page, () => page.locator("#relation-types-clear").click());

    // The seed article is dated 2023-03-23: nothing of it is from 2024 on.
    await afterRender(page, () => page.locator("#since").fill("2024-01-01"));
    expect(await drawnEdges(page)).toEqual([]);
    await afterRender(page, () => page.locator("#since").fill(""));

    // MET_WITH rests on four sentences, LEADER_OF on one.
    await afterRender(page, () => page.locator("#min-weight").fill("2"));
    expect(await typesOf()).toEqual(["MET_WITH"]);
    await afterRender(page, () => page.locator("#min-weight").fill("0"));
    expect(await typesOf()).toEqual(expect.arrayContaining(["LEADER_OF", "MET_WITH"]));
  });

  it("expands a node on double-click", async () => {
    const before = await drawnNodes(page);
    const xi = before.find((node) => node.label === "Xi Jinping");
    expect(xi).toBeDefined();
    expect(before.map((node) => node.label)).not.toContain("China");
    await afterRender(page, () => clickNode(page, xi?.id ?? "", 2));
    const seeds = new URL(page.url()).searchParams.get("seeds")?.split(",") ?? [];
    expect(seeds).toContain(xi?.id);
    const after = (await drawnNodes(page)).map((node) => node.label);
    expect(after).toContain("China"); // Xi Jinping LEADER_OF China
    expect(after).toContain("Vladimir Putin");
    await page.screenshot({ path: `${ARTIFACTS}/5-expanded-xi.png` });
  });

  it("switches to co-occurrence edges", async () => {
    await afterRender(page, () =>
      page.locator('input[name=edgeKind][value="COOCCURRENCE"]').check(),
    );
    const edges = await drawnEdges(page);
    expect(edges.length).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get("edges")).toBe("cooccurrence");
    const candidates = edges.filter((candidate) =>
      [candidate.sourceLabel, candidate.targetLabel].includes("Xi Jinping"),
    );
    expect(candidates.length).toBeGreaterThan(0);
    let edge: (typeof edges)[number] | undefined;
    for (const candidate of candidates) {
      if (await isClickable(page, candidate.id)) {
        edge = candidate;
        break;
      }
    }
    expect(edge, "an edge at Xi Jinping not hidden under nodes").toBeDefined();
    await clickEdge(page, edge?.id ?? "");
    await page.locator(`#panel [data-edge-id="${edge?.id}"] .evidence .sentence`).first().waitFor();
    expect(
      await page.locator("#panel .evidence li").first().locator("mark").count(),
    ).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: `${ARTIFACTS}/6-cooccurrence.png` });
    await afterRender(page, () => page.locator('input[name=edgeKind][value="RELATIONS"]').check());
  });

  it("finds and highlights a shortest path in path mode", async () => {
    await page.locator("#path-toggle").click();
    const from = page.locator("#path-from");
    await from.pressSequentially("Blinken", { delay: 20 });
    await page.locator("#path-from + .ac-list .ac-item").first().waitFor();
    await from.press("Enter");
    const to = page.locator("#path-to");
    await to.pressSequentially("Putin", { delay: 20 });
    await page.locator("#path-to + .ac-list .ac-item").first().waitFor();
    await afterRender(page, () => to.press("Enter"));
    const status = await page.locator("#path-status").textContent();
    const onPath = await page.evaluate(() => window.kgExplorer.cy.$(".path").length);
    // Blinken and Putin are joined in the seed graph (through the United States or China).
    expect(status).not.toMatch(/No path/);
    expect(status).toMatch(/\d+ steps?/);
    expect(onPath).toBeGreaterThanOrEqual(3);
    // The path is drawn in red; everything else fades.
    const styles = await page.evaluate(() => {
      const cy = window.kgExplorer.cy;
      return {
        edgeColors: cy.$("edge.path").map((edge) => edge.style("line-color") as string),
        pathFaded: cy.$(".path.faded").length,
        others: cy.elements().not(".path").length,
        othersFaded: cy.elements().not(".path").filter(".faded").length,
      };
    });
    expect(styles.edgeColors.length).toBeGreaterThanOrEqual(1);
    for (const color of styles.edgeColors) expect(color).toBe("rgb(214,39,40)");
    expect(styles.pathFaded).toBe(0);
    expect(styles.othersFaded).toBe(styles.others);
    expect(new URL(page.url()).searchParams.get("path")).toBeTruthy();
    await page.screenshot({ path: `${ARTIFACTS}/7-path.png` });
    await afterRender(page, () => page.locator("#path-clear").click());
  });

  it("exports the view as PNG and as JSON", async () => {
    const [png] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("#export-png").click(),
    ]);
    expect(png.suggestedFilename()).toBe("kg-explorer.png");
    const pngPath = `${ARTIFACTS}/export.png`;
    rmSync(pngPath, { force: true });
    await png.saveAs(pngPath);
    const bytes = readFileSync(pngPath);
    expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    expect(bytes.length).toBeGreaterThan(10_000);

    const [json] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("#export-json").click(),
    ]);
    const jsonPath = `${ARTIFACTS}/export.json`;
    await json.saveAs(jsonPath);
    const exported = JSON.parse(readFileSync(jsonPath, "utf8"));
    expect(exported.nodes.length).toBe((await drawnNodes(page)).length);
    expect(exported.nodes.map((node: { label: string }) => node.label)).toContain("Xi Jinping");
    expect(exported.edges.length).toBeGreaterThan(0);
  });

  it('moves through the autocomplete with "/" and the arrow keys, and Enter opens the highlighted hit', async () => {
    // A page of its own, so the view the other tests build is left as it was.
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await afterRender(page, () => page.goto(server.url));
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    expect(await page.evaluate(() => document.activeElement?.id)).not.toBe("search");
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search");
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Backspace");
    await page.keyboard.type("United", { delay: 20 });
    // United States, United Kingdom and United Nations: wait for the list of the whole word.
    await page.waitForFunction(() => {
      const shown = [...document.querySelectorAll(".ac-list .ac-item .ac-name")];
      return shown.length >= 2 && shown.every((item) => item.textContent?.includes("United"));
    });
    const names = await page.locator(".ac-list .ac-item .ac-name").allTextContents();
    expect(names.length).toBeGreaterThanOrEqual(2);
    const activeIndex = async () => {
      const id = await page.locator("#search").getAttribute("aria-activedescendant");
      return id === null ? -1 : Number(id.slice(id.lastIndexOf("-") + 1));
    };
    const start = await activeIndex();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    const expected = (start + 1) % names.length;
    expect(await activeIndex()).toBe(expected);
    const active = await page.locator("#search").getAttribute("aria-activedescendant");
    expect(await page.locator(`[id="${active}"]`).getAttribute("aria-selected")).toBe("true");
    await afterRender(page, () => page.keyboard.press("Enter"));
    await expect(page.locator("#panel h2").textContent()).resolves.toBe(names[expected]);
    await context.close();
  });

  it("logged no errors in the browser console", () => {
    expect(consoleErrors).toEqual([]);
  });
});

if (!HAS_CHROMIUM)
  describe.skip(MISSING_CHROMIUM, () => it("explorer on the seed article", () => {}));
