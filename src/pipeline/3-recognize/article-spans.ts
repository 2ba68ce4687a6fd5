/**
 * Span repairs that read the whole article: a name the tagger opened one word late where the
 * article writes it whole elsewhere, and an acronym spelling a name the tagger saw earlier.
 */

import type { NerSpan, Sentence } from "../types.js";

/** A capitalised word: "Keep", "O'Neill". */
const CAPITALISED = /^\p{Lu}[\p{L}'’.-]*$/u;
const CAPITALISED_START_RE = /^\p{Lu}/u;

/**
 * "spokesman for Keep [Dunmore Green]" beside "the [Keep Dunmore Green] campaign": a span the
 * tagger opened one capitalised word late, mid-sentence, where the article has that word and the
 * span as one name elsewhere, takes the word (one name, one span).
 */
export function withWordsOfNamesElsewhere(sentences: Sentence[], spans: NerSpan[][]): NerSpan[][] {
  const textOf = (index: number, start: number, end: number): string =>
    (sentences[index]?.tokens ?? [])
      .slice(start, end)
      .map((token) => token.text)
      .join(" ");
  const names = new Set(
    spans.flatMap((sentenceSpans, index) =>
      sentenceSpans.map((span) => textOf(index, span.start, span.end)),
    ),
  );
  return spans.map((sentenceSpans, index) => {
    const tokens = sentences[index]?.tokens ?? [];
    return sentenceSpans.map((span) => {
      const before = span.start - 1;
      if (before < 1 || !CAPITALISED.test(tokens[before]?.text ?? "")) return span;
      if (sentenceSpans.some((other) => other.end > before && other.start <= before)) return span;
      return names.has(textOf(index, before, span.end)) ? { ...span, start: before } : span;
    });
  });
}

/** "IE", "ECB": a word of capitals the tagger may leave untagged. */
const CAPITALS_WORD_RE = /^\p{Lu}{2,5}$/u;

/**
 * "Users of Internet Explorer were warned. IE has a flaw.": a word of capitals spelling the
 * initials of a name of several words the tagger saw earlier in the article (no person's) names
 * it too, even where the tagger did not see it; it takes that name's label.
 */
export function findKnownAcronyms(sentences: Sentence[], spans: NerSpan[][]): NerSpan[][] {
  const seen = new Map<string, NerSpan["label"]>();
  return spans.map((sentenceSpans, index) => {
    const tokens = sentences[index]?.tokens ?? [];
    const extra: NerSpan[] = [];
    tokens.forEach((token, i) => {
      const label = seen.get(token.text);
      if (!label || !CAPITALS_WORD_RE.test(token.text)) return;
      if (sentenceSpans.some((span) => span.start <= i && i < span.end)) return;
      extra.push({ start: i, end: i + 1, label });
    });
    for (const span of sentenceSpans) {
      if (span.label === "PER" || span.end - span.start < 2) continue;
      const words = tokens.slice(span.start, span.end).map((token) => token.text);
      if (!words.every((word) => CAPITALISED_START_RE.test(word))) continue;
      const initials = words.map((word) => word[0]).join("");
      if (!seen.has(initials)) seen.set(initials, span.label);
    }
    return extra.length
      ? [...sentenceSpans, ...extra].sort((a, b) => a.start - b.start)
      : sentenceSpans;
  });
}
