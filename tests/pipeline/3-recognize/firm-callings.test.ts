import { describe, expect, it } from "vitest";
import {
  isFirmOfCalling,
  isWorkplaceAfterCalling,
} from "../../../src/pipeline/3-recognize/firm-callings.js";

/** Space-separated tokens, the name between square brackets: "chief executive of [Velmora] ." */
function parse(marked: string): { tokens: { text: string }[]; start: number; end: number } {
  const words = marked.split(" ");
  const start = words.findIndex((w) => w.startsWith("["));
  const end = words.findIndex((w) => w.endsWith("]")) + 1;
  const tokens = words.map((w) => ({ text: w.replace(/^\[|\]$/g, "") }));
  return { tokens, start, end };
}

describe("isFirmOfCalling: a firm calling beside a name makes it the calling's firm", () => {
  it.each<[string, boolean]>([
    ["the chief executive of [Velmora] said .", true],
    ["chairman of the [Velmora] board", false],
    ["a spokesman for [Velmora] said .", true],
    ["a spokesman of [Velmora] said .", false],
    ["[Velmora] 's chief executive Tom Hale", true],
    ["[Velmora] 's former chairman left", true],
    ["[Velmora] 's head of research said", true],
    ["[Velmora] 's head of state said", false],
    ["[Velmora] chief executive Tom Hale", true],
    ["[Velmora] chief executive said", false],
    ["the [Aberdeen-based] chief executive Tom Hale", false],
    ["Commission for [Racial Equality] chairman Tom Hale", false],
    ["[Tom Hale] said on Monday", false],
  ])("%s → %s", (marked, expected) => {
    const { tokens, start, end } = parse(marked);
    expect(isFirmOfCalling(tokens, start, end)).toBe(expected);
  });
});

describe("isWorkplaceAfterCalling: 'at' after a calling names an employer", () => {
  it.each<[string, boolean]>([
    ["a security expert at [Velmora] said", true],
    ["an analyst at the [Velmora] bank", true],
    ["the manager at [Velmora] said", true],
    ["he arrived at [Velmora] on Monday", false],
    ["an expert in [Velmora] said", false],
  ])("%s → %s", (marked, expected) => {
    const { tokens, start } = parse(marked);
    expect(isWorkplaceAfterCalling(tokens, start)).toBe(expected);
  });
});
