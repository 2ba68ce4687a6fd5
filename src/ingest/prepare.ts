/** The CPU half of ingestion: runs the pipeline on one input and packages each article as plain data for threads. */
import { IntakeError, type RawInput } from "../pipeline/1-intake/read-input.js";
import { analyzeInput } from "../pipeline/index.js";
import type { Extraction, StorableExtraction } from "../pipeline/types.js";

/** One article of an input, analysed or rejected; plain data, so it can cross threads. */
export type PreparedItem =
  | { ok: true; label: string; extraction: StorableExtraction; ms: number }
  | { ok: false; label: string; code: string; message: string; ms: number };

/** Reads and analyses every article of an input; never throws for bad input. */
export function prepareInput(input: RawInput, maxBytes: number): PreparedItem[] {
  let started = performance.now();
  const prepared: PreparedItem[] = [];
  try {
    for (const item of analyzeInput(input, { maxBytes })) {
      prepared.push(
        item.ok
          ? {
              ok: true,
              label: item.label,
              extraction: storable(item.extraction),
              ms: performance.now() - started,
            }
          : failedItem(item.label, item.error, started),
      );
      started = performance.now();
    }
  } catch (error) {
    // Only intake of the input as a whole throws (analysis failures are yielded per article).
    return [failedItem(input.name, error, started)];
  }
  return prepared;
}

/** The extraction without its tokenised sentences (see StorableExtraction). */
function storable({ sentences: _sentences, ...rest }: Extraction): StorableExtraction {
  return rest;
}

function failedItem(label: string, error: unknown, started: number): PreparedItem {
  const ms = performance.now() - started;
  if (error instanceof IntakeError)
    return { ok: false, label, code: error.code, message: error.message, ms };
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, label, code: "ANALYSIS_FAILED", message: `${label}: ${message}`, ms };
}
