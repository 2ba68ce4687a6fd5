/** JSON, JSON arrays and JSONL/NDJSON → one article record (or one error) per article. */

import { IntakeError } from "./errors.js";

/** The fields intake understands in a JSON article object; dates stay raw until normalised. */
export interface JsonArticleRecord {
  title: string | null;
  text: string;
  url: string | null;
  author: string | null;
  publishedAt: unknown;
  source: string | null;
}

/** One article slot of a JSON input: a record with its raw size, or the error that rejected it. */
export type JsonEntry =
  | { ok: true; label: string; record: JsonArticleRecord; byteLength: number }
  | { ok: false; label: string; error: IntakeError };

/** "Unexpected token } in JSON at position 42": where V8 says the syntax error is. */
const JSON_ERROR_POSITION_RE = /at position (\d+)/;
const TEXT_KEYS = ["text", "content", "body", "articleBody"] as const;
const DATE_KEYS = [
  "publishedAt",
  "published_at",
  "date",
  "datePublished",
  "published",
  "pubDate",
] as const;

function stringField(record: Record<string, unknown>, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = record[key];
    if (typeof value === "string" && value.trim() !== "") return value.trim();
  }
  return null;
}

/** "Jane Doe", ["Jane Doe", "John Roe"] or {name: "Jane Doe"} → "Jane Doe and John Roe". */
function authorField(value: unknown): string | null {
  if (typeof value === "string") return value.trim() === "" ? null : value.trim();
  if (Array.isArray(value)) {
    const names = value.map(authorField).filter((n): n is string => n !== null);
    if (names.length === 0) return null;
    return names.length === 1
      ? (names[0] as string)
      : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  }
  if (value && typeof value === "object" && "name" in value)
    return authorField((value as { name: unknown }).name);
  return null;
}

function describeJsonError(error: unknown, source: string): { message: string; line?: number } {
  const message = error instanceof Error ? error.message : String(error);
  const position = JSON_ERROR_POSITION_RE.exec(message);
  if (!position) return { message };
  const line = source.slice(0, Number(position[1])).split("\n").length;
  return { message, line };
}

/** Reads one parsed JSON value as an article, or explains why it is not one. */
function readArticleObject(value: unknown, label: string, byteLength: number): JsonEntry {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    const kind = value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`;
    return {
      ok: false,
      label,
      error: new IntakeError(
        "MALFORMED_JSON",
        label,
        `expected an article object with "text" or "content", got ${kind}`,
      ),
    };
  }
  const record = value as Record<string, unknown>;
  const textKey = TEXT_KEYS.find(
    (key) => key in record && record[key] !== null && record[key] !== undefined,
  );
  const text = textKey === undefined ? undefined : record[textKey];
  if (typeof text !== "string") {
    const problem =
      textKey === undefined
        ? 'has no "text" or "content" field'
        : `has a "${textKey}" field that is not a string`;
    return {
      ok: false,
      label,
      error: new IntakeError("MALFORMED_JSON", label, `article object ${problem}`),
    };
  }
  const dateKey = DATE_KEYS.find((key) => record[key] !== undefined && record[key] !== null);
  return {
    ok: true,
    label,
    byteLength,
    record: {
      title: stringField(record, "title", "headline"),
      text,
      url: stringField(record, "url", "link", "canonicalUrl"),
      author: authorField(record.author ?? record.authors ?? record.byline),
      publishedAt: dateKey === undefined ? null : record[dateKey],
      source: stringField(record, "source", "site", "siteName", "publisher"),
    },
  };
}

/** Parses a JSON document: one article object, or an array of them (labels "a.json[0]", "a.json[1]", …). */
export function parseJsonDocument(source: string, name: string): JsonEntry[] {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    const { message, line } = describeJsonError(error, source);
    const where = line === undefined ? "" : ` (line ${line})`;
    return [
      {
        ok: false,
        label: name,
        error: new IntakeError(
          "MALFORMED_JSON",
          name,
          `is not valid JSON${where}: ${message}`,
          line === undefined ? {} : { line },
        ),
      },
    ];
  }
  if (!Array.isArray(value))
    return [readArticleObject(value, name, Buffer.byteLength(source, "utf8"))];
  if (value.length === 0) {
    return [
      {
        ok: false,
        label: name,
        error: new IntakeError("EMPTY_ARTICLE", name, "is an empty JSON array"),
      },
    ];
  }
  return value.map((item, index) => {
    const label = `${name}[${index}]`;
    const text =
      item && typeof item === "object"
        ? TEXT_KEYS.map((k) => (item as Record<string, unknown>)[k]).find(
            (v) => typeof v === "string",
          )
        : undefined;
    return readArticleObject(
      item,
      label,
      Buffer.byteLength(typeof text === "string" ? text : "", "utf8"),
    );
  });
}

/**
 * Parses JSONL/NDJSON: one article object a line, blank lines skipped, labels "a.jsonl:3";
 * a line over `maxBytes` is rejected before it is parsed, and a bad line never spoils the others.
 */
export function parseJsonLines(source: string, name: string, maxBytes: number): JsonEntry[] {
  const entries: JsonEntry[] = [];
  const lines = source.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (line === "") continue;
    const lineNumber = i + 1;
    const label = `${name}:${lineNumber}`;
    const byteLength = Buffer.byteLength(line, "utf8");
    if (byteLength > maxBytes) {
      entries.push({
        ok: false,
        label,
        error: new IntakeError(
          "ARTICLE_TOO_LARGE",
          label,
          `is ${byteLength} bytes, over the ${maxBytes}-byte limit`,
          {
            line: lineNumber,
            byteLength,
            maxBytes,
          },
        ),
      });
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      entries.push({
        ok: false,
        label,
        error: new IntakeError(
          "MALFORMED_JSON",
          label,
          `line ${lineNumber} is not valid JSON: ${message}`,
          { line: lineNumber },
        ),
      });
      continue;
    }
    const entry = readArticleObject(value, label, byteLength);
    if (!entry.ok) entry.error.details.line = lineNumber;
    entries.push(entry);
  }
  if (entries.length === 0) {
    entries.push({
      ok: false,
      label: name,
      error: new IntakeError("EMPTY_ARTICLE", name, "has no JSON lines"),
    });
  }
  return entries;
}
