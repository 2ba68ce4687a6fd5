/**
 * HTML character references left in text that is not HTML: "Bryn F&#244;n", "AT&amp;T" in plain
 * text, Markdown or a JSON record's body (what a scraper or a feed export leaves behind). HTML
 * input is decoded by its parser and never passes through here.
 */
import { decodeHTMLStrict } from "entities";

/**
 * "&#233;", "&#xE9;", "&eacute;": a complete reference with its semicolon. A bare "&" ("AT&T",
 * "R&D") or an unterminated "&copy" is text and stays as it is.
 */
const CHARACTER_REFERENCE_RE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

/**
 * "America¿s", "don¿t": an apostrophe lost in a code-page conversion comes back as an inverted
 * question mark (U+00BF) between a word and its possessive or contraction ending. Spanish opens
 * a question with it after a space or a quote, never inside a word.
 */
const LOST_APOSTROPHE_RE = /(?<=\p{L})\u00bf(?=(?:s|t|d|ll|re|ve|m)(?![\p{L}\p{N}]))/gu;

/** Decodes the complete character references of non-HTML text and restores lost apostrophes. */
export function decodeCharacterReferences(text: string): string {
  let out = text;
  if (out.includes("&"))
    out = out.replace(CHARACTER_REFERENCE_RE, (reference) => decodeHTMLStrict(reference));
  if (out.includes("\u00bf")) out = out.replace(LOST_APOSTROPHE_RE, "\u2019");
  return out;
}
