import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";

/** [input, the names the entities must include, names they must not]. */
type Row = [input: string, names: string[], absent: string[]];

/** A name spelt with a lower-case "i" before a capital is a thing's name, wherever it stands. */
const ROWS: Row[] = [
  // After a firm's possessive, where the tagger misses it.
  ["Sales of Apple's iPod rose in May.", ["iPod"], []],
  ["Critics said Apple's iPod cost too much.", ["iPod"], []],
  ["Apple's iZorb was launched in October.", ["iZorb"], []],
  // An ordinary word, or one capitalised only at the start, is no such name.
  ["Apple's idea was launched in October.", [], ["idea"]],
  ["Apple said it would cut prices.", [], ["it"]],
];

describe("recognize: names opening with a lower-case i", () => {
  it.each(ROWS)("%s", (input, names, absent) => {
    const found = analyzeText(input, null, { relationModel: null }).entities.map((e) => e.name);
    expect(found).toEqual(expect.arrayContaining(names));
    for (const name of absent) expect(found).not.toContain(name);
  });
});
