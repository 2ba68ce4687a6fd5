import { describe, expect, it } from "vitest";
import {
  isHonorific,
  lookupTitle,
  matchTitleAfter,
  matchTitleBefore,
  TITLES,
} from "../../../src/pipeline/3-recognize/titles.js";
import type { Token } from "../../../src/pipeline/types.js";

/** Space-separated tokens: the rows below are written pre-tokenised ("China 's president"). */
function tokensOf(text: string): Token[] {
  let offset = 0;
  return text.split(" ").map((word) => {
    const token = { text: word, start: offset, end: offset + word.length };
    offset += word.length + 1;
    return token;
  });
}

interface Expected {
  title: string;
  role: "LEADER" | "POSITION";
  of?: string;
  surface: string;
  modifiers?: string[];
  implied?: string;
}

describe("matchTitleBefore", () => {
  // [sentence, first token of the name, expected title or undefined]
  const rows: Array<[string, string, Expected | undefined]> = [
    [
      "Chinese President Xi Jinping arrived",
      "Xi",
      { title: "President", role: "LEADER", of: "CHN", surface: "Chinese President" },
    ],
    [
      "Russian President Vladimir Putin",
      "Vladimir",
      { title: "President", role: "LEADER", of: "RUS", surface: "Russian President" },
    ],
    [
      "Ukrainian President Volodymyr Zelensky said",
      "Volodymyr",
      { title: "President", role: "LEADER", of: "UKR", surface: "Ukrainian President" },
    ],
    [
      "by US president Richard Nixon",
      "Richard",
      { title: "President", role: "LEADER", of: "USA", surface: "US president" },
    ],
    [
      "Secretary of State Antony Blinken denounced",
      "Antony",
      { title: "Secretary of State", role: "POSITION", surface: "Secretary of State" },
    ],
    [
      "his national security adviser Henry Kissinger",
      "Henry",
      {
        title: "National Security Adviser",
        role: "POSITION",
        surface: "national security adviser",
      },
    ],
    [
      "British Prime Minister Rishi Sunak",
      "Rishi",
      { title: "Prime Minister", role: "LEADER", of: "GBR", surface: "British Prime Minister" },
    ],
    [
      "German Chancellor Olaf Scholz",
      "Olaf",
      { title: "Chancellor", role: "LEADER", of: "DEU", surface: "German Chancellor" },
    ],
    ["King Charles", "Charles", { title: "King", role: "LEADER", surface: "King" }],
    ["Queen Elizabeth", "Elizabeth", { title: "Queen", role: "LEADER", surface: "Queen" }],
    [
      "Iran 's Supreme Leader Ali Khamenei",
      "Ali",
      { title: "Supreme Leader", role: "LEADER", of: "IRN", surface: "Iran's Supreme Leader" },
    ],
    [
      "General Secretary Xi Jinping",
      "Xi",
      { title: "General Secretary", role: "LEADER", surface: "General Secretary" },
    ],
    [
      "Russian Foreign Minister Sergei Lavrov",
      "Sergei",
      {
        title: "Foreign Minister",
        role: "POSITION",
        of: "RUS",
        surface: "Russian Foreign Minister",
      },
    ],
    [
      "Defence Secretary Ben Wallace",
      "Ben",
      { title: "Defence Secretary", role: "POSITION", surface: "Defence Secretary" },
    ],
    [
      "US Defense Secretary Lloyd Austin",
      "Lloyd",
      { title: "Defence Secretary", role: "POSITION", of: "USA", surface: "US Defense Secretary" },
    ],
    [
      "Kremlin spokesman Dmitry Peskov",
      "Dmitry",
      { title: "Spokesperson", role: "POSITION", of: "RUS", surface: "Kremlin spokesman" },
    ],
    [
      "Pentagon spokesperson John Kirby",
      "John",
      {
        title: "Spokesperson",
        role: "POSITION",
        of: "org:us-dod",
        surface: "Pentagon spokesperson",
      },
    ],
    [
      "Chinese ambassador Qin Gang",
      "Qin",
      { title: "Ambassador", role: "POSITION", of: "CHN", surface: "Chinese ambassador" },
    ],
    [
      "Senator Lindsey Graham",
      "Lindsey",
      { title: "Senator", role: "POSITION", surface: "Senator" },
    ],
    [
      "Republican Senator Lindsey Graham",
      "Lindsey",
      {
        title: "Senator",
        role: "POSITION",
        of: "org:us-republican-party",
        surface: "Republican Senator",
      },
    ],
    [
      "California Governor Gavin Newsom",
      "Gavin",
      { title: "Governor", role: "LEADER", of: "place:california", surface: "California Governor" },
    ],
    ["Mayor Vitali Klitschko", "Vitali", { title: "Mayor", role: "LEADER", surface: "Mayor" }],
    [
      "Gazprom CEO Alexei Miller",
      "Alexei",
      { title: "Chief Executive", role: "LEADER", surface: "CEO" },
    ],
    ["chairman Mao Zedong", "Mao", { title: "Chairman", role: "LEADER", surface: "chairman" }],
    ["Pope Francis", "Francis", { title: "Pope", role: "LEADER", surface: "Pope", implied: "VAT" }],
    [
      "UN Secretary-General António Guterres",
      "António",
      { title: "Secretary-General", role: "LEADER", of: "org:un", surface: "UN Secretary-General" },
    ],
    [
      "Secretary-General of the United Nations António Guterres",
      "António",
      {
        title: "Secretary-General",
        role: "LEADER",
        of: "org:un",
        surface: "Secretary-General of the United Nations",
      },
    ],
    [
      "NATO Secretary General Jens Stoltenberg",
      "Jens",
      {
        title: "Secretary-General",
        role: "LEADER",
        of: "org:nato",
        surface: "NATO Secretary General",
      },
    ],
    [
      "Prime Minister of Japan Fumio Kishida",
      "Fumio",
      { title: "Prime Minister", role: "LEADER", of: "JPN", surface: "Prime Minister of Japan" },
    ],
    [
      "former US President Donald Trump",
      "Donald",
      {
        title: "President",
        role: "LEADER",
        of: "USA",
        surface: "former US President",
        modifiers: ["former"],
      },
    ],
    [
      "then-President Barack Obama",
      "Barack",
      { title: "President", role: "LEADER", surface: "then-President", modifiers: ["then"] },
    ],
    [
      "Deputy Foreign Minister Sergei Ryabkov",
      "Sergei",
      { title: "Deputy Foreign Minister", role: "POSITION", surface: "Deputy Foreign Minister" },
    ],
    [
      "Vice President Kamala Harris",
      "Kamala",
      { title: "Vice President", role: "POSITION", surface: "Vice President" },
    ],
    [
      "President Mr. Ramaphosa",
      "Ramaphosa",
      { title: "President", role: "LEADER", surface: "President" },
    ],
    [
      "allow President Putin to rest",
      "Putin",
      { title: "President", role: "LEADER", surface: "President" },
    ],
    ["talks with Xi , Putin embraced", "Putin", undefined],
    ["Citing Mr. Blinken", "Blinken", undefined],
    ["Xi Jinping", "Xi", undefined],
  ];
  it.each(rows)("%s", (sentence, name, expected) => {
    const tokens = tokensOf(sentence);
    const nameStart = tokens.findIndex((token) => token.text === name);
    const match = matchTitleBefore(tokens, nameStart);
    if (!expected) {
      expect(match).toBeUndefined();
      return;
    }
    expect(match).toBeDefined();
    expect(match?.title).toBe(expected.title);
    expect(match?.role).toBe(expected.role);
    expect(match?.of?.key).toBe(expected.of);
    expect(match?.surface).toBe(expected.surface);
    expect(match?.modifiers).toEqual(expected.modifiers ?? []);
    expect(match?.implied?.key).toBe(expected.implied);
    const covered = tokens
      .slice(match?.start, match?.end)
      .map((t) => t.text)
      .join(" ");
    expect(covered.replace(/ ('s|’s)/g, "$1")).toBe(expected.surface);
  });

  it("reports the qualifier's surface and canonical name", () => {
    const tokens = tokensOf("Chinese President Xi Jinping");
    expect(matchTitleBefore(tokens, 2)?.of).toMatchObject({
      surface: "Chinese",
      key: "CHN",
      canonical: "China",
      type: "COUNTRY",
      via: "demonym",
    });
  });
});

describe("matchTitleAfter", () => {
  // [sentence, last token of the name, expected title or undefined]
  const rows: Array<[string, string, Expected | undefined]> = [
    [
      "Xi Jinping , China 's president , said",
      "Jinping",
      { title: "President", role: "LEADER", of: "CHN", surface: "China's president" },
    ],
    [
      "Antony Blinken , the US secretary of state , said",
      "Blinken",
      {
        title: "Secretary of State",
        role: "POSITION",
        of: "USA",
        surface: "US secretary of state",
      },
    ],
    [
      "Antony Blinken , secretary of state , said",
      "Blinken",
      { title: "Secretary of State", role: "POSITION", surface: "secretary of state" },
    ],
    [
      "Vladimir Putin , the president of Russia , said",
      "Putin",
      { title: "President", role: "LEADER", of: "RUS", surface: "president of Russia" },
    ],
    [
      "Jens Stoltenberg , NATO 's secretary general , warned",
      "Stoltenberg",
      {
        title: "Secretary-General",
        role: "LEADER",
        of: "org:nato",
        surface: "NATO's secretary general",
      },
    ],
    [
      "Henry Kissinger , the former national security adviser , died",
      "Kissinger",
      {
        title: "National Security Adviser",
        role: "POSITION",
        surface: "former national security adviser",
        modifiers: ["former"],
      },
    ],
    [
      "Sergei Lavrov , Russia 's foreign minister .",
      "Lavrov",
      {
        title: "Foreign Minister",
        role: "POSITION",
        of: "RUS",
        surface: "Russia's foreign minister",
      },
    ],
    [
      "Zelensky ( Ukraine 's president )",
      "Zelensky",
      { title: "President", role: "LEADER", of: "UKR", surface: "Ukraine's president" },
    ],
    // A list's next item after the title: the words name three people, not the first's title.
    ["guests including Ann Kerr , the Queen of Spain as well as the embassy", "Kerr", undefined],
    ["guests including Ann Kerr , the president of Russia and the embassy", "Kerr", undefined],
    ["guests including Ann Kerr , the president of Russia or Tom Hale", "Kerr", undefined],
    // The apposition closed before the list goes on, or a second post of the same person.
    [
      "Ann Kerr , the president of Russia , as well as Tom Hale",
      "Kerr",
      { title: "President", role: "LEADER", of: "RUS", surface: "president of Russia" },
    ],
    [
      "Ann Kerr , the president of Russia and party leader , said",
      "Kerr",
      { title: "President", role: "LEADER", of: "RUS", surface: "president of Russia" },
    ],
    ["Putin , President Xi and Lula", "Putin", undefined],
    ["Putin , Xi and Lula", "Putin", undefined],
    ["Xi said", "Xi", undefined],
  ];
  it.each(rows)("%s", (sentence, name, expected) => {
    const tokens = tokensOf(sentence);
    const nameEnd = tokens.findIndex((token) => token.text === name) + 1;
    const match = matchTitleAfter(tokens, nameEnd);
    if (!expected) {
      expect(match).toBeUndefined();
      return;
    }
    expect(match).toBeDefined();
    expect(match?.title).toBe(expected.title);
    expect(match?.role).toBe(expected.role);
    expect(match?.of?.key).toBe(expected.of);
    expect(match?.surface).toBe(expected.surface);
    expect(match?.modifiers).toEqual(expected.modifiers ?? []);
  });
});

describe("isHonorific", () => {
  const rows: Array<[string, boolean]> = [
    ["Mr.", true],
    ["Mrs.", true],
    ["Ms.", true],
    ["Dr.", true],
    ["Mr", true],
    ["Sir", true],
    ["President", false],
    ["Senator", false],
    ["Xi", false],
  ];
  it.each(rows)("%s → %s", (token, expected) => {
    expect(isHonorific(token)).toBe(expected);
  });
});

describe("lookupTitle", () => {
  const rows: Array<[string, string | undefined, ("LEADER" | "POSITION")?]> = [
    ["president", "President", "LEADER"],
    ["Prime Minister", "Prime Minister", "LEADER"],
    ["secretary general", "Secretary-General", "LEADER"],
    ["Secretary-General", "Secretary-General", "LEADER"],
    ["Defense Secretary", "Defence Secretary", "POSITION"],
    ["spokeswoman", "Spokesperson", "POSITION"],
    ["Supreme Leader", "Supreme Leader", "LEADER"],
    ["Mr.", undefined],
  ];
  it.each(rows)("%s → %s", (surface, title, role) => {
    const entry = lookupTitle(surface);
    expect(entry?.title).toBe(title);
    if (role) expect(entry?.role).toBe(role);
  });

  it("has no variant listed twice", () => {
    const variants = TITLES.flatMap((entry) => entry.variants);
    expect(new Set(variants).size).toBe(variants.length);
  });
});
