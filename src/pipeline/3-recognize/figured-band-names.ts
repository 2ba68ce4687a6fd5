/**
 * Band names spelt with a figure, which the tagger never proposes: "Irish rock band Kx3 are to
 * play", "Kx3 frontman Tom Brack". A one-word name of capitals and a number ("Q7", "QB40") is a
 * chip, a road or a product as often as a band, so only a band's own cue makes it one: a group
 * noun right before it, or a band role and a person's name right after it. The cue names the band
 * for the whole article: "Kx3's latest single" a few sentences on is the same band.
 */

import { BAND_ROLES, GROUP_NOUNS } from "../model/lexicons/coordination-cues.js";
import type { NerSpan, Sentence, Token } from "../types.js";

/** "U2", "E17", "UB40": capitals, then a number of one to three figures. */
const FIGURED_NAME_RE = /^\p{Lu}{1,3}\d{1,3}$/u;
/** A word that opens a person's name: "Tom" of "Kx3 frontman Tom Brack". */
const NAME_START_RE = /^\p{Lu}\p{Ll}/u;

/** Whether the figured name at token `at` has a band's cue beside it. */
function hasBandCue(tokens: readonly Token[], at: number): boolean {
  // "rock band Kx3", "the pop group Kx3".
  if (GROUP_NOUNS.has(tokens[at - 1]?.text ?? "")) return true;
  // "Kx3 frontman Tom Brack", "former Kx3 singer Tom Brack".
  return (
    BAND_ROLES.has(tokens[at + 1]?.text ?? "") && NAME_START_RE.test(tokens[at + 2]?.text ?? "")
  );
}

/** Adds, as organisations, the figured band names an article cues once, wherever no span has them. */
export function withFiguredBandNames(
  sentences: readonly Sentence[],
  spans: NerSpan[][],
): NerSpan[][] {
  const bands = new Set<string>();
  sentences.forEach((sentence, index) => {
    sentence.tokens.forEach((token, at) => {
      if (!FIGURED_NAME_RE.test(token.text) || !hasBandCue(sentence.tokens, at)) return;
      if (!spans[index]?.some((span) => span.start <= at && at < span.end)) bands.add(token.text);
    });
  });
  if (bands.size === 0) return spans;
  return spans.map((sentenceSpans, index) => {
    const extra: NerSpan[] = [];
    sentences[index]!.tokens.forEach((token, at) => {
      if (!bands.has(token.text)) return;
      if (sentenceSpans.some((span) => span.start <= at && at < span.end)) return;
      extra.push({ start: at, end: at + 1, label: "ORG" });
    });
    return extra.length
      ? [...sentenceSpans, ...extra].sort((a, b) => a.start - b.start)
      : sentenceSpans;
  });
}
