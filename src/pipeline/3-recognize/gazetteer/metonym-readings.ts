/**
 * Locative and metonymy rules: whether a capital or seat of government names the place itself
 * ("a summit in Moscow") or stands for its state ("Moscow said", "the Kremlin's plan").
 */

import {
  AGENT_NOUNS,
  AT_TARGET_WORDS,
  CITY_OCCASION_NOUNS,
  CITY_OFFICE_NOUNS,
  COMPASS_WORDS,
  DESCRIBING_VERBS,
  LOCATIVE_PREPOSITIONS,
  MOTION_WORDS,
  SETTLEMENT_NOUNS,
} from "../../model/lexicons/metonymy-cues.js";
import { TIME_ZONE_ABBREVIATIONS } from "../../model/lexicons/time-zones.js";
import type { Token } from "../../types.js";
import { refOf } from "./build-gazetteer.js";
import type { GazetteerMention, MetonymMatch } from "./gazetteer-types.js";
import { ALL_CAPS_RE, POSSESSIVE_MARKERS, POSSESSIVE_RE, THE } from "./surface-text.js";
import type { Hit } from "./surface-trie.js";

const LOCATIVE_WORDS: ReadonlySet<string> = new Set(LOCATIVE_PREPOSITIONS);
const MOTIONS: ReadonlySet<string> = new Set(MOTION_WORDS);
const AT_TARGETS: ReadonlySet<string> = new Set(AT_TARGET_WORDS);
const AGENTS: ReadonlySet<string> = new Set(AGENT_NOUNS);

/** Lowercase words that may follow the last name of a list: "in Paris and Athens for years". */
const LIST_TAIL_WORDS: ReadonlySet<string> = new Set([
  "and",
  "or",
  "for",
  "in",
  "on",
  "at",
  "last",
  "this",
  "next",
  "during",
  "before",
  "after",
  "since",
  "until",
  "with",
  "where",
  "when",
  "to",
  "from",
]);
/** Words that join a list of names: "Paris and Athens", "Rome, Paris or Athens". */
const LIST_JOINERS: ReadonlySet<string> = new Set([",", "and", "or"]);
/** A capitalised word such as a name or a proper modifier ("Olympic", "Tory"). */
const NAME_WORD_RE = /^\p{Lu}\p{Ll}/u;

/** True when the word before a capital/seat (skipping "the") makes the literal reading likely. */
function isLocativeContext(tokens: readonly Token[], start: number, end = start + 1): boolean {
  let i = start - 1;
  // "in North London", "south Paris": a part of the city is the city.
  if (COMPASS_WORDS.has(tokens[i]?.text ?? "")) return true;
  // "studied in Paris and Athens", "in Rome, Paris or Athens": back over a list of names, unless
  // a verb follows ("flew to Berlin and Moscow said").
  const next = tokens[end]?.text ?? "";
  const endsList = !/^\p{Ll}/u.test(next) || LIST_TAIL_WORDS.has(next);
  let j = i;
  while (
    endsList &&
    j >= 1 &&
    LIST_JOINERS.has(tokens[j]?.text ?? "") &&
    NAME_WORD_RE.test(tokens[j - 1]?.text ?? "")
  ) {
    j -= 1;
    while (j >= 1 && NAME_WORD_RE.test(tokens[j - 1]?.text ?? "")) j -= 1;
    j -= 1;
  }
  if (j < i) i = j;
  if (i >= 0 && THE.has(tokens[i]?.text ?? "")) i -= 1;
  const previous = tokens[i]?.text.toLowerCase();
  if (!previous) return false;
  // "The two leaders hit out at Washington": the capital is the target, so the state.
  if (previous === "at" && AT_TARGETS.has(tokens[i - 1]?.text.toLowerCase() ?? "")) return false;
  if (LOCATIVE_WORDS.has(previous)) return true;
  if (previous === "to" || previous === "from") return hasMotionBefore(tokens, i);
  return false;
}

/** How far back from "to"/"from" a motion word may stand: "travelling a lot in recent months, to". */
const MOTION_LOOKBACK = 8;
/** Tokens a motion word is never looked for past: a clause break, or another name. */
const CLAUSE_BREAK_RE = /^(?:[.;:!?()"“”]|\p{Lu}.*)$/u;

/**
 * Whether a motion word governs the "to"/"from" at `at`: right before it ("flew to Moscow"),
 * or a few words back in the same clause ("has been travelling a lot lately, to Vienna").
 */
function hasMotionBefore(tokens: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - MOTION_LOOKBACK; i--) {
    const text = tokens[i]?.text ?? "";
    if (MOTIONS.has(text.toLowerCase())) return true;
    if (i > 0 && CLAUSE_BREAK_RE.test(text)) return false;
  }
  return false;
}

/** Determiners that open a description after a capital: "Paris, the French capital". */
const DESCRIPTION_OPENERS: ReadonlySet<string> = new Set(["the", "a", "an"]);
/** How many words (adjectives, a demonym) may stand between the determiner and the noun. */
const MAX_DESCRIPTION_WORDS = 3;
/** A token that ends a description: punctuation. */
const DESCRIPTION_BREAK_RE = /^[^\p{L}\p{N}]+$/u;

/**
 * A capital named as a settlement: a settlement noun right before it ("the capital Berlin", "the
 * Syrian capital, Damascus", "the city of Moscow") or a description after it that calls it one
 * ("Paris, the French capital", "Kabul is a dangerous city", "Berlin is the capital of Germany").
 */
function isNamedSettlement(tokens: readonly Token[], start: number, end: number): boolean {
  let before = start - 1;
  const of = tokens[before]?.text === "of";
  if (tokens[before]?.text === ",") before -= 1;
  else if (of) before -= 1;
  const noun = tokens[before]?.text.toLowerCase() ?? "";
  // "the mayor of London": a city's office names the city.
  if (SETTLEMENT_NOUNS.has(noun) || (of && CITY_OFFICE_NOUNS.has(noun))) return true;
  let i = end;
  const comma = tokens[i]?.text === ",";
  if (comma) i += 1;
  const verb = DESCRIBING_VERBS.has(tokens[i]?.text ?? "");
  if (verb) i += 1;
  if ((!comma && !verb) || !DESCRIPTION_OPENERS.has(tokens[i]?.text.toLowerCase() ?? ""))
    return false;
  for (let j = i + 1; j <= i + 1 + MAX_DESCRIPTION_WORDS && j < tokens.length; j += 1) {
    const word = tokens[j]?.text ?? "";
    if (DESCRIPTION_BREAK_RE.test(word)) return false;
    if (SETTLEMENT_NOUNS.has(word.toLowerCase()))
      return !POSSESSIVE_MARKERS.has(tokens[j + 1]?.text ?? "");
  }
  return false;
}

/**
 * A capital read literally although nothing locative precedes it: a modifier ("Athens Olympic
 * final", "London Tory spin doctors") or a possessive of a non-political noun ("London's rail
 * termini", "Berlin's top prize"). Seats of government ("the Kremlin's") keep their metonymy.
 */
function isLiteralCapital(
  tokens: readonly Token[],
  start: number,
  end: number,
  metonym: MetonymMatch,
  possessed: boolean,
): boolean {
  if (metonym.kind !== "capital") return false;
  if (isNamedSettlement(tokens, start, end)) return true;
  if (possessed) {
    const after = POSSESSIVE_MARKERS.has(tokens[end]?.text ?? "") ? end + 1 : end;
    for (let i = after; i < after + 3 && i < tokens.length; i += 1) {
      if (AGENTS.has(tokens[i]?.text.toLowerCase() ?? "")) return false;
    }
    return true;
  }
  // "Delhi UTC +5,5": a place's clock time names the place, not its government; "London mayor":
  // the city's own office; "set for Berlin honour": an occasion held in the city, which gives
  // who is honoured no nationality.
  const next = tokens[end]?.text ?? "";
  return (
    NAME_WORD_RE.test(next) ||
    TIME_ZONE_ABBREVIATIONS.has(next) ||
    CITY_OFFICE_NOUNS.has(next.toLowerCase()) ||
    CITY_OCCASION_NOUNS.has(next)
  );
}

/** Turns a trie hit into a mention, choosing the metonym or literal reading for capitals/seats. */
export function toMention(
  tokens: readonly Token[],
  start: number,
  end: number,
  hit: Hit,
): GazetteerMention {
  const { entry, metonym } = hit;
  if (metonym) {
    // "across Washington's aims": a possessive makes the place an agent, whatever the preposition.
    const possessed =
      POSSESSIVE_MARKERS.has(tokens[end]?.text ?? "") ||
      POSSESSIVE_RE.test(tokens[end - 1]?.text ?? "");
    // "MOSCOW 1996-08-30": an all-caps capital is a dateline, read literally.
    const dateline = ALL_CAPS_RE.test(tokens[start]?.text ?? "") && hit.via !== "acronym";
    if (
      dateline ||
      (!possessed && isLocativeContext(tokens, start, end)) ||
      isLiteralCapital(tokens, start, end, metonym, possessed)
    ) {
      return {
        start,
        end,
        ...refOf(entry),
        via: hit.via === "metonym" ? "name" : hit.via,
        metonymOf: metonym,
      };
    }
    return {
      start,
      end,
      ...metonym.country,
      via: "metonym",
      literal: metonym.literal,
    };
  }
  return { start, end, ...refOf(entry), via: hit.via };
}
