/**
 * Token matching for the entity layer: COUNTRY / PLACE / ORGANIZATION mentions in a sentence,
 * non-overlapping, longest match first ("United Kingdom", "US", "Chinese", "Washington").
 */

import { MONTH_NUMBERS, WEEKDAY_NUMBERS } from "../../model/lexicons/calendar-names.js";
import { SENTENCE_OPENING_MARKS } from "../../model/lexicons/metonymy-cues.js";
import { HONORIFICS, TITLE_ROWS } from "../../model/lexicons/titles-of-office.js";
import type { Token } from "../../types.js";
import { DOMAINS, ENTITY_TRIE, refOf } from "./build-gazetteer.js";
import { findCompoundMentions } from "./compound-names.js";
import type { GazetteerEntry, GazetteerMention } from "./gazetteer-types.js";
import { toMention } from "./metonym-readings.js";
import { ALL_CAPS_RE, normaliseText, titleCaseCaps } from "./surface-text.js";
import { matchTrie, type TrieMatch, type TrieNode } from "./surface-trie.js";

const SENTENCE_OPENERS: ReadonlySet<string> = new Set(SENTENCE_OPENING_MARKS);
const LOWERCASE_LETTER_RE = /[a-z]/;
/** Opening brackets: what follows is often a list of names, not a sentence. */
const BRACKETS: ReadonlySet<string> = new Set(["(", "["]);
/** A capitalised word in running text ("Social", "Latin"). */
const NAME_WORD_RE = /^\p{Lu}\p{Ll}/u;
/** Capitalised words that may stand before a name without being part of it ("President", "Monday"). */
const NOT_NAME_PARTS: ReadonlySet<string> = new Set([
  ...TITLE_ROWS.flatMap(([, , variants]) =>
    variants.split("|").map((v) => v.split(" ").at(-1) ?? ""),
  ),
  ...Object.keys(MONTH_NUMBERS),
  ...Object.keys(WEEKDAY_NUMBERS),
  ...[...HONORIFICS].map((word) => word.toLowerCase()),
]);

/**
 * "Social Democrats", "Latin American": an alias or demonym right after a capitalised word that
 * is neither a title, a date nor a known name is the tail of a longer name, not that entity.
 */
function isTailOfLongerName(tokens: readonly Token[], i: number, via: string): boolean {
  if (via !== "alias" && via !== "demonym") return false;
  // "(Social Democrats, Greens)": a bracket opens a list as often as a sentence.
  const opener = tokens[i - 2]?.text ?? "";
  if (i === 0 || (isSentenceStart(tokens, i - 1) && !BRACKETS.has(opener))) return false;
  const previous = normaliseText(tokens[i - 1]?.text ?? "");
  return NAME_WORD_RE.test(previous) && !NOT_NAME_PARTS.has(previous.toLowerCase());
}

/** True when token i starts a sentence or a quotation, so its capital letter proves nothing. */
export function isSentenceStart(tokens: readonly Token[], i: number): boolean {
  if (i === 0) return true;
  const previous = tokens[i - 1]?.text ?? "";
  return SENTENCE_OPENERS.has(previous);
}

/** First-token spellings to try: as written, and lowercased at sentence start ("Al-Qaeda"). */
export function firstTokenKeys(tokens: readonly Token[], i: number): string[] {
  const text = normaliseText(tokens[i]?.text ?? "");
  const keys = [text];
  if (isSentenceStart(tokens, i) && text.length > 1) {
    const lowered = text[0]?.toLowerCase() + text.slice(1);
    if (lowered !== text) keys.push(lowered);
  }
  return keys;
}

/** Longest match at i, retrying an all-caps run as title case ("MOSCOW 1996-08-30", "NEW YORK"). */
function matchTokensAt(
  trie: Map<string, TrieNode>,
  tokens: readonly Token[],
  i: number,
  keys: string[],
): TrieMatch | undefined {
  const match = matchTrie(trie, tokens, i, keys);
  if (match) return match;
  const text = normaliseText(tokens[i]?.text ?? "");
  if (text.length < 3 || !ALL_CAPS_RE.test(text)) return undefined;
  const titled = matchTrie(trie, tokens, i, [titleCaseCaps(text)], true);
  if (!titled) return undefined;
  let letters = 0;
  for (let j = i; j < titled.end; j += 1) letters += tokens[j]?.text.length ?? 0;
  return letters >= 4 ? titled : undefined;
}

/** A bare domain or URL token ("wsws.org/contact", "https://www.nytimes.com/..."). */
const DOMAIN_RE = /^(?:[a-z]+:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:[/:?#]|$)/i;

/** The organisation a domain token stands for ("wsws.org" → World Socialist Web Site). */
function matchDomain(text: string): GazetteerEntry | undefined {
  const host = DOMAIN_RE.exec(text)?.[1]?.toLowerCase();
  if (!host) return undefined;
  const labels = host.split(".");
  // "edition.cnn.com" → "cnn.com": try the host, then its parent domains.
  for (let i = 0; i < labels.length - 1; i += 1) {
    const entry = DOMAINS.get(labels.slice(i).join("."));
    if (entry) return entry;
  }
  return undefined;
}

/**
 * Finds the longest match starting exactly at token `start` (entity layer), or undefined.
 * Used by the title matcher to read qualifiers ("Chinese" in "Chinese President").
 */
export function matchGazetteerAt(
  tokens: readonly Token[],
  start: number,
): GazetteerMention | undefined {
  if (!tokens[start]) return undefined;
  const match = matchTokensAt(ENTITY_TRIE, tokens, start, firstTokenKeys(tokens, start));
  return match ? toMention(tokens, start, match.end, match.hit) : undefined;
}

/**
 * Finds country, place and organisation mentions in one sentence's tokens: longest match first,
 * non-overlapping except for `compound` mentions, which share their hyphenated token.
 */
export function findGazetteerMentions(tokens: readonly Token[]): GazetteerMention[] {
  const mentions: GazetteerMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const match = matchTokensAt(ENTITY_TRIE, tokens, i, firstTokenKeys(tokens, i));
    // The previous word is no match of its own, or it would have been taken with this one.
    const afterMention = mentions.at(-1)?.end === i;
    if (match && !afterMention && isTailOfLongerName(tokens, i, match.hit.via)) {
      i = match.end;
      continue;
    }
    if (match) {
      mentions.push(toMention(tokens, i, match.end, match.hit));
      i = match.end;
      continue;
    }
    const text = tokens[i]?.text ?? "";
    if (text.length > 4 && text.includes(".") && LOWERCASE_LETTER_RE.test(text)) {
      const organisation = matchDomain(text);
      if (organisation)
        mentions.push({ start: i, end: i + 1, ...refOf(organisation), via: "alias" });
    } else if (text.length > 3 && (text.includes("-") || text.includes("–"))) {
      mentions.push(...findCompoundMentions(text, i));
    }
    i += 1;
  }
  return mentions;
}
