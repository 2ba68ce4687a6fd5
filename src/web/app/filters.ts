/** The filter form: built from the boot data, kept in step with the state, applied on change. */

import { colorOf } from "./colors.js";
import { applyColors } from "./community-view.js";
import { byId, h } from "./dom.js";
import { refresh } from "./drawing.js";
import { isPathMode, setPathMode } from "./path-mode.js";
import { session, writeUrl } from "./session.js";
import { DEFAULT_LIMIT, formatState, MAX_LIMIT } from "./state.js";

const form = byId<HTMLFormElement>("filters");
const relationSelect = byId<HTMLSelectElement>("relation-types");

export function renderFilterControls(): void {
  const types = byId("entity-types");
  for (const label of types.querySelectorAll("label")) label.remove();
  for (const type of session.boot?.entityTypes ?? []) {
    types.append(
      h(
        "label",
        { class: "type-row" },
        h("input", { type: "checkbox", name: "entityType", value: type }),
        h("span", { class: "dot", style: `background:${colorOf(type)}` }),
        type.toLowerCase(),
        h("span", { class: "count", "data-type-count": type }),
      ),
    );
  }
  relationSelect.replaceChildren(
    ...(session.boot?.relationTypes ?? []).map((type) => h("option", { value: type }, type)),
  );
  syncControls();
}

/** Puts the state into the form (first load, back/forward). */
export function syncControls(): void {
  const allTypes = session.state.entityTypes.length === 0;
  form.querySelectorAll<HTMLInputElement>("input[name=entityType]").forEach((box) => {
    box.checked = allTypes || session.state.entityTypes.includes(box.value);
  });
  for (const option of relationSelect.options)
    option.selected = session.state.relationTypes.includes(option.value);
  form.querySelectorAll<HTMLInputElement>("input[name=edgeKind]").forEach((radio) => {
    radio.checked = radio.value === session.state.edgeKind;
  });
  byId<HTMLInputElement>("since").value = session.state.since;
  byId<HTMLInputElement>("until").value = session.state.until;
  byId<HTMLInputElement>("min-weight").value = String(session.state.minWeight);
  byId<HTMLInputElement>("limit").value = String(session.state.limit);
  form.querySelectorAll<HTMLInputElement>("input[name=colorBy]").forEach((radio) => {
    radio.checked = radio.value === session.state.colorBy;
  });
  setPathMode(session.state.path !== undefined || isPathMode());
}

/** Reads the form into the state. */
function readControls(): void {
  const boxes = [...form.querySelectorAll<HTMLInputElement>("input[name=entityType]")];
  const checked = boxes.filter((box) => box.checked).map((box) => box.value);
  session.state.entityTypes = checked.length === boxes.length ? [] : checked;
  session.state.relationTypes = [...relationSelect.selectedOptions].map((option) => option.value);
  session.state.edgeKind =
    form.querySelector<HTMLInputElement>("input[name=edgeKind]:checked")?.value === "COOCCURRENCE"
      ? "COOCCURRENCE"
      : "RELATIONS";
  session.state.since = byId<HTMLInputElement>("since").value;
  session.state.until = byId<HTMLInputElement>("until").value;
  const minWeight = Number(byId<HTMLInputElement>("min-weight").value);
  session.state.minWeight = Number.isFinite(minWeight) && minWeight > 0 ? minWeight : 0;
  const limit = Number(byId<HTMLInputElement>("limit").value);
  session.state.limit =
    Number.isInteger(limit) && limit > 0 && limit <= MAX_LIMIT ? limit : DEFAULT_LIMIT;
  session.state.colorBy =
    form.querySelector<HTMLInputElement>("input[name=colorBy]:checked")?.value === "community"
      ? "community"
      : "type";
}

/** Applies the form to the view, unless nothing changed (typing, then blurring, fires both). */
export function applyControls(): void {
  const before = formatState(session.state);
  const colorBefore = session.state.colorBy;
  readControls();
  if (formatState(session.state) === before) return;
  // Colour alone changes nothing to fetch: recolour the drawn graph.
  if (formatState({ ...session.state, colorBy: colorBefore }) === before) {
    writeUrl("replace");
    applyColors();
    return;
  }
  // A selected edge may not survive the new filters; the panel would describe a ghost.
  if (session.state.selected?.kind === "edge") session.state.selected = undefined;
  writeUrl("replace");
  void refresh();
}

/** Shows every type and date again, keeping the seeds. */
export function resetFilters(): void {
  session.state = {
    ...session.state,
    entityTypes: [],
    relationTypes: [],
    since: "",
    until: "",
    minWeight: 0,
  };
  syncControls();
  writeUrl("replace");
  void refresh();
}

let typingTimer: ReturnType<typeof setTimeout> | undefined;

/** Applies the form as the user edits it. */
export function wireFilters(): void {
  form.addEventListener("change", () => {
    clearTimeout(typingTimer);
    applyControls();
  });
  // Number fields only fire "change" on blur; follow typing after a short pause.
  form.addEventListener("input", (event) => {
    if (!(event.target instanceof HTMLInputElement) || event.target.type !== "number") return;
    clearTimeout(typingTimer);
    typingTimer = setTimeout(applyControls, 400);
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  byId("relation-types-clear").addEventListener("click", () => {
    for (const option of relationSelect.options) option.selected = false;
    form.dispatchEvent(new Event("change"));
  });
}
