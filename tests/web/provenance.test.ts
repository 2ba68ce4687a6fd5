/**
 * How the explorer draws a relation's provenance, in headless Chromium: stated edges solid,
 * inferred dashed, knowledge dotted and lighter, a legend for the three, and the evidence panel
 * naming each sentence's kind. The API is answered from the test (page.route) because the
 * pipeline's rules only produce STATED relations today.
 */
import type { ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startKgServe, stopKgServe } from "../helpers/cli.js";
import { createTestTarget } from "../helpers/db.js";
import { ARTIFACTS, HAS_CHROMIUM, launchChromium, MISSING_CHROMIUM } from "./chromium.js";
import { answerGraphql } from "./mocked-explorer.js";
import { afterRender, searchAndPick } from "./page.js";

const NODES = [
  ["p", "Omicron Person", "PERSON"],
  ["c", "Pi City", "PLACE"],
  ["k", "Rholand", "COUNTRY"],
  ["o", "Sigma Corp", "ORGANIZATION"],
].map(([id, label, type], i) => ({
  id,
  label,
  type,
  size: 1,
  degree: 1,
  mentionCount: 3,
  depth: i === 0 ? 0 : 1,
}));

// [edge id, source, target, type, provenance]
const EDGES: [string, string, string, string, string][] = [
  ["stated", "p", "k", "CITIZEN_OF", "STATED"],
  ["inferred", "p", "o", "WORKS_FOR", "INFERRED"],
  ["knowledge", "c", "k", "LOCATED_IN", "KNOWLEDGE"],
];

const SENTENCE = "Pi City lies in Rholand.";
const names = (id: string, name: string) => ({ id, name, aliases: [], mentions: { edges: [] } });

function mockApi() {
  return answerGraphql({
    ExplorerBoot: {
      graphStats: { entityCount: 4, relationCount: 3, articleCount: 1 },
      entityTypes: {
        enumValues: ["COUNTRY", "ORGANIZATION", "PERSON", "PLACE"].map((name) => ({ name })),
      },
      relationTypes: {
        enumValues: ["CITIZEN_OF", "LOCATED_IN", "WORKS_FOR"].map((name) => ({ name })),
      },
    },
    ExplorerTop: { entities: { edges: [] } },
    ExplorerSearch: {
      searchEntities: [
        {
          score: 1,
          matchedBy: "NAME",
          matchedText: "Omicron Person",
          entity: { id: "p", name: "Omicron Person", type: "PERSON", mentionCount: 3 },
        },
      ],
    },
    ExplorerSubgraph: {
      subgraph: {
        nodes: NODES,
        edges: EDGES.map(([id, source, target, type, provenance]) => ({
          id,
          source,
          target,
          type,
          weight: 1,
          label: type.toLowerCase(),
          evidenceCount: 1,
          directed: true,
          provenance,
          relation: { id },
        })),
        truncated: false,
      },
    },
    ExplorerEntity: { entity: null },
    ExplorerRelation: {
      relation: {
        id: "knowledge",
        type: "LOCATED_IN",
        predicate: "lies in",
        confidence: 1,
        provenance: "KNOWLEDGE",
        attributes: [],
        subject: names("c", "Pi City"),
        object: names("k", "Rholand"),
        evidence: [
          {
            sentence: SENTENCE,
            start: 0,
            end: SENTENCE.length,
            sentenceStart: 0,
            sentenceIndex: 0,
            predicate: "lies in",
            kind: "KNOWLEDGE",
            article: { id: "a1", title: "A test article", publishedAt: null, url: null },
          },
        ],
      },
    },
  });
}

describe.skipIf(!HAS_CHROMIUM)("relation provenance in the explorer (headless Chromium)", () => {
  let browser: Browser;
  let server: { url: string; child: ChildProcess };
  let cleanup: () => Promise<void>;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const target = await createTestTarget();
    cleanup = target.cleanup;
    server = await startKgServe(["--db", target.target, "--no-sample"]);
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    page = await context.newPage();
    await page.route("**/graphql", mockApi());
    await afterRender(page, () => page.goto(server.url));
    await afterRender(page, () => searchAndPick(page, "Omicron"));
  });

  afterAll(async () => {
    await browser?.close();
    await stopKgServe(server);
    await cleanup?.();
  });

  // [edge id, line style, drawn lighter than a stated edge]
  const styles: [string, string, boolean][] = [
    ["stated", "solid", false],
    ["inferred", "dashed", false],
    ["knowledge", "dotted", true],
  ];
  it.each(styles)("draws the %s edge %s", async (id, lineStyle, lighter) => {
    const drawn = await page.evaluate((edgeId) => {
      const edge = window.kgExplorer.cy.getElementById(edgeId);
      const stated = window.kgExplorer.cy.getElementById("stated");
      return {
        lineStyle: edge.style("line-style") as string,
        lighter: Number(edge.style("opacity")) < Number(stated.style("opacity")),
      };
    }, id);
    expect(drawn).toEqual({ lineStyle, lighter });
  });

  it("explains the three strokes in a legend", async () => {
    const legend = await page.locator(".edge-legend li").allTextContents();
    expect(legend.map((text) => text.trim())).toEqual([
      "stated in a sentence",
      "inferred across sentences",
      "known from a gazetteer",
    ]);
    const strokes = await page
      .locator(".edge-legend .stroke")
      .evaluateAll((spans) => spans.map((span) => getComputedStyle(span).borderTopStyle));
    expect(strokes).toEqual(["solid", "dashed", "dotted"]);
  });

  it("names each evidence sentence's kind in the panel", async () => {
    await page.evaluate(() => window.kgExplorer.cy.getElementById("knowledge").emit("tap"));
    await page.locator("#panel .evidence li .evidence-kind").first().waitFor();
    await expect(
      page.locator("#panel .evidence li .evidence-kind").getAttribute("data-kind"),
    ).resolves.toBe("KNOWLEDGE");
    await expect(page.locator("#panel .badge.provenance").textContent()).resolves.toBe("knowledge");
    await page.screenshot({ path: `${ARTIFACTS}/provenance-edges.png` });
  });
});

if (!HAS_CHROMIUM) describe.skip(MISSING_CHROMIUM, () => it("relation provenance", () => {}));
