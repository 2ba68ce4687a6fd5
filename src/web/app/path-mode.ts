/** Path mode: pick two entities, draw the shortest path between them. */
import { byId } from "./dom.js";
import { refresh } from "./drawing.js";
import { reportError } from "./overlays.js";
import { Autocomplete } from "./search.js";
import { session, writeUrl } from "./session.js";

let pathMode = false;

/** The two ends picked so far. */
export const pathEnds: { from?: string; to?: string } = {};
const pathToggle = byId("path-toggle");

/** Opens or closes the path bar, taking its ends from the state. */
export function setPathMode(on: boolean): void {
  pathMode = on;
  byId("path-bar").hidden = !on;
  pathToggle.setAttribute("aria-pressed", String(on));
  if (session.state.path) {
    pathEnds.from = session.state.path[0];
    pathEnds.to = session.state.path[1];
  }
}

function runPath(): void {
  if (!pathEnds.from || !pathEnds.to) return;
  session.state.path = [pathEnds.from, pathEnds.to];
  byId("path-status").textContent = "Searching…";
  writeUrl("push");
  void refresh();
}

/** The path's first end. */
export const fromSearch = new Autocomplete(
  byId<HTMLInputElement>("path-from"),
  (hit) => {
    pathEnds.from = hit.entity.id;
    if (pathEnds.to) runPath();
    else byId("path-to").focus();
  },
  reportError,
);
const toSearch = new Autocomplete(
  byId<HTMLInputElement>("path-to"),
  (hit) => {
    pathEnds.to = hit.entity.id;
    runPath();
  },
  reportError,
);

/** Whether the path bar is open. */
export function isPathMode(): boolean {
  return pathMode;
}

/** Opens and clears the path bar. */
export function wirePathMode(): void {
  pathToggle.addEventListener("click", () => {
    setPathMode(!pathMode);
    if (pathMode) byId("path-from").focus();
  });
  byId("path-clear").addEventListener("click", () => {
    session.state.path = undefined;
    pathEnds.from = undefined;
    pathEnds.to = undefined;
    fromSearch.setText("");
    toSearch.setText("");
    byId("path-status").textContent = "";
    writeUrl("push");
    void refresh();
  });
}
