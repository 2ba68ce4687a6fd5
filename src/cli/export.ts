/** `kg export --format json [--out FILE]`: the whole graph for other tools. */
import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { readWholeGraph } from "../db/export.js";
import { toJsonGraph } from "../export/json.js";
import { addDbOption, type DbOptions, openMigratedDatabase, reportFatal, resolveConfig } from "./shared.js";

/** Formats `kg export` writes. */
export const EXPORT_FORMATS = ["json"] as const;

interface ExportOptions extends DbOptions {
  format: string;
  out?: string;
}

/** Registers `kg export`. */
export function registerExportCommand(program: Command): void {
  addDbOption(
    program
      .command("export")
      .description("write the whole graph (entities and relations) to stdout or a file")
      .option("--format <format>", `one of: ${EXPORT_FORMATS.join(", ")}`, "json")
      .option("--out <file>", "write to this file instead of stdout"),
  ).action(async (options: ExportOptions) => {
    try {
      if (!(EXPORT_FORMATS as readonly string[]).includes(options.format)) {
        throw new Error(`unknown format "${options.format}": use one of ${EXPORT_FORMATS.join(", ")}`);
      }
      const config = resolveConfig(options);
      const database = await openMigratedDatabase(config);
      const graph = toJsonGraph(await readWholeGraph(database.db));
      await database.close();
      const text = `${JSON.stringify(graph, null, 2)}\n`;
      if (options.out) {
        await writeFile(options.out, text);
        process.stderr.write(
          `wrote ${graph.entities.length} entities and ${graph.relations.length} relations to ${options.out}\n`,
        );
      } else {
        process.stdout.write(text);
      }
    } catch (error) {
      reportFatal(error);
    }
  });
}
