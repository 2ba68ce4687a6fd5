/** Finds both entities' spans inside an evidence sentence and splits it into marked pieces. */

/** A character range inside a sentence, tagged with which end of the edge it names. */
export interface Span {
  start: number;
  end: number;
  role: "source" | "target";
}

/** A run of sentence text, marked when it names one of the edge's entities. */
export interface Piece {
  text: string;
  role?: "source" | "target";
}

/** Where an entity's mentions fall: article text offsets, plus the sentence they sit in. */
export interface Located {
  start: number;
  end: number;
  sentenceIndex: number;
  articleId: string;
}

/** The sentence being highlighted and where it sits in its article. */
export interface SentenceAt {
  text: string;
  sentenceStart: number;
  sentenceIndex?: number;
  articleId: string;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Spans from the entity's stored mentions that fall inside this sentence (offsets made relative). */
export function spansFromMentions(
  sentence: SentenceAt,
  mentions: Located[],
  role: Span["role"],
): Span[] {
  const length = sentence.text.length;
  const spans: Span[] = [];
  for (const mention of mentions) {
    if (mention.articleId !== sentence.articleId) continue;
    if (sentence.sentenceIndex !== undefined && mention.sentenceIndex !== sentence.sentenceIndex)
      continue;
    const start = mention.start - sentence.sentenceStart;
    const end = mention.end - sentence.sentenceStart;
    if (start >= 0 && end <= length && end > start) spans.push({ start, end, role });
  }
  return spans;
}

/** Spans where one of `names` appears as whole words, case-insensitively; longer names win. */
export function spansFromNames(sentence: string, names: string[], role: Span["role"]): Span[] {
  const spans: Span[] = [];
  const sorted = [
    ...new Set(names.map((name) => name.trim()).filter((name) => name.length > 1)),
  ].sort((a, b) => b.length - a.length);
  for (const name of sorted) {
    const pattern = new RegExp(escapeRegExp(name), "giu");
    for (const match of sentence.matchAll(pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      // "Xi" must not light up inside "Xinjiang": require word boundaries on both sides.
      if (WORD_CHAR.test(sentence[start - 1] ?? "") || WORD_CHAR.test(sentence[end] ?? ""))
        continue;
      if (spans.some((span) => start < span.end && end > span.start)) continue;
      spans.push({ start, end, role });
    }
  }
  return spans;
}

/**
 * Both ends' spans: stored mentions first (exact offsets from the pipeline), names and aliases
 * only for an end whose mentions did not land in the sentence (e.g. beyond the first page).
 */
export function locateSpans(
  sentence: SentenceAt,
  ends: { role: Span["role"]; mentions: Located[]; names: string[] }[],
): Span[] {
  const spans: Span[] = [];
  for (const end of ends) {
    const found = spansFromMentions(sentence, end.mentions, end.role);
    spans.push(...(found.length > 0 ? found : spansFromNames(sentence.text, end.names, end.role)));
  }
  return spans;
}

/** Splits the sentence into plain and marked pieces; overlapping spans keep the earlier one. */
export function splitSentence(sentence: string, spans: Span[]): Piece[] {
  const ordered = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: Piece[] = [];
  let at = 0;
  for (const span of ordered) {
    if (span.start < at) continue;
    if (span.start > at) pieces.push({ text: sentence.slice(at, span.start) });
    pieces.push({ text: sentence.slice(span.start, span.end), role: span.role });
    at = span.end;
  }
  if (at < sentence.length) pieces.push({ text: sentence.slice(at) });
  return pieces;
}

const SENTENCE_END = /[.!?]["'”’)]*\s|\n/g;

/**
 * The sentence around [start, end) of an article's text, for co-occurrence edges, whose API
 * carries no sentence text: cut at the nearest sentence-ending punctuation or line break.
 */
export function cutSentence(
  text: string,
  start: number,
  end: number,
): { text: string; sentenceStart: number } {
  let from = 0;
  for (const match of text.slice(0, start).matchAll(SENTENCE_END)) {
    from = (match.index ?? 0) + match[0].length;
  }
  SENTENCE_END.lastIndex = end;
  const after = SENTENCE_END.exec(text);
  const to = after ? after.index + after[0].trimEnd().length : text.length;
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  return { text: raw.trim(), sentenceStart: from + lead };
}
