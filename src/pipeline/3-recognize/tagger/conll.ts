/**
 * Reader for CoNLL-2003 column files: `token POS chunk NER` lines, blank lines between sentences,
 * `-DOCSTART-` lines between documents. Tags may be IOB1 or IOB2; spans come out the same.
 */
import { readFileSync } from "node:fs";
import type { NerSpan } from "../../types.js";
import { decodeIobTags } from "./spans.js";

/** One sentence of a CoNLL file: its tokens and gold spans. */
export interface ConllSentence {
  tokens: string[];
  spans: NerSpan[];
}

/** One `-DOCSTART-`-delimited document. */
export interface ConllDocument {
  sentences: ConllSentence[];
}

/** Splits a CoNLL line into columns. */
const COLUMN_SEPARATOR = /\s+/;

/** Parses CoNLL text into documents; the NER tag is the last column. */
export function parseConll(text: string): ConllDocument[] {
  const documents: ConllDocument[] = [];
  let current: ConllDocument = { sentences: [] };
  let tokens: string[] = [];
  let tags: string[] = [];
  const flushSentence = (): void => {
    if (tokens.length > 0) current.sentences.push({ tokens, spans: decodeIobTags(tags) });
    tokens = [];
    tags = [];
  };
  const flushDocument = (): void => {
    flushSentence();
    if (current.sentences.length > 0) documents.push(current);
    current = { sentences: [] };
  };
  for (const rawLine of text.split("\n")) {
    const line = rawLine.trim();
    if (line === "") {
      flushSentence();
      continue;
    }
    const columns = line.split(COLUMN_SEPARATOR);
    if (columns[0] === "-DOCSTART-") {
      flushDocument();
      continue;
    }
    tokens.push(columns[0] as string);
    tags.push(columns.length > 1 ? (columns[columns.length - 1] as string) : "O");
  }
  flushDocument();
  return documents;
}

/** Reads and parses a CoNLL file. */
export function readConllFile(path: string): ConllDocument[] {
  return parseConll(readFileSync(path, "utf8"));
}
