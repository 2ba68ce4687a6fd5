/** The `kg` command line: one file per command under src/cli, loaded on demand (program.ts). */
import { programFor } from "./program.js";

const program = await programFor(process.argv.slice(2));
await program.parseAsync(process.argv);
