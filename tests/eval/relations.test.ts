import { describe, expect, it } from "vitest";
import { evaluateRelations, formatRelationReport, readDocRed } from "../../src/eval/relations.js";
import { hasPrerequisite } from "../helpers/prerequisites.js";

const DEV = "../shared/data/re-docred/dev_revised.json";

/**
 * Floors well under what the first 50 dev documents measure (P 90.3, R 9.1, F1 16.5 when written):
 * a regression in the patterns or the mapping fails here, ordinary tuning does not.
 */
const MIN_PRECISION = 0.75;
const MIN_F1 = 0.12;

describe.runIf(hasPrerequisite(DEV))("kg eval relations on Re-DocRED", () => {
  it("keeps precision and F1 on the first 50 dev documents above their floors", () => {
    const report = evaluateRelations(readDocRed(DEV, 50));
    const lines = formatRelationReport(report);
    expect(lines.at(-1)).toMatch(/^F1 \d+\.\d$/);
    expect(report.overall.precision).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(report.overall.f1).toBeGreaterThanOrEqual(MIN_F1);
    const citizenship = report.properties.find((p) => p.property === "P27");
    expect(citizenship?.precision).toBeGreaterThanOrEqual(0.8);
  });
});
