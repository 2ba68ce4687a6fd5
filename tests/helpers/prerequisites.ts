/**
 * Prerequisites the suite reads from outside the repository (../shared data, Chromium).
 * On a developer's machine a missing one skips its tests with a warning; in CI (`CI` set, as
 * `.ci/run` does) every prerequisite is installed, so the tests run and fail on a missing one
 * instead of turning green by skipping.
 */
import { existsSync } from "node:fs";

/** True under CI, where a skipped prerequisite is a defect. */
export const IN_CI =
  Boolean(process.env.CI) && process.env.CI !== "false" && process.env.CI !== "0";

/** True when `path` exists, and always true in CI (where a missing path then fails the test). */
export function hasPrerequisite(path: string | URL): boolean {
  if (existsSync(path)) return true;
  if (!IN_CI) console.warn(`skipping tests that need ${String(path)} (missing; CI fails instead)`);
  return IN_CI;
}
