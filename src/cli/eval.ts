/** `kg eval`: measures the extraction engine against annotated data. */

import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { openDatabase } from "../db/database.js";
import { migrateToLatest } from "../db/migrate.js";
import { readDwie } from "../eval/dwie.js";
import { evaluateIdentity, formatIdentityReport, type Half } from "../eval/identity.js";
import { evaluateNer, formatNerReport } from "../eval/ner.js";
import { evaluateNerDwie } from "../eval/ner-dwie.js";
import {
  type DataSplit,
  detectDataset,
  type RelationDataset,
  readRelationDocuments,
  selectSplit,
} from "../eval/relation-data.js";
import { evaluateRelations, formatRelationReport } from "../eval/relations.js";
import { evaluateTypedRelations, formatTypedRelationReport } from "../eval/typed-relations.js";
import { decodeModel } from "../pipeline/3-recognize/tagger/model-file.js";
import { Tagger } from "../pipeline/3-recognize/tagger/tagger.js";
import { loadRelationModel } from "../pipeline/5-relate/classifier/model.js";

const DATASETS: readonly RelationDataset[] = ["dwie", "redocred"];
const SPLITS: readonly DataSplit[] = ["heldout", "train", "all"];

function parseChoice<T extends string>(choices: readonly T[], name: string) {
  return (value: string): T => {
    if (!(choices as readonly string[]).includes(value))
      throw new Error(`${name} must be one of ${choices.join(", ")}, not ${value}`);
    return value as T;
  };
}

/** Adds `eval` and its `ner`, `ner-dwie`, `relations` and `identity` subcommands to the CLI. */
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
      "score typed relations on Re-DocRED (mapped Wikidata properties) or DWIE (mapped to our types): per-relation precision/recall/F1, last line F1",
    )
    .argument("<json>", "a Re-DocRED file such as dev_revised.json, or DWIE's dev.json")
    .option(
      "--dataset <name>",
      "dwie or redocred (default: detected from the file)",
      parseChoice(DATASETS, "--dataset"),
    )
    .option(
      "--split <split>",
      "heldout, train or all (default: heldout when the committed model was trained on this dataset)",
      parseChoice(SPLITS, "--split"),
    )
    .option("--limit <n>", "only the first n documents", (value) => Number.parseInt(value, 10))
    .action(
      (file: string, options: { dataset?: RelationDataset; split?: DataSplit; limit?: number }) => {
        const all = readRelationDocuments(file);
        const dataset = options.dataset ?? detectDataset(all);
        const trainedOn = String(loadRelationModel()?.meta.trainedOn ?? "").split(",");
        const split = options.split ?? (trainedOn.includes(dataset) ? "heldout" : "all");
        const selected = selectSplit(all, split);
        const documents = options.limit ? selected.slice(0, options.limit) : selected;
        console.log(`${dataset}, split ${split}`);
        const lines =
          dataset === "dwie"
            ? formatTypedRelationReport(evaluateTypedRelations(documents, dataset))
            : formatRelationReport(evaluateRelations(documents));
        for (const line of lines) console.log(line);
      },
    );
  evalCommand
    .command("identity")
    .description(
      "ingest DWIE's 98 articles into a fresh in-memory database and score entity identity across articles (Wikipedia links), per half of a fixed split",
    )
    .argument("<dwie-dir>", "the DWIE folder: dev.json (text) and annos/DW_*.json (links, types)")
    .option("--errors <half>", "also list the split and merge errors of one half: tune or heldout")
    .action(async (dir: string, options: { errors?: string }) => {
      if (options.errors !== undefined && options.errors !== "tune" && options.errors !== "heldout")
        throw new Error(`--errors takes tune or heldout, not ${options.errors}`);
      const database = await openDatabase({ kind: "pglite", dataDir: "memory://" });
      try {
        await migrateToLatest(database.db);
        const report = await evaluateIdentity(database.db, readDwie(dir));
        const lines = formatIdentityReport(report, { errors: options.errors as Half | undefined });
        for (const line of lines) console.log(line);
      } finally {
        await database.close();
      }
    });
}
