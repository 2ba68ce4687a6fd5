/**
 * One-word names the tagger typed a person that the article itself shows are not: a name written
 * after "the" ("the Halvard", "The Quillmoor of the Opera") is a thing's; one that takes a group's
 * verb ("Kelbrook have signed"), owns a team's or firm's calling before a person ("Kelbrook prop
 * Tom Hale", "Norvale's principal analyst Ada Marr"), follows a body's noun ("distributor
 * Norvale", "rock band Quillmoor"), stands in a line-up's brackets after a
 * player ("T Hale (Kelbrook)") or takes "its" ("Velmora launched its service") is a body's. The
 * cue retypes every guessed mention of the name in the article, unless the article also writes
 * the name as a person's: after a first name, a form of address or a calling only people have.
 * Sentence-opening adverbs ("Firstly,", "Likewise,") are no names at all.
 */

import type { EntityType } from "../../domain/vocabulary.js";
import {
  BODY_DESCRIPTOR_NOUNS,
  BODY_MEMBER_NOUNS,
  GROUP_VERB_BLOCKERS,
  GROUP_VERBS,
  MAX_CALLING_WORDS,
  OPENING_ADVERB_RE,
  PERSON_MODIFIED_NOUNS,
} from "../model/lexicons/lone-name-cues.js";
import { KINSHIP_NOUNS, PERSON_NOUNS } from "../model/lexicons/person-nouns.js";
import { PERSON_SPEECH_VERBS } from "../model/lexicons/work-cues.js";
import type { Sentence, Token } from "../types.js";
import type { Candidate } from "./candidate.js";
import { isSentenceStart } from "./gazetteer/entity-mentions.js";
import { loadTagger } from "./tagger/tagger.js";
import { isHonorific } from "./titles.js";

const LOWER_WORD_RE = /^\p{Ll}+$/u;
const CAPITALISED_RE = /^\p{Lu}/u;
const POSSESSIVE_RE = /^['’]s?$/;
/** "Hale, 25,": an age after a name. */
const AGE_RE = /^\d{1,3}$/;
/** Words between a name and "its" that may be a person's subject's own: "Hale said its". */
const ITS_GAP_BLOCKERS: ReadonlySet<string> = new Set(["and", "that", "with", "of", "for"]);
/** Most words between a name and the "its" it governs: "Velmora has launched its". */
const MAX_ITS_GAP = 2;

type Cue = Extract<EntityType, "ORGANIZATION" | "OTHER">;

/** A one-word name the tagger alone typed a person, with no list, title or calling behind it. */
export function isLoneGuessedPerson(candidate: Candidate): boolean {
  return (
    candidate.type === "PERSON" &&
    candidate.source === "tagger" &&
    candidate.tokenEnd - candidate.tokenStart === 1 &&
    !candidate.key &&
    !candidate.title &&
    !candidate.isCued
  );
}

function lower(tokens: readonly Token[], at: number): string {
  return tokens[at]?.text.toLowerCase() ?? "";
}

/** "the Halvard", "The Halvard device": a thing's name after the article (not "the Hale years"). */
function isAfterDeterminer(tokens: readonly Token[], at: number): boolean {
  return lower(tokens, at - 1) === "the" && !PERSON_MODIFIED_NOUNS.has(lower(tokens, at + 1));
}

/** "Kelbrook have signed", not "Hale and Marr are" nor "if Hale were". */
function takesGroupVerb(tokens: readonly Token[], at: number): boolean {
  return (
    GROUP_VERBS.has(tokens[at + 1]?.text ?? "") && !GROUP_VERB_BLOCKERS.has(lower(tokens, at - 1))
  );
}

/** "Velmora launched its", "Velmora has cut its": the name is what "its" refers back to. */
function takesIts(tokens: readonly Token[], at: number): boolean {
  for (let gap = at + 1; gap <= at + MAX_ITS_GAP; gap++) {
    const word = tokens[gap]?.text ?? "";
    if (!LOWER_WORD_RE.test(word) || PERSON_SPEECH_VERBS.has(word) || ITS_GAP_BLOCKERS.has(word))
      return false;
    if (tokens[gap + 1]?.text === "its") return true;
  }
  return false;
}

/**
 * "Kelbrook prop Tom Hale", "Norvale's principal analyst Ada Marr": a body's calling, with up to
 * a few lowercase words, between the name and a person's name.
 */
function ownsMemberCalling(
  tokens: readonly Token[],
  at: number,
  personStarts: ReadonlySet<number>,
): boolean {
  let next = at + 1;
  if (POSSESSIVE_RE.test(tokens[next]?.text ?? "")) next++;
  for (let end = next; end < next + MAX_CALLING_WORDS; end++) {
    const word = tokens[end]?.text ?? "";
    if (!LOWER_WORD_RE.test(word.replace("-", ""))) return false;
    if (BODY_MEMBER_NOUNS.has(word) && personStarts.has(end + 1)) return true;
  }
  return false;
}

/**
 * Players a line-up names before the same bracketed side: "T Hale (Kelbrook), I Ross (Kelbrook)".
 * One bracketed name after a person may be a role or a surname ("Ada Marr (Monica)", "Ato (Boldon)").
 */
const MIN_BRACKETED_PLAYERS = 2;

/** "T Hale (Kelbrook)": a name in brackets right after a person's. */
function isBracketedSide(tokens: readonly Token[], at: number, personEnds: ReadonlySet<number>) {
  return tokens[at - 1]?.text === "(" && tokens[at + 1]?.text === ")" && personEnds.has(at - 2);
}

/** The type a word beside the name at token `at` gives it, if any. */
function readCue(
  tokens: readonly Token[],
  at: number,
  people: { starts: ReadonlySet<number> },
): Cue | undefined {
  if (
    BODY_DESCRIPTOR_NOUNS.has(tokens[at - 1]?.text ?? "") ||
    takesGroupVerb(tokens, at) ||
    takesIts(tokens, at) ||
    ownsMemberCalling(tokens, at, people.starts)
  )
    return "ORGANIZATION";
  if (!isAfterDeterminer(tokens, at)) return undefined;
  // "the Velmora corporation", "the Norvale group": a body's noun after the name names a body.
  return BODY_DESCRIPTOR_NOUNS.has(lower(tokens, at + 1)) ? "ORGANIZATION" : "OTHER";
}

/**
 * Whether the article writes `word` as a person's name somewhere: the last word of a longer
 * person's name ("Tom Hale"), after a form of address ("Mr Hale"), after a calling or kinship only
 * people have ("singer Hale"), or before an age ("Hale, 25,").
 */
export function personSpellings(sentences: readonly Sentence[], candidates: readonly Candidate[]) {
  const names = new Set<string>();
  for (const candidate of candidates) {
    if (candidate.type !== "PERSON") continue;
    const words = candidate.surface.split(" ");
    if (words.length > 1 || candidate.title || candidate.isCued) names.add(words.at(-1) ?? "");
  }
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    tokens.forEach((token, at) => {
      const before = tokens[at - 1]?.text ?? "";
      if (
        isHonorific(before) ||
        PERSON_NOUNS.has(before) ||
        KINSHIP_NOUNS.has(before) ||
        (tokens[at + 1]?.text === "," && AGE_RE.test(tokens[at + 2]?.text ?? ""))
      )
        names.add(token.text);
    });
  }
  return names;
}

/** "Firstly, the minister said": an adverb of a word news writes in lower case, opening a sentence. */
function isOpeningAdverb(tokens: readonly Token[], at: number): boolean {
  const [, stem] = OPENING_ADVERB_RE.exec(tokens[at]?.text ?? "") ?? [];
  return (
    stem !== undefined &&
    isSentenceStart(tokens, at) &&
    tokens[at + 1]?.text === "," &&
    loadTagger().isMostlyLowercase(stem)
  );
}

/** The starts and ends (last token) of the person candidates in each sentence. */
function personBounds(candidates: readonly Candidate[]) {
  const bounds = new Map<number, { starts: Set<number>; ends: Set<number> }>();
  for (const candidate of candidates) {
    if (candidate.type !== "PERSON" || !CAPITALISED_RE.test(candidate.surface)) continue;
    const entry = bounds.get(candidate.sentenceIndex) ?? { starts: new Set(), ends: new Set() };
    entry.starts.add(candidate.tokenStart);
    entry.ends.add(candidate.tokenEnd - 1);
    bounds.set(candidate.sentenceIndex, entry);
  }
  return bounds;
}

/** Retypes (or drops) the one-word guessed people the article shows are bodies, things or adverbs. */
export function retypeLoneNames(
  sentences: readonly Sentence[],
  candidates: readonly Candidate[],
): Candidate[] {
  const bounds = personBounds(candidates);
  const cues = new Map<string, Cue>();
  const adverbs = new Set<Candidate>();
  const bracketed = new Map<string, number>();
  for (const candidate of candidates) {
    const tokens = sentences[candidate.sentenceIndex]?.tokens ?? [];
    const people = bounds.get(candidate.sentenceIndex) ?? { starts: new Set(), ends: new Set() };
    // "D Hale (Kelbrook), S Ross (Kelbrook)": the tagger may type each bracketed side its own way.
    if (
      candidate.tokenEnd - candidate.tokenStart === 1 &&
      isBracketedSide(tokens, candidate.tokenStart, people.ends)
    ) {
      const count = (bracketed.get(candidate.surface) ?? 0) + 1;
      bracketed.set(candidate.surface, count);
      if (count >= MIN_BRACKETED_PLAYERS) cues.set(candidate.surface, "ORGANIZATION");
    }
    if (!isLoneGuessedPerson(candidate)) continue;
    if (isOpeningAdverb(tokens, candidate.tokenStart)) adverbs.add(candidate);
    const cue = readCue(tokens, candidate.tokenStart, people);
    // A body's cue outweighs a thing's: "the Kelbrook side" and "Kelbrook have won".
    if (cue && cues.get(candidate.surface) !== "ORGANIZATION") cues.set(candidate.surface, cue);
  }
  if (cues.size === 0 && adverbs.size === 0) return [...candidates];
  const people = personSpellings(sentences, candidates);
  for (const candidate of candidates) {
    const cue = cues.get(candidate.surface);
    if (cue && isLoneGuessedPerson(candidate) && !people.has(candidate.surface))
      candidate.type = cue;
  }
  return candidates.filter((candidate) => !adverbs.has(candidate));
}
