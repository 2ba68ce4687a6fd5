/**
 * Segment stage: splits cleaned article text into sentences and CoNLL/PTB-style tokens, each with
 * character offsets into the text. One hand-written pass over char codes (no per-char regexes),
 * because this runs on every article and the tagger downstream expects CoNLL tokenisation.
 */

import {
  NON_TERMINAL_ABBREVIATIONS,
  SENTENCE_OPENERS,
  TERMINAL_ABBREVIATIONS,
} from "../model/lexicons/sentence-boundaries.js";
import type { Sentence, Token } from "../types.js";

/** Clitics PTB splits off the word before them ("he's" → "he" "'s"). */
const CLITICS: ReadonlySet<string> = new Set(["s", "re", "ve", "ll", "m", "d"]);

/** Non-ASCII letter/digit/mark test, only consulted above U+007F. */
const UNICODE_WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** Non-ASCII uppercase test. */
const UNICODE_UPPER = /\p{Lu}/u;
/** Non-ASCII lowercase test. */
const UNICODE_LOWER = /\p{Ll}/u;

const C_APOS = 0x27;
const C_RSQUO = 0x2019;
const C_DOT = 0x2e;
const C_HYPHEN = 0x2d;
const C_DQUOTE = 0x22;

const WORD_CHAR_CACHE = new Map<number, boolean>();

function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // Latin-1 letters except × and ÷
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  let cached = WORD_CHAR_CACHE.get(c);
  if (cached === undefined) {
    cached = UNICODE_WORD_CHAR.test(String.fromCharCode(c));
    WORD_CHAR_CACHE.set(c, cached);
  }
  return cached;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  return isWordChar(c) && !isDigit(c);
}

function isUpperChar(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return UNICODE_UPPER.test(String.fromCharCode(c));
}

function isLowerChar(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  return UNICODE_LOWER.test(String.fromCharCode(c));
}

function isSpace(c: number): boolean {
  return (
    c === 32 ||
    c === 10 ||
    c === 9 ||
    c === 13 ||
    c === 0xa0 ||
    c === 12 ||
    c === 11 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function isApostrophe(c: number): boolean {
  return c === C_APOS || c === C_RSQUO;
}

function isWordHyphen(c: number): boolean {
  return c === C_HYPHEN || c === 0x2010 || c === 0x2011;
}

/** Closing punctuation that stays with the sentence it follows ("...for it." In a ...). */
function isCloser(c: number): boolean {
  return c === 0x201d || c === C_RSQUO || c === 0x29 || c === 0x5d || c === 0x7d || c === 0xbb;
}

/** Characters that repeat into one token ("--", "...", "!!"). */
function isRunChar(c: number): boolean {
  return (
    c === C_HYPHEN ||
    c === C_DOT ||
    c === 0x21 ||
    c === 0x3f ||
    c === 0x2a ||
    c === 0x3d ||
    c === 0x5f ||
    c === 0x7e ||
    c === 0x23
  );
}

/** Token-final boundary strength: none, hard (. ! ?), conditional abbreviation, ellipsis. */
const END_NONE = 0;
const END_HARD = 1;
const END_ABBREV = 2;
const END_ELLIPSIS = 3;

/** Whether "U.S" / "e.g" / "F" may take the period that follows it. */
function isAcronymBody(text: string, start: number, end: number): boolean {
  // "U.S" / "e.g" / "a.m": alternating single letters and dots
  if ((end - start) % 2 === 0) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((i - start) % 2 === 0 ? !isLetter(c) : c !== C_DOT) return false;
  }
  return true;
}

/** Length of the letter run starting at `i`. */
function letterRunLength(text: string, i: number): number {
  let j = i;
  while (j < text.length && isLetter(text.charCodeAt(j))) j++;
  return j - i;
}

/** Splits text into sentences of tokens with character offsets; a blank line always ends a sentence. */
export function segmentText(text: string): Sentence[] {
  const n = text.length;
  const sentences: Sentence[] = [];
  let tokens: Token[] = [];
  let pendingEnd = END_NONE;
  let p = 0;

  const closeSentence = (): void => {
    if (tokens.length === 0) return;
    const first = tokens[0] as Token;
    const last = tokens[tokens.length - 1] as Token;
    sentences.push({ index: sentences.length, start: first.start, end: last.end, tokens });
    tokens = [];
    pendingEnd = END_NONE;
  };

  while (p < n) {
    // whitespace; two newlines mean a paragraph break
    let newlines = 0;
    const wsStart = p;
    while (p < n) {
      const c = text.charCodeAt(p);
      if (!isSpace(c)) break;
      if (c === 10) newlines++;
      p++;
    }
    if (p >= n) break;
    if (newlines >= 2) closeSentence();
    const spaceBefore = p > wsStart;

    const c = text.charCodeAt(p);
    const start = p;
    let end: number;
    let endKind = END_NONE;
    let closer = false;

    if (
      (c === 0x6e || c === 0x4e) &&
      !spaceBefore &&
      tokens.length > 0 &&
      isApostrophe(text.charCodeAt(p + 1)) &&
      (text.charCodeAt(p + 2) | 32) === 116 &&
      !isLetter(text.charCodeAt(p + 3))
    ) {
      // the "n't" split off "don't"
      end = p + 3;
    } else if (isWordChar(c)) {
      let q = p;
      for (;;) {
        while (q < n && isWordChar(text.charCodeAt(q))) q++;
        if (q + 1 >= n) break;
        const d = text.charCodeAt(q);
        const e = text.charCodeAt(q + 1);
        const prev = text.charCodeAt(q - 1);
        // "nuclear-armed", "Xi-Putin", "1996-08-22"
        if (isWordHyphen(d) && isWordChar(e)) {
          q += 2;
          continue;
        }
        // "3.5", "U.S", "Amazon.com"
        if (d === C_DOT && isWordChar(e)) {
          q += 2;
          continue;
        }
        // "1,000" and "2,500,000" but not "1,2"
        if (
          d === 0x2c &&
          isDigit(prev) &&
          isDigit(e) &&
          q + 3 < n &&
          isDigit(text.charCodeAt(q + 2)) &&
          isDigit(text.charCodeAt(q + 3)) &&
          !isDigit(text.charCodeAt(q + 4))
        ) {
          q += 4;
          continue;
        }
        // "10:30", "8/22/96"
        if ((d === 0x3a || d === 0x2f) && isDigit(prev) && isDigit(e)) {
          q += 2;
          continue;
        }
        // "AT&T", "john@example"
        if ((d === 0x26 && isUpperChar(prev) && isUpperChar(e)) || (d === 0x40 && isWordChar(e))) {
          q += 2;
          continue;
        }
        // "O'Brien" stays whole, "he's" / "they're" do not
        if (isApostrophe(d) && isLetter(e) && isLetter(prev)) {
          const run = letterRunLength(text, q + 1);
          const after = q + 1 + run;
          const clitic = text.slice(q + 1, after).toLowerCase();
          const isNt = clitic === "t" && (prev === 110 || prev === 78);
          if (!CLITICS.has(clitic) && !isNt) {
            q = after;
            continue;
          }
        }
        // "https://example.com/x": consume the URL up to whitespace
        if (d === 0x3a && e === 0x2f && q - p <= 5 && text.startsWith("//", q + 1)) {
          q += 3;
          while (q < n && !isSpace(text.charCodeAt(q))) q++;
          while (q > p && ",.;:!?)]\"'”’".includes(text.charAt(q - 1))) q--;
          break;
        }
        break;
      }
      end = q;
      // "don't" → "do" "n't"
      if (
        end + 1 < n &&
        isApostrophe(text.charCodeAt(end)) &&
        (text.charCodeAt(end + 1) | 32) === 116 &&
        !isLetter(text.charCodeAt(end + 2)) &&
        end - start >= 2 &&
        (text.charCodeAt(end - 1) | 32) === 110
      ) {
        end -= 1;
      }
      // "Mr." / "U.S." / "F." take their period
      if (
        end < n &&
        end === q &&
        text.charCodeAt(end) === C_DOT &&
        text.charCodeAt(end + 1) !== C_DOT
      ) {
        const body = text.slice(start, end);
        if (NON_TERMINAL_ABBREVIATIONS.has(body)) {
          end += 1;
        } else if (end - start === 1 && isUpperChar(c)) {
          // "John F. Kennedy": an initial
          end += 1;
        } else if (TERMINAL_ABBREVIATIONS.has(body) || isAcronymBody(text, start, end)) {
          end += 1;
          endKind = END_ABBREV;
        }
      }
    } else if (
      isApostrophe(c) &&
      tokens.length > 0 &&
      !spaceBefore &&
      isLetter(text.charCodeAt(p + 1))
    ) {
      // clitic after a word: "'s", "’s", "'re", "n't" is handled above
      const run = letterRunLength(text, p + 1);
      const clitic = text.slice(p + 1, p + 1 + run).toLowerCase();
      end = CLITICS.has(clitic) ? p + 1 + run : p + 1;
      closer = !CLITICS.has(clitic) && c === C_RSQUO;
    } else if (isRunChar(c)) {
      let q = p + 1;
      while (q < n && text.charCodeAt(q) === c) q++;
      end = q;
      if (c === C_DOT) endKind = q - p >= 3 ? END_ELLIPSIS : END_HARD;
      else if (c === 0x21 || c === 0x3f) endKind = END_HARD;
    } else if (c === 0x2026) {
      end = p + 1;
      endKind = END_ELLIPSIS;
    } else {
      end = p + 1;
      // a straight quote right after the period closes; after a space it opens
      closer = isCloser(c) || (c === C_DQUOTE && !spaceBefore) || (c === C_APOS && !spaceBefore);
    }

    // boundary decision for the sentence that is pending an end
    if (pendingEnd !== END_NONE) {
      if (closer && !spaceBefore) {
        // stays with the pending sentence: "for it.” In a ..."
      } else if (closer && isCloser(c)) {
        // "(He left.) Then"
      } else {
        const first = text.charCodeAt(start);
        let boundary: boolean;
        if (pendingEnd === END_HARD) {
          boundary =
            !isLowerChar(first) &&
            first !== 0x2c &&
            first !== 0x3b &&
            first !== 0x3a &&
            first !== 0x25;
        } else {
          const word = text.slice(start, end);
          const opensQuote = first === C_DQUOTE || first === 0x201c || first === 0x2018;
          boundary =
            pendingEnd === END_ABBREV
              ? opensQuote || SENTENCE_OPENERS.has(word)
              : opensQuote || isUpperChar(first);
        }
        if (boundary) closeSentence();
        else pendingEnd = END_NONE;
      }
    }

    tokens.push({ text: text.slice(start, end), start, end });
    if (endKind !== END_NONE) pendingEnd = endKind;
    p = end;
  }
  closeSentence();
  return sentences;
}
