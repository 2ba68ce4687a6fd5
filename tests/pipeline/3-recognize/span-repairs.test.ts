import { describe, expect, it } from "vitest";
import { segmentText } from "../../../src/pipeline/2-segment/segment.js";
import { withoutBracketsInside } from "../../../src/pipeline/3-recognize/bracketed-spans.js";
import { withoutLeadingCallings } from "../../../src/pipeline/3-recognize/calling-led-names.js";
import type { NerSpan, Sentence } from "../../../src/pipeline/types.js";

type Repair = (sentence: Sentence, spans: NerSpan[]) => NerSpan[];
/** [text, the tagger's span "LABEL start-end", the spans after the repair]. */
type Row = [input: string, span: string, expected: string[]];

function repaired(repair: Repair, text: string, span: string): string[] {
  const sentence = segmentText(text)[0] as Sentence;
  const [label, range] = span.split(" ") as [NerSpan["label"], string];
  const [start, end] = range.split("-").map(Number) as [number, number];
  return repair(sentence, [{ start, end, label }]).map((s) => `${s.label} ${s.start}-${s.end}`);
}

describe("a calling that opens a tagger's span is cut off", () => {
  const rows: Row[] = [
    ["Rapper Kozzy said its success had surprised her.", "ORG 0-2", ["PER 1-2"]],
    // A name ending on an organisation's head is a body's, calling and all.
    ["Sculptor Pellow Foundation gave a grant.", "ORG 0-3", ["ORG 0-3"]],
    // A lowercase calling is outside any span the tagger gives; a lone word stays.
    ["Rapper said so.", "PER 0-1", ["PER 0-1"]],
  ];
  it.each(rows)("%s", (text, span, expected) => {
    expect(repaired(withoutLeadingCallings, text, span)).toEqual(expected);
  });
});

describe("a tagger's span splits at a bracket", () => {
  const rows: Row[] = [
    ["The pack: D Hale (Pellow), S Ross (Pellow).", "PER 4-7", ["PER 4-5", "PER 6-7"]],
    ["The pack: D Hale (Pellow), S Ross (Pellow).", "PER 3-5", ["PER 3-5"]],
  ];
  it.each(rows)("%s", (text, span, expected) => {
    expect(repaired(withoutBracketsInside, text, span)).toEqual(expected);
  });
});
