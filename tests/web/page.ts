/** Helpers that drive the explorer page the way a user does: keys, clicks on the canvas. */
import type { Core, EdgeSingular } from "cytoscape";
import type { Page } from "playwright-core";

interface ExplorerHandle {
  ready: boolean;
  renders: number;
  cy: Core;
  graph: { lastLayoutMs: number };
}

declare global {
  interface Window {
    kgExplorer: ExplorerHandle;
  }
}

/** A drawn node as the tests read it. */
export interface DrawnNode {
  id: string;
  label: string;
  type: string;
}

/** A drawn edge as the tests read it. */
export interface DrawnEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  sourceLabel: string;
  targetLabel: string;
}

/** How many views the page has finished drawing. */
export function renders(page: Page): Promise<number> {
  return page.evaluate(() => window.kgExplorer?.renders ?? 0);
}

/** Runs `action` and waits until the page has drawn the view it caused. */
export async function afterRender(page: Page, action: () => Promise<unknown>): Promise<void> {
  const before = await renders(page);
  await action();
  await page.waitForFunction(
    (n) => window.kgExplorer.renders > n && window.kgExplorer.ready,
    before,
    { timeout: 30_000 },
  );
}

/** The nodes currently drawn. */
export function drawnNodes(page: Page): Promise<DrawnNode[]> {
  return page.evaluate(() =>
    window.kgExplorer.cy
      .nodes()
      .map((node) => ({ id: node.id(), label: node.data("label"), type: node.data("type") })),
  );
}

/** The edges currently drawn, with their ends' labels. */
export function drawnEdges(page: Page): Promise<DrawnEdge[]> {
  return page.evaluate(() =>
    window.kgExplorer.cy.edges().map((edge) => ({
      id: edge.id(),
      source: edge.source().id(),
      target: edge.target().id(),
      type: edge.data("type"),
      sourceLabel: edge.source().data("label"),
      targetLabel: edge.target().data("label"),
    })),
  );
}

async function pagePoint(
  page: Page,
  id: string,
  kind: "node" | "edge",
): Promise<{ x: number; y: number } | undefined> {
  return page.evaluate(
    ({ id, kind }) => {
      const cy = window.kgExplorer.cy;
      const box = (cy.container() as HTMLElement).getBoundingClientRect();
      const element = cy.getElementById(id);
      // The map and other panels float over the canvas: a point under one is not clickable.
      const underOverlay = (x: number, y: number) => {
        const hit = document.elementFromPoint(box.left + x, box.top + y);
        return hit === null || !(cy.container() as HTMLElement).contains(hit);
      };
      if (kind === "node") {
        // A point of the node's body that no other node overlaps (a click hits the topmost
        // one): the centre first, then towards its edges.
        const body = element.renderedBoundingBox({ includeLabels: false });
        const hidden = (x: number, y: number) =>
          underOverlay(x, y) ||
          cy
            .nodes()
            .not(element)
            .some((node) => {
              const b = node.renderedBoundingBox({ includeLabels: false });
              return x >= b.x1 && x <= b.x2 && y >= b.y1 && y <= b.y2;
            });
        const at = element.renderedPosition();
        const w = (body.x2 - body.x1) / 2;
        const h = (body.y2 - body.y1) / 2;
        for (const [dx, dy] of [
          [0, 0],
          [-0.5, 0],
          [0.5, 0],
          [0, -0.5],
          [0, 0.5],
          [-0.5, -0.5],
          [0.5, 0.5],
          [-0.5, 0.5],
          [0.5, -0.5],
        ] as const) {
          const x = at.x + dx * w;
          const y = at.y + dy * h;
          if (!hidden(x, y)) return { x: box.left + x, y: box.top + y };
        }
        // Wholly under a panel or another node: bring it to the middle, as a user would pan.
        cy.center(element);
        const centred = element.renderedPosition();
        return { x: box.left + centred.x, y: box.top + centred.y };
      }
      // A point on the edge that no node covers: the middle first, then further out.
      const edge = element as EdgeSingular;
      const from = edge.renderedSourceEndpoint();
      const to = edge.renderedTargetEndpoint();
      const covered = (x: number, y: number) =>
        cy.nodes().some((node) => {
          const b = node.renderedBoundingBox({ includeLabels: true });
          return x >= b.x1 - 4 && x <= b.x2 + 4 && y >= b.y1 - 4 && y <= b.y2 + 4;
        });
      // ...and no other edge passes close by (clicks hit the topmost element).
      const crowded = (x: number, y: number) =>
        cy.edges().some((element) => {
          const other = element as EdgeSingular;
          if (other.id() === id) return false;
          const a = other.renderedSourceEndpoint();
          const b = other.renderedTargetEndpoint();
          const length2 = (b.x - a.x) ** 2 + (b.y - a.y) ** 2 || 1;
          const t = Math.max(
            0,
            Math.min(1, ((x - a.x) * (b.x - a.x) + (y - a.y) * (b.y - a.y)) / length2),
          );
          return Math.hypot(x - (a.x + t * (b.x - a.x)), y - (a.y + t * (b.y - a.y))) < 10;
        });
      for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
        const x = from.x + (to.x - from.x) * t;
        const y = from.y + (to.y - from.y) * t;
        if (!covered(x, y) && !crowded(x, y) && !underOverlay(x, y))
          return { x: box.left + x, y: box.top + y };
      }
      return undefined;
    },
    { id, kind },
  );
}

/**
 * Waits until nothing on the canvas moves: no element or viewport animation runs and the
 * canvas sits where it sat a frame ago (a panel or strip that appears can shift it), so a
 * click lands where the positions were read.
 */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const cy = window.kgExplorer.cy;
        const where = () => {
          const box = (cy.container() as HTMLElement).getBoundingClientRect();
          const pan = cy.pan();
          return `${box.left},${box.top},${pan.x},${pan.y},${cy.zoom()}`;
        };
        const before = where();
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            resolve(
              !cy.animated() &&
                !cy
                  .elements()
                  .toArray()
                  .some((e) => e.animated()) &&
                where() === before,
            ),
          ),
        );
      }),
    undefined,
    { timeout: 30_000 },
  );
}

/** Clicks a node where it is drawn on the canvas. */
export async function clickNode(page: Page, id: string, clickCount = 1): Promise<void> {
  await settled(page);
  const point = await pagePoint(page, id, "node");
  if (!point) throw new Error(`node ${id} is not drawn`);
  await page.mouse.click(point.x, point.y, { clickCount });
}

/** Clicks an edge where it is drawn on the canvas, away from nodes and other edges. */
export async function clickEdge(page: Page, id: string): Promise<void> {
  await settled(page);
  const point = await pagePoint(page, id, "edge");
  if (!point) throw new Error(`edge ${id} is hidden under nodes`);
  await page.mouse.click(point.x, point.y);
}

/** Whether some point of the edge can be clicked without hitting a node or another edge. */
export async function isClickable(page: Page, id: string): Promise<boolean> {
  return (await pagePoint(page, id, "edge")) !== undefined;
}

/** Types into the search box and picks a result with the keyboard. */
export async function searchAndPick(page: Page, text: string, downPresses = 0): Promise<void> {
  const input = page.locator("#search");
  await input.click();
  await input.fill("");
  await input.pressSequentially(text, { delay: 20 });
  await page.locator(".ac-list .ac-item").first().waitFor();
  for (let i = 0; i < downPresses; i += 1) await input.press("ArrowDown");
  await input.press("Enter");
}
