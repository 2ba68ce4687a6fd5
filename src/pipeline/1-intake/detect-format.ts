/** Which format an input is in: forced, from the file extension, or sniffed from the content. */

import type { ArticleFormat } from "../types.js";

/** A path separator, POSIX or Windows. */
const PATH_SEPARATOR_RE = /[\\/]/;

/** File extensions intake reads, by format. */
export const FORMAT_BY_EXTENSION: Readonly<Record<string, ArticleFormat>> = {
  ".txt": "txt",
  ".text": "txt",
  ".md": "md",
  ".markdown": "md",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".json": "json",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
};

/** "report.docx" → ".docx"; "stdin", "mutation" and dotfiles have none. */
const EXTENSION_RE = /(\.[A-Za-z0-9]{1,10})$/;
/** "<p>", "<!DOCTYPE html>", "<article>": tags that make a "<"-led text HTML. */
const HTML_SNIFF_RE =
  /<(?:!doctype\s+html|html|head|body|article|main|section|div|p|h[1-6]|title|meta|span|a|br|ul|ol|table|script)\b/i;
/** "[{" or "[]": a JSON array of objects, unlike "[Updated] Xi meets Putin". */
const JSON_ARRAY_START_RE = /^\[\s*(?:\{|\])/;
/** "{\"" or "{}": a JSON object, unlike "{Draft} Xi meets Putin". */
const JSON_OBJECT_START_RE = /^\{\s*(?:"|\})/;
/** "# Title" on the first line, or a fenced code block: Markdown without an extension. */
const MARKDOWN_SNIFF_RE = /^\s{0,3}#{1,6}\s+\S|^\s{0,3}(?:```|~~~)|^[^\n]+\n\s{0,3}=+\s*$/m;

/** The lowercased extension of an input name, or undefined ("a/b.JSONL" → ".jsonl"). */
export function findExtension(name: string): string | undefined {
  const base = name.split(PATH_SEPARATOR_RE).pop() ?? name;
  if (base.startsWith(".") && base.indexOf(".", 1) === -1) return undefined;
  return EXTENSION_RE.exec(base)?.[1]?.toLowerCase();
}

/** The format implied by an input name's extension; undefined when there is none or it is unknown. */
export function detectFormatFromName(name: string): ArticleFormat | undefined {
  const extension = findExtension(name);
  return extension === undefined ? undefined : FORMAT_BY_EXTENSION[extension];
}

/**
 * Sniffs text content: "<" with HTML tags → html, "{\"" → json (or jsonl when every line is an
 * object), "[{" → json, a "# Heading" → md, anything else → txt.
 */
export function sniffFormat(text: string): ArticleFormat {
  const start = text.trimStart();
  if (start.startsWith("<") && HTML_SNIFF_RE.test(start.slice(0, 4096))) return "html";
  if (JSON_ARRAY_START_RE.test(start)) return "json";
  if (JSON_OBJECT_START_RE.test(start)) {
    const lines = start
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l !== "");
    // "{…}\n{…}": several one-line objects are JSONL, while a pretty-printed object spans lines with other starts
    if (lines.length > 1 && lines.every((l) => l.startsWith("{") && l.endsWith("}")))
      return "jsonl";
    return "json";
  }
  if (MARKDOWN_SNIFF_RE.test(start.slice(0, 4096))) return "md";
  return "txt";
}
