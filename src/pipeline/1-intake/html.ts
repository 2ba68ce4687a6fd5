/** HTML → article metadata and paragraph lines, via linkedom and Mozilla Readability. */

import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { BLOCK_TAGS, CONTAINER_TAGS, SKIPPED_TAGS } from "../model/lexicons/html-tags.js";
import { parseByline } from "./byline.js";
import { BYLINE_DATE_SEPARATOR_RE, type SourceLine } from "./plain-text.js";
import { parseDateLine } from "./publication-date.js";

/** A value that is a URL, not a name. */
const URL_START_RE = /^https?:\/\//i;
/** A run of characters that are neither letters nor digits. */
const NON_WORD_RUN_RE = /[^\p{L}\p{N}]+/gu;

/** What an HTML page yields before the shared text cleanup; `publishedAt` is the raw attribute value. */
export interface HtmlArticle {
  title: string | null;
  author: string | null;
  publishedAt: string | null;
  url: string | null;
  source: string | null;
  lines: SourceLine[];
}

/** "<!doctype html>", "<html", "<body": a whole page rather than a fragment of article markup. */
const FULL_DOCUMENT_RE = /<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]/i;
/** "<p>", "</div>", "<br/>", "<article class=x>": tags that mark a string as HTML. */
const HTML_TAG_RE =
  /<\/?(?:html|head|body|p|div|br|span|a|article|section|main|h[1-6]|ul|ol|li|em|strong|b|i|blockquote|table|title|meta|script|style|figure|img)\b[^>]*>/i;
/** "NewsArticle", "BlogPosting", "ReportageNewsArticle": JSON-LD types that describe an article. */
const ARTICLE_TYPE_RE = /Article|BlogPosting|Report|NewsArticle/;
const WHITESPACE_RUN_RE = /\s+/g;
/** "By Jane Doe": a byline label to strip when the rest is not a clean name list. */
const BY_PREFIX_RE = /^\s*by:?\s+/i;

const HEADING_TAGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
/** Page furniture removed before the fallback (no Readability result) walks the body. */
const FURNITURE_SELECTOR =
  "nav, header, footer, aside, form, script, style, noscript, template, iframe, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";

/** class="ad-slot", id="share-tools", class="newsletter": page furniture inside the article element. */
const JUNK_CLASS_RE =
  /(?:^|[\s_-])(?:ad|ads|advert|adverts|advertisement|promo|sponsored|share|sharing|social|newsletter|related|recirc|subscribe|cookie|paywall|outbrain|taboola)(?:[\s_-]|$)/i;
/** class="byline", class="dateline", class="author": the byline box, whose facts come from metadata instead. */
const BYLINE_CLASS_RE =
  /(?:^|[\s_-])(?:byline|dateline|author|authors|timestamp|article-meta|post-meta|meta-info)(?:[\s_-]|$)/i;
/** style="display:none": content the reader never sees. */
const HIDDEN_STYLE_RE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
/** A byline box is short; a long element with an "author" class is content. */
const MAX_BYLINE_BOX_LENGTH = 200;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** True when a string looks like HTML markup ("<p>Xi met Putin</p>"), not prose with a stray "<". */
export function looksLikeHtml(text: string): boolean {
  return HTML_TAG_RE.test(text);
}

function cleanString(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const text = value.replace(WHITESPACE_RUN_RE, " ").trim();
  return text === "" ? null : text;
}

function readMeta(document: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const element =
      document.querySelector(`meta[property="${key}"]`) ??
      document.querySelector(`meta[name="${key}"]`) ??
      document.querySelector(`meta[itemprop="${key}"]`);
    const content = cleanString(element?.getAttribute("content"));
    if (content) return content;
  }
  return null;
}

interface JsonLdFacts {
  headline: string | null;
  author: string | null;
  datePublished: string | null;
  publisher: string | null;
  url: string | null;
}

function nameOf(value: unknown): string | null {
  if (typeof value === "string") return cleanString(value);
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== null);
    return names.length > 0 ? names.join(", ") : null;
  }
  if (value && typeof value === "object" && "name" in value)
    return nameOf((value as { name: unknown }).name);
  return null;
}

/** Finds the article object in JSON-LD scripts (top level, arrays or `@graph`). */
function readJsonLd(document: Document): JsonLdFacts {
  const facts: JsonLdFacts = {
    headline: null,
    author: null,
    datePublished: null,
    publisher: null,
    url: null,
  };
  const candidates: Record<string, unknown>[] = [];
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === "object") {
      const record = value as Record<string, unknown>;
      candidates.push(record);
      if (record["@graph"]) collect(record["@graph"]);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collect(JSON.parse(script.textContent ?? ""));
    } catch {
      // broken JSON-LD is common on real pages and only costs us metadata
    }
  }
  const article =
    candidates.find((c) => ARTICLE_TYPE_RE.test(String(c["@type"] ?? ""))) ??
    candidates.find((c) => "datePublished" in c || "headline" in c);
  if (!article) return facts;
  facts.headline = cleanString(article.headline);
  facts.author = nameOf(article.author);
  facts.datePublished = cleanString(article.datePublished);
  facts.publisher = nameOf(article.publisher);
  facts.url =
    cleanString(article.url) ??
    (typeof article.mainEntityOfPage === "string" ? article.mainEntityOfPage : null);
  return facts;
}

/** "By Jane Doe" → "Jane Doe"; other bylines are kept as written minus the label. */
function cleanAuthor(value: string | null | undefined): string | null {
  const text = cleanString(value);
  if (text === null || URL_START_RE.test(text)) return null;
  return parseByline(text)?.author ?? cleanString(text.replace(BY_PREFIX_RE, ""));
}

/** `<time>` standing alone ("<div><time>5 March</time></div>"): a dateline, whose value is read from metadata. */
function isStandaloneTime(element: Element): boolean {
  if (element.tagName.toLowerCase() !== "time") return false;
  const parent = element.parentElement;
  if (!parent || CONTAINER_TAGS.has(parent.tagName.toLowerCase())) return true;
  return (parent.textContent ?? "").trim() === (element.textContent ?? "").trim();
}

/** True for elements whose text is never article prose: hidden, ads, share widgets, byline boxes. */
function isJunkElement(element: Element): boolean {
  if (isStandaloneTime(element)) return true;
  if (element.hasAttribute("hidden") || element.getAttribute("aria-hidden") === "true") return true;
  if (HIDDEN_STYLE_RE.test(element.getAttribute("style") ?? "")) return true;
  const marks = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`;
  if (marks.trim() === "") return false;
  if (JUNK_CLASS_RE.test(marks)) return true;
  return BYLINE_CLASS_RE.test(marks) && (element.textContent ?? "").length <= MAX_BYLINE_BOX_LENGTH;
}

/**
 * Removes furniture from the page before Readability sees it (Readability drops class names when it
 * retags elements, so this cannot wait until after); returns the text of the first byline box.
 */
function removeJunkElements(document: Document): string | null {
  let bylineText: string | null = null;
  const root = document.body ?? document.documentElement;
  for (const element of Array.from(root.querySelectorAll("*"))) {
    if (!element.isConnected || !isJunkElement(element)) continue;
    const marks = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`;
    if (bylineText === null && BYLINE_CLASS_RE.test(marks))
      bylineText = cleanString(element.textContent);
    element.remove();
  }
  return bylineText;
}

/** "By Marta Quill · 14 May 2024" → "Marta Quill": the author part of a byline box. */
function authorFromBylineBox(text: string | null): string | null {
  if (text === null) return null;
  for (const part of text.split(BYLINE_DATE_SEPARATOR_RE)) {
    const byline = parseByline(part);
    if (byline) return byline.author;
  }
  return null;
}

/** Walks an element and emits paragraph lines: block elements break paragraphs, `<br>` breaks lines. */
function collectLines(root: Node): SourceLine[] {
  const lines: SourceLine[] = [];
  let buffer = "";
  const flush = (heading: boolean): void => {
    for (const piece of buffer.split("\n")) {
      const text = piece.replace(WHITESPACE_RUN_RE, " ").trim();
      if (text !== "") lines.push({ text, heading });
    }
    if (lines.length > 0 && lines[lines.length - 1]?.text !== "")
      lines.push({ text: "", heading: false });
    buffer = "";
  };
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        buffer += (child.textContent ?? "").replace(WHITESPACE_RUN_RE, " ");
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const tag = (child as Element).tagName.toLowerCase();
      if (SKIPPED_TAGS.has(tag) || isJunkElement(child as Element)) continue;
      if (tag === "br") {
        buffer += "\n";
      } else if (BLOCK_TAGS.has(tag)) {
        flush(false);
        walk(child);
        flush(HEADING_TAGS.has(tag));
      } else {
        walk(child);
      }
    }
  };
  walk(root);
  flush(false);
  return lines;
}

/**
 * Removes "By Jane Doe" and "23 March 2023" lines above the first paragraph (header furniture,
 * not prose) and returns what they said.
 */
function dropLeadingDatelines(lines: SourceLine[]): {
  author: string | null;
  publishedAt: string | null;
} {
  const found: { author: string | null; publishedAt: string | null } = {
    author: null,
    publishedAt: null,
  };
  while (lines.length > 0) {
    const text = (lines[0] as SourceLine).text;
    const date = text === "" ? null : parseDateLine(text);
    const byline = text === "" || date !== null ? null : parseByline(text);
    if (text !== "" && date === null && byline?.prefixed !== true) break;
    found.publishedAt ??= date;
    found.author ??= byline?.author ?? null;
    lines.shift();
  }
  return found;
}

function sameText(a: string, b: string): boolean {
  const norm = (s: string): string => s.toLowerCase().replace(NON_WORD_RUN_RE, " ").trim();
  return norm(a) === norm(b);
}

/** Parses HTML (a page or a fragment), extracts the main content with Readability and reads the metadata. */
export function extractHtml(html: string): HtmlArticle {
  const fullDocument = FULL_DOCUMENT_RE.test(html);
  const markup = fullDocument
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document: parsed } = parseHTML(markup);
  const document = parsed as unknown as Document;

  // metadata first: Readability rewrites the document as it goes
  const jsonLd = readJsonLd(document);
  const ogTitle = readMeta(document, "og:title", "twitter:title");
  const pageTitle = cleanString(document.querySelector("title")?.textContent);
  const firstH1 = cleanString(document.querySelector("h1")?.textContent);
  const metaAuthor = readMeta(
    document,
    "author",
    "article:author",
    "byl",
    "dc.creator",
    "DC.creator",
    "parsely-author",
    "sailthru.author",
  );
  const metaDate = readMeta(
    document,
    "article:published_time",
    "datePublished",
    "og:published_time",
    "pubdate",
    "publishdate",
    "date",
    "dc.date",
    "DC.date.issued",
    "parsely-pub-date",
    "sailthru.date",
  );
  const timeDate = cleanString(
    document.querySelector("article time[datetime]")?.getAttribute("datetime") ??
      document.querySelector("time[datetime]")?.getAttribute("datetime"),
  );
  const canonical = cleanString(
    document.querySelector('link[rel="canonical"]')?.getAttribute("href"),
  );
  const ogUrl = readMeta(document, "og:url");
  const siteName = readMeta(document, "og:site_name", "application-name");
  const bylineBox = removeJunkElements(document);

  let readable: ReturnType<Readability<Node>["parse"]> = null;
  if (fullDocument) {
    try {
      readable = new Readability<Node>(document, {
        serializer: (node) => node,
        keepClasses: true,
      }).parse();
    } catch {
      // Readability gives up on some odd documents; the body walk below still works
      readable = null;
    }
  }
  let lines = readable?.content ? collectLines(readable.content) : [];
  if (!lines.some((line) => line.text !== "")) {
    const { document: fresh } = parseHTML(markup);
    const freshDocument = fresh as unknown as Document;
    removeJunkElements(freshDocument);
    const body = freshDocument.body ?? freshDocument.documentElement;
    for (const junk of Array.from(body.querySelectorAll(FURNITURE_SELECTOR))) junk.remove();
    lines = collectLines(body);
  }

  const title = jsonLd.headline ?? ogTitle ?? cleanString(readable?.title) ?? pageTitle ?? firstH1;
  // the headline repeated at the top of the content is the title, not a paragraph
  const firstContent = lines.findIndex((line) => line.text !== "");
  const first = lines[firstContent];
  if (
    first &&
    title &&
    (sameText(first.text, title) || (firstH1 && first.heading && sameText(first.text, firstH1)))
  ) {
    lines.splice(firstContent, 1);
  }
  const dateline = dropLeadingDatelines(lines);
  return {
    title,
    author:
      cleanAuthor(readable?.byline) ??
      cleanAuthor(metaAuthor) ??
      cleanAuthor(jsonLd.author) ??
      authorFromBylineBox(bylineBox) ??
      dateline.author,
    publishedAt:
      metaDate ??
      jsonLd.datePublished ??
      cleanString(readable?.publishedTime) ??
      timeDate ??
      dateline.publishedAt,
    url: canonical ?? ogUrl ?? jsonLd.url,
    source: siteName ?? cleanString(readable?.siteName) ?? jsonLd.publisher,
    lines,
  };
}
