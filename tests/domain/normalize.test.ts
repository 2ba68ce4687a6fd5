import { describe, expect, it } from "vitest";
import { normalizeAlias, normalizeKey, umlautSpellings } from "../../src/domain/normalize.js";

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
  it.each(rows)("%j → %j again (cached)", (name, expected) => {
    normalizeKey(name);
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

describe("umlautSpellings", () => {
  const rows: [string, string[]][] = [
    ["Müller", ["mueller"]],
    ["Mueller", ["müller"]],
    ["Gerhard Schröder", ["gerhard schroeder"]],
    ["Gerhard Schroeder", ["gerhard schröder"]],
    ["Straße", ["strasse"]],
    ["Jäger", ["jaeger"]],
    ["Joerg Kuehne", ["jörg kuehne", "joerg kühne", "jörg kühne"]],
    // English names with the pairs get only spellings no one writes; none strips the pair.
    ["Samuel", ["samül"]],
    ["Queen", ["qüen"]],
    ["Joe", ["jö"]],
    ["Michael", ["michäl"]],
    ["Smith", []],
    ["Häkkinen", ["haekkinen"]],
  ];
  it.each(rows)("%j → %j", (name, expected) => {
    expect(umlautSpellings(name)).toEqual(expected);
  });
  it("each spelling of a name with umlauts leads back to it", () => {
    for (const name of ["Müller", "Schröder", "Straße", "Jäger"])
      for (const spelling of umlautSpellings(name))
        expect(umlautSpellings(spelling)).toContain(normalizeAlias(name));
  });
});
