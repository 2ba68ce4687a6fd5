/** Runs in a worker thread: prepares the inputs the pool sends and posts the results back. */
import { parentPort } from "node:worker_threads";
import type { AnalysisJob } from "./analysis-pool.js";
import { prepareInput } from "./prepare.js";

if (!parentPort) throw new Error("analysis-worker must run in a worker thread");
const port = parentPort;
port.on("message", (job: AnalysisJob) => {
  port.postMessage({ id: job.id, items: prepareInput(job.input, job.maxBytes) });
});
port.postMessage({ ready: true });
