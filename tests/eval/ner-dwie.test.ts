import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { evaluateNerDwie, readDwieFile, splitDwieSentences } from "../../src/eval/ner-dwie.js";

describe("splitDwieSentences", () => {
  const CASES: [string, [number, number][]][] = [
    [
      "Anna left . Otto stayed .",
      [
        [0, 3],
        [3, 6],
      ],
    ],
    [
      "Headline here \n Body text ?",
      [
        [0, 2],
        [3, 6],
      ],
    ],
    ["\n \n One line", [[2, 4]]],
    ["Dec. 11 was cold", [[0, 4]]], // "Dec." is one token, not a sentence end
    ["No end", [[0, 2]]],
  ];
  it.each(CASES)("%j", (text, expected) => {
    expect(splitDwieSentences(text.split(" ").map((t) => (t === "\\n" ? "\n" : t)))).toEqual(
      expected,
    );
  });
});

// hand-made, not from DWIE: [tokens, mentions as [start, end, type]]
const DOCUMENT: [string[], [number, number, string][]] = [
  "Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow . \n The Kremlin said so .".split(
    " ",
  ),
  [
    [0, 1, "type::other"],
    [2, 4, "type::person"],
    [5, 6, "type::other"],
    [7, 9, "type::person"],
    [10, 11, "type::location"],
    [14, 15, "type::organization"],
    [10, 11, "type::location"], // a duplicate counts once
    [1, 2, "type::role"],
  ],
];

describe("DWIE scorer", () => {
  const dir = mkdtempSync(join(tmpdir(), "dwie-"));
  const file = join(dir, "dev.json");
  const [tokens, mentions] = DOCUMENT;
  writeFileSync(
    file,
    JSON.stringify([
      {
        title: "hand-made",
        sents: [tokens],
        vertexSet: mentions.map(([start, end, type]) => [
          { name: tokens.slice(start, end).join(" "), pos: [start, end], sent_id: 0, type },
        ]),
        labels: [],
      },
    ]),
  );
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const GOLD: [boolean, string[]][] = [
    [false, ["2-4:PER", "7-9:PER", "10-11:LOC", "14-15:ORG"]],
    [true, ["0-1:MISC", "2-4:PER", "5-6:MISC", "7-9:PER", "10-11:LOC", "14-15:ORG"]],
  ];
  it.each(GOLD)("maps DWIE types to gold spans (misc %s)", (misc, expected) => {
    const [document] = readDwieFile(file, misc);
    expect(document?.spans.map((s) => `${s.start}-${s.end}:${s.label}`)).toEqual(expected);
  });

  it("drops a mention nested in a longer one", () => {
    const nested = join(dir, "nested.json");
    writeFileSync(
      nested,
      JSON.stringify([
        {
          sents: [["Southern", "Central", "Mediterranean", "sea"]],
          vertexSet: [
            [{ pos: [0, 3], sent_id: 0, type: "type::location" }],
            [{ pos: [2, 3], sent_id: 0, type: "type::location" }],
          ],
        },
      ]),
    );
    expect(readDwieFile(nested)[0]?.spans).toEqual([{ start: 0, end: 3, label: "LOC" }]);
  });

  it("scores the trained tagger on document positions, ignoring MISC unless asked", () => {
    const report = evaluateNerDwie(file);
    expect(report.byType.PER.truePositives).toBe(2);
    expect(report.byType.LOC.truePositives).toBe(1);
    expect(report.byType.MISC.predicted).toBe(0);
    expect(report.overall.gold).toBe(4);
    expect(report.sentences).toBe(2);
    expect(evaluateNerDwie(file, { misc: true }).byType.MISC.gold).toBe(2);
  });
});
