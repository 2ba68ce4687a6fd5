/** Worker thread for the ingest prototype: intake + analysis of one file per message, no database. */
import { parentPort } from "node:worker_threads";
import { readInput } from "../../src/pipeline/1-intake/read-input.js";
import { analyzeArticle } from "../../src/pipeline/index.js";
import type { Extraction } from "../../src/pipeline/types.js";

/** A file to analyse. */
export interface AnalyseRequest {
  id: number;
  name: string;
  bytes: Uint8Array;
  maxBytes: number;
}

/** One article slot of the file: what to store, or why it failed. */
export type AnalysedItem =
  | { ok: true; label: string; extraction: Omit<Extraction, "sentences"> }
  | { ok: false; label: string; code: string; message: string };

/** The worker's answer to one request. */
export interface AnalyseResponse {
  id: number;
  items: AnalysedItem[];
}

function analyse(request: AnalyseRequest): AnalysedItem[] {
  try {
    return readInput(
      { bytes: request.bytes, name: request.name },
      { maxBytes: request.maxBytes },
    ).map((item): AnalysedItem => {
      if (!item.ok)
        return { ok: false, label: item.label, code: item.error.code, message: item.error.message };
      // storing never reads the sentences; leaving them out halves what crosses the thread boundary
      const { sentences: _sentences, ...extraction } = analyzeArticle(item.draft);
      return { ok: true, label: item.label, extraction };
    });
  } catch (error) {
    return [{ ok: false, label: request.name, code: "INGEST_FAILED", message: String(error) }];
  }
}

parentPort?.on("message", (request: AnalyseRequest) => {
  const response: AnalyseResponse = { id: request.id, items: analyse(request) };
  parentPort?.postMessage(response);
});
