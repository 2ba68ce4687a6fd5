import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseByline } from "../../../src/pipeline/1-intake/byline.js";
import {
  isBoilerplate,
  isPageBreakContinuation,
} from "../../../src/pipeline/1-intake/clean-text.js";
import { sniffFormat } from "../../../src/pipeline/1-intake/detect-format.js";
import type { IntakeErrorCode } from "../../../src/pipeline/1-intake/errors.js";
import { stripInlineMarkdown } from "../../../src/pipeline/1-intake/markdown.js";
import {
  normalisePublishedAt,
  parseDateLine,
} from "../../../src/pipeline/1-intake/publication-date.js";
import {
  DEFAULT_MAX_BYTES,
  type IntakeItem,
  type RawInput,
  readInput,
} from "../../../src/pipeline/1-intake/read-input.js";
import type { ArticleDraft, ArticleFormat } from "../../../src/pipeline/types.js";

// copyrighted corpora are read at run time from the shared folder, never copied into the repository
const SEED_ARTICLE = "../shared/corpus/seed-article.txt";
const BBC = "../shared/data/bbc-news";
const FIXTURES = "tests/fixtures/intake";
const OPTIONS = { maxBytes: DEFAULT_MAX_BYTES };

function readOne(input: RawInput, options = OPTIONS): ArticleDraft {
  const items = readInput(input, options);
  expect(items).toHaveLength(1);
  const [item] = items as [IntakeItem];
  if (!item.ok) throw item.error;
  return item.draft;
}

function readFile(path: string): ArticleDraft {
  return readOne({ bytes: readFileSync(path), name: path });
}

function errorCodeOf(input: RawInput, options = OPTIONS): IntakeErrorCode | "ok" {
  const [item] = readInput(input, options);
  return item === undefined || item.ok ? "ok" : item.error.code;
}

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("seed article", () => {
  const draft = readFile(SEED_ARTICLE);

  it.each<[keyof ArticleDraft, unknown]>([
    ["title", "Chinese and Russian presidents meet as US targets both countries"],
    ["author", "Peter Symonds"],
    ["publishedAt", "2023-03-23"],
    ["format", "txt"],
  ])("%s is %j", (field, expected) => {
    expect(draft[field]).toBe(expected);
  });

  it.each<[string, boolean]>([
    ["including Biden.", true],
    ["underway between the two countries", true],
    ["spurred as in Russia by the globalization of production.", true],
    ["wsws.org", false],
    ["To contact", false],
    ["Peter Symonds", false],
    ["Chinese and Russian presidents meet", false],
  ])("text contains %j: %s", (needle, expected) => {
    expect(draft.text.includes(needle)).toBe(expected);
  });

  it("separates paragraphs by exactly one blank line and has no hard wraps inside them", () => {
    expect(draft.text).not.toMatch(/\n{3,}/);
    for (const paragraph of draft.text.split("\n\n")) expect(paragraph).not.toContain("\n");
    expect(draft.text.startsWith("Chinese President Xi Jinping")).toBe(true);
    expect(draft.text.endsWith("root cause of war.")).toBe(true);
  });

  it("hashes the normalised text as sha256 hex", () => {
    expect(draft.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("BBC files", () => {
  it.each([["business/001.txt"], ["politics/010.txt"], ["tech/100.txt"]])(
    "%s: first line is the title, the rest the text",
    (file) => {
      const path = `${BBC}/${file}`;
      const firstLine = readFileSync(path, "latin1").split("\n")[0]?.trim();
      const draft = readFile(path);
      expect(draft.title).toBe(firstLine);
      expect(draft.author).toBeNull();
      expect(draft.publishedAt).toBeNull();
      expect(draft.text.startsWith(firstLine ?? "")).toBe(false);
      expect(draft.text.length).toBeGreaterThan(200);
    },
  );

  it("decodes the Latin-1 pound sign of sport/199.txt as £", () => {
    const draft = readFile(`${BBC}/sport/199.txt`);
    expect(draft.text).toContain("£");
    expect(draft.text).not.toContain("\uFFFD");
  });
});

describe("decoding and normalisation", () => {
  it.each<[string, Uint8Array | string, string]>([
    [
      "UTF-8 BOM stripped",
      bytes(0xef, 0xbb, 0xbf, ...utf8("Title\n\nBody text here.")),
      "Body text here.",
    ],
    [
      "windows-1252 fallback",
      bytes(...utf8("Title\n\nIt cost "), 0xa3, ...utf8("5 and "), 0x80, ...utf8("6.")),
      "It cost £5 and €6.",
    ],
    [
      "UTF-16LE with BOM",
      new Uint8Array(
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Title\n\nCafé news.", "utf16le")]),
      ),
      "Café news.",
    ],
    [
      "UTF-16BE with BOM",
      bytes(0xfe, 0xff, ...Buffer.from("Title\n\nCafé news.", "utf16le").swap16()),
      "Café news.",
    ],
    [
      "UTF-16LE without BOM",
      new Uint8Array(Buffer.from("Title\n\nPlain news.", "utf16le")),
      "Plain news.",
    ],
    ["CRLF line ends", "Title\r\n\r\nOne line\r\nwrapped.", "One line wrapped."],
    ["NFC composition", "Title\n\nCafe\u0301 opens.", "Café opens."],
    ["non-breaking spaces", "Title\n\n10\u00A0km away.", "10 km away."],
    ["zero-width characters", "Title\n\nZero\u200Bwidth\u200D gone\uFEFF.", "Zerowidth gone."],
  ])("%s", (_name, input, expected) => {
    expect(readOne({ bytes: input, name: "stdin" }).text).toBe(expected);
  });
});

describe("character references in text that is not HTML", () => {
  it.each<[string, string, string]>([
    [
      "a numeric reference in a name",
      "Title\n\nThe singer Bryn F&#244;n spoke.",
      "The singer Bryn Fôn spoke.",
    ],
    ["a hexadecimal reference", "Title\n\nA caf&#xE9; opened.", "A café opened."],
    [
      "named references",
      "Title\n\nAT&amp;T and Procter &amp; Gamble &eacute;t&eacute;.",
      "AT&T and Procter & Gamble été.",
    ],
    ["&nbsp; becomes a plain space", "Title\n\nIt is 10&nbsp;km away.", "It is 10 km away."],
    [
      "a bare ampersand stays",
      "Title\n\nAT&T and R&D spending rose.",
      "AT&T and R&D spending rose.",
    ],
    [
      "an unterminated or unknown name stays",
      "Title\n\nThe &copy mark and &notaname; stay.",
      "The &copy mark and &notaname; stay.",
    ],
    [
      "an apostrophe lost to a code page",
      "Title\n\nAmerica&#191;s team said it don\u00bft matter.",
      "America’s team said it don’t matter.",
    ],
    [
      "a Spanish question mark stays",
      "Title\n\nHe asked: \u00bfQué pasa? and left.",
      "He asked: ¿Qué pasa? and left.",
    ],
    [
      "an inverted question mark before a longer word stays",
      "Title\n\nThe code A\u00bfsbx was shown.",
      "The code A¿sbx was shown.",
    ],
  ])("plain text: %s", (_name, input, expected) => {
    expect(readOne({ bytes: input, name: "stdin" }).text).toBe(expected);
  });

  it("decodes the title and byline of a plain-text file", () => {
    const draft = readOne({
      bytes:
        "Ren&#233;e Fleming returns\nBy Jos&#233; Ortega\n\nThe soprano sang on Friday at the opera house in the city.",
      name: "story.txt",
    });
    expect(draft.title).toBe("Renée Fleming returns");
    expect(draft.author).toBe("José Ortega");
  });

  it("Markdown: decoded after the syntax is read, so an escaped tag stays text", () => {
    const draft = readOne({
      bytes: "# Title\n\nThe tag &lt;b&gt; is shown as text, and Jos&#233; is named.",
      name: "note.md",
    });
    expect(draft.text).toBe("The tag <b> is shown as text, and José is named.");
  });

  it("a JSON record's plain-text body is decoded, an HTML body is decoded once by its parser", () => {
    const items = readInput(
      {
        bytes: JSON.stringify([
          { title: "A", text: "Caf&#233; owners met on Monday in the town hall." },
          { title: "B", text: "<p>The &amp;lt; sign and caf&#233; owners.</p>" },
        ]),
        name: "batch.json",
      },
      OPTIONS,
    );
    const texts = items.map((item) => (item.ok ? item.draft.text : item.error.code));
    expect(texts).toEqual([
      "Café owners met on Monday in the town hall.",
      "The &lt; sign and café owners.",
    ]);
  });

  it("a paragraph of nothing but a zero-width reference is dropped, not kept empty", () => {
    expect(
      readOne({ bytes: "Title\n\nFirst paragraph.\n\n&#8203;\n\nLast paragraph.", name: "stdin" })
        .text,
    ).toBe("First paragraph.\n\nLast paragraph.");
  });

  it("leaves no character reference in any BBC file (25 carry some: cafés, names, lost apostrophes)", () => {
    for (const category of ["business", "entertainment", "politics", "sport", "tech"]) {
      const dir = `${BBC}/${category}`;
      for (const file of readdirSync(dir)) {
        const draft = readFile(`${dir}/${file}`);
        expect(draft.text, `${category}/${file}`).not.toMatch(/&#[0-9]+;|&[a-z]+;/);
      }
    }
  });
});

describe("error codes", () => {
  const big = `Title\n\n${"All work and no play. ".repeat(100)}`;
  it.each<[string, RawInput, IntakeErrorCode, { maxBytes: number }?]>([
    ["empty bytes", { bytes: new Uint8Array(0), name: "empty.txt" }, "EMPTY_ARTICLE"],
    ["empty string", { bytes: "", name: "mutation" }, "EMPTY_ARTICLE"],
    ["blank text", { bytes: " \n\t\n \u00A0 \n", name: "blank.txt" }, "EMPTY_ARTICLE"],
    [
      "only boilerplate",
      { bytes: "Share this article\n\nhttps://example.com/x", name: "mutation" },
      "EMPTY_ARTICLE",
    ],
    [
      "NUL bytes",
      { bytes: bytes(0x48, 0x69, 0x00, 0x00, 0x01, 0x02, 0x48), name: "a.txt" },
      "BINARY_CONTENT",
    ],
    [
      "PNG header",
      { bytes: bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x41, 0x42), name: "stdin" },
      "BINARY_CONTENT",
    ],
    [
      "PDF forced as text",
      { bytes: utf8("%PDF-1.7\nstuff"), name: "mutation", format: "txt" },
      "BINARY_CONTENT",
    ],
    [
      "over the size limit",
      { bytes: big, name: "big.txt" },
      "ARTICLE_TOO_LARGE",
      { maxBytes: 1000 },
    ],
    [
      "JSON over the size limit",
      { bytes: JSON.stringify({ text: big }), name: "big.json" },
      "ARTICLE_TOO_LARGE",
      { maxBytes: 1000 },
    ],
    [
      "unknown extension, binary content",
      { bytes: bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00), name: "report.docx" },
      "UNSUPPORTED_FORMAT",
    ],
    [
      "executable",
      { bytes: bytes(0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00), name: "setup.exe" },
      "UNSUPPORTED_FORMAT",
    ],
    ["malformed JSON", { bytes: '{"title": "x", "text": ', name: "a.json" }, "MALFORMED_JSON"],
    ["JSON without text", { bytes: '{"title": "Only a title"}', name: "a.json" }, "MALFORMED_JSON"],
    ["JSON scalar", { bytes: "42", name: "a.json" }, "MALFORMED_JSON"],
    [
      "undecodable UTF-16",
      { bytes: bytes(0xff, 0xfe, 0x00, 0xd8, 0x00, 0xd8, 0x00, 0xd8, 0x41), name: "a.txt" },
      "INVALID_ENCODING",
    ],
  ])("%s → %s", (_name, input, code, options) => {
    const [item] = readInput(input, options ?? OPTIONS);
    expect(item?.ok).toBe(false);
    if (item && !item.ok) {
      expect(item.error.code).toBe(code);
      expect(item.error.input).toBe(input.name);
      expect(item.error.message).toContain(input.name);
    }
  });

  it("checks the size before parsing and reports the numbers", () => {
    const [item] = readInput({ bytes: "x".repeat(5000), name: "big.txt" }, { maxBytes: 4096 });
    expect(item?.ok).toBe(false);
    if (item && !item.ok)
      expect(item.error.details).toMatchObject({ byteLength: 5000, maxBytes: 4096 });
  });

  it.each<[string, RawInput]>([
    ["no extension", { bytes: "Title\n\nPlain words here.", name: "stdin" }],
  ])("%s is sniffed, not rejected", (_name, input) => {
    expect(errorCodeOf(input)).toBe("ok");
  });

  it("refuses an unknown extension even with text content", () => {
    expect(errorCodeOf({ bytes: "Title\n\nPlain words here.", name: "notes.log" })).toBe(
      "UNSUPPORTED_FORMAT",
    );
  });
});

describe("JSON and JSONL", () => {
  it("reads an array of article objects, text or HTML content", () => {
    const items = readInput(
      { bytes: readFileSync(`${FIXTURES}/articles.json`), name: "articles.json" },
      OPTIONS,
    );
    expect(items.map((i) => [i.label, i.ok])).toEqual([
      ["articles.json[0]", true],
      ["articles.json[1]", true],
    ]);
    const [first, second] = items.map((i) => (i.ok ? i.draft : undefined));
    expect(first).toMatchObject({
      title: "Rail strike called off",
      author: "Sam Okafor",
      publishedAt: "2024-02-08",
      source: "Example Wire",
      url: "https://wire.example/rail-strike",
      format: "json",
      text: "Union leaders called off Friday's rail strike after talks with the operator ended in an improved pay offer late on Wednesday.\n\nThe offer will be put to members in a ballot next month.",
    });
    expect(second).toMatchObject({
      title: "Library extends opening hours",
      publishedAt: "2024-02-09T16:45:00.000Z",
      text: "The central library will open until nine in the evening from March, the council said on Thursday.\n\nThe change follows a petition signed by more than two thousand residents.",
    });
  });

  it("reads JSONL: good lines come out, the bad line is a MALFORMED_JSON item naming its line", () => {
    const items = readInput(
      { bytes: readFileSync(`${FIXTURES}/articles.jsonl`), name: "a.jsonl" },
      OPTIONS,
    );
    expect(items.map((i) => [i.label, i.ok ? "ok" : i.error.code])).toEqual([
      ["a.jsonl:1", "ok"],
      ["a.jsonl:3", "MALFORMED_JSON"],
      ["a.jsonl:4", "ok"],
    ]);
    const bad = items[1];
    if (bad && !bad.ok) {
      expect(bad.error.message).toContain("a.jsonl:3");
      expect(bad.error.message).toContain("line 3");
      expect(bad.error.details.line).toBe(3);
    }
    const last = items[2];
    expect(last?.ok && last.draft).toMatchObject({
      title: "Market hall gets new roof",
      author: "Lena Park and Rui Costa",
    });
  });

  it("checks JSONL size per line, so the whole input may exceed the limit", () => {
    const line = JSON.stringify({ title: "T", text: "Short article text that is fine." });
    const huge = JSON.stringify({ title: "T", text: "word ".repeat(400) });
    const input = [line, line, huge, line].join("\n");
    const items = readInput({ bytes: input, name: "b.ndjson" }, { maxBytes: 1000 });
    expect(input.length).toBeGreaterThan(1000);
    expect(items.map((i) => (i.ok ? "ok" : i.error.code))).toEqual([
      "ok",
      "ok",
      "ARTICLE_TOO_LARGE",
      "ok",
    ]);
  });

  it("detects the title, byline and date of a JSON text that has no title", () => {
    const draft = readFile(`${FIXTURES}/article-no-title.json`);
    expect(draft).toMatchObject({
      title: "Council approves cycle lanes",
      author: "Nadia Rees",
      publishedAt: "2024-04-12",
      text: "The city council approved six new cycle lanes on Wednesday after a year of consultation with residents and businesses.",
    });
  });

  it("gives the seed article the same draft through the mutation as from its file", () => {
    const text = readFileSync(SEED_ARTICLE, "utf8");
    const fromFile = readFile(SEED_ARTICLE);
    expect(readOne({ bytes: text, name: "mutation" })).toEqual(fromFile);
    // the caller's title repeated on the first line still lets the header come out of the body
    const titled = readOne({ bytes: text, name: "mutation", meta: { title: fromFile.title } });
    expect(titled.contentHash).toBe(fromFile.contentHash);
  });

  it("does not detect a title in mutation text when the caller supplied one, but still cleans it", () => {
    const draft = readOne({
      bytes:
        "Short opening line\n\nThe rest of the story continues here, and the reporters said\n\nthat it was over.\n\nShare this article",
      name: "mutation",
      meta: { title: "Caller title", author: "Caller Author", publishedAt: "March 23, 2023" },
    });
    expect(draft).toMatchObject({
      title: "Caller title",
      author: "Caller Author",
      publishedAt: "2023-03-23",
      text: "Short opening line\n\nThe rest of the story continues here, and the reporters said that it was over.",
    });
  });
});

describe("HTML", () => {
  const draft = readFile(`${FIXTURES}/article.html`);

  it("reads the metadata", () => {
    expect(draft).toMatchObject({
      title: "Harbour towns agree ferry pact",
      author: "Marta Quill",
      publishedAt: "2024-05-14T08:30:00.000Z",
      url: "https://ledger.example/news/ferry-pact",
      source: "The Coastal Ledger",
      format: "html",
    });
  });

  it("keeps only the article paragraphs", () => {
    const paragraphs = draft.text.split("\n\n");
    expect(paragraphs[0]?.startsWith("The mayors of Porthwen and Caldry")).toBe(true);
    expect(paragraphs.at(-1)?.endsWith("before any change to fares.")).toBe(true);
    expect(paragraphs).toHaveLength(6);
  });

  it.each([
    ["TRACKING_SCRIPT_TEXT"],
    ["INLINE_SCRIPT_TEXT"],
    ["FOOTER_SCRIPT_TEXT"],
    ["font-family"],
    ["ADVERTISEMENT_SLOT_TEXT"],
    ["Weather"],
    ["All rights reserved"],
    ["Lifeboat crew honoured"],
    ["By Marta Quill"],
  ])("leaks no %j", (junk) => {
    expect(draft.text).not.toContain(junk);
  });

  it("reads an HTML fragment given through the mutation", () => {
    const fragment = readOne({
      bytes:
        "<p>First paragraph of the fragment.</p><p>Second one, with <b>bold</b> words.</p><script>x()</script>",
      name: "mutation",
    });
    expect(fragment.format).toBe("html");
    expect(fragment.text).toBe("First paragraph of the fragment.\n\nSecond one, with bold words.");
  });
});

describe("Markdown", () => {
  const draft = readFile(`${FIXTURES}/article.md`);

  it("reads the header", () => {
    expect(draft).toMatchObject({
      title: "Glassworks reopens after three-year closure",
      author: "Orla Fenwick",
      publishedAt: "2024-03-04",
      format: "md",
    });
  });

  it("strips the syntax, joins hard wraps and drops code, images and trailing boilerplate", () => {
    expect(draft.text.split("\n\n")).toEqual([
      "The Kelso Glassworks reopened on Monday after a three-year closure, with the new owners promising to hire sixty workers from the valley by the end of the year.",
      "The site was bought last spring by Brightwater Holdings, a family firm from Leeds, which said it would keep the original furnace hall.",
      "What the workers said",
      "Former staff were offered their old posts first.",
      "Training starts in April at the Kelso college.",
      '"We never thought the fires would be lit again," said Dev Mistry, a glass blower who worked at the site for twenty years.',
    ]);
  });

  it.each<[string, string]>([
    ["**Xi** met [Putin](https://example.com/putin)", "Xi met Putin"],
    ["an _emphasised_ word and a snake_case_name", "an emphasised word and a snake_case_name"],
    ["~~old~~ and `code` and ![img](a.png)", "old and code and "],
    ["a [ref link][1] stays", "a ref link stays"],
    ["escaped \\*stars\\*", "escaped *stars*"],
  ])("inline %j → %j", (input, expected) => {
    expect(stripInlineMarkdown(input)).toBe(expected);
  });
});

describe("Markdown front matter", () => {
  it.each<[string, string, Partial<ArticleDraft>]>([
    [
      "front matter gives the metadata",
      '---\ntitle: "Tide mill restored"\nauthor: Ada Brook\ndate: 2024-07-01\n---\n\nThe tide mill turned again on Sunday.',
      {
        title: "Tide mill restored",
        author: "Ada Brook",
        publishedAt: "2024-07-01",
        text: "The tide mill turned again on Sunday.",
      },
    ],
    [
      "a leading heading is still taken out of the text",
      "---\ntitle: Tide mill restored\n---\n# Tide mill restored\n\nThe tide mill turned again on Sunday.",
      { title: "Tide mill restored", text: "The tide mill turned again on Sunday." },
    ],
    [
      "setext heading, list and table",
      "Tide mill restored\n==================\n\n1. First point made.\n2. Second point made.\n\n| Year | Visitors |\n|------|----------|\n| 2023 | 400 |",
      {
        title: "Tide mill restored",
        text: "First point made.\n\nSecond point made.\n\nYear; Visitors\n\n2023; 400",
      },
    ],
  ])("%s", (_name, input, expected) => {
    expect(readOne({ bytes: input, name: "a.md" })).toMatchObject(expected);
  });
});

describe("HTML without helpful markup", () => {
  it.each<[string, string, Partial<ArticleDraft>]>([
    [
      "JSON-LD metadata and div soup",
      '<html><head><title>Div soup - Site</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Div soup headline","datePublished":"2024-01-02T03:04:05Z","author":[{"@type":"Person","name":"Kit Moreno"}],"publisher":{"name":"Soup Daily"}}</script></head><body><div id="menu"><a href="/">Home</a></div><div class="content"><div>First paragraph text, long enough to count as content, with commas, and more words.<br><br>Second paragraph after a double break, also long, with commas, and more words.</div></div><div class="share-bar">Share on Facebook</div></body></html>',
      {
        title: "Div soup headline",
        author: "Kit Moreno",
        publishedAt: "2024-01-02T03:04:05.000Z",
        source: "Soup Daily",
        text: "First paragraph text, long enough to count as content, with commas, and more words.\n\nSecond paragraph after a double break, also long, with commas, and more words.",
      },
    ],
    [
      "a tiny page falls back to the body without nav and footer",
      '<html><head><title>Tiny page</title></head><body><nav><a href="/">Home</a> <a href="/x">World news</a></nav><p>Short body sentence here.</p><footer>© 2024 Tiny</footer></body></html>',
      { title: "Tiny page", text: "Short body sentence here." },
    ],
    [
      "paragraphs split mid-sentence are rejoined",
      "<html><body><article><p>The committee said that the new rules would apply to all members including</p><p>the chairman.</p><p>Another paragraph, with commas, follows here and is long enough to keep.</p></article></body></html>",
      {
        text: "The committee said that the new rules would apply to all members including the chairman.\n\nAnother paragraph, with commas, follows here and is long enough to keep.",
      },
    ],
    [
      "<time datetime> and a byline box",
      '<html><body><article><h1>Quiet week</h1><div class="byline">By Lou Tran</div><time datetime="2024-03-05">5 March</time><p>Nothing much happened this week in the town, officials said on Friday.</p></article></body></html>',
      {
        title: "Quiet week",
        author: "Lou Tran",
        publishedAt: "2024-03-05",
        text: "Nothing much happened this week in the town, officials said on Friday.",
      },
    ],
    [
      "byline and date lines at the top of the content",
      "<html><body><article><p>By Lou Tran</p><p>Tuesday 5 March 2024</p><p>Nothing much happened this week in the town, officials said on Friday.</p></article></body></html>",
      {
        author: "Lou Tran",
        publishedAt: "2024-03-05",
        text: "Nothing much happened this week in the town, officials said on Friday.",
      },
    ],
  ])("%s", (_name, input, expected) => {
    expect(readOne({ bytes: input, name: "page.html" })).toMatchObject(expected);
  });
});

describe("date lines", () => {
  it.each<[string, string | null]>([
    ["23 March 2023", "2023-03-23"], // day month year
    ["March 23, 2023", "2023-03-23"],
    ["2023-03-23", "2023-03-23"],
    ["Thursday 23 March 2023", "2023-03-23"],
    ["Thursday, March 23, 2023", "2023-03-23"],
    ["23rd Mar. 2023", "2023-03-23"],
    ["Sept 1, 2022", "2022-09-01"],
    ["Published: 4 July 2021", "2021-07-04"],
    ["23 March 2023, 14:05 GMT", "2023-03-23"],
    ["31 February 2023", null],
    ["March 2023", null],
    ["In March 2023 the talks began.", null],
    ["Peter Symonds", null],
  ])("%j → %j", (line, expected) => {
    expect(parseDateLine(line)).toBe(expected);
  });

  it.each<[unknown, string | null]>([
    ["2023-03-23", "2023-03-23"],
    ["2023-03-23T10:15:00Z", "2023-03-23T10:15:00.000Z"],
    ["2023-03-23T10:15:00+01:00", "2023-03-23T09:15:00.000Z"],
    ["Thu, 23 Mar 2023 10:15:00 GMT", "2023-03-23T10:15:00.000Z"],
    ["23 March 2023", "2023-03-23"],
    ["yesterday", null],
    ["2023-13-45", null],
    ["", null],
    [1679529600, "2023-03-23T00:00:00.000Z"],
    [null, null],
  ])("metadata date %j → %j", (value, expected) => {
    expect(normalisePublishedAt(value)).toBe(expected);
  });
});

describe("bylines", () => {
  it.each<[string, string | null]>([
    ["Peter Symonds", "Peter Symonds"], // bare 2-word name
    ["By Jane Doe", "Jane Doe"],
    ["by Jane Doe and John Roe", "Jane Doe and John Roe"],
    ["By Ann Lee, Bo Chan and Cy Dunn", "Ann Lee, Bo Chan and Cy Dunn"],
    ["Jane Doe, Reuters", "Jane Doe"],
    ["Jane Doe, Political Correspondent", "Jane Doe"],
    ["By Reuters", "Reuters"],
    ["Ursula von der Leyen", "Ursula von der Leyen"],
    ["Seán O'Brien", "Seán O'Brien"],
    ["Markets fell sharply.", null], // a short first sentence
    ["Prices rose", null], // lowercase word
    ["The Talks Collapsed", null], // "The" never starts a name
    ["Live Updates", null],
    ["Jane", null], // one bare word
    ["One Two Three Four Five", null],
    ["23 March 2023", null],
  ])("%j → %j", (line, expected) => {
    expect(parseByline(line)?.author ?? null).toBe(expected);
  });

  it("keeps an agency after the comma as the source", () => {
    const draft = readOne({
      bytes: "A headline here\nJane Doe, Reuters\n\nThe body of the article is here.",
      name: "stdin",
    });
    expect(draft).toMatchObject({ author: "Jane Doe", source: "Reuters" });
  });
});

describe("plain-text layout", () => {
  it.each<[string, string, Partial<ArticleDraft>]>([
    [
      "title, byline and date",
      "Headline of the day\n\nBy Jane Doe\n23 March 2023\n\nFirst paragraph.\n\nSecond paragraph.",
      {
        title: "Headline of the day",
        author: "Jane Doe",
        publishedAt: "2023-03-23",
        text: "First paragraph.\n\nSecond paragraph.",
      },
    ],
    [
      "byline and date on one line",
      "Headline of the day\nBy Jane Doe | March 23, 2023\n\nBody text.",
      { author: "Jane Doe", publishedAt: "2023-03-23", text: "Body text." },
    ],
    [
      "short first sentence is body, not byline",
      "Headline of the day\n\nIt rained.\n\nThe match was called off.",
      { author: null, text: "It rained.\n\nThe match was called off." },
    ],
    [
      "a bare name between blank lines is a venue, not a byline",
      "Rovers 0-0 United\n\nEwood Park\n\nThe two sides could not be separated.",
      {
        title: "Rovers 0-0 United",
        author: null,
        text: "Ewood Park\n\nThe two sides could not be separated.",
      },
    ],
    [
      "a desk credit above a date line is the byline, and the date is read",
      "Harbour talks resume\n\nNorthwind Wire business desk\n4 April 2023\n\nBody text.",
      {
        title: "Harbour talks resume",
        author: "Northwind Wire business desk",
        publishedAt: "2023-04-04",
        text: "Body text.",
      },
    ],
    [
      "a short line above a date line that reads as a sentence is body",
      "Harbour talks resume\n\nTalks resumed, officials said.\n4 April 2023\n\nBody text.",
      { author: null, publishedAt: null },
    ],
    [
      "a bare name right under the title is a byline",
      "Headline of the day\nJane Doe\n\nBody text.",
      { title: "Headline of the day", author: "Jane Doe", text: "Body text." },
    ],
    [
      "a title may end in an ellipsis",
      "Rivals of the new phone...\n\nBody text.",
      { title: "Rivals of the new phone...", text: "Body text." },
    ],
    [
      "a one-paragraph text has no title",
      "Xi met Putin in Moscow on Tuesday.",
      { title: null, text: "Xi met Putin in Moscow on Tuesday." },
    ],
    [
      "an opening sentence is not a title",
      "Xi met Putin in Moscow on Tuesday.\n\nThey signed a statement.",
      { title: null, text: "Xi met Putin in Moscow on Tuesday.\n\nThey signed a statement." },
    ],
    [
      "hard wraps and hyphenated wraps",
      "Title\n\nA line that was\nhard wrapped by a well-\nknown editor.",
      { text: "A line that was hard wrapped by a well-known editor." },
    ],
    [
      "one paragraph per long line",
      `Title\n\n${"A long sentence that goes on. ".repeat(5).trim()}\n${"Another long sentence here. ".repeat(5).trim()}`,
      {
        text: `${"A long sentence that goes on. ".repeat(5).trim()}\n\n${"Another long sentence here. ".repeat(5).trim()}`,
      },
    ],
    [
      "lone link lines anywhere are dropped",
      "Title\n\nFirst paragraph.\n\nhttps://example.com/story\n\nSecond paragraph.",
      { text: "First paragraph.\n\nSecond paragraph." },
    ],
    [
      "trailing boilerplate only at the end",
      "Title\n\nRead more: the share of votes rose.\n\nLast paragraph.\n\nFollow us on Twitter\n\n© 2024 Example News\n\nSign up for our newsletter",
      { text: "Read more: the share of votes rose.\n\nLast paragraph." },
    ],
  ])("%s", (_name, input, expected) => {
    expect(readOne({ bytes: input, name: "stdin" })).toMatchObject(expected);
  });
});

describe("page-break rejoining", () => {
  it.each<[string, string, boolean]>([
    [
      "a move that would be far more appropriate for a string of US presidents, including",
      "Biden.",
      true,
    ],
    [
      "CNN reported on Tuesday that discussions were underway",
      "between the two countries to facilitate such a call.",
      true,
    ],
    ["spurred as in Russia by the", "globalization of production.", true],
    ["The sentence ended properly.", "and then lowercase", false],
    ["A quote closes here:", "lowercase after a colon", false],
    ["Background", "Biden.", false], // a short subheading, not a broken sentence
    ["Apple results", "iPhone sales rose sharply in every region.", false], // "iPhone" is not a lowercase start
    ["the talks ended without any agreement on the main points of", "the plan.", true],
    [
      "Washington, however, regards the war against Russia as a",
      "Prelude To War In Asia Today",
      false,
    ],
  ])("%j + %j → joined: %s", (previous, next, expected) => {
    expect(isPageBreakContinuation(previous, next)).toBe(expected);
  });
});

describe("boilerplate", () => {
  it.each<[string, boolean]>([
    ["To contact the WSWS and the Socialist Equality Party visit:", true],
    ["[wsws.org/contact](https://www.wsws.org/contact)", true],
    ["https://example.com/a/b", true],
    ["Share this article", true],
    ["Follow us on Facebook and Instagram", true],
    ["Copyright 2024 Example Media", true],
    ["© 2024 Example Media", true],
    ["Read more:", true],
    ["Sign up for our daily newsletter", true],
    ["Share prices fell 3% on Tuesday.", false],
    ["He said he would follow the rules.", false],
    ["The contact group met in Geneva.", false],
  ])("%j → %s", (paragraph, expected) => {
    expect(isBoilerplate(paragraph)).toBe(expected);
  });
});

describe("format detection", () => {
  it.each<[string, ArticleFormat]>([
    ["<!DOCTYPE html><html><body><p>x</p></body></html>", "html"],
    ["  <p>A fragment</p>", "html"],
    ["<3 is a heart, not a tag", "txt"],
    ['{"text": "x"}', "json"],
    ['{"text": "a"}\n{"text": "b"}', "jsonl"],
    ['[{"text": "x"}]', "json"],
    ["# Heading\n\nBody", "md"],
    ["[Updated] Xi meets Putin\n\nBody.", "txt"],
    ["{Draft} Xi meets Putin\n\nBody.", "txt"],
    ["Title\n\nBody.", "txt"],
  ])("%j → %s", (text, expected) => {
    expect(sniffFormat(text)).toBe(expected);
  });

  it.each<[string, ArticleFormat]>([
    ["a.txt", "txt"],
    ["a.markdown", "md"],
    ["a.HTM", "html"],
    ["a.ndjson", "jsonl"],
  ])("extension of %s → %s", (name, expected) => {
    const body =
      expected === "jsonl"
        ? '{"text": "Body text."}'
        : expected === "html"
          ? "<p>Body text.</p>"
          : "Body text.";
    const [item] = readInput({ bytes: body, name }, OPTIONS);
    expect(item?.ok && item.draft.format).toBe(expected);
  });

  it("a forced format beats the extension", () => {
    expect(readOne({ bytes: "# Not a heading\n\nBody.", name: "a.md", format: "txt" }).title).toBe(
      "# Not a heading",
    );
  });
});

describe("content hash", () => {
  const body =
    "Xi Jinping met Vladimir Putin in Moscow on Tuesday, and the two leaders signed a joint statement.";
  it.each<[string, string]>([
    ["one line", `Title\n\n${body}`],
    ["hard-wrapped", `Title\n\n${body.replace(/, /g, ",\n").replace(" in ", "\nin ")}`],
    ["CRLF and extra spaces", `Title\r\n\r\n${body.replace(/ /g, "  ")}\r\n`],
    ["trailing boilerplate", `Title\n\n${body}\n\nShare this article\n\nhttps://example.com`],
  ])("is stable for %s", (_name, input) => {
    expect(readOne({ bytes: input, name: "stdin" }).contentHash).toBe(
      readOne({ bytes: `Title\n\n${body}`, name: "stdin" }).contentHash,
    );
  });

  it("differs for a different text", () => {
    expect(readOne({ bytes: "Title\n\nOne text.", name: "stdin" }).contentHash).not.toBe(
      readOne({ bytes: "Title\n\nAnother text.", name: "stdin" }).contentHash,
    );
  });
});
