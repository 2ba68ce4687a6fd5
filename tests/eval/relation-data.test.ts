import { describe, expect, it } from "vitest";
import { type RelationDocument, rebuildText } from "../../src/eval/relation-data.js";

function documentOf(sents: string[][]): RelationDocument {
  return { title: "t", sents, vertexSet: [], labels: [] };
}

describe("rebuildText", () => {
  // [tokens as the data sets store them, the text a news page would show]
  const rows: [tokens: string[], text: string][] = [
    [["Hungary", "'s", "Orban", "spoke", "."], "Hungary's Orban spoke."],
    [
      ["President", "Bashar", "al", "-", "Assad", "won", "6", "-", "3", "."],
      "President Bashar al-Assad won 6-3.",
    ],
    [["He", "said", '"', "no", '"', "(", "AFP", ")", "."], 'He said "no" (AFP).'],
    [["It", "wo", "n't", "cost", "$", "30", ","], "It won't cost $30,"],
  ];
  it.each(rows)("%j → %s", (tokens, text) => {
    const rebuilt = rebuildText(documentOf([tokens]));
    expect(rebuilt.text).toBe(text);
    // Every token's offsets still point at the token.
    rebuilt.offsets[0]!.forEach(([start, end], i) => {
      expect(rebuilt.text.slice(start, end)).toBe(tokens[i]);
    });
  });

  it("keeps sentences on lines and DWIE's line-break token as a paragraph break", () => {
    const rebuilt = rebuildText(documentOf([["Title"], ["\n", "A", "b", "."], ["C", "."]]));
    expect(rebuilt.text).toBe("Title\n\nA b.\nC.");
  });
});
