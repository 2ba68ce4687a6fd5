/**
 * `GET /export/<format>?seed=&depth=&edges=&evidence=&file=`: the exports over HTTP. CSV comes one file per
 * request (`file=nodes`, the default, or `file=edges`) rather than as a zip.
 */
import type { Kysely } from "kysely";
import type { DB } from "../db/schema.js";
import { parseEdgeKindOption } from "../domain/edge-kind.js";
import { CSV_FILES } from "./csv.js";
import { buildExportGraph, ExportError } from "./export-graph.js";
import { EXPORT_FORMATS, isExportFormat, renderExport } from "./formats.js";

/** The path prefix of export routes. */
export const EXPORT_PATH = "/export/";

function errorResponse(
  ResponseClass: typeof Response,
  status: number,
  code: string,
  message: string,
  extensions: Record<string, unknown> = {},
): Response {
  return new ResponseClass(
    JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] }),
    {
      status,
      headers: { "content-type": "application/json; charset=utf-8" },
    },
  );
}

/** HTTP status of each export error. */
const ERROR_STATUS: Record<ExportError["code"], number> = {
  BAD_USER_INPUT: 400,
  ENTITY_NOT_FOUND: 404,
  AMBIGUOUS_SEED: 409,
};

/** Answers one export request; `ResponseClass` is the server's fetch Response. */
export async function respondToExport(
  db: Kysely<DB>,
  request: Request,
  url: URL,
  ResponseClass: typeof Response = Response,
): Promise<Response> {
  if (request.method !== "GET" && request.method !== "HEAD") {
    return errorResponse(ResponseClass, 405, "METHOD_NOT_ALLOWED", "exports answer GET only");
  }
  const format = url.pathname.slice(EXPORT_PATH.length);
  if (!isExportFormat(format)) {
    return errorResponse(
      ResponseClass,
      404,
      "UNKNOWN_FORMAT",
      `unknown format "${format}": use one of ${EXPORT_FORMATS.join(", ")}`,
    );
  }
  const params = url.searchParams;
  const edgeKind = parseEdgeKindOption(params.get("edges") ?? "relations");
  if (!edgeKind)
    return errorResponse(
      ResponseClass,
      400,
      "BAD_USER_INPUT",
      "edges must be relations or cooccurrence",
    );
  const file = params.get("file") ?? "nodes";
  if (format === "csv" && !(CSV_FILES as readonly string[]).includes(file)) {
    return errorResponse(ResponseClass, 400, "BAD_USER_INPUT", "file must be nodes or edges");
  }
  const evidenceText = params.get("evidence") ?? "0";
  if (!["0", "1", "true", "false"].includes(evidenceText)) {
    return errorResponse(ResponseClass, 400, "BAD_USER_INPUT", "evidence must be 1 or 0");
  }
  const evidence = evidenceText === "1" || evidenceText === "true";
  const depthText = params.get("depth");
  const depth = depthText === null || depthText === "" ? 1 : Number(depthText);
  try {
    const graph = await buildExportGraph(db, {
      seed: params.get("seed"),
      depth,
      edgeKind,
      evidence,
      tag: params.get("tag") || null,
    });
    const files = renderExport(graph, format);
    const chosen =
      format === "csv" ? files.find((item) => item.name === `${file}.csv`)! : files[0]!;
    return new ResponseClass(request.method === "HEAD" ? null : chosen.text, {
      status: 200,
      headers: {
        "content-type": chosen.contentType,
        "content-disposition": `attachment; filename="${chosen.name}"`,
        // CSV has no place to say it in the file; every format says it here as well.
        "x-export-truncated": String(graph.truncated),
        // The entity a name resolved to (URI-encoded: names are not ASCII-only).
        ...(graph.seed
          ? {
              "x-export-seed": encodeURIComponent(graph.seed.name),
              "x-export-seed-id": graph.seed.id,
            }
          : {}),
      },
    });
  } catch (error) {
    if (error instanceof ExportError) {
      return errorResponse(
        ResponseClass,
        ERROR_STATUS[error.code],
        error.code,
        error.message,
        error.code === "AMBIGUOUS_SEED" ? { candidates: error.candidates } : {},
      );
    }
    throw error;
  }
}
