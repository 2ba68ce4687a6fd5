/** The intake stage: raw bytes or strings in, one ArticleDraft (or one IntakeError) per article out. */

import type { ArticleDraft, ArticleFormat } from "../types.js";
import { decodeCharacterReferences } from "./character-references.js";
import type { Block } from "./clean-text.js";
import { joinBlocks } from "./clean-text.js";
import { hashContent } from "./content-hash.js";
import { decodeBytes, detectBinaryContent, measureBytes, normaliseText } from "./decode.js";
import {
  detectFormatFromName,
  FORMAT_BY_EXTENSION,
  findExtension,
  sniffFormat,
} from "./detect-format.js";
import { IntakeError } from "./errors.js";
import { extractHtml, looksLikeHtml } from "./html.js";
import {
  type JsonArticleRecord,
  type JsonEntry,
  parseJsonDocument,
  parseJsonLines,
} from "./json.js";
import { convertMarkdown } from "./markdown.js";
import { parsePlainText, parseTextLines, type TextArticle } from "./plain-text.js";
import { normalisePublishedAt } from "./publication-date.js";

/** A leading byte-order mark. */
const BYTE_ORDER_MARK_RE = /^\uFEFF/;

// the error class is part of this stage's public API, so callers need only this module
export { IntakeError, type IntakeErrorCode, isIntakeError } from "./errors.js";

/** Limits for one call; the caller passes the configured maximum (2 MB by default, see DEFAULT_MAX_BYTES). */
export interface IntakeOptions {
  maxBytes: number;
}

/** The default article size limit: 2 MB. */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

/** Metadata the caller already knows; non-empty values override what intake finds in the article. */
export interface IntakeMeta {
  title?: string | null;
  author?: string | null;
  publishedAt?: string | null;
  source?: string | null;
  url?: string | null;
}

/** One input: a file, stdin, or the string of a GraphQL mutation. */
export interface RawInput {
  /** File bytes, stdin bytes, or a string from the GraphQL mutation. */
  bytes: Uint8Array | string;
  /** File path, "stdin" or "mutation": names the input in errors and gives the format by extension. */
  name: string;
  /** Forces the format; otherwise the extension decides, else the content is sniffed. */
  format?: ArticleFormat;
  meta?: IntakeMeta;
}

/** One article slot of an input: its draft, or the error that rejected it; `label` is e.g. "a.jsonl:3". */
export type IntakeItem =
  | { ok: true; label: string; draft: ArticleDraft }
  | { ok: false; label: string; error: IntakeError };

/** Metadata and paragraphs found in one article, before the caller's overrides. */
interface FoundArticle {
  title: string | null;
  author: string | null;
  publishedAt: unknown;
  source: string | null;
  url: string | null;
  blocks: Block[];
}

/** A piece of non-HTML text with its character references decoded and normalised again ("&nbsp;"). */
function decodeReferences(text: string): string {
  return normaliseText(decodeCharacterReferences(text));
}

/**
 * Plain text: character references are decoded before the layout is read ("By Jos&#233; Ortega"
 * is a byline), since nothing in plain text is markup.
 */
function readPlainText(text: string, detectHeader: boolean): FoundArticle {
  return fromTextArticle(parsePlainText(decodeReferences(text), { detectHeader }));
}

/**
 * A Markdown article with character references decoded in its title, byline and paragraphs,
 * after the syntax was read, so that "&lt;b&gt;" stays text and is never taken for a tag.
 */
function decodeFoundReferences(found: FoundArticle): FoundArticle {
  return {
    ...found,
    title: found.title === null ? null : decodeReferences(found.title),
    author: found.author === null ? null : decodeReferences(found.author),
    blocks: found.blocks
      .map((block) => ({ ...block, text: decodeReferences(block.text) }))
      .filter((block) => block.text.trim() !== ""),
  };
}

const WHITESPACE_RUN_RE = /\s+/g;
const NON_ALPHANUMERIC_RE = /[^\p{L}\p{N}]+/gu;
/** "## Title": the marker in front of a Markdown heading. */
const MARKDOWN_HEADING_MARK_RE = /^\s*#{1,6}\s+/;

function cleanValue(value: string | null | undefined): string | null {
  if (typeof value !== "string") return null;
  const text = value.replace(WHITESPACE_RUN_RE, " ").trim();
  return text === "" ? null : text;
}

/** The first non-whitespace character of the input (after a BOM), read without decoding it all. */
function peekFirstChar(bytes: Uint8Array | string): string {
  if (typeof bytes === "string") return bytes.replace(BYTE_ORDER_MARK_RE, "").trimStart().charAt(0);
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (
    i < bytes.length &&
    (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)
  )
    i++;
  return i < bytes.length ? String.fromCharCode(bytes[i] as number) : "";
}

function tooLarge(label: string, byteLength: number, maxBytes: number): IntakeError {
  return new IntakeError(
    "ARTICLE_TOO_LARGE",
    label,
    `is ${byteLength} bytes, over the ${maxBytes}-byte limit for one article`,
    { byteLength, maxBytes },
  );
}

function fromTextArticle(article: TextArticle): FoundArticle {
  return {
    title: article.title,
    author: article.author,
    publishedAt: article.publishedAt,
    source: article.affiliation,
    url: null,
    blocks: article.blocks,
  };
}

/** Reads an HTML page or fragment: Readability content, then the shared paragraph cleanup. */
function readHtml(html: string): FoundArticle {
  const page = extractHtml(html);
  const body = parseTextLines(page.lines, { detectHeader: false });
  return {
    title: page.title,
    author: page.author,
    publishedAt: page.publishedAt,
    source: page.source,
    url: page.url,
    blocks: body.blocks,
  };
}

/** Reads Markdown: front matter, then prose lines laid out like plain text. */
function readMarkdown(markdown: string, detectHeader: boolean): FoundArticle {
  const doc = convertMarkdown(markdown);
  // with a front-matter title, only a leading "# Heading" is still a header to take out of the text
  const firstLine = doc.lines.find((line) => line.text.trim() !== "");
  const headerWanted =
    detectHeader && (doc.frontMatter.title === undefined || firstLine?.heading === true);
  const found = fromTextArticle(parseTextLines(doc.lines, { detectHeader: headerWanted }));
  return {
    ...found,
    title: doc.frontMatter.title ?? found.title,
    author: doc.frontMatter.author ?? found.author,
    publishedAt: doc.frontMatter.date ?? found.publishedAt,
    url: doc.frontMatter.url ?? found.url,
    source: doc.frontMatter.source ?? found.source,
  };
}

/** Comparable form of a headline: lowercase letters and digits only. */
function foldTitle(text: string): string {
  return text.toLowerCase().replace(NON_ALPHANUMERIC_RE, " ").trim();
}

/**
 * Whether to look for a title/byline/date header: always without a known title; with one, only
 * when the text repeats it on its first line (then the header is taken out of the body).
 */
function wantsHeader(text: string, knownTitle: string | null): boolean {
  if (knownTitle === null) return true;
  const firstLine = text.trimStart().split("\n", 1)[0] ?? "";
  return foldTitle(firstLine.replace(MARKDOWN_HEADING_MARK_RE, "")) === foldTitle(knownTitle);
}

/** Reads one JSON record; its text may be HTML, and gets title/byline detection only when it has no title. */
function readJsonRecord(record: JsonArticleRecord, callerTitle: string | null): FoundArticle {
  const text = normaliseText(record.text);
  const found = looksLikeHtml(text)
    ? readHtml(text)
    : readPlainText(text, wantsHeader(text, record.title ?? callerTitle));
  return {
    title: record.title ?? found.title,
    author: record.author ?? found.author,
    publishedAt: record.publishedAt ?? found.publishedAt,
    source: record.source ?? found.source,
    url: record.url ?? found.url,
    blocks: found.blocks,
  };
}

/** Applies the caller's metadata, normalises the date and hashes the text into a draft. */
function buildDraft(
  found: FoundArticle,
  format: ArticleFormat,
  meta: IntakeMeta,
  label: string,
): ArticleDraft {
  const text = joinBlocks(found.blocks);
  if (text === "") {
    throw new IntakeError(
      "EMPTY_ARTICLE",
      label,
      "has no article text left after removing the header and site boilerplate",
    );
  }
  const publishedAt = normalisePublishedAt(cleanValue(meta.publishedAt) ?? found.publishedAt);
  return {
    title: cleanValue(meta.title) ?? cleanValue(found.title),
    author: cleanValue(meta.author) ?? cleanValue(found.author),
    publishedAt,
    source: cleanValue(meta.source) ?? cleanValue(found.source),
    url: cleanValue(meta.url) ?? cleanValue(found.url),
    text,
    contentHash: hashContent(text),
    format,
  };
}

function draftItem(label: string, build: () => ArticleDraft): IntakeItem {
  try {
    return { ok: true, label, draft: build() };
  } catch (error) {
    if (error instanceof IntakeError) return { ok: false, label, error };
    throw error;
  }
}

function itemsFromJson(
  entries: JsonEntry[],
  format: ArticleFormat,
  meta: IntakeMeta,
  maxBytes: number,
): IntakeItem[] {
  const callerTitle = cleanValue(meta.title);
  return entries.map((entry) => {
    if (!entry.ok) return entry;
    if (entry.byteLength > maxBytes)
      return {
        ok: false,
        label: entry.label,
        error: tooLarge(entry.label, entry.byteLength, maxBytes),
      };
    return draftItem(entry.label, () =>
      buildDraft(readJsonRecord(entry.record, callerTitle), format, meta, entry.label),
    );
  });
}

/**
 * Reads one input into articles: decodes and checks it, detects its format, pulls out title,
 * byline, date, source and url, cleans the text and hashes it. Never throws for bad input:
 * each article slot comes back as an ok item or an IntakeError item.
 */
export function readInput(input: RawInput, options: IntakeOptions): IntakeItem[] {
  const { name } = input;
  const meta = input.meta ?? {};
  const { maxBytes } = options;
  const byteLength = measureBytes(input.bytes);
  const extension = findExtension(name);
  const namedFormat = input.format ?? detectFormatFromName(name);
  const unknownExtension =
    input.format === undefined && extension !== undefined && namedFormat === undefined;

  try {
    if (byteLength === 0) throw new IntakeError("EMPTY_ARTICLE", name, "is empty");
    // JSONL and JSON arrays hold many articles: their size is checked per article further down
    const first = peekFirstChar(input.bytes);
    const mayBeBatch =
      namedFormat === "jsonl" ||
      ((namedFormat === undefined || namedFormat === "json") && (first === "[" || first === "{"));
    if (!mayBeBatch && byteLength > maxBytes) throw tooLarge(name, byteLength, maxBytes);

    // "report.docx": a file type we do not read is refused, whatever its bytes look like.
    if (unknownExtension) {
      throw new IntakeError(
        "UNSUPPORTED_FORMAT",
        name,
        `has an unsupported file type (${extension}); supported: ${Object.keys(FORMAT_BY_EXTENSION).join(" ")}`,
        { extension },
      );
    }
    const binary = detectBinaryContent(input.bytes);
    if (binary !== undefined) {
      throw new IntakeError(
        "BINARY_CONTENT",
        name,
        `looks like binary data (${binary}), not article text`,
      );
    }
    const text = normaliseText(decodeBytes(input.bytes, name));
    if (text.trim() === "")
      throw new IntakeError("EMPTY_ARTICLE", name, "contains only whitespace");

    const format = namedFormat ?? sniffFormat(text);
    if (format === "jsonl")
      return itemsFromJson(parseJsonLines(text, name, maxBytes), format, meta, maxBytes);
    if (format === "json") {
      if (first !== "[" && byteLength > maxBytes) throw tooLarge(name, byteLength, maxBytes);
      return itemsFromJson(parseJsonDocument(text, name), format, meta, maxBytes);
    }
    if (byteLength > maxBytes) throw tooLarge(name, byteLength, maxBytes);

    // a caller-supplied title means a mutation/stdin text is all body; a .txt/.md file still has its own header
    const detectHeader =
      detectFormatFromName(name) !== undefined || wantsHeader(text, cleanValue(meta.title));
    return [
      draftItem(name, () => {
        if (format === "html") return buildDraft(readHtml(text), format, meta, name);
        if (format === "md")
          return buildDraft(
            decodeFoundReferences(readMarkdown(text, detectHeader)),
            format,
            meta,
            name,
          );
        return buildDraft(readPlainText(text, detectHeader), format, meta, name);
      }),
    ];
  } catch (error) {
    if (error instanceof IntakeError) return [{ ok: false, label: name, error }];
    throw error;
  }
}
