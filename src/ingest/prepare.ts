/** The CPU half of ingestion: intake and analysis of one input, no database. */
import { IntakeError, type RawInput, readInput } from "../pipeline/1-intake/read-input.js";
import { analyzeArticle } from "../pipeline/index.js";
import type { Extraction } from "../pipeline/types.js";

/** One article of an input, analysed or rejected; plain data, so it can cross threads. */
export type PreparedItem =
  | { ok: true; label: string; extraction: Extraction; ms: number }
  | { ok: false; label: string; code: string; message: string; ms: number };

/** Reads and analyses every article of an input; never throws for bad input. */
export function prepareInput(input: RawInput, maxBytes: number): PreparedItem[] {
  let started = performance.now();
  let items: ReturnType<typeof readInput>;
  try {
    items = readInput(input, { maxBytes });
  } catch (error) {
    return [failedItem(input.name, error, started)];
  }
  const prepared: PreparedItem[] = [];
  for (const item of items) {
    if (!item.ok) {
      prepared.push(failedItem(item.label, item.error, started));
    } else {
      try {
        prepared.push({
          ok: true,
          label: item.label,
          extraction: analyzeArticle(item.draft),
          ms: performance.now() - started,
        });
      } catch (error) {
        prepared.push(failedItem(item.label, error, started));
      }
    }
    started = performance.now();
  }
  return prepared;
}

function failedItem(label: string, error: unknown, started: number): PreparedItem {
  const ms = performance.now() - started;
  if (error instanceof IntakeError)
    return { ok: false, label, code: error.code, message: error.message, ms };
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, label, code: "ANALYSIS_FAILED", message: `${label}: ${message}`, ms };
}
