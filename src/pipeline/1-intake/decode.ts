/** Bytes → clean Unicode text: binary detection, charset decoding with a windows-1252 fallback, normalisation. */

import { IntakeError } from "./errors.js";

/** Tabs, read as spaces. */
const TAB_RE = /\t/g;
/** Form feeds (page breaks), read as line breaks. */
const FORM_FEED_RE = /\f/g;

/** Known binary file signatures (magic numbers) with a human name for error messages. */
const BINARY_SIGNATURES: ReadonlyArray<{ name: string; bytes: readonly number[] }> = [
  { name: "PDF", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // "%PDF-"
  { name: "PNG", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: "ZIP (or docx/xlsx/epub)", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: "gzip", bytes: [0x1f, 0x8b] },
  { name: "JPEG", bytes: [0xff, 0xd8, 0xff] },
  { name: "GIF", bytes: [0x47, 0x49, 0x46, 0x38] }, // "GIF8"
  { name: "bzip2", bytes: [0x42, 0x5a, 0x68] }, // "BZh" followed by a digit, checked below
  { name: "7-Zip", bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: "RAR", bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { name: "ELF executable", bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: "OLE2 (legacy Office)", bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: "WebAssembly", bytes: [0x00, 0x61, 0x73, 0x6d] },
];

/** How many leading bytes the control-character census looks at. */
const BINARY_SAMPLE_BYTES = 8192;
/** Share of control characters above which content counts as binary. */
const MAX_CONTROL_SHARE = 0.1;
/** U+FFFD and C1 controls: what a failed or wrong decode leaves behind. */
const GARBAGE_CHAR_RE = /[\uFFFD\u0080-\u009F]/g;
/** Share of U+FFFD / C1 controls after the fallback decode above which the text counts as undecodable. */
const MAX_GARBAGE_SHARE = 0.1;

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/**
 * windows-1252 characters for bytes 0x80–0x9F (0x80 → "€", 0x93 → "“"); Node 20's TextDecoder
 * decodes the "windows-1252" label as ISO-8859-1 there, so the table is applied by hand.
 * The five bytes windows-1252 leaves undefined stay C1 controls, as in the WHATWG decoder.
 */
const WINDOWS_1252_HIGH =
  "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";
/** C1 control characters as produced by an ISO-8859-1 decode of bytes 0x80–0x9F. */
const C1_RE = /[\u0080-\u009F]/g;

/** Decodes windows-1252 correctly on every Node version: Latin-1 decode, then the 0x80–0x9F table. */
function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder("windows-1252")
    .decode(bytes)
    .replace(C1_RE, (c) => WINDOWS_1252_HIGH.charAt(c.charCodeAt(0) - 0x80));
}

/** Zero-width characters that only get in the way of tokenisation. */
const ZERO_WIDTH_RE = /\u200B|\u200C|\u200D|\u2060|\uFEFF|\u00AD/g;
/** Non-breaking and other fixed-width spaces that should be plain spaces. */
const SPECIAL_SPACE_RE = /[\u00A0\u2007\u202F\u2000-\u200A\u205F\u3000]/g;
/** Control characters other than tab and newline (C0, DEL, C1). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL_CHAR_RE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
/** Control characters that never occur in text files (tab, LF, CR and form feed excluded). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const BINARY_CONTROL_RE = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;
/** Unicode line and paragraph separators. */
const UNICODE_LINE_SEPARATOR_RE = /[\u2028\u2029\u0085]/g;
const CRLF_RE = /\r\n?/g;
/** A UTF-16 surrogate without its partner (only possible in strings handed over by JS callers). */
const LONE_SURROGATE_RE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function startsWithBytes(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return startsWithBytes(bytes, [0xff, 0xfe]) || startsWithBytes(bytes, [0xfe, 0xff]);
}

/** Guesses BOM-less UTF-16 from NUL bytes sitting at every other position; "h\0e\0l\0l\0o\0" → "utf-16le". */
function sniffUtf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const n = Math.min(bytes.length, BINARY_SAMPLE_BYTES) & ~1;
  if (n < 8) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul / pairs > 0.7 && evenNul / pairs < 0.05) return "utf-16le";
  if (evenNul / pairs > 0.7 && oddNul / pairs < 0.05) return "utf-16be";
  return undefined;
}

/** Names the binary format of `bytes` when it looks like one ("PNG", "NUL bytes", …), else undefined. */
export function detectBinaryContent(bytes: Uint8Array | string): string | undefined {
  if (typeof bytes === "string") {
    if (bytes.includes("\u0000")) return "NUL characters";
    return countControlShare(bytes.slice(0, BINARY_SAMPLE_BYTES)) > MAX_CONTROL_SHARE
      ? "mostly control characters"
      : undefined;
  }
  if (hasUtf16Bom(bytes) || sniffUtf16WithoutBom(bytes)) return undefined;
  for (const signature of BINARY_SIGNATURES) {
    if (!startsWithBytes(bytes, signature.bytes)) continue;
    // "BZh" alone could start an English word; bzip2 puts a block-size digit after it
    if (
      signature.name === "bzip2" &&
      !(bytes[3] !== undefined && bytes[3] >= 0x31 && bytes[3] <= 0x39)
    )
      continue;
    return signature.name;
  }
  const sampleLength = Math.min(bytes.length, BINARY_SAMPLE_BYTES);
  let controls = 0;
  for (let i = 0; i < sampleLength; i++) {
    const b = bytes[i] as number;
    if (b === 0) return "NUL bytes";
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f)
      controls++;
  }
  return sampleLength > 0 && controls / sampleLength > MAX_CONTROL_SHARE
    ? "mostly control characters"
    : undefined;
}

function countControlShare(text: string): number {
  if (text.length === 0) return 0;
  const controls = text.match(BINARY_CONTROL_RE)?.length ?? 0;
  return controls / text.length;
}

function decodeStrictly(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

function garbageShare(text: string): number {
  if (text.length === 0) return 0;
  const garbage = text.match(GARBAGE_CHAR_RE)?.length ?? 0;
  return garbage / text.length;
}

/**
 * Decodes raw input to a string: UTF-8 (BOM stripped), UTF-16 with a BOM (or clear NUL
 * interleaving), else windows-1252 — e.g. a Latin-1 byte 0xA3 comes out as "£".
 */
export function decodeBytes(bytes: Uint8Array | string, input: string): string {
  if (typeof bytes === "string") {
    const text = bytes.startsWith("\uFEFF") ? bytes.slice(1) : bytes;
    // lone surrogates from a JS caller are repairable: swap them for U+FFFD
    return text.replace(LONE_SURROGATE_RE, "\uFFFD");
  }
  if (startsWithBytes(bytes, UTF8_BOM)) {
    return new TextDecoder("utf-8").decode(bytes.subarray(3));
  }
  const utf16 = startsWithBytes(bytes, [0xff, 0xfe])
    ? "utf-16le"
    : startsWithBytes(bytes, [0xfe, 0xff])
      ? "utf-16be"
      : sniffUtf16WithoutBom(bytes);
  if (utf16) {
    const hasBom = hasUtf16Bom(bytes);
    const body = hasBom ? bytes.subarray(2) : bytes;
    // a dangling odd byte or a lone surrogate: repair with U+FFFD unless that leaves mostly garbage
    const strict = decodeStrictly(body, utf16);
    if (strict !== undefined) return strict;
    const lenient = new TextDecoder(utf16).decode(body);
    if (garbageShare(lenient) > MAX_GARBAGE_SHARE) {
      throw new IntakeError(
        "INVALID_ENCODING",
        input,
        `is not valid ${utf16.toUpperCase()} and cannot be repaired`,
      );
    }
    return lenient;
  }
  const utf8 = decodeStrictly(bytes, "utf-8");
  if (utf8 !== undefined) return utf8;
  const legacy = decodeWindows1252(bytes);
  if (garbageShare(legacy) > MAX_GARBAGE_SHARE) {
    throw new IntakeError(
      "INVALID_ENCODING",
      input,
      "is neither valid UTF-8 nor readable as windows-1252 text",
    );
  }
  return legacy;
}

/** Normalises decoded text: NFC, LF line ends, plain spaces for NBSP, no zero-width or control characters. */
export function normaliseText(text: string): string {
  let out = text.normalize("NFC");
  out = out.replace(CRLF_RE, "\n").replace(UNICODE_LINE_SEPARATOR_RE, "\n");
  out = out.replace(ZERO_WIDTH_RE, "").replace(SPECIAL_SPACE_RE, " ");
  out = out.replace(TAB_RE, " ").replace(FORM_FEED_RE, "\n").replace(CONTROL_CHAR_RE, "");
  return out;
}

/** Byte length of raw input, counting a string as its UTF-8 encoding. */
export function measureBytes(bytes: Uint8Array | string): number {
  return typeof bytes === "string" ? Buffer.byteLength(bytes, "utf8") : bytes.length;
}
