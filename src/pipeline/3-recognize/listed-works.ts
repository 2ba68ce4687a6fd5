/**
 * Titles listed after a plural work noun and a word that opens examples: "arcade classics such as
 * Moon Raiders, Pac-Man and Donkey Kong", "films including Heathers", "the overlooked films were
 * Hobson's Choice, Dirty Harry and King Kong". The tagger reads such titles as people, firms or
 * places, one by one; each item of the list (a capitalised run, up to a comma, "and" or "or") is a
 * work (OTHER), read whole. Items a list knows (a country, a listed firm) keep their reading, and
 * the list ends at the first word no title opens. Never in a sports story, where "games" and
 * "classics" are matches ("classics such as Paris-Roubaix").
 */

import {
  EXAMPLE_LIST_CUES,
  LIST_COPULAS,
  LISTED_WORK_NOUNS,
  TITLE_INNER_WORDS,
} from "../model/lexicons/work-cues.js";
import type { Sentence, Token } from "../types.js";
import { type Candidate, candidatesBySentence } from "./candidate.js";
import { findTitleEnd, isNonTitle, stretchToTitle } from "./work-title-spans.js";

/** Marks and words between two items of a list. */
const ITEM_SEPARATORS: ReadonlySet<string> = new Set([",", "and", "or"]);
/** Lower-case words inside a listed title: "Do the Right Thing", "Hot in Herre". Not "and", which separates. */
const INNER_WORDS: ReadonlySet<string> = new Set(
  [...TITLE_INNER_WORDS].filter((word) => !ITEM_SEPARATORS.has(word)),
);
/** A word that goes on a title. */
const CAPITALISED_RE = /^\p{Lu}/u;
/** Items a copula's list needs: "his films were X" may describe, "were X, Y and Z" lists. */
const MIN_COPULA_ITEMS = 2;

/**
 * The first token of the list after the plural work noun at `noun` and whether a copula opened it
 * ("films were X"), or undefined when no list opens there: "films such as", "films, including".
 */
function listStart(tokens: readonly Token[], noun: number): [number, boolean] | undefined {
  let at = noun + 1;
  if (tokens[at]?.text === ",") at++;
  const word = tokens[at]?.text ?? "";
  const two = `${word} ${tokens[at + 1]?.text ?? ""}`;
  if (EXAMPLE_LIST_CUES.has(two)) return [at + 2, false];
  if (EXAMPLE_LIST_CUES.has(word)) return [at + 1, false];
  // "the overlooked films were X": no comma between the noun and its copula.
  if (at === noun + 1 && LIST_COPULAS.has(word)) return [at + 1, true];
  return undefined;
}

/** The items of the list opening at token `start`, as token ranges [start, end). */
function listItems(tokens: readonly Token[], start: number): [number, number][] {
  const items: [number, number][] = [];
  let at = start;
  while (at < tokens.length) {
    let end = findTitleEnd(tokens, at);
    if (end === at || isNonTitle(tokens, at, end)) break;
    // "Robin Hood: Prince of Thieves": a subtitle after a colon is the title's.
    if (tokens[end]?.text === ":") {
      const subtitleEnd = findTitleEnd(tokens, end + 1);
      if (subtitleEnd > end + 1) end = subtitleEnd;
    }
    // "Do the Right Thing, Jungle Fever": a title's lower-case word ends no item; taken when the
    // list goes on after it, else the cut item and the list are left as read.
    if (
      INNER_WORDS.has(tokens[end]?.text ?? "") &&
      CAPITALISED_RE.test(tokens[end + 1]?.text ?? "")
    ) {
      let inner = end;
      while (INNER_WORDS.has(tokens[inner]?.text ?? "")) {
        const next = findTitleEnd(tokens, inner + 1);
        if (next === inner + 1) break;
        inner = next;
      }
      if (!ITEM_SEPARATORS.has(tokens[inner]?.text ?? "")) break;
      end = inner;
    }
    items.push([at, end]);
    const next = tokens[end]?.text ?? "";
    if (!ITEM_SEPARATORS.has(next)) break;
    // "X, Y, and Z": a comma before the last "and".
    const skip =
      next === "," && (tokens[end + 1]?.text === "and" || tokens[end + 1]?.text === "or");
    at = end + (skip ? 2 : 1);
  }
  return items;
}

/**
 * Reads each title listed after a plural work noun as one work: adds it when the tagger read
 * nothing there, stretches a reading cut inside it over the whole title, and drops the other pieces.
 */
export function spanListedWorks(
  text: string,
  sentences: readonly Sentence[],
  candidates: Candidate[],
  inSportsStory: boolean,
): Candidate[] {
  if (inSportsStory) return candidates;
  const dropped = new Set<Candidate>();
  const added: Candidate[] = [];
  const bySentence = candidatesBySentence(candidates);
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    const inSentence = bySentence.get(sentence.index) ?? [];
    for (let noun = 0; noun < tokens.length - 1; noun++) {
      if (!LISTED_WORK_NOUNS.has(tokens[noun]!.text)) continue;
      const opened = listStart(tokens, noun);
      if (!opened) continue;
      const [start, byCopula] = opened;
      const items = listItems(tokens, start);
      if (byCopula && items.length < MIN_COPULA_ITEMS) continue;
      for (const [from, to] of items) {
        const inside = inSentence.filter((c) => c.tokenStart < to && c.tokenEnd > from);
        // A name reaching past the item, or one a list or a title of office knows, stays as read.
        const isFree = inside.every(
          (c) =>
            c.source === "tagger" && !c.key && !c.title && c.tokenStart >= from && c.tokenEnd <= to,
        );
        if (!isFree) continue;
        const first = inside.sort((x, y) => x.tokenStart - y.tokenStart)[0];
        if (first) {
          // "such as The Sims" read "Sims": the leading article is no cut.
          const lead = tokens[from]!.text === "The" && first.tokenStart > from ? 1 : 0;
          stretchToTitle(text, tokens, first, from + lead, to);
          for (const other of inside) if (other !== first) dropped.add(other);
          continue;
        }
        // "games such as The": a lone "The" is no title.
        if (to - from === 1 && tokens[from]!.text === "The") continue;
        added.push({
          sentenceIndex: sentence.index,
          tokenStart: from,
          tokenEnd: to,
          start: tokens[from]!.start,
          end: tokens[to - 1]!.end,
          surface: text.slice(tokens[from]!.start, tokens[to - 1]!.end),
          type: "OTHER",
          source: "tagger",
          isCued: true,
        });
      }
    }
  }
  if (dropped.size === 0 && added.length === 0) return candidates;
  return [...candidates.filter((candidate) => !dropped.has(candidate)), ...added];
}
