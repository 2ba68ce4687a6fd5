/** The explorer page: search, draw the neighbourhood, filter, inspect, find paths, export. */
import "./styles.css";
import { graph } from "./canvas.js";
import { refresh } from "./drawing.js";
import { syncControls, wireFilters } from "./filters.js";
import { live, wireLive } from "./live.js";
import { wirePathMode } from "./path-mode.js";
import { renderDefaultPanel } from "./selection.js";
import { readiness, session } from "./session.js";
import { start } from "./startup.js";
import { parseState } from "./state.js";
import { wireToolbar } from "./toolbar.js";

// The browser tests (and curious users in the console) reach the view through this handle;
// `renders` counts finished views so a test can wait for the one its action caused.
const handle = {
  graph,
  cy: graph.cy,
  state: () => session.state,
  live,
  get ready() {
    return readiness.ready;
  },
  get renders() {
    return readiness.renders;
  },
};
(window as unknown as { kgExplorer: typeof handle }).kgExplorer = handle;

window.addEventListener("popstate", () => {
  session.state = parseState(location.search);
  syncControls();
  void refresh();
});
wireFilters();
wirePathMode();
wireToolbar();
wireLive();
renderDefaultPanel();
void start();
