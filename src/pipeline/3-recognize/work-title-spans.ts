/**
 * Titles of works right after a work noun, which the tagger cuts or misses: "the film Pirates of
 * the Caribbean" (read "Pirates"), "the classic film It's A Wonderful Life" (read "A Wonderful
 * Life"), "the documentary Fahrenheit 9/11" (read "Fahrenheit"), "hit BBC comedy The Office" (not
 * read at all). The title spans the capitalised run after the noun, over "of" ("of the") and a
 * possessive between capitals and a number after them; not over "and" or "in", which as often
 * join the next name ("the film Vera Drake in Venice", "the film Ray and its star").
 */
import { MONTH_NUMBERS, WEEKDAY_NUMBERS } from "../model/lexicons/calendar-names.js";
import { HONORIFICS } from "../model/lexicons/titles-of-office.js";
import {
  DESCRIBED_WORK_NOUNS,
  HIT_LEADS,
  NOUN_READING_LEADS,
  PERSON_SPEECH_VERBS,
  TITLE_CASE_FUNCTION_WORDS,
  VERB_LEADS,
  VERB_LIKE_WORK_NOUNS,
  WORK_NOUNS,
} from "../model/lexicons/work-cues.js";
import type { Sentence, Token } from "../types.js";
import { type Candidate, candidatesBySentence } from "./candidate.js";

/** A word that goes on a title: "Caribbean", "Nest", "Wonderful". */
const CAPITALISED_RE = /^\p{Lu}/u;
/** A number a title ends with: "Fahrenheit 9/11", "Band Aid 20". */
const NUMBER_RE = /^\d[\d/]*$/;
const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", "’s"]);
/** Capitalised words that open no title: "the book I wrote". */
const NON_TITLE_WORDS: ReadonlySet<string> = new Set(["I"]);
/** Capitalised links a lower-case article may follow inside a title: "Over the Cuckoo's Nest". */
const LINKS_BEFORE_ARTICLE: ReadonlySet<string> = new Set([...TITLE_CASE_FUNCTION_WORDS, "Over"]);

/**
 * Whether the noun at `at` is a verb-like work noun read as a noun: "the show Y", "their recent
 * single Y", "the play Y" ("polls show Labour ahead", "will play Chelsea" are verbs). A name
 * before the noun is no cue: "Radio 4's Today programme Mr Blair said" names the show first.
 */
export function isWorkNounUse(tokens: readonly Token[], at: number): boolean {
  const noun = tokens[at]?.text ?? "";
  if (!VERB_LIKE_WORK_NOUNS.has(noun)) return false;
  const lead = (tokens[at - 1]?.text ?? "").toLowerCase();
  // "a single European currency": after "a" the word means "one".
  if (noun === "single" && (lead === "a" || lead === "an")) return false;
  return NOUN_READING_LEADS.has(lead) || NOUN_READING_LEADS.has(tokens[at - 1]?.text ?? "");
}

/** Words that open a noun phrase and say nothing of its kind. */
const DETERMINERS: ReadonlySet<string> = new Set(["the", "a", "an", "this", "that", "every"]);
/** A lower-case word: what qualifies a work noun ("morning show", "rhythm game"). */
const LOWER_RE = /^\p{Ll}/u;

/**
 * Whether a verb-like or sporting work noun is qualified as a work's: "Saturday morning show X",
 * "gadget series X" (a singular lower-case word, no pronoun or modal: "polls show X", "they show
 * X"), "country hit X", "his track X", "bongo rhythm game X" (outside sports stories).
 */
function isDescribedWorkNoun(
  tokens: readonly Token[],
  at: number,
  inSportsStory: boolean,
): boolean {
  const noun = tokens[at]?.text ?? "";
  if (!DESCRIBED_WORK_NOUNS.has(noun)) return false;
  const lead = tokens[at - 1]?.text ?? "";
  if (noun === "hit") return HIT_LEADS.has(lead);
  if (noun === "track") return NOUN_READING_LEADS.has(lead);
  const lower = lead.toLowerCase();
  // "rhythm game X", "video game X"; "the game" is as often a match ("during the game Hale scored").
  if (noun === "game")
    return !inSportsStory && LOWER_RE.test(lead) && !DETERMINERS.has(lead) && !VERB_LEADS.has(lead);
  if (NOUN_READING_LEADS.has(lead) || NOUN_READING_LEADS.has(lower)) return true;
  // "polls show", "documents show": a plural before "show" is its subject.
  if (noun === "show" && lead.endsWith("s")) return false;
  return LOWER_RE.test(lead) && !VERB_LEADS.has(lower);
}

/** Whether the token at `at` is a noun announcing a title after it: "film", "the new show". */
function isTitleNoun(tokens: readonly Token[], at: number, inSportsStory: boolean): boolean {
  return (
    WORK_NOUNS.has(tokens[at]?.text ?? "") ||
    isWorkNounUse(tokens, at) ||
    isDescribedWorkNoun(tokens, at, inSportsStory)
  );
}

/**
 * The end (exclusive) of the title run opening at `start`: capitalised words, "of" (and "the" or
 * "a" after it) or a possessive between them ("Pirates of the Caribbean", "Cuckoo's Nest"), a
 * lower-case "the" after a capitalised function word ("Over the Cuckoo's Nest"), and numbers.
 */
export function findTitleEnd(tokens: readonly Token[], start: number): number {
  const isCapital = (at: number) => CAPITALISED_RE.test(tokens[at]?.text ?? "");
  let end = start;
  while (end < tokens.length) {
    const word = tokens[end]!.text;
    if (isCapital(end) || (end > start && NUMBER_RE.test(word))) end++;
    else if (end > start && POSSESSIVE_MARKS.has(word) && isCapital(end + 1)) end += 2;
    else if (end > start && word === "of") {
      const skip = tokens[end + 1]?.text === "the" || tokens[end + 1]?.text === "a" ? 2 : 1;
      if (!isCapital(end + skip)) break;
      end += skip + 1;
    } else if (
      (word === "the" || word === "a") &&
      LINKS_BEFORE_ARTICLE.has(tokens[end - 1]?.text ?? "") &&
      isCapital(end + 1)
    )
      end += 2;
    else break;
  }
  return end;
}

/** Small words that join a title's parts as often as two names: "Hopes and Fears", "Ray and Kinsey". */
const AMBIGUOUS_LINKS: ReadonlySet<string> = new Set(["and", "with", "from", "in", "&"]);

/**
 * The end of the title at tokens [start, end) taken over a following link and capitalised run
 * when the article writes the longer title again ("the album Hopes and Fears … Hopes and Fears
 * sold"): once, "the film Vera Drake in Venice" may be two names.
 */
function extendByAgreement(
  text: string,
  tokens: readonly Token[],
  start: number,
  end: number,
): number {
  let current = end;
  while (AMBIGUOUS_LINKS.has(tokens[current]?.text ?? "")) {
    const next = findTitleEnd(tokens, current + 1);
    if (next === current + 1) break;
    const title = text.slice(tokens[start]!.start, tokens[next - 1]!.end);
    if (text.split(title).length - 1 < 2) break;
    current = next;
  }
  return current;
}

/** Whether a run names no title: a pronoun, a day or a month ("the film Friday" aside). */
export function isNonTitle(tokens: readonly Token[], start: number, end: number): boolean {
  const first = tokens[start]?.text ?? "";
  if (NON_TITLE_WORDS.has(first)) return true;
  const lower = first.toLowerCase();
  return end - start === 1 && (lower in MONTH_NUMBERS || lower in WEEKDAY_NUMBERS);
}

/** The candidate stretched to tokens [start, end) of its sentence, as a work with no list identity. */
export function stretchToTitle(
  text: string,
  tokens: readonly Token[],
  candidate: Candidate,
  start: number,
  end: number,
): void {
  candidate.tokenStart = start;
  candidate.tokenEnd = end;
  candidate.start = tokens[start]!.start;
  candidate.end = tokens[end - 1]!.end;
  candidate.surface = text.slice(candidate.start, candidate.end);
  // "the film Pirates" read as a person, a firm or a place: the whole run is the film's.
  candidate.type = "OTHER";
  candidate.source = "tagger";
  candidate.isCued = true;
  delete candidate.key;
  delete candidate.canonical;
  delete candidate.via;
  delete candidate.title;
}

/**
 * Whether a reading that spans a title whole is the tagger's guess alone, free to be the work's:
 * no list's identity or title of office, no form of address ("book Mr Brown is alleged…"), and
 * no verb of speech after it ("the documentary Michael Moore said" names the maker).
 */
function isFreeTitleReading(candidate: Candidate, tokens: readonly Token[], end: number): boolean {
  return (
    candidate.source === "tagger" &&
    !candidate.key &&
    !candidate.title &&
    !HONORIFICS.has(tokens[candidate.tokenStart]?.text.toLowerCase() ?? "") &&
    !PERSON_SPEECH_VERBS.has(tokens[end]?.text ?? "")
  );
}

/** Types a candidate as a work (OTHER) the words around it announce. */
function markAsWork(candidate: Candidate): void {
  candidate.type = "OTHER";
  candidate.isCued = true;
}

/** Marks between a title and "starring": "Sideways, starring", "In Good Company - starring". */
const STARRING_MARKS: ReadonlySet<string> = new Set([",", "-", "–", "—"]);

/**
 * "Rounding out the top ten was In Good Company - starring Dennis Quaid": a capitalised run the
 * tagger missed right before "starring" and its mark is a work's title. Only a run no candidate
 * touches, opening after a lower-case word (a sentence's first capital may be no title's).
 */
function findStarringTitles(
  text: string,
  sentence: Sentence,
  inSentence: readonly Candidate[],
): Candidate[] {
  const tokens = sentence.tokens;
  const found: Candidate[] = [];
  for (let mark = 1; mark < tokens.length - 1; mark++) {
    if (tokens[mark + 1]?.text !== "starring" || !STARRING_MARKS.has(tokens[mark]?.text ?? ""))
      continue;
    let start = mark;
    while (start > 0 && CAPITALISED_RE.test(tokens[start - 1]?.text ?? "")) start--;
    if (start === mark || start === 0 || findTitleEnd(tokens, start) !== mark) continue;
    if (isNonTitle(tokens, start, mark)) continue;
    if (inSentence.some((c) => c.tokenStart < mark && c.tokenEnd > start - 1)) continue;
    const first = tokens[start];
    const last = tokens[mark - 1];
    if (!first || !last) continue;
    found.push({
      sentenceIndex: sentence.index,
      tokenStart: start,
      tokenEnd: mark,
      start: first.start,
      end: last.end,
      surface: text.slice(first.start, last.end),
      type: "OTHER",
      source: "tagger",
      isCued: true,
    });
  }
  return found;
}

/**
 * Stretches a candidate cut inside a work's title after a work noun to the whole title, drops the
 * candidates the title swallows, and adds the title as a work (OTHER) when no candidate reads it.
 */
export function spanWorkTitles(
  text: string,
  sentences: readonly Sentence[],
  candidates: Candidate[],
  inSportsStory: boolean,
): Candidate[] {
  const dropped = new Set<Candidate>();
  const added: Candidate[] = [];
  const bySentence = candidatesBySentence(candidates);
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    const inSentence = bySentence.get(sentence.index) ?? [];
    added.push(...findStarringTitles(text, sentence, inSentence));
    for (let noun = 0; noun < tokens.length - 1; noun++) {
      if (!isTitleNoun(tokens, noun, inSportsStory)) continue;
      const start = noun + 1;
      const cut = findTitleEnd(tokens, start);
      if (cut === start || isNonTitle(tokens, start, cut)) continue;
      const end = extendByAgreement(text, tokens, start, cut);
      // "the album Hopes and Fears" written once: a longer title may go on; add no part of it.
      const mayGoOn =
        AMBIGUOUS_LINKS.has(tokens[end]?.text ?? "") &&
        CAPITALISED_RE.test(tokens[end + 1]?.text ?? "");
      const inside = inSentence.filter((c) => c.tokenStart < end && c.tokenEnd > start);
      // A name reaching past the run, or a nominal's span, is read some other way: leave it.
      if (inside.some((c) => c.tokenEnd > end || c.tokenStart < start || c.source === "nominal"))
        continue;
      const first = inside.sort((x, y) => x.tokenStart - y.tokenStart)[0];
      if (!first) {
        // "hit BBC comedy The Office": a title the tagger missed; a lone "The" is none.
        if (mayGoOn || (end - start === 1 && tokens[start]!.text === "The")) continue;
        added.push({
          sentenceIndex: sentence.index,
          tokenStart: start,
          tokenEnd: end,
          start: tokens[start]!.start,
          end: tokens[end - 1]!.end,
          surface: text.slice(tokens[start]!.start, tokens[end - 1]!.end),
          type: "OTHER",
          source: "tagger",
          isCued: true,
        });
        continue;
      }
      // "drama The Return" read "Return": the leading article is no cut.
      const lead = tokens[start]!.text === "The" && first.tokenStart > start ? 1 : 0;
      if (inside.length === 1 && first.tokenEnd === end && first.tokenStart === start + lead) {
        // "the film Sideways" read whole as a firm: the noun says what it is, so that reading
        // outvotes the bare "Sideways knocked out…" readings elsewhere in the article.
        if (isFreeTitleReading(first, tokens, end)) markAsWork(first);
        continue;
      }
      stretchToTitle(text, tokens, first, start + lead, end);
      for (const other of inside) if (other !== first) dropped.add(other);
    }
  }
  if (dropped.size === 0 && added.length === 0) return candidates;
  return [...candidates.filter((candidate) => !dropped.has(candidate)), ...added];
}
