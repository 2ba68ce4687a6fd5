/** Writes a benchmark's result as JSON and its tables as Markdown under bench/results/. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { formatMachine, type MachineInfo } from "./machine.js";

/** The folder results are written to. */
export const RESULTS_DIR = fileURLToPath(new URL("../results/", import.meta.url));

/** Saves `<name>.json` (machine + data) and `<name>.md` (machine line + tables), and prints the Markdown. */
export function saveResult(
  name: string,
  machine: MachineInfo,
  data: object,
  markdown: string,
): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const document = `### bench:${name}\n\n${formatMachine(machine)}\n\n${markdown.trim()}\n`;
  writeFileSync(
    `${RESULTS_DIR}${name}.json`,
    `${JSON.stringify({ benchmark: name, machine, ...data }, null, 2)}\n`,
  );
  writeFileSync(`${RESULTS_DIR}${name}.md`, document);
  formatWithBiome([`${RESULTS_DIR}${name}.json`, `${RESULTS_DIR}${name}.md`]);
  process.stdout.write(
    `\n${document}\nwrote bench/results/${name}.json and bench/results/${name}.md\n`,
  );
}

/** Lets the repository's formatter lay out the files, so `npm run lint` stays clean; skipped when absent. */
function formatWithBiome(files: string[]): void {
  const biome = fileURLToPath(new URL("../../node_modules/.bin/biome", import.meta.url));
  if (!existsSync(biome)) return;
  spawnSync(biome, ["format", "--write", ...files], { stdio: "ignore" });
}
