// Whether dist/ (built by `npm run build`) is current: its stamp, dist/BUILT, is newer than every
// file under src/ and db/. Shared by bin/kg.mjs, which runs the build only when it is, and by the
// benchmarks that measure the compiled code.
import { existsSync, readdirSync, statSync } from "node:fs";

/** The build's stamp time, or undefined when there is no build. */
function builtAt(root) {
  try {
    return statSync(`${root}/dist/BUILT`).mtimeMs;
  } catch {
    return undefined;
  }
}

/** True when some file under the folder changed after `since` (a missing folder has none). */
function changedSince(folder, since) {
  if (!existsSync(folder)) return false;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const file = `${folder}/${entry.name}`;
    if (entry.isDirectory() ? changedSince(file, since) : statSync(file).mtimeMs > since)
      return true;
  }
  return false;
}

/** "fresh", "missing" (no dist/BUILT) or "stale" (a source file is newer than the build). */
export function buildState(root) {
  const built = builtAt(root);
  if (built === undefined) return "missing";
  return changedSince(`${root}/src`, built) || changedSince(`${root}/db`, built)
    ? "stale"
    : "fresh";
}
