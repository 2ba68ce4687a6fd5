// Worker-thread entry: loads the TypeScript sources through tsx, then runs PGlite.
import { register } from "tsx/esm/api";

register();
await import("./pglite-thread-worker.ts");
