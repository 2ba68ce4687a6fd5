import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readInput } from "../../src/pipeline/1-intake/read-input.js";
import { analyzeArticle } from "../../src/pipeline/index.js";
import { BBC, bbcFiles } from "../helpers/bbc-corpus.js";
import { hasPrerequisite } from "../helpers/prerequisites.js";

const SAMPLE_SIZE = 200;

/** Every k-th file of every category, so the sample spans business to tech, about 200 files. */
function sampleFiles(): string[] {
  const files = bbcFiles();
  const step = Math.max(1, Math.floor(files.length / SAMPLE_SIZE));
  return files.filter((_, index) => index % step === 0).slice(0, SAMPLE_SIZE);
}

describe.runIf(hasPrerequisite(BBC))("mention offsets over a sample of the BBC corpus", () => {
  it("the stored text at every mention's offsets is its surface form, inside its sentence", () => {
    const files = sampleFiles();
    expect(files.length).toBeGreaterThanOrEqual(150);
    let mentions = 0;
    const wrong: string[] = [];
    for (const file of files) {
      const [item] = readInput({ bytes: readFileSync(file), name: file }, { maxBytes: 2e6 });
      if (!item?.ok) continue;
      const x = analyzeArticle(item.draft);
      const text = x.draft.text;
      for (const mention of x.mentions) {
        mentions += 1;
        const sentence = x.sentences[mention.sentenceIndex];
        const inside =
          sentence !== undefined && sentence.start <= mention.start && mention.end <= sentence.end;
        if (
          text.slice(mention.start, mention.end) !== mention.surface ||
          !inside ||
          mention.start >= mention.end
        ) {
          wrong.push(`${file}@${mention.start}: ${JSON.stringify(mention.surface)}`);
        }
      }
    }
    expect(mentions).toBeGreaterThan(2000);
    expect(wrong).toEqual([]);
  });
});
