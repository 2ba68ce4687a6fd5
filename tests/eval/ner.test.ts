import { describe, expect, it } from "vitest";
import { evaluateNer, evaluateNerDocuments } from "../../src/eval/ner.js";
import { parseConll } from "../../src/pipeline/3-recognize/tagger/conll.js";
import { hasPrerequisite } from "../helpers/prerequisites.js";

const DEV_FILE = "../shared/data/conll2003/eng.testa";

/** 1.5 points under the F1 the committed model measures (93.10): a regression fails here. */
const MIN_F1 = 91.6;

describe("trained tagger", () => {
  it.runIf(hasPrerequisite(DEV_FILE))(
    `scores at least ${MIN_F1} F1 on CoNLL-2003 eng.testa`,
    () => {
      const report = evaluateNer(DEV_FILE);
      expect(report.overall.f1).toBeGreaterThanOrEqual(MIN_F1);
    },
  );
});

describe("evaluateNerDocuments", () => {
  // [CoNLL text (invented), documents, sentences, tokens, gold spans]
  const CASES: [string, number, number, number, number][] = [
    ["-DOCSTART- O\n\nMara I-PER\nVoss I-PER\nspoke O\n\n", 1, 1, 3, 1],
    [
      "-DOCSTART- O\n\nMara I-PER\nleft O\nOrlen I-LOC\n\nShe O\nwaved O\n\n-DOCSTART- O\n\nKelt I-ORG\nrose O\n\n",
      2,
      3,
      7,
      3,
    ],
  ];
  it.each(CASES)(
    "scores already-read documents: %j",
    (text, documents, sentences, tokens, gold) => {
      const report = evaluateNerDocuments(parseConll(text));
      expect([report.documents, report.sentences, report.tokens, report.overall.gold]).toEqual([
        documents,
        sentences,
        tokens,
        gold,
      ]);
    },
  );
});
