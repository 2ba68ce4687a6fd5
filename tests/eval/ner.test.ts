import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluateNer } from "../../src/eval/ner.js";

const DEV_FILE = "../shared/data/conll2003/eng.testa";

describe("trained tagger", () => {
  it.skipIf(!existsSync(DEV_FILE))("scores at least 85 F1 on CoNLL-2003 eng.testa", () => {
    const report = evaluateNer(DEV_FILE);
    expect(report.overall.f1).toBeGreaterThanOrEqual(85);
  });
});
