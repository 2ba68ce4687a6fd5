/** Evidence highlighting and URL state: pure functions of the page, as tables. */
import { describe, expect, it } from "vitest";
import {
  cutSentence,
  locateSpans,
  spansFromNames,
  splitSentence,
} from "../../src/web/app/highlight.js";
import { DEFAULT_LIMIT, formatState, parseState } from "../../src/web/app/state.js";

const SENTENCE = "On Tuesday, following talks with Xi, Putin embraced the Chinese peace plan.";

describe("spansFromNames", () => {
  it.each([
    [["Xi Jinping", "Xi"], [{ start: 33, end: 35 }]],
    [["Vladimir Putin", "Putin"], [{ start: 37, end: 42 }]],
    [["Xinjiang"], []],
    [["X"], []], // one letter is too short to trust
  ])("%j", (names, expected) => {
    const spans = spansFromNames(SENTENCE, names, "source").map(({ start, end }) => ({
      start,
      end,
    }));
    expect(spans).toEqual(expected);
  });

  it("needs word boundaries", () => {
    expect(spansFromNames("Xinjiang and Xi", ["Xi"], "source").map((s) => s.start)).toEqual([13]);
  });
});

describe("locateSpans", () => {
  const at = { text: SENTENCE, sentenceStart: 1000, sentenceIndex: 7, articleId: "A" };

  it("uses stored mentions in the same article and sentence, made relative", () => {
    const spans = locateSpans(at, [
      {
        role: "source",
        names: ["Xi"],
        mentions: [{ start: 1033, end: 1035, sentenceIndex: 7, articleId: "A" }],
      },
      {
        role: "target",
        names: ["Putin"],
        mentions: [{ start: 1037, end: 1042, sentenceIndex: 7, articleId: "A" }],
      },
    ]);
    expect(spans).toEqual([
      { start: 33, end: 35, role: "source" },
      { start: 37, end: 42, role: "target" },
    ]);
  });

  it("falls back to names when no mention lands in the sentence", () => {
    const spans = locateSpans(at, [
      {
        role: "source",
        names: ["Xi Jinping", "Xi"],
        mentions: [{ start: 5, end: 7, sentenceIndex: 0, articleId: "A" }],
      },
      {
        role: "target",
        names: ["Vladimir Putin", "Putin"],
        mentions: [{ start: 1037, end: 1042, sentenceIndex: 7, articleId: "B" }],
      },
    ]);
    expect(spans).toEqual([
      { start: 33, end: 35, role: "source" },
      { start: 37, end: 42, role: "target" },
    ]);
  });
});

describe("splitSentence", () => {
  it.each([
    ["ab cd", [], [{ text: "ab cd" }]],
    [
      "Xi met Putin",
      [
        { start: 7, end: 12, role: "target" as const },
        { start: 0, end: 2, role: "source" as const },
      ],
      [{ text: "Xi", role: "source" }, { text: " met " }, { text: "Putin", role: "target" }],
    ],
    [
      "Xi-Putin",
      [
        { start: 0, end: 8, role: "source" as const },
        { start: 3, end: 8, role: "target" as const },
      ],
      [{ text: "Xi-Putin", role: "source" }],
    ],
  ])("%s", (sentence, spans, pieces) => {
    expect(splitSentence(sentence, spans)).toEqual(pieces);
  });
});

describe("cutSentence", () => {
  const text = "First one. Xi met Putin in Moscow. Then\nanother line.";
  it.each([
    [14, 23, "Xi met Putin in Moscow.", 11],
    [0, 5, "First one.", 0],
    [40, 47, "another line.", 40],
  ])("[%i, %i)", (start, end, sentence, sentenceStart) => {
    expect(cutSentence(text, start, end)).toEqual({ text: sentence, sentenceStart });
  });
});

describe("URL state", () => {
  it.each([
    [
      "",
      { seeds: [], entityTypes: [], edgeKind: "RELATIONS", limit: DEFAULT_LIMIT, path: undefined },
    ],
    ["?seeds=RW50aXR5OjE%3D,RW50aXR5OjI%3D", { seeds: ["RW50aXR5OjE=", "RW50aXR5OjI="] }],
    [
      "?types=PERSON,COUNTRY&edges=cooccurrence",
      { entityTypes: ["PERSON", "COUNTRY"], edgeKind: "COOCCURRENCE" },
    ],
    ["?since=2023-01-01&until=nope&minWeight=-2", { since: "2023-01-01", until: "", minWeight: 0 }],
    ["?edge=e1&path=a,b", { selected: { kind: "edge", id: "e1" }, path: ["a", "b"] }],
    ["?limit=99999", { limit: DEFAULT_LIMIT }],
  ])("parses %s", (search, expected) => {
    expect(parseState(search)).toMatchObject(expected);
  });

  it("round-trips", () => {
    const search =
      "?seeds=a%2Bb%3D%3D&types=PERSON&rels=MET_WITH&since=2023-03-01&minWeight=2&edges=cooccurrence&limit=50&node=a%2Bb%3D%3D&path=x%2Cy";
    expect(formatState(parseState(search))).toBe(search);
  });
});
