/**
 * When a language's name names the language. Names that are no country's demonym ("learning
 * Arabic", "in Hindi and Urdu") are read here, since the gazetteer never reads them and the
 * tagger's MISC for them is dropped as an adjective; the resolver asks `isNamingLanguage` of the
 * demonyms the gazetteer read as countries ("speaks German, French and Italian fluently"). A name
 * followed by a noun ("Arabic numerals", "Spanish troops") is left alone.
 */

import { normalizeKey } from "../../domain/normalize.js";
import {
  LANGUAGE_DEMONYMS,
  LANGUAGE_LEAD_WORDS,
  LANGUAGE_NAMES,
  LANGUAGE_NOUNS,
  NATIONALITY_LEAD_WORDS,
  NON_ADVERBS_IN_LY,
  PHRASE_OPENING_WORDS,
  TEACHER_NOUNS,
} from "../model/lexicons/language-cues.js";
import { PREPOSITIONS } from "../model/lexicons/sentence-words.js";
import type { Sentence, Token } from "../types.js";
import { type Candidate, gazetteerCandidate } from "./candidate.js";

const LIST_WORD_RE = /^(?:and|or)$/;
// "English-language daily", "Welsh-speaking town": the language's name is the first half.
const LANGUAGE_COMPOUND_RE = /^(\p{Lu}\p{L}+)-(?:language|speaking)$/u;
const CAPITALISED_RE = /^\p{Lu}/u;
const LOWERCASE_RE = /^\p{Ll}/u;
const ADVERB_RE = /^\p{Ll}{2,}ly$/u;
const DIGIT_RE = /^\p{N}/u;

/**
 * What comes before a space in a language's name ("Low" of "Low German"): only a token among
 * these can open a two-word name, so the others skip building the pair.
 */
const BEFORE_SPACES: ReadonlySet<string> = new Set(
  [...LANGUAGE_NAMES].flatMap((name) =>
    [...name.matchAll(/ /g)].map((space) => name.slice(0, space.index)),
  ),
);

/** The token past a language's name at `start`: "Low German" is two, "German" one, "Paris" none. */
function languageNameEnd(tokens: readonly Token[], start: number): number {
  const text = tokens[start]?.text ?? "";
  if (BEFORE_SPACES.has(text) && LANGUAGE_NAMES.has(`${text} ${tokens[start + 1]?.text ?? ""}`))
    return start + 2;
  return LANGUAGE_NAMES.has(text) || LANGUAGE_DEMONYMS.has(text) ? start + 1 : start;
}

/**
 * The token past the list a name ending at `end` heads: "German, French and Italian fluently"
 * runs to "fluently", "Kurdish, Arab and Turkish forces" to "forces", and "Dutch, and later
 * Danish, sailors" over the comma to the noun. A separator followed by any other
 * lowercase word joins clauses ("in Spanish, then switched"), and one followed by a longer name
 * ("in German, Mr Schmidt said") ends the list before it.
 */
function findListEnd(tokens: readonly Token[], end: number): number {
  let last = end;
  for (;;) {
    let at = last;
    if (tokens[at]?.text === ",") at++;
    if (at > last && isNounLike(tokens[at]?.text ?? "")) return at;
    const isJoined = LIST_WORD_RE.test(tokens[at]?.text ?? "");
    if (isJoined) at++;
    if (at === last) return last;
    const named = languageNameEnd(tokens, at);
    let member = named > at ? named : CAPITALISED_RE.test(tokens[at]?.text ?? "") ? at + 1 : at;
    if (member === at) return last;
    // "in Greek and Turkish Cypriot areas": after "and" / "or" a member may be a longer name.
    while (isJoined && CAPITALISED_RE.test(tokens[member]?.text ?? "")) member++;
    if (CAPITALISED_RE.test(tokens[member]?.text ?? "")) return last;
    last = member;
  }
}

/** Whether a capitalised word is part of a name, not a sentence's first word ("In", "The"). */
function isNameWord(text: string): boolean {
  if (!CAPITALISED_RE.test(text)) return false;
  const word = text.toLowerCase();
  return !(
    PHRASE_OPENING_WORDS.has(word) ||
    PREPOSITIONS.has(word) ||
    LANGUAGE_LEAD_WORDS.has(word) ||
    NATIONALITY_LEAD_WORDS.has(word)
  );
}

/**
 * The first token of the list that ends with the name at `start`, back over the same members as
 * `findListEnd`: "as English, Scots or Welsh" starts at "English".
 */
function findListStart(tokens: readonly Token[], start: number): number {
  let first = start;
  for (;;) {
    let at = first - 1;
    if (LIST_WORD_RE.test(tokens[at]?.text ?? "")) at--;
    if (tokens[at]?.text === ",") at--;
    if (at === first - 1) return first;
    // "Low German" before the separator is two tokens, "French" one.
    const member =
      at >= 1 && languageNameEnd(tokens, at - 1) === at + 1
        ? at - 1
        : CAPITALISED_RE.test(tokens[at]?.text ?? "")
          ? at
          : first;
    if (member === first || isNameWord(tokens[member - 1]?.text ?? "")) return first;
    first = member;
  }
}

/**
 * Whether a word could be the noun a demonym describes ("troops", "hands"), not an adverb, a
 * function word or an auxiliary that opens the next phrase ("fluently", "by", "is"). A number
 * counts as one: "beat his Russian 6-3" is a player, not the language.
 */
function isNounLike(word: string): boolean {
  if (DIGIT_RE.test(word)) return true;
  if (!LOWERCASE_RE.test(word)) return false;
  if (PHRASE_OPENING_WORDS.has(word) || PREPOSITIONS.has(word)) return false;
  return !ADVERB_RE.test(word) || NON_ADVERBS_IN_LY.has(word);
}

/**
 * Whether the language's name or demonym at tokens `[start, end)` names the language in its
 * sentence. A noun of language after it (or its list) makes it the language ("a German
 * translation"); any other noun makes it an adjective ("Spanish and Portuguese troops", "in French
 * hands"). Otherwise a verb of speaking or learning, "in", "into" or a possessive before the list
 * makes it the language ("speaks German, French and Italian fluently", "in Spanish, then"), and so
 * does a name that is no demonym in the list ("into English and Arabic by"), but not "the" ("the
 * French said", "beat the English").
 */
export function isNamingLanguage(tokens: readonly Token[], start: number, end: number): boolean {
  if (languageNameEnd(tokens, start) !== end) return false;
  // "in Latin America", "Irvine Welsh": a capitalised word beside it makes it part of a longer name.
  if (CAPITALISED_RE.test(tokens[end]?.text ?? "")) return false;
  if (isNameWord(tokens[start - 1]?.text ?? "")) return false;
  const last = findListEnd(tokens, end);
  const next = tokens[last]?.text ?? "";
  if (LANGUAGE_NOUNS.has(next)) return true;
  if (isNounLike(next)) return false;
  const first = findListStart(tokens, start);
  const lead = (tokens[first - 1]?.text ?? "").toLowerCase();
  if (lead === "the") return false;
  if (LANGUAGE_LEAD_WORDS.has(lead)) return true;
  // "her aunt is Welsh", "described herself as English or Welsh": a people's adjective;
  // "languages such as English and Hindi" are languages.
  const isSuchAs = lead === "as" && tokens[first - 2]?.text.toLowerCase() === "such";
  if (NATIONALITY_LEAD_WORDS.has(lead) && !isSuchAs) return false;
  for (let i = first; i < last; i++) {
    const text = tokens[i]?.text ?? "";
    if (LANGUAGE_NAMES.has(text) || LANGUAGE_NAMES.has(`${text} ${tokens[i + 1]?.text ?? ""}`))
      return true;
  }
  return false;
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
      // The pattern needs a hyphen: most tokens have none and skip it.
      const compound = token.text.includes("-")
        ? LANGUAGE_COMPOUND_RE.exec(token.text)?.[1]
        : undefined;
      if (compound && LANGUAGE_NAMES.has(compound)) {
        found.push(languageCandidate(sentence.index, i, i + 1, token.start, compound));
        continue;
      }
      // "Low German": a two-word name first; a demonym is the resolver's to read.
      const end = languageNameEnd(tokens, i);
      if (end === i || LANGUAGE_DEMONYMS.has(token.text)) continue;
      if (!isNamingLanguage(tokens, i, end)) continue;
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
