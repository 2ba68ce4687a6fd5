/**
 * Titles named right before a screen role and the person who holds it, which the tagger misses or
 * cuts: "Passion of the Christ director Mel Gibson" (read nothing), "Lord of the Rings director
 * Peter Jackson" (read "Rings"), "Super Size Me director Morgan Spurlock", "Aviator star Alan
 * Alda". The capitalised run before the role noun, over "of", "the" and the small words a title
 * keeps between capitals, is one work (OTHER), which the relation rules then read ("X director Y"
 * CREATED, "X star Y" APPEARS_IN). Only in an article about screen works, never in a sports story
 * ("Barcelona star Ronaldinho"), and never over a demonym, a genre, a country, a name a list knows
 * or an organisation's head word ("Scottish actor", "R&B star", "Hollywood actress", "West Street
 * Association director"). A lone capital opening the sentence ("Veteran actor", "Film director")
 * counts only when the article names it alone elsewhere.
 */

import { CAPITALISED_GENRES } from "../model/lexicons/music-cues.js";
import { ORGANIZATION_HEADS, PLACE_HEADS } from "../model/lexicons/name-heads.js";
import { CREATOR_NOUNS, PERFORMER_NOUNS } from "../model/lexicons/relation-triggers.js";
import { HONORIFICS } from "../model/lexicons/titles-of-office.js";
import { CAST_NOUNS } from "../model/lexicons/work-cues.js";
import type { Sentence, Token } from "../types.js";
import { type Candidate, candidatesBySentence } from "./candidate.js";
import { lookupDemonym } from "./gazetteer/gazetteer-lookups.js";
import { stretchToTitle } from "./work-title-spans.js";

/** A word that goes on a title: "Passion", "Christ", "X". */
const CAPITALISED_RE = /^\p{Lu}/u;
/** "Oscar-winning", "British-born": a capital compound that describes, names no title. */
const DESCRIBING_COMPOUND_RE = /-\p{Ll}+$/u;
/** A number inside a title: "Ocean's 12", "Guide 2005". */
const NUMBER_RE = /^\d[\d/]*$/;
/** Lower-case words a title keeps between two capitals: "Passion of the Christ", "Return to Oz". */
const INNER_LINKS: ReadonlySet<string> = new Set(["of", "the", "a", "to", "in", "on", "'s", "’s"]);
/** Capitalised small words that open a sentence before a title: "With Vera Drake star X nominated". */
const OPENING_LINKS: ReadonlySet<string> = new Set([
  "With",
  "In",
  "At",
  "For",
  "On",
  "As",
  "By",
  "From",
  "And",
  "But",
  "After",
  "Like",
  "Unlike",
]);
/** Most small words in a row inside a title: "of the". */
const MAX_INNER_LINKS = 2;
/** A lone word shaped as a demonym no list holds: "Scottish actor", "Korean writer", "Welsh star". */
const DEMONYM_SHAPE_RE = /(?:ish|ese|ean|ian|an|i|ch|sh)$/;
/** Capitals before a title that describe the person, not the work: "Former Hammers star". */
const LEADING_NON_TITLE_WORDS: ReadonlySet<string> = new Set(["Former", "Ex", "Veteran", "Then"]);
/** Nouns of a screen role between a work and its holder: "director", "star", "actress". */
const ROLE_NOUNS: ReadonlySet<string> = new Set([
  ...CREATOR_NOUNS,
  ...PERFORMER_NOUNS,
  ...CAST_NOUNS,
]);
/** Words of an article about films or television; two of them make it one. */
const SCREEN_WORD_RE =
  /\b(?:film|films|movie|movies|television|TV|show|series|sitcom|drama|comedy|actor|actress)\b/g;
/** A screen story names screen works more than once. */
const MIN_SCREEN_WORDS = 2;

/** Whether the token at `at` may be part of a title's run of capitals. */
function isTitleWord(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.text ?? "";
  return (
    (CAPITALISED_RE.test(word) && !DESCRIBING_COMPOUND_RE.test(word) && !word.includes("&")) ||
    NUMBER_RE.test(word)
  );
}

/** The first token of the title run ending right before token `end`, or `end` when none. */
function titleRunStart(tokens: readonly Token[], end: number): number {
  let start = end;
  while (start > 0) {
    if (isTitleWord(tokens, start - 1)) {
      start--;
      continue;
    }
    // "Passion of the Christ": one or two small words between capitals.
    let links = 0;
    while (links < MAX_INNER_LINKS && INNER_LINKS.has(tokens[start - 1 - links]?.text ?? ""))
      links++;
    const before = start - 1 - links;
    if (start === end || links === 0 || before < 0 || !isTitleWord(tokens, before)) break;
    if (NUMBER_RE.test(tokens[before]!.text)) break;
    start = before;
  }
  while (start < end && LEADING_NON_TITLE_WORDS.has(tokens[start]!.text)) start++;
  // "With Vera Drake star X nominated": a sentence's opening preposition is no title's word.
  if (start === 0 && end > 1 && OPENING_LINKS.has(tokens[0]!.text)) start++;
  // A number alone opens no title: "2005 director".
  while (start < end && NUMBER_RE.test(tokens[start]!.text)) start++;
  return start;
}

/** The person holding the role at token `role`: right after it, or after an honorific ("Sir"). */
function holderAfter(
  tokens: readonly Token[],
  role: number,
  inSentence: readonly Candidate[],
): Candidate | undefined {
  const next = tokens[role + 1]?.text.toLowerCase() ?? "";
  const starts = HONORIFICS.has(next) ? [role + 1, role + 2] : [role + 1];
  return inSentence.find((c) => starts.includes(c.tokenStart) && c.type === "PERSON");
}

/** Whether a run's words name something other than a work: a demonym, a genre, a body's or place's head. */
function namesNoWork(tokens: readonly Token[], start: number, end: number): boolean {
  const words = tokens.slice(start, end).map((token) => token.text);
  const surface = words.join(" ");
  if (CAPITALISED_GENRES.has(surface) || words.some((word) => lookupDemonym(word))) return true;
  const last = words.at(-1) ?? "";
  return ORGANIZATION_HEADS.has(last) || PLACE_HEADS.has(last);
}

/**
 * Whether the candidates inside a run leave it free to be a title: each guessed by the tagger
 * alone, with no list's identity or title of office, and none reaching past the run.
 */
function isFreeRun(inside: readonly Candidate[], start: number, end: number): boolean {
  return inside.every(
    (candidate) =>
      candidate.source === "tagger" &&
      !candidate.key &&
      !candidate.title &&
      candidate.type !== "COUNTRY" &&
      candidate.tokenStart >= start &&
      candidate.tokenEnd <= end,
  );
}

/**
 * Reads the title before each screen role and its holder as one work: adds it when the tagger
 * read nothing there, stretches a cut reading over the whole run, and drops the other pieces.
 */
export function spanRoleLedTitles(
  text: string,
  sentences: readonly Sentence[],
  candidates: Candidate[],
  inSportsStory: boolean,
): Candidate[] {
  if (inSportsStory || (text.match(SCREEN_WORD_RE)?.length ?? 0) < MIN_SCREEN_WORDS)
    return candidates;
  const surfaces = new Set(candidates.map((candidate) => candidate.surface));
  const dropped = new Set<Candidate>();
  const added: Candidate[] = [];
  const bySentence = candidatesBySentence(candidates);
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    const inSentence = bySentence.get(sentence.index) ?? [];
    for (let role = 1; role < tokens.length - 1; role++) {
      if (!ROLE_NOUNS.has(tokens[role]!.text)) continue;
      if (!holderAfter(tokens, role, inSentence)) continue;
      const start = titleRunStart(tokens, role);
      if (start === role || namesNoWork(tokens, start, role)) continue;
      const surface = text.slice(tokens[start]!.start, tokens[role - 1]!.end);
      // "Veteran actor X", "Film director X": a lone capital opening the sentence may be any word.
      if (start === 0 && role === 1 && !surfaces.has(surface)) continue;
      const inside = inSentence.filter((c) => c.tokenStart < role && c.tokenEnd > start);
      if (!isFreeRun(inside, start, role)) continue;
      const first = inside.sort((x, y) => x.tokenStart - y.tokenStart)[0];
      if (!first) {
        // "Scottish actor X": a lone unread word may be a demonym no list holds.
        if (role - start === 1 && DEMONYM_SHAPE_RE.test(surface)) continue;
        added.push({
          sentenceIndex: sentence.index,
          tokenStart: start,
          tokenEnd: role,
          start: tokens[start]!.start,
          end: tokens[role - 1]!.end,
          surface,
          type: "OTHER",
          source: "tagger",
          isCued: true,
        });
        continue;
      }
      // One reading of the whole run already: its type is the other rules' to settle, but for
      // "Cornish actor X" read as a body: a lone word shaped as a demonym describes the holder.
      if (inside.length === 1 && first.tokenStart === start && first.tokenEnd === role) {
        if (role - start === 1 && first.type !== "PERSON" && DEMONYM_SHAPE_RE.test(surface))
          dropped.add(first);
        continue;
      }
      stretchToTitle(text, tokens, first, start, role);
      for (const other of inside) if (other !== first) dropped.add(other);
    }
  }
  if (dropped.size === 0 && added.length === 0) return candidates;
  return [...candidates.filter((candidate) => !dropped.has(candidate)), ...added];
}
