/** Connects to the server, builds the controls, draws the view the URL describes. */
import { fetchBoot, fetchEntity } from "./api.js";
import { refresh } from "./drawing.js";
import { renderFilterControls } from "./filters.js";
import { search } from "./navigation.js";
import { hideOverlay, reportError } from "./overlays.js";
import { markReady, session, statusbar } from "./session.js";

/** Loads the boot data and draws the first view; reruns after "Try again" or a new API key. */
export async function start(): Promise<void> {
  hideOverlay();
  statusbar.textContent = "Connecting…";
  try {
    session.boot = await fetchBoot();
  } catch (error) {
    statusbar.textContent = "";
    reportError(error);
    markReady(true);
    return;
  }
  renderFilterControls();
  if (session.state.seeds.length === 1 && session.state.seeds[0]) {
    fetchEntity(session.state.seeds[0]).then(
      (entity) => entity && search.setText(entity.name),
      () => {},
    );
  }
  await refresh();
}
