/** Plain text → title, byline, date and clean paragraphs (the layout of the seed article and BBC files). */

import { type Byline, parseByline } from "./byline.js";
import { type Block, cleanBlocks, isLoneLink } from "./clean-text.js";
import { parseDateLine } from "./publication-date.js";

/** A line that starts with a letter (continues a hyphen-wrapped word). */
const LETTER_START_RE = /^\p{L}/u;

/** One input line; Markdown headings are flagged so they stay paragraphs of their own. */
export interface SourceLine {
  text: string;
  heading: boolean;
}

/** What the text layout yields: header metadata plus the cleaned body paragraphs. */
export interface TextArticle {
  title: string | null;
  author: string | null;
  /** An agency named in the byline ("Jane Doe, Reuters" → "Reuters"). */
  affiliation: string | null;
  publishedAt: string | null;
  blocks: Block[];
}

/** Whether to look for a title/byline/date header at the top. */
export interface TextLayoutOptions {
  detectHeader: boolean;
}

/** Lines longer than this are whole paragraphs, not hard-wrapped pieces of one. */
const HARD_WRAP_MAX_LENGTH = 100;
/** A title is a short line; a long first line is the opening paragraph. */
const MAX_TITLE_LENGTH = 200;
/** Byline and date lines sit in the first few lines after the title. */
const MAX_HEADER_LINES = 3;
/** "Jane Doe | 23 March 2023", "By Jane Doe · March 23, 2023": byline and date on one line. */
export const BYLINE_DATE_SEPARATOR_RE = /\s+[|·•—–-]\s+|\s*\|\s*/;
/** "…, and the" or "on Tuesday." at a line end: a title never ends in these ("Rivals of the Apple..." may). */
const TITLE_BAD_ENDING_RE = /[,;]$|(?<!\.\.|\b\p{Lu})\.$/u;
const SENTENCE_END_RE = /[.!?:…"”’)]$/;
/** "well-" + "known": a word hyphenated across a line break. */
const WRAPPED_HYPHEN_RE = /\p{L}-$/u;
const WHITESPACE_RUN_RE = /\s+/g;

/** Splits normalised text into unflagged source lines. */
export function splitSourceLines(text: string): SourceLine[] {
  return text.split("\n").map((line) => ({ text: line, heading: false }));
}

function isBlank(line: SourceLine | undefined): boolean {
  return line === undefined || line.text.trim() === "";
}

interface HeaderFacts {
  author: string | null;
  affiliation: string | null;
  publishedAt: string | null;
}

/** Where a header line sits: a bare name counts as a byline only next to the title or a date line. */
interface HeaderContext {
  /** The line directly above is the title or another header line (no blank line between). */
  attachedAbove: boolean;
  /** The line directly below, when it is not blank. */
  nextLine: string | undefined;
}

function acceptByline(
  byline: Byline | null,
  context: HeaderContext,
  dateOnSameLine: boolean,
): byline is Byline {
  if (byline === null) return false;
  // "Peter Symonds" above "23 March 2023" is a byline; "Ewood Park" alone between blank lines (BBC sport) is a venue
  if (byline.prefixed || dateOnSameLine || context.attachedAbove) return true;
  return context.nextLine !== undefined && parseDateLine(context.nextLine) !== null;
}

/** Words a desk or agency credit line has at most. */
const MAX_DESK_WORDS = 6;

/**
 * A short capitalised line with no sentence punctuation directly above a date line: the credit
 * of a desk or agency ("Northwind Wire business desk"), which names no person for parseByline.
 */
function isDeskLine(line: string, context: HeaderContext): boolean {
  if (context.nextLine === undefined || parseDateLine(context.nextLine) === null) return false;
  const words = line.split(/\s+/);
  return words.length <= MAX_DESK_WORDS && /^\p{Lu}/u.test(line) && !/[.!?:;,"“”]/.test(line);
}

/** Reads one header line as byline, date, or "byline | date"; false when it is body text. */
function readHeaderLine(line: string, facts: HeaderFacts, context: HeaderContext): boolean {
  const date = parseDateLine(line);
  if (date !== null && facts.publishedAt === null) {
    facts.publishedAt = date;
    return true;
  }
  const byline = parseByline(line);
  if (facts.author === null && acceptByline(byline, context, false)) {
    facts.author = byline.author;
    facts.affiliation = byline.affiliation;
    return true;
  }
  // "Northwind Wire business desk" right above "23 March 2023": a desk or agency signs it.
  if (facts.author === null && facts.publishedAt === null && isDeskLine(line, context)) {
    facts.author = line;
    return true;
  }
  // "By Jane Doe | 23 March 2023": both on one line
  const parts = line
    .split(BYLINE_DATE_SEPARATOR_RE)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (parts.length !== 2 || facts.author !== null || facts.publishedAt !== null) return false;
  const [a, b] = parts as [string, string];
  for (const [namePart, datePart] of [
    [a, b],
    [b, a],
  ] as const) {
    const partDate = parseDateLine(datePart);
    const partByline = parseByline(namePart);
    if (partDate !== null && acceptByline(partByline, context, true)) {
      facts.author = partByline.author;
      facts.affiliation = partByline.affiliation;
      facts.publishedAt = partDate;
      return true;
    }
  }
  return false;
}

function isTitleCandidate(line: SourceLine): boolean {
  const text = line.text.trim();
  if (text.length === 0 || text.length > MAX_TITLE_LENGTH) return false;
  // "Xi met Putin on Tuesday." is an opening sentence; a headline has no full stop
  return line.heading || !TITLE_BAD_ENDING_RE.test(text);
}

/** Joins the lines of one paragraph: hard wraps become spaces, "well-" + "known" becomes "well-known". */
function joinWrappedLines(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let current = "";
  let previous = "";
  for (const raw of lines) {
    const line = raw.trim();
    if (current === "") {
      current = line;
    } else if (previous.length > HARD_WRAP_MAX_LENGTH && SENTENCE_END_RE.test(previous)) {
      // one paragraph per line, no blank lines between: long lines are not hard wraps
      blocks.push({ text: current, heading: false });
      current = line;
    } else if (WRAPPED_HYPHEN_RE.test(previous) && LETTER_START_RE.test(line)) {
      current += line;
    } else {
      current += ` ${line}`;
    }
    previous = line;
  }
  if (current !== "") blocks.push({ text: current, heading: false });
  return blocks.map((b) => ({ ...b, text: b.text.replace(WHITESPACE_RUN_RE, " ").trim() }));
}

/** Groups lines into paragraphs at blank lines; headings always stand alone. */
function groupBlocks(lines: SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let pending: string[] = [];
  const flush = (): void => {
    if (pending.length > 0) blocks.push(...joinWrappedLines(pending));
    pending = [];
  };
  for (const line of lines) {
    if (line.heading) {
      flush();
      const text = line.text.replace(WHITESPACE_RUN_RE, " ").trim();
      if (text !== "") blocks.push({ text, heading: true });
    } else if (isBlank(line)) {
      flush();
    } else {
      pending.push(line.text);
    }
  }
  flush();
  return blocks;
}

/**
 * Lays out article lines: optional header (title, byline "Peter Symonds", date "23 March 2023"),
 * then the body as cleaned paragraphs.
 */
export function parseTextLines(sourceLines: SourceLine[], options: TextLayoutOptions): TextArticle {
  // lone link lines are navigation, never prose: treat them as paragraph breaks
  const lines = sourceLines.map((line) =>
    isLoneLink(line.text) ? { text: "", heading: false } : line,
  );
  const facts: HeaderFacts = { author: null, affiliation: null, publishedAt: null };
  let title: string | null = null;
  let bodyStart = 0;
  if (options.detectHeader) {
    const first = lines.findIndex((line) => !isBlank(line));
    const firstLine = lines[first];
    if (firstLine && isTitleCandidate(firstLine)) {
      let cursor = first + 1;
      let headerLines = 0;
      let afterHeader = cursor;
      while (cursor < lines.length && headerLines < MAX_HEADER_LINES) {
        const line = lines[cursor] as SourceLine;
        if (isBlank(line)) {
          cursor++;
          continue;
        }
        const below = lines[cursor + 1];
        const context: HeaderContext = {
          attachedAbove: !isBlank(lines[cursor - 1]),
          nextLine: below === undefined || isBlank(below) ? undefined : below.text.trim(),
        };
        if (line.heading || !readHeaderLine(line.text.trim(), facts, context)) break;
        headerLines++;
        cursor++;
        afterHeader = cursor;
      }
      // a title needs a body under it: a one-paragraph text is all body
      const hasBody = lines.slice(afterHeader).some((line) => !isBlank(line));
      if (hasBody) {
        title = firstLine.text.replace(WHITESPACE_RUN_RE, " ").trim();
        bodyStart = afterHeader;
      } else {
        facts.author = null;
        facts.affiliation = null;
        facts.publishedAt = null;
      }
    }
  }
  const blocks = cleanBlocks(groupBlocks(lines.slice(bodyStart)));
  return { title, ...facts, blocks };
}

/** Parses plain text (seed-article and BBC layouts) into header metadata and paragraphs. */
export function parsePlainText(text: string, options: TextLayoutOptions): TextArticle {
  return parseTextLines(splitSourceLines(text), options);
}
