/** Launches Debian's headless Chromium through playwright-core, or says why it cannot. */
import { type Browser, chromium } from "playwright-core";
import { hasPrerequisite } from "../helpers/prerequisites.js";

/** Where Chromium lives; CHROMIUM_PATH overrides Debian's /usr/bin/chromium. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** True when the browser tests can run (always in CI, where a missing browser fails them). */
export const HAS_CHROMIUM = hasPrerequisite(CHROMIUM_PATH);

/** The message the browser tests skip with. */
export const MISSING_CHROMIUM = `browser tests skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`;

if (!HAS_CHROMIUM) console.warn(MISSING_CHROMIUM);

/** Flags for a quiet, sandbox-free headless run in containers and CI. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Starts the browser. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** Where the tests write screenshots and downloads (gitignored). */
export const ARTIFACTS = "test-results/web";
