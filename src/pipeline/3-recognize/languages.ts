/**
 * Languages whose names are no country's demonym ("learning Arabic", "in Hindi and Urdu"): the
 * gazetteer never reads them, and the tagger's MISC for them is dropped as an adjective. A name
 * followed by a noun ("Arabic numerals", "Hebrew University") is left alone.
 */

import { normalizeKey } from "../../domain/normalize.js";
import {
  LANGUAGE_LEAD_WORDS,
  LANGUAGE_NAMES,
  TEACHER_NOUNS,
} from "../model/lexicons/language-cues.js";
import type { Sentence } from "../types.js";
import { type Candidate, gazetteerCandidate } from "./candidate.js";

/** Words that may follow a language's name: punctuation, "and", "in German, because…". */
const AFTER_LANGUAGE_RE =
  /^(?:[^\p{L}\p{N}]+|and|or|but|because|as|to|with|for|in|at|on|language)$/u;

const LIST_RE = /^(?:,|and|or)$/;
// "English-language daily", "Welsh-speaking town": the language's name is the first half.
const LANGUAGE_COMPOUND_RE = /^(\p{Lu}\p{L}+)-(?:language|speaking)$/u;
const CAPITALISED_RE = /^\p{Lu}/u;
const THE_RE = /^the$/i;
// "in Kurdish areas": "in" leads a language or an adjective alike, so only a verb decides alone.
const PREPOSITION_RE = /^(?:in|into)$/;

/** "learn Quechua or Aymara, the…": a verb of speaking or learning before the name (or its list). */
function isAfterLanguageVerb(tokens: Sentence["tokens"], start: number): boolean {
  let before = start - 1;
  while (before >= 0) {
    const text = tokens[before]?.text ?? "";
    if (!LIST_RE.test(text) && !LANGUAGE_NAMES.has(text)) break;
    before--;
  }
  const lead = tokens[before]?.text ?? "";
  return LANGUAGE_LEAD_WORDS.has(lead) && !PREPOSITION_RE.test(lead);
}

/** A candidate naming the language `name`, which starts at `start` in the text. */
function languageCandidate(
  sentenceIndex: number,
  tokenStart: number,
  tokenEnd: number,
  start: number,
  name: string,
): Candidate {
  return gazetteerCandidate({ sentenceIndex, tokenStart, tokenEnd, start }, name, "OTHER", {
    key: normalizeKey(`${name} language`),
    canonical: `${name} language`,
  });
}

/**
 * "his German tutor", "a French teacher": a demonym before a teacher's noun is the subject taught
 * or the teacher's nationality, and the sentence does not say which, so it names neither.
 */
function isBeforeTeacher(sentences: readonly Sentence[], candidate: Candidate): boolean {
  if (candidate.via !== "demonym" || candidate.tokenEnd - candidate.tokenStart !== 1) return false;
  const next = sentences[candidate.sentenceIndex]?.tokens[candidate.tokenEnd]?.text ?? "";
  return TEACHER_NOUNS.has(next);
}

/**
 * Language-name candidates, replacing the candidates they overlap (returned with the rest), less
 * the demonyms before a teacher's noun.
 */
export function recognizeLanguages(
  text: string,
  sentences: readonly Sentence[],
  allCandidates: readonly Candidate[],
): Candidate[] {
  const candidates = allCandidates.filter((candidate) => !isBeforeTeacher(sentences, candidate));
  const found: Candidate[] = [];
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (!token) continue;
      const compound = LANGUAGE_COMPOUND_RE.exec(token.text)?.[1];
      if (compound && LANGUAGE_NAMES.has(compound)) {
        found.push(languageCandidate(sentence.index, i, i + 1, token.start, compound));
        continue;
      }
      // "Low German": a two-word name first.
      const pair = tokens[i + 1] ? `${token.text} ${tokens[i + 1]?.text}` : "";
      const end = LANGUAGE_NAMES.has(pair) ? i + 2 : LANGUAGE_NAMES.has(token.text) ? i + 1 : i;
      if (end === i) continue;
      // "in Latin America.", "at the Hebrew University": a capitalised word straight after makes
      // the name part of a longer one.
      if (CAPITALISED_RE.test(tokens[end]?.text ?? "")) continue;
      // "Kurdish, Arab and Turkish forces": past a list, a noun makes them all adjectives.
      let after = end;
      while (
        LIST_RE.test(tokens[after]?.text ?? "") ||
        CAPITALISED_RE.test(tokens[after]?.text ?? "")
      )
        after++;
      const next = tokens[after]?.text ?? ".";
      if (!AFTER_LANGUAGE_RE.test(next) && !isAfterLanguageVerb(tokens, i)) continue;
      // "beat the English.": after "the", a name that is also a people's is the people.
      if (THE_RE.test(tokens[i - 1]?.text ?? "") && next !== "language") continue;
      const name = text.slice(token.start, tokens[end - 1]?.end ?? token.end);
      found.push(languageCandidate(sentence.index, i, end, token.start, name));
      i = end - 1;
    }
  }
  if (found.length === 0) return [...candidates];
  const kept = candidates.filter(
    (candidate) =>
      !found.some(
        (language) =>
          language.sentenceIndex === candidate.sentenceIndex &&
          language.tokenStart < candidate.tokenEnd &&
          candidate.tokenStart < language.tokenEnd,
      ),
  );
  return [...kept, ...found];
}
