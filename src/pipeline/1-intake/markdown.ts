/** Markdown → source lines of plain prose: syntax stripped, link text kept, code and images dropped. */

import { isLoneLink } from "./clean-text.js";
import type { SourceLine } from "./plain-text.js";

/** A front-matter value in matching quotes. */
const QUOTED_VALUE_RE = /^(["'])(.*)\1$/;

/** Metadata from a YAML front-matter block (`title: …`, `author: …`, `date: …`). */
export interface FrontMatter {
  title?: string;
  author?: string;
  date?: string;
  url?: string;
  source?: string;
}

/** The converted document: prose lines plus any front-matter metadata. */
export interface MarkdownDocument {
  lines: SourceLine[];
  frontMatter: FrontMatter;
}

/** "---\ntitle: X\n---": YAML front matter at the very top. */
const FRONT_MATTER_RE = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
/** "title: \"Xi meets Putin\"": one front-matter entry. */
const FRONT_MATTER_ENTRY_RE = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/;
/** "```ts" or "~~~": a fenced code block delimiter. */
const CODE_FENCE_RE = /^\s{0,3}(`{3,}|~{3,})/;
/** "## Background": an ATX heading. */
const ATX_HEADING_RE = /^\s{0,3}#{1,6}(?:\s+|$)(.*?)(?:\s+#+\s*)?$/;
/** "=====" or "-----" under a line: a setext heading underline. */
const SETEXT_UNDERLINE_RE = /^\s{0,3}(?:=+|-+)\s*$/;
/** "---", "***", "___": a thematic break. */
const THEMATIC_BREAK_RE = /^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$/;
/** "- item", "* item", "+ item", "1. item", "2) item": a list item marker. */
const LIST_ITEM_RE = /^\s{0,3}(?:[-*+•]|\d{1,9}[.)])\s+/;
/** "> quoted": a blockquote marker (possibly nested). */
const BLOCKQUOTE_RE = /^\s{0,3}(?:>\s?)+/;
/** "[1]: https://example.com": a link reference definition. */
const LINK_DEFINITION_RE = /^\s{0,3}\[[^\]]+\]:\s*\S+/;
/** "|---|:--:|": a table delimiter row. */
const TABLE_DELIMITER_RE = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
/** "| Country | Leader |": a table row. */
const TABLE_ROW_RE = /^\s*\|.*\|\s*$/;
/** The pipes that open and close a table row. */
const TABLE_EDGE_PIPES_RE = /^\||\|$/g;
/** "    code": an indented code line. */
const INDENTED_CODE_RE = /^(?: {4}|\t)/;

/** "![a chart](chart.png)": an image, dropped entirely. */
const IMAGE_RE = /!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]/g;
/** "[the report](https://…)" or "[the report][1]": a link, keeping its text. */
const LINK_RE = /\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)|\[([^\]]+)\]\[[^\]]*\]/g;
/** "<https://example.com>": an autolink, keeping the address. */
const AUTOLINK_RE = /<((?:https?:\/\/|mailto:)[^>\s]+)>/g;
/** "<br>", "<sup>1</sup>": inline HTML tags, dropped (their text stays). */
const INLINE_HTML_RE = /<\/?[a-zA-Z][^>]*>/g;
/** "**bold**", "__bold__": strong emphasis. */
const STRONG_RE = /(\*\*|__)(?=\S)([\s\S]*?\S)\1/g;
/** "*em*", "_em_" (not snake_case): emphasis. */
const EMPHASIS_RE = /(^|[^\p{L}\p{N}*_])([*_])(?=\S)([^*_]*?\S)\2(?![\p{L}\p{N}])/gu;
/** "~~struck~~": strikethrough. */
const STRIKE_RE = /~~(?=\S)([\s\S]*?\S)~~/g;
/** "`code`": inline code, keeping its text. */
const INLINE_CODE_RE = /`+([^`]+)`+/g;
/** "\*": a backslash escape. */
const ESCAPE_RE = /\\([\\`*_{}[\]()#+\-.!|>~])/g;

/** Escaped characters are parked in the Private Use Area so emphasis rules cannot touch them. */
const ESCAPE_PARK_OFFSET = 0xe000;
const PARKED_RE = /[\uE000-\uE0FF]/g;

/** Strips inline Markdown from one line: "**Xi** met [Putin](https://…)" → "Xi met Putin". */
export function stripInlineMarkdown(line: string): string {
  return line
    .replace(ESCAPE_RE, (_m, c: string) =>
      String.fromCharCode(ESCAPE_PARK_OFFSET + c.charCodeAt(0)),
    )
    .replace(INLINE_CODE_RE, "$1")
    .replace(IMAGE_RE, "")
    .replace(
      LINK_RE,
      (_m, inline: string | undefined, ref: string | undefined) => inline ?? ref ?? "",
    )
    .replace(AUTOLINK_RE, "$1")
    .replace(INLINE_HTML_RE, "")
    .replace(STRONG_RE, "$2")
    .replace(STRIKE_RE, "$1")
    .replace(EMPHASIS_RE, "$1$3")
    .replace(PARKED_RE, (c) => String.fromCharCode(c.charCodeAt(0) - ESCAPE_PARK_OFFSET));
}

function unquote(value: string): string {
  const trimmed = value.trim();
  const quoted = QUOTED_VALUE_RE.exec(trimmed);
  return quoted ? (quoted[2] ?? "") : trimmed;
}

function readFrontMatter(body: string): FrontMatter {
  const matter: FrontMatter = {};
  for (const line of body.split("\n")) {
    const m = FRONT_MATTER_ENTRY_RE.exec(line);
    if (!m) continue;
    const key = (m[1] ?? "").toLowerCase();
    const value = unquote(m[2] ?? "");
    if (value === "") continue;
    if (key === "title" || key === "headline") matter.title ??= value;
    else if (key === "author" || key === "byline") matter.author ??= value;
    else if (
      key === "date" ||
      key === "published" ||
      key === "published_at" ||
      key === "publishedat"
    )
      matter.date ??= value;
    else if (key === "url" || key === "canonical" || key === "link") matter.url ??= value;
    else if (key === "source" || key === "site" || key === "publisher") matter.source ??= value;
  }
  return matter;
}

/** Converts Markdown to prose lines: headings flagged, list items split, code/images/tables' furniture dropped. */
export function convertMarkdown(markdown: string): MarkdownDocument {
  let text = markdown;
  let frontMatter: FrontMatter = {};
  const fm = FRONT_MATTER_RE.exec(text);
  if (fm) {
    frontMatter = readFrontMatter(fm[1] ?? "");
    text = text.slice(fm[0].length);
  }
  const raw = text.split("\n");
  const lines: SourceLine[] = [];
  const blank = (): void => {
    lines.push({ text: "", heading: false });
  };
  let fence: string | null = null;
  let previousBlank = true;
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i] as string;
    const fenceMatch = CODE_FENCE_RE.exec(line);
    if (fence !== null) {
      if (fenceMatch && (fenceMatch[1] ?? "").startsWith(fence)) fence = null;
      continue;
    }
    if (fenceMatch) {
      fence = (fenceMatch[1] ?? "").slice(0, 3);
      blank();
      previousBlank = true;
      continue;
    }
    if (line.trim() === "") {
      blank();
      previousBlank = true;
      continue;
    }
    // indented code only after a blank line, so a hard-wrapped continuation is not mistaken for code
    if (previousBlank && INDENTED_CODE_RE.test(line) && !LIST_ITEM_RE.test(line.trimStart()))
      continue;
    previousBlank = false;
    if (
      LINK_DEFINITION_RE.test(line) ||
      (TABLE_DELIMITER_RE.test(line) && line.includes("-") && line.includes("|"))
    )
      continue;
    const next = raw[i + 1];
    if (
      next !== undefined &&
      SETEXT_UNDERLINE_RE.test(next) &&
      !LIST_ITEM_RE.test(line) &&
      !THEMATIC_BREAK_RE.test(line)
    ) {
      // "Title\n=====": the underline turns the line into a heading
      lines.push({ text: stripInlineMarkdown(line.trim()), heading: true });
      i++;
      continue;
    }
    if (THEMATIC_BREAK_RE.test(line)) {
      blank();
      previousBlank = true;
      continue;
    }
    const heading = ATX_HEADING_RE.exec(line);
    if (heading) {
      lines.push({ text: stripInlineMarkdown(heading[1] ?? ""), heading: true });
      continue;
    }
    let content = line.replace(BLOCKQUOTE_RE, "");
    if (LIST_ITEM_RE.test(content)) {
      // every list item is a paragraph of its own
      blank();
      content = content.replace(LIST_ITEM_RE, "");
    }
    if (isLoneLink(content)) {
      blank();
      continue;
    }
    if (TABLE_ROW_RE.test(content)) {
      // "| Country | Leader |": a table row → its cells as one line of text
      blank();
      content = content
        .trim()
        .replace(TABLE_EDGE_PIPES_RE, "")
        .split("|")
        .map((c) => c.trim())
        .filter((c) => c !== "")
        .join("; ");
    }
    lines.push({ text: stripInlineMarkdown(content), heading: false });
  }
  return { lines, frontMatter };
}
