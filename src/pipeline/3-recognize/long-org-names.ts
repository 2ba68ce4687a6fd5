/**
 * Long organisation names the tagger cuts apart: "the Economic Commission for Latin America and
 * the Caribbean (ECLAC)" read as "Economic Commission", "Latin America" and "Caribbean", "the
 * Inter-American Development Bank" as "Development Bank". The pieces lose the body's identity
 * and make relations of their own ("Economic Commission" based in a place of its name). One span
 * over the whole name replaces them.
 */

import {
  LONG_NAME_HEADS,
  LONG_NAME_JOINERS,
  LONG_NAME_LINKS,
} from "../model/lexicons/long-org-names.js";
import { ORGANIZATION_HEADS } from "../model/lexicons/name-heads.js";
import type { NerSpan, Sentence } from "../types.js";
import { lookupCompany } from "./companies.js";
import { lookupEntity } from "./gazetteer/gazetteer-lookups.js";

type Tokens = Sentence["tokens"];

const CAPITALISED_RE = /^\p{Lu}/u;
/** "Inter-American", "Anglo-Dutch": a capitalised word joined by a hyphen to another. */
const HYPHENATED_NAME_WORD_RE = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u;
/** "ECLAC", "Iadb": an acronym as news writes it in brackets after the name. */
const ACRONYM_RE = /^\p{Lu}[\p{Lu}\p{Ll}]{1,9}$/u;
/** "The", "A": capitalised words that open a phrase, not a name. */
const ARTICLES: ReadonlySet<string> = new Set(["The", "A", "An"]);
/** "and", "&": the words before a list's last item. */
const LIST_WORDS: ReadonlySet<string> = new Set(["and", "&"]);

function wordsOf(tokens: Tokens, start: number, end: number): string[] {
  return tokens.slice(start, end).map((token) => token.text);
}

/** The initials of a name's capitalised words, word by word and hyphen part by part. */
function initialsOf(words: readonly string[]): string[] {
  const initials = (parts: string[]): string =>
    parts
      .filter((part) => CAPITALISED_RE.test(part))
      .map((part) => part[0])
      .join("");
  const spaced = initials([...words]);
  const hyphenated = initials(words.flatMap((word) => word.split("-")));
  return spaced === hyphenated ? [spaced] : [spaced, hyphenated];
}

/** "(ECLAC)" right after the words, spelling their initials. */
function isSpelledByAcronymAfter(tokens: Tokens, start: number, end: number): boolean {
  if (tokens[end]?.text !== "(" || tokens[end + 2]?.text !== ")") return false;
  const word = tokens[end + 1]?.text ?? "";
  if (!ACRONYM_RE.test(word)) return false;
  return initialsOf(wordsOf(tokens, start, end)).includes(word.toUpperCase());
}

/** A capitalised word inside a sentence, or opening it inside a span the tagger saw as a name. */
function isNameWord(tokens: Tokens, at: number, spans: readonly NerSpan[]): boolean {
  const word = tokens[at]?.text ?? "";
  if (!CAPITALISED_RE.test(word) || ARTICLES.has(word)) return false;
  return at > 0 || spans.some((span) => span.start <= at && at < span.end);
}

interface TailEnd {
  end: number;
  /** "and", "&" or a comma inside the part after the link word. */
  hasList: boolean;
}

/**
 * Where the name after "Commission for" ends: capitalised words, with "and", "the", "of" between
 * them ("Latin America and the Caribbean") and a list of single words set off by commas
 * ("Vision, Speech and Signal Processing").
 */
function tailEnd(tokens: Tokens, from: number, spans: readonly NerSpan[]): TailEnd | undefined {
  let at = from;
  if (tokens[at]?.text === "the") at++;
  if (!isNameWord(tokens, at, spans)) return undefined;
  let end = at + 1;
  let hasList = false;
  for (;;) {
    if (isNameWord(tokens, end, spans)) {
      end++;
      continue;
    }
    let next = end;
    while (LONG_NAME_JOINERS.has(tokens[next]?.text ?? "")) next++;
    if (next > end && isNameWord(tokens, next, spans)) {
      if (wordsOf(tokens, end, next).some((word) => word === "and" || word === "&")) hasList = true;
      end = next + 1;
      continue;
    }
    const after = tokens[end + 2]?.text;
    if (
      tokens[end]?.text === "," &&
      isNameWord(tokens, end + 1, spans) &&
      (after === "," || after === "and")
    ) {
      hasList = true;
      end += 2;
      continue;
    }
    return { end, hasList };
  }
}

/** The article's text as space-joined tokens, to find a name written whole again. */
function joinedText(sentences: readonly Sentence[]): string {
  return ` ${sentences.map((sentence) => wordsOf(sentence.tokens, 0, sentence.tokens.length).join(" ")).join(" ")} `;
}

function countOf(text: string, phrase: string): number {
  let count = 0;
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) count++;
  return count;
}

/**
 * Whether the words after a long name's last "and" may close the name ("… of England and Wales",
 * "… Speech and Signal Processing") rather than start a second body: no "the" after the "and",
 * no organisation's head or second body the tagger saw among them ("the Bank of England and the
 * Treasury", "… of Africa and Standard Trust Bank", "… of Europe and Nato").
 */
function isClosingListPart(
  tokens: Tokens,
  from: number,
  end: number,
  spans: readonly NerSpan[],
): boolean {
  let and = -1;
  for (let at = from; at < end; at++) if (LIST_WORDS.has(tokens[at]!.text)) and = at;
  if (and < 0) return true;
  const words = wordsOf(tokens, and + 1, end);
  if (words[0] === "the") return false;
  if (words.some((word) => ORGANIZATION_HEADS.has(word) || LONG_NAME_HEADS.has(word))) return false;
  return !spans.some(
    (span) => span.label === "ORG" && span.start === and + 1 && isSecondBody(tokens, span),
  );
}

/**
 * Whether a tagger's organisation after a long name's "and" is a body of its own: a name of
 * several words, or a listed organisation ("… of Europe and Nato"). One unlisted word is the
 * list's last place, which the tagger types like the name it closes ("… of Mercia and Wessex").
 */
function isSecondBody(tokens: Tokens, span: NerSpan): boolean {
  if (span.end - span.start > 1) return true;
  const word = tokens[span.start]?.text ?? "";
  return lookupEntity(word)?.type === "ORGANIZATION" || lookupCompany(word) !== undefined;
}

/**
 * The long names of a sentence: a head noun ("Commission", "Bank", "Centre"…) with the
 * capitalised words before it, then "for"/"of"/"on" and capitalised words. It is one name when a
 * bracketed acronym right after spells it, or when the article writes it whole twice; alone,
 * when the tagger saw a name ending where it ends, or when a list it holds ("of England and
 * Wales") closes on no second body. A person the tagger saw after the head ("Bank of England
 * Governor Mervyn King") ends it before; one ending on the head ("Royal Bank") is the tagger's slip.
 */
function findLongNames(
  tokens: Tokens,
  spans: readonly NerSpan[],
  article: () => string,
): NerSpan[] {
  const found: NerSpan[] = [];
  for (let head = 0; head < tokens.length; head++) {
    if (!LONG_NAME_HEADS.has(tokens[head]!.text)) continue;
    if (!LONG_NAME_LINKS.has(tokens[head + 1]?.text ?? "")) continue;
    const tail = tailEnd(tokens, head + 2, spans);
    if (!tail) continue;
    let start = head;
    while (start > 0 && isNameWord(tokens, start - 1, spans)) start--;
    const { end } = tail;
    const overlapping = spans.filter((span) => span.start < end && start < span.end);
    if (
      overlapping.some(
        (span) =>
          (span.label === "PER" && span.end !== head + 1) || span.start < start || span.end > end,
      )
    )
      continue;
    if (overlapping.some((span) => span.start === start && span.end === end)) continue;
    const phrase = ` ${wordsOf(tokens, start, end).join(" ")} `;
    const isWhole =
      isSpelledByAcronymAfter(tokens, start, end) ||
      countOf(article(), phrase) >= 2 ||
      (tail.hasList
        ? isClosingListPart(tokens, head + 2, end, spans)
        : overlapping.some((span) => span.end === end));
    if (!isWhole) continue;
    found.push({ start, end, label: "ORG" });
    head = end - 1;
  }
  return found;
}

/**
 * "the Inter-American Development Bank": a hyphenated capitalised word the tagger left out
 * before an organisation's unlisted name stays in the name, when the name ends in an
 * organisation's head or a bracketed acronym after it spells the whole. A listed name after it
 * keeps its identity: "Anglo-Dutch Shell" is Shell described.
 */
function withHyphenatedFirstWord(tokens: Tokens, spans: NerSpan[]): NerSpan[] {
  const out: NerSpan[] = [];
  for (const span of spans) {
    const before = span.start - 1;
    const word = tokens[before]?.text ?? "";
    const last = tokens[span.end - 1]?.text ?? "";
    // The span's surface only past the cheap tests: most spans fail them.
    const surface = () => wordsOf(tokens, span.start, span.end).join(" ");
    if (
      span.label !== "ORG" ||
      !HYPHENATED_NAME_WORD_RE.test(word) ||
      lookupEntity(surface()) !== undefined ||
      lookupCompany(surface()) !== undefined ||
      !(ORGANIZATION_HEADS.has(last) || isSpelledByAcronymAfter(tokens, before, span.end))
    ) {
      out.push(span);
      continue;
    }
    // The tagger's own span over the hyphenated word alone gives way to the whole name.
    if (out.at(-1)?.start === before && out.at(-1)?.end === span.start) out.pop();
    else if (out.some((kept) => kept.end > before)) {
      out.push(span);
      continue;
    }
    out.push({ start: before, end: span.end, label: "ORG" });
  }
  return out;
}

/** Joins the pieces of long organisation names into one span each, sentence by sentence. */
export function joinLongOrganisationNames(
  sentences: readonly Sentence[],
  spans: NerSpan[][],
): NerSpan[][] {
  // The joined text only for an article with a long name to count: most have none.
  let joined: string | undefined;
  const article = () => {
    joined ??= joinedText(sentences);
    return joined;
  };
  return spans.map((sentenceSpans, index) => {
    const tokens = sentences[index]?.tokens ?? [];
    const long = findLongNames(tokens, sentenceSpans, article);
    const kept = sentenceSpans.filter(
      (span) => !long.some((name) => span.start < name.end && name.start < span.end),
    );
    return withHyphenatedFirstWord(
      tokens,
      [...kept, ...long].sort((a, b) => a.start - b.start),
    );
  });
}
