/** `kg eval`: measures the extraction engine against annotated data. */

import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { evaluateNer, formatNerReport } from "../eval/ner.js";
import { evaluateNerDwie } from "../eval/ner-dwie.js";
import { evaluateRelations, formatRelationReport, readDocRed } from "../eval/relations.js";
import { decodeModel } from "../pipeline/3-recognize/tagger/model-file.js";
import { Tagger } from "../pipeline/3-recognize/tagger/tagger.js";

/** Adds `eval` and its `ner <conll-file>`, `ner-dwie <dwie-json>` and `relations <re-docred-json>` subcommands to the CLI. */
export function registerEvalCommand(program: Command): void {
  const evalCommand = program
    .command("eval")
    .description("measure the extraction engine on annotated data");
  evalCommand
    .command("ner")
    .description(
      "score the NER tagger on a CoNLL-2003 file (IOB1 or IOB2) by exact span match, then report throughput",
    )
    .argument(
      "<conll-file>",
      "CoNLL column file: token POS chunk NER, -DOCSTART- between documents",
    )
    .action((file: string) => {
      for (const line of formatNerReport(evaluateNer(file))) console.log(line);
    });
  evalCommand
    .command("ner-dwie")
    .description(
      "score the NER tagger on DWIE entity mentions (person, organization, location → PER, ORG, LOC) by exact span match",
    )
    .argument("<dwie-json>", "DWIE in the Re-DocRED layout, such as dwie/dev.json")
    .option("--misc", "also score other, misc, ethnicity and event mentions as MISC")
    .option("--model <file>", "a tagger model file other than the committed one")
    .action((file: string, options: { misc?: boolean; model?: string }) => {
      const tagger =
        options.model === undefined
          ? undefined
          : new Tagger(decodeModel(readFileSync(options.model)));
      const report = evaluateNerDwie(file, {
        ...(options.misc ? { misc: true } : {}),
        ...(tagger ? { tagger } : {}),
      });
      const types = options.misc ? undefined : (["PER", "LOC", "ORG"] as const);
      for (const line of formatNerReport(report, types)) console.log(line);
    });
  evalCommand
    .command("relations")
    .description(
      "score typed relations on Re-DocRED: mapped Wikidata properties, precision/recall/F1, last line F1",
    )
    .argument("<re-docred-json>", "a Re-DocRED file such as dev_revised.json")
    .option("--limit <n>", "only the first n documents", (value) => Number.parseInt(value, 10))
    .action((file: string, options: { limit?: number }) => {
      const report = evaluateRelations(readDocRed(file, options.limit));
      for (const line of formatRelationReport(report)) console.log(line);
    });
}
