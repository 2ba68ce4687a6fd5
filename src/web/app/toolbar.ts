/** The toolbar's exports (PNG, JSON) and the page's keyboard shortcuts. */
import { graph } from "./canvas.js";
import { byId, h } from "./dom.js";
import { showBanner } from "./overlays.js";
import { select } from "./selection.js";
import { session } from "./session.js";
import { filtersOf } from "./state.js";

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = h("a", { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Exports the view on click; "/" focuses the search, Escape clears the selection. */
export function wireToolbar(): void {
  byId("export-png").addEventListener("click", () => {
    if (graph.cy.nodes().length === 0) return showBanner("Nothing to export yet.");
    download(graph.png(), "kg-explorer.png");
  });
  byId("export-json").addEventListener("click", () => {
    const { nodes, edges } = graph.snapshot();
    const document_ = {
      exportedAt: new Date().toISOString(),
      view: location.href,
      filters: filtersOf(session.state),
      seeds: session.state.seeds,
      nodes,
      edges,
    };
    download(
      new Blob([JSON.stringify(document_, null, 2)], { type: "application/json" }),
      "kg-explorer.json",
    );
  });

  document.addEventListener("keydown", (event) => {
    const typing =
      event.target instanceof HTMLInputElement ||
      event.target instanceof HTMLSelectElement ||
      event.target instanceof HTMLTextAreaElement;
    if (event.key === "/" && !typing) {
      event.preventDefault();
      byId("search").focus();
    } else if (event.key === "Escape" && !typing && session.state.selected) {
      select(undefined);
    }
  });
}
