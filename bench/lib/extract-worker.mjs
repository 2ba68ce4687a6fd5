// Worker entry: registers tsx in this thread (workers do not inherit the parent's loader hooks),
// then loads the TypeScript worker, as bin/kg.mjs does for the CLI.
import { register } from "tsx/esm/api";

register();
await import("./extract-worker.ts");
