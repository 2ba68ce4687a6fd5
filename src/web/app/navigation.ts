/** Opening and expanding entities, and the main search box that opens them. */
import { byId } from "./dom.js";
import { refresh } from "./drawing.js";
import { reportError, showBanner } from "./overlays.js";
import { Autocomplete } from "./search.js";
import { session, writeUrl } from "./session.js";

/** Draws one entity's neighbourhood, selected, as a new history entry. */
export function openEntity(id: string, name: string): void {
  session.state.seeds = [id];
  session.state.selected = { kind: "node", id };
  search.setText(name);
  writeUrl("push");
  void refresh();
}

/** Adds an entity's neighbours to the view. */
export function expand(id: string): void {
  if (session.state.seeds.includes(id)) {
    showBanner("Already expanded; raise “Most nodes” if neighbours seem missing.");
    return;
  }
  session.state.seeds = [...session.state.seeds, id];
  session.state.selected = { kind: "node", id };
  writeUrl("push");
  void refresh();
}

/** The main search box; picking a hit opens that entity. */
export const search = new Autocomplete(
  byId<HTMLInputElement>("search"),
  (hit) => openEntity(hit.entity.id, hit.entity.name),
  reportError,
);
