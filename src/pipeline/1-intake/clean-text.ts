/** Paragraph-level cleanup shared by every format: lone links, site boilerplate, page-broken paragraphs. */

/** Whitespace between words. */
const WHITESPACE_RE = /\s+/;

/** One paragraph of the analysed text; headings never absorb or get absorbed by a neighbour. */
export interface Block {
  text: string;
  heading: boolean;
}

/** "[wsws.org/contact](https://www.wsws.org/contact)": a Markdown link alone on a line. */
const LONE_MARKDOWN_LINK_RE = /^[-*•>\s]*!?\[[^\]]*\]\([^)\s]*(?:\s+"[^"]*")?\)[\s.]*$/;
/** "https://example.com/x", "<https://example.com>", "www.example.com": a bare link alone on a line. */
const LONE_URL_RE = /^[-*•>\s]*<?(?:https?:\/\/|www\.)\S+>?$/i;
/** "wsws.org/contact": a bare domain (with an optional path) alone on a line. */
const LONE_DOMAIN_RE =
  /^[-*•>\s]*[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|edu|gov|int|info|io|co|uk|de|fr|eu|au|ca|news)(?:\/\S*)?$/i;

/** "To contact the WSWS and the Socialist Equality Party visit:": a site contact prompt. */
const CONTACT_RE =
  /^(?:to\s+contact\b|contact\s+us\b|get\s+in\s+touch\b|send\s+(?:us\s+)?(?:a\s+)?(?:tip|story|news)\b)/i;
/** "Share this article", "Share on Facebook", "Share:": sharing widgets. */
const SHARE_RE =
  /^(?:share(?:\s+(?:this|on|via|the\s+story|article|page)\b|\s*:|$)|tweet\s+this\b|email\s+this\b|print\s+this\b)/i;
/** "Follow us on Twitter", "Follow The Times on Facebook": social prompts. */
const FOLLOW_RE = /^(?:follow\s+.{0,60}\s+on\s+|like\s+us\s+on\s+|find\s+us\s+on\s+)/i;
/** "© 2023 Example Media", "Copyright 2023 …", "All rights reserved.": copyright lines. */
const COPYRIGHT_RE = /^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b/i;
/** "Read more:", "Related:", "More on this story", "See also": link-list headers. */
const READ_MORE_RE =
  /^(?:read\s+more\b|related(?:\s+(?:articles|stories|coverage|content|topics))?\s*:?$|more\s+on\s+this\s+story\b|see\s+also\b|recommended\b|most\s+read\b|you\s+may\s+also\s+like\b|also\s+read\b)/i;
/** "Sign up for our newsletter", "Subscribe to …": newsletter and subscription prompts. */
const NEWSLETTER_RE =
  /\bnewsletters?\b|^(?:subscribe|sign\s+up|register)\b|\b(?:in|to)\s+your\s+inbox\b/i;
/** "Advertisement", "Sponsored content", "Tags: …": other site furniture. */
const FURNITURE_RE =
  /^(?:advertisement|sponsored(?:\s+content)?|tags?:|topics:|filed\s+under\b|comments?\s*\(\d*\)|\d+\s+comments?$|back\s+to\s+top$|click\s+here\b)/i;
/** Boilerplate is short; a long paragraph that happens to mention a newsletter is prose. */
const MAX_BOILERPLATE_LENGTH = 220;

/** Ends a sentence or a quotation: . ! ? : … and closing quotes or brackets. */
const TERMINAL_PUNCTUATION_RE = /[.!?:…"”’'»)\]]$/;
/** "between the two countries": a paragraph opening with a lowercase word (not "iPhone", "eBay"). */
const LOWERCASE_START_RE = /^[\p{Ll}][\p{Ll}'’-]*(?:[\s,;.:!?]|$)/u;
/** "Biden.": a fragment of at most this many words left alone by a page break. */
const MAX_FRAGMENT_WORDS = 3;
/** A paragraph this short without punctuation is more likely a subheading than a broken sentence. */
const MIN_BROKEN_PARAGRAPH_WORDS = 8;

/** True when a line is nothing but a link (Markdown link, URL or bare domain). */
export function isLoneLink(line: string): boolean {
  const text = line.trim();
  if (text === "") return false;
  return LONE_MARKDOWN_LINK_RE.test(text) || LONE_URL_RE.test(text) || LONE_DOMAIN_RE.test(text);
}

/** True when a paragraph is site furniture (contact prompt, share/follow buttons, copyright, "Read more:", newsletter pitch). */
export function isBoilerplate(paragraph: string): boolean {
  const text = paragraph.trim();
  if (text === "") return true;
  if (isLoneLink(text)) return true;
  if (text.length > MAX_BOILERPLATE_LENGTH) return false;
  return (
    CONTACT_RE.test(text) ||
    SHARE_RE.test(text) ||
    FOLLOW_RE.test(text) ||
    COPYRIGHT_RE.test(text) ||
    READ_MORE_RE.test(text) ||
    NEWSLETTER_RE.test(text) ||
    FURNITURE_RE.test(text)
  );
}

function countWords(text: string): number {
  return text.split(WHITESPACE_RE).filter((w) => w !== "").length;
}

/** True when `next` continues the sentence that `previous` left unfinished at a page break. */
export function isPageBreakContinuation(previous: string, next: string): boolean {
  const prev = previous.trimEnd();
  const cont = next.trimStart();
  if (prev === "" || cont === "" || TERMINAL_PUNCTUATION_RE.test(prev)) return false;
  // "discussions were underway" + "between the two countries …"
  if (LOWERCASE_START_RE.test(cont)) return true;
  // "… US presidents, including" + "Biden."
  return countWords(cont) <= MAX_FRAGMENT_WORDS && countWords(prev) >= MIN_BROKEN_PARAGRAPH_WORDS;
}

/** Drops boilerplate paragraphs from the end of the article (a site footer), keeping everything before. */
export function trimTrailingBoilerplate(blocks: Block[]): Block[] {
  let end = blocks.length;
  while (end > 0 && isBoilerplate((blocks[end - 1] as Block).text)) end--;
  return end === blocks.length ? blocks : blocks.slice(0, end);
}

/** Joins paragraphs split mid-sentence by page breaks ("including" + "Biden." → "including Biden."). */
export function rejoinBrokenParagraphs(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const last = out[out.length - 1];
    if (last && !last.heading && !block.heading && isPageBreakContinuation(last.text, block.text)) {
      last.text = `${last.text} ${block.text.trimStart()}`;
    } else {
      out.push({ ...block });
    }
  }
  return out;
}

/** Full paragraph cleanup: trailing boilerplate off, broken paragraphs rejoined, empty ones gone. */
export function cleanBlocks(blocks: Block[]): Block[] {
  const nonEmpty = blocks.filter((b) => b.text.trim() !== "");
  // trim before rejoining so a footer never gets glued onto the last sentence, and after in case rejoining exposed one
  return trimTrailingBoilerplate(rejoinBrokenParagraphs(trimTrailingBoilerplate(nonEmpty)));
}

/** Renders paragraphs as the analysed text: one paragraph per block, separated by exactly one blank line. */
export function joinBlocks(blocks: Block[]): string {
  return blocks
    .map((b) => b.text.trim())
    .filter((t) => t !== "")
    .join("\n\n");
}
