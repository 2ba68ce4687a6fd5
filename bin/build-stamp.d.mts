/** "fresh", "missing" (no dist/BUILT) or "stale" (a source file is newer than the build). */
export function buildState(root: string): "fresh" | "missing" | "stale";
