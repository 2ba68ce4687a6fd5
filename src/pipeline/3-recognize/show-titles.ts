/**
 * Programmes whose own name ends in "Show": "The Tonight Show", "the Late Show", "NBC's Daily
 * Show". The tagger may leave the whole name untagged; a capitalised run closed by a capitalised
 * "Show", after "the" or a possessive, is one programme's (MISC) name. A headline's verb ("Polls
 * Show Labour Ahead") follows no article, and a tagged name ("the Tokyo Motor Show") is kept.
 */

import type { NerSpan, Sentence } from "../types.js";

const CAPITALISED_RE = /^\p{Lu}\p{L}*$/u;
/** Words a show's name follows. */
const LEADS: ReadonlySet<string> = new Set(["the", "The", "'s", "’s"]);

/** The sentence's spans with each untagged "<Capitalised> Show" after "the" as a programme's name. */
export function withShowTitles(sentence: Sentence, spans: NerSpan[]): NerSpan[] {
  const tokens = sentence.tokens;
  const covered = (at: number) => spans.some((span) => span.start <= at && at < span.end);
  const added: NerSpan[] = [];
  for (let show = 2; show < tokens.length; show++) {
    if (tokens[show]!.text !== "Show" || covered(show)) continue;
    let start = show;
    while (start > 0 && CAPITALISED_RE.test(tokens[start - 1]!.text) && !covered(start - 1))
      start--;
    // "The Show": no name before the noun; the run's own first word may be the article.
    if (tokens[start]!.text === "The") start++;
    if (start === show || !LEADS.has(tokens[start - 1]?.text ?? "")) continue;
    added.push({ start, end: show + 1, label: "MISC" });
  }
  if (added.length === 0) return spans;
  return [...spans, ...added].sort((a, b) => a.start - b.start);
}
