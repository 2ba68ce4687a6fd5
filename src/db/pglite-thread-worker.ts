/**
 * Worker-thread side of the threaded PGlite (see pglite-thread.ts): opens the data folder, then
 * answers each wire-protocol message from the main thread with PGlite's raw response bytes.
 */
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

/** Main thread → worker: protocol bytes to run, or the request to close. */
export type ThreadRequest = { id: number; bytes: Uint8Array } | { id: number; close: true };
/** Worker → main thread: ready, a response, or a failure of PGlite itself. */
export type ThreadResponse =
  | { ready: true }
  | { id: number; bytes: Uint8Array }
  | { id: number; closed: true }
  | { id?: number; error: string };

const port = parentPort;
if (!port) throw new Error("pglite-thread-worker runs on a worker thread");
const { dataDir } = workerData as { dataDir: string };

try {
  const pglite = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  // One message at a time, in order: PGlite is a single connection.
  let queue = Promise.resolve();
  port.on("message", (request: ThreadRequest) => {
    queue = queue.then(async () => {
      try {
        if ("close" in request) {
          await pglite.close();
          port.postMessage({ id: request.id, closed: true } satisfies ThreadResponse);
          return;
        }
        // A copy of its own: the response may be a view of PGlite's memory, which must stay.
        const bytes = (await pglite.execProtocolRaw(request.bytes, {})).slice();
        port.postMessage({ id: request.id, bytes } satisfies ThreadResponse, [bytes.buffer]);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        port.postMessage({ id: request.id, error: message } satisfies ThreadResponse);
      }
    });
  });
  port.postMessage({ ready: true } satisfies ThreadResponse);
} catch (error) {
  port.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
