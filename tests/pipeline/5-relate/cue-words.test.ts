import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readInput } from "../../../src/pipeline/1-intake/read-input.js";
import { cueClass, hasCue, withoutCueGates } from "../../../src/pipeline/5-relate/cue-words.js";
import { analyzeArticle } from "../../../src/pipeline/index.js";
import { BBC, bbcFiles } from "../../helpers/bbc-corpus.js";
import { hasPrerequisite } from "../../helpers/prerequisites.js";

// Registered at load, as the rules register theirs: before any sentence is read.
const RESULT_VERBS = cueClass(["beat", "defeated"], new Set(["thrashed"]));
const STARRING = cueClass(["starring"]);

describe("cue classes", () => {
  const rows: [string[], boolean, boolean][] = [
    [["leeds", "beat", "wigan"], true, false],
    [["they", "thrashed", "them"], true, false],
    [["the", "aviator", ",", "starring", "dicaprio"], false, true],
    [["leeds", "beat", "a", "film", "starring", "x"], true, true],
    [["leeds", "lost", "to", "wigan"], false, false],
    [["beaten", "defeat", "starred"], false, false],
    [[], false, false],
  ];
  it.each(rows)("%j: results %s, starring %s", (words, result, starring) => {
    expect(hasCue(words, RESULT_VERBS)).toBe(result);
    expect(hasCue(words, STARRING)).toBe(starring);
  });

  it("opens every gate inside withoutCueGates, and only there", () => {
    const words = ["nothing", "here"];
    expect(hasCue(words, RESULT_VERBS)).toBe(false);
    expect(withoutCueGates(() => hasCue(words, RESULT_VERBS))).toBe(true);
    expect(hasCue(words, RESULT_VERBS)).toBe(false);
  });

  it("refuses a class registered after sentences were read", () => {
    hasCue(["beat"], RESULT_VERBS);
    expect(() => cueClass(["late"])).toThrow(/before any sentence/);
  });
});

/** Every 7th file of the corpus (about 320, all five sections). */
function sampleFiles(): string[] {
  return bbcFiles().filter((_, index) => index % 7 === 0);
}

describe.runIf(hasPrerequisite(BBC))("the rules' cue gates on BBC news", () => {
  it("give the relations the rules give when every gate is open", () => {
    let relations = 0;
    const differing: string[] = [];
    for (const file of sampleFiles()) {
      const [item] = readInput({ bytes: readFileSync(file), name: file }, { maxBytes: 2e6 });
      if (!item?.ok) continue;
      const gated = analyzeArticle(item.draft).relations;
      const open = withoutCueGates(() => analyzeArticle(item.draft).relations);
      relations += gated.length;
      if (JSON.stringify(gated) !== JSON.stringify(open)) differing.push(file);
    }
    expect(relations).toBeGreaterThan(1500);
    expect(differing).toEqual([]);
  }, 120_000);
});
