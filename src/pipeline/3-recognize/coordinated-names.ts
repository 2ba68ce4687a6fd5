/**
 * Two names the tagger read as one across "and": "Oscar hopefuls The Aviator, Million Dollar Baby
 * and Sideways" read "Million Dollar Baby and Sideways". One name joined to another loses both
 * identities, and a later "Sideways" resolves to the joined one. The span splits in two when the
 * article names each half on its own elsewhere ("Eastman's Million Dollar Baby", "nominee
 * Sideways"); a name that only ever comes whole ("Marks and Spencer", "Romeo and Juliet") stays.
 * An organisation's span also splits when each half is a whole firm's name, a name of its own
 * ended by a firm's word ("Zenith Bank and Okafor Securities"): one firm's name does not end in
 * the middle ("Fifth Third Bank and Trust Company", "Procter and Gamble" stay whole).
 */

import { FIRM_NAME_TAILS } from "../model/lexicons/firm-cues.js";
import { FIRM_TRADE_WORDS } from "../model/lexicons/firm-mention-cues.js";
import { FIRM_NAME_HEADS, ORGANIZATION_HEADS } from "../model/lexicons/name-heads.js";
import type { NerSpan, Sentence } from "../types.js";

type Tokens = Sentence["tokens"];

const CAPITALISED_RE = /^\p{Lu}/u;

/** The words of tokens [start, end) joined by spaces. */
function wordsOf(tokens: Tokens, start: number, end: number): string {
  return tokens
    .slice(start, end)
    .map((token) => token.text)
    .join(" ");
}

/**
 * The names the article writes standing alone: every run of capitalised tokens, with no capital
 * word on either side ("Sideways" in "nominee Sideways entered", not in "Sideways Films").
 */
function standaloneNames(sentences: readonly Sentence[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    for (let start = 0; start < tokens.length; ) {
      if (!CAPITALISED_RE.test(tokens[start]!.text)) {
        start++;
        continue;
      }
      let end = start;
      while (end < tokens.length && CAPITALISED_RE.test(tokens[end]!.text)) end++;
      const name = wordsOf(tokens, start, end);
      counts.set(name, (counts.get(name) ?? 0) + 1);
      start = end;
    }
  }
  return counts;
}

/** How many times the article writes a phrase, token for token. */
function countPhrase(sentences: readonly Sentence[], phrase: string): number {
  const words = phrase.split(" ");
  let count = 0;
  for (const { tokens } of sentences)
    for (let i = 0; i + words.length <= tokens.length; i++)
      if (words.every((word, k) => tokens[i + k]!.text === word)) count++;
  return count;
}

/** Whether tokens [start, end) are a run of capitalised words, one name's worth. */
function isCapitalRun(tokens: Tokens, start: number, end: number): boolean {
  if (end <= start) return false;
  for (let i = start; i < end; i++) if (!CAPITALISED_RE.test(tokens[i]!.text)) return false;
  return true;
}

/** Words that end a firm's name and no other name: "Bank", "Securities", "Motors", "Holdings". */
const FIRM_ENDINGS: ReadonlySet<string> = new Set([
  ...FIRM_NAME_HEADS,
  ...FIRM_NAME_TAILS,
  ...FIRM_TRADE_WORDS,
  "Bank",
  "Corporation",
  "Corp",
  "Corp.",
  "Inc",
  "Inc.",
  "Ltd",
  "Ltd.",
  "plc",
  "AG",
  "GmbH",
]);

/** Words that open a firm's name only after its own name: "Trust Company", "Savings Bank". */
const BARE_FIRM_WORDS: ReadonlySet<string> = new Set([
  ...FIRM_ENDINGS,
  ...ORGANIZATION_HEADS,
  "Trust",
  "Savings",
  "Loan",
  "Loans",
]);

/**
 * Whether tokens [start, end) are one firm's whole name: two or more capitalised words, a name of
 * its own ("Okafor") ended by a firm's word ("Securities").
 */
function isWholeFirmName(tokens: Tokens, start: number, end: number): boolean {
  return (
    end - start >= 2 &&
    isCapitalRun(tokens, start, end) &&
    !BARE_FIRM_WORDS.has(tokens[start]?.text ?? "") &&
    FIRM_ENDINGS.has(tokens[end - 1]?.text ?? "")
  );
}

/** Heads of a body's name: the organisation heads and the state's "Department", "Office", "Court". */
const BODY_HEADS: ReadonlySet<string> = new Set([
  ...ORGANIZATION_HEADS,
  "Department",
  "Office",
  "Court",
  "Tribunal",
  "Board",
]);

/** Lowercase words inside one body's name after its head: "Bank of China", "Department for Education and Skills". */
const BODY_NAME_JOINERS: ReadonlySet<string> = new Set(["of", "for", "and"]);

/**
 * Whether tokens [start, end) are one body's whole name: capitalised words closed by an
 * organisation's head ("Hansard Society", "Building Societies Association"), or opened by words up
 * to a head before "of" or "for" ("Bank of China", "Department for Education and Skills"), every
 * joining word followed by a capitalised one. One word alone ("Skills", "Wales") is never one.
 */
function isWholeBodyName(tokens: Tokens, start: number, end: number): boolean {
  if (end - start < 2 || !CAPITALISED_RE.test(tokens[start]?.text ?? "")) return false;
  let joiner = -1;
  for (let i = start; i < end; i++) {
    const word = tokens[i]?.text ?? "";
    if (BODY_NAME_JOINERS.has(word)) {
      if (i === start || !CAPITALISED_RE.test(tokens[i + 1]?.text ?? "")) return false;
      if (joiner < 0) joiner = i;
    } else if (!CAPITALISED_RE.test(word)) return false;
  }
  if (joiner < 0)
    return (
      !BARE_FIRM_WORDS.has(tokens[start]?.text ?? "") && BODY_HEADS.has(tokens[end - 1]?.text ?? "")
    );
  return tokens[joiner]?.text !== "and" && BODY_HEADS.has(tokens[joiner - 1]?.text ?? "");
}

/**
 * "the Hansard Society and the Department for Education and Skills", "China Construction Bank and
 * Bank of China": two bodies, each named whole, read as one organisation. Returns the two spans
 * (the right one past its "the"), or undefined when no "and" leaves two whole names.
 */
function splitBodies(tokens: Tokens, span: NerSpan): NerSpan[] | undefined {
  const first = tokens[span.start]?.text === "The" ? span.start + 1 : span.start;
  for (let and = first + 2; and < span.end - 2; and++) {
    if (tokens[and]?.text !== "and") continue;
    const right = tokens[and + 1]?.text === "the" ? and + 2 : and + 1;
    if (isWholeBodyName(tokens, first, and) && isWholeBodyName(tokens, right, span.end))
      return [
        { start: span.start, end: and, label: span.label },
        { start: right, end: span.end, label: span.label },
      ];
  }
  return undefined;
}

/** Splits each span of two capitalised names joined by "and" whose halves the article also names alone. */
export function splitCoordinatedNames(
  sentences: readonly Sentence[],
  spans: readonly NerSpan[][],
): NerSpan[][] {
  const alone = standaloneNames(sentences);
  return spans.map((sentenceSpans, index) => {
    const tokens = sentences[index]?.tokens ?? [];
    return sentenceSpans.flatMap((span) => {
      // "the Hansard Society and the Department for Education and Skills": two bodies, each whole.
      const bodies = span.label === "ORG" ? splitBodies(tokens, span) : undefined;
      if (bodies) return bodies;
      const links: number[] = [];
      for (let i = span.start + 1; i < span.end - 1; i++)
        if (tokens[i]!.text === "and") links.push(i);
      if (links.length !== 1) return [span];
      const and = links[0]!;
      // "The Aviator and Sideways": a title's own "The" opens no standalone run of its words.
      const first = tokens[span.start]!.text === "The" ? span.start + 1 : span.start;
      // "Zenith Bank and Okafor Securities": two firms, each named whole.
      if (
        span.label === "ORG" &&
        isWholeFirmName(tokens, first, and) &&
        isWholeFirmName(tokens, and + 1, span.end)
      )
        return [
          { start: span.start, end: and, label: span.label },
          { start: and + 1, end: span.end, label: span.label },
        ];
      if (!isCapitalRun(tokens, first, and) || !isCapitalRun(tokens, and + 1, span.end))
        return [span];
      const left = wordsOf(tokens, first, and);
      const right = wordsOf(tokens, and + 1, span.end);
      // Each half is also counted inside every "left and right" the article writes.
      const joined = alone.get(`${left} and ${right}`) ?? 0;
      const together = countPhrase(sentences, `${left} and ${right}`) + joined;
      if ((alone.get(left) ?? 0) <= together || (alone.get(right) ?? 0) <= together) return [span];
      return [
        { start: span.start, end: and, label: span.label },
        { start: and + 1, end: span.end, label: span.label },
      ];
    });
  });
}
