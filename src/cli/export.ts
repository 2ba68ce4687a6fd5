/** `kg export --format <format> [--out FILE|DIR] [--seed NAME_OR_ID --depth N]`: the graph for other tools. */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Command } from "commander";
import { parseEdgeKindOption } from "../domain/edge-kind.js";
import { buildExportGraph, MAX_EXPORT_DEPTH } from "../export/export-graph.js";
import { EXPORT_FORMATS, isExportFormat, renderExport } from "../export/formats.js";
import {
  addDbOption,
  type DbOptions,
  openMigratedDatabase,
  reportFatal,
  resolveConfig,
} from "./shared.js";

interface ExportOptions extends DbOptions {
  format: string;
  out?: string;
  seed?: string;
  depth?: string;
  edges: string;
  evidence?: boolean;
  tag?: string;
}

/** Registers `kg export`. */
export function registerExportCommand(program: Command): void {
  addDbOption(
    program
      .command("export")
      .description(
        "write the whole graph, or one entity's neighbourhood, for visualisation and graph tools",
      )
      .option("--format <format>", `one of: ${EXPORT_FORMATS.join(", ")}`, "json")
      .option(
        "--out <file|dir>",
        "write to this file (csv: this folder, as nodes.csv + edges.csv) instead of stdout",
      )
      .option(
        "--seed <name-or-id>",
        "export only this entity's neighbourhood (exact name, alias or id)",
      )
      .option("--depth <n>", `hops around --seed, 1 to ${MAX_EXPORT_DEPTH}`, "1")
      .option("--edges <kind>", "relations (typed) or cooccurrence (same sentence)", "relations")
      .option("--evidence", "add each edge's first evidence sentence and its article")
      .option("--tag <tag>", "only articles with this tag (their folder, or kg ingest --tag)"),
  ).action(async (options: ExportOptions) => {
    try {
      const format = options.format;
      if (!isExportFormat(format)) {
        throw new Error(`unknown format "${format}": use one of ${EXPORT_FORMATS.join(", ")}`);
      }
      const edgeKind = parseEdgeKindOption(options.edges);
      if (!edgeKind)
        throw new Error(`unknown --edges "${options.edges}": use relations or cooccurrence`);
      if (format === "csv" && !options.out) {
        throw new Error("csv writes nodes.csv and edges.csv: give a folder with --out DIR");
      }
      const depth = Number(options.depth ?? 1);
      const config = resolveConfig(options);
      const database = await openMigratedDatabase(config);
      let graph: Awaited<ReturnType<typeof buildExportGraph>>;
      try {
        graph = await buildExportGraph(database.db, {
          seed: options.seed,
          depth,
          edgeKind,
          evidence: options.evidence === true,
          tag: options.tag ?? null,
        });
      } finally {
        await database.close();
      }
      const files = renderExport(graph, format);
      const summary = `${graph.nodes.length} entities and ${graph.edges.length} ${edgeKind === "RELATIONS" ? "relations" : "co-occurrence edges"}${
        graph.seed ? ` around ${graph.seed.name} (${graph.seed.type}, ${graph.seed.id})` : ""
      }${
        graph.truncated
          ? " (truncated: the neighbourhood has more entities than one export holds; lower --depth)"
          : ""
      }`;
      if (format === "csv") {
        const folder = options.out as string;
        await mkdir(folder, { recursive: true });
        for (const file of files) await writeFile(path.join(folder, file.name), file.text);
        process.stderr.write(
          `wrote ${summary} to ${files.map((file) => path.join(folder, file.name)).join(" and ")}\n`,
        );
      } else if (options.out) {
        await writeFile(options.out, files[0]!.text);
        process.stderr.write(`wrote ${summary} to ${options.out}\n`);
      } else {
        process.stdout.write(files[0]!.text);
        if (graph.truncated) process.stderr.write(`exported ${summary}\n`);
      }
    } catch (error) {
      reportFatal(error);
    }
  });
}
