import { describe, expect, it } from "vitest";
import { normalizeAlias, normalizeKey } from "../../src/domain/normalize.js";

describe("normalizeKey", () => {
  const rows: [string, string][] = [
    ["Volodymyr Zelensky", "volodymyr zelensky"],
    ["volodymyr  ZELENSKY", "volodymyr zelensky"],
    ["U.S.", "u s"],
    ["Emmanuel Macron’s", "emmanuel macron"],
    ["Erdoğan", "erdogan"],
    ["São Tomé and Príncipe", "sao tome and principe"],
    ["  Al-Qaeda ", "al qaeda"],
  ];
  it.each(rows)("%j → %j", (name, expected) => {
    expect(normalizeKey(name)).toBe(expected);
  });
});

describe("normalizeAlias", () => {
  const rows: [string, string][] = [
    ["Xi  JINPING", "xi jinping"],
    [" U.S. ", "u.s."],
    ["Erdoğan", "erdoğan"],
    ["ﬁnance\tministry", "finance ministry"],
    ["Al-Qaeda", "al-qaeda"],
  ];
  it.each(rows)("%j → %j", (alias, expected) => {
    expect(normalizeAlias(alias)).toBe(expected);
  });
});
