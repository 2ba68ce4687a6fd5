/**
 * One player's result over another in a sports story, past the words that describe the loser:
 * "Henin-Hardenne beat compatriot X", "Federer reached the semis with a 6-1 6-2 win over seventh
 * seed X", "Mirza continued her rise with victory over US Open champion X", "Agassi lost to
 * Czech qualifier X", "Agassi suffered a comprehensive defeat by X", "Y lost 6-3 7-6 (7-3) to X",
 * "X, the 2000 champion, beat Y", "Spain lead after X beat Y" (DEFEATED). Both ends are
 * people named in the sentence; a hoped-for or denied result ("is aiming to beat", "failed to
 * beat", "never lost to") yields nothing, and a result whose winner a pronoun names is left alone.
 */

import {
  HOPE_WORDS,
  LOSER_DESCRIPTION_BREAKS,
  OWN_RESULT_OPENERS,
  PLAYER_LOSS_NOUNS,
  PLAYER_RESULT_GERUND_LEADS,
  PLAYER_WIN_NOUNS,
  TITLE_DESCRIPTOR_NOUNS,
  UNREAL_RESULT_WORDS,
} from "../model/lexicons/result-cues.js";
import { MODALS, NEGATORS } from "../model/lexicons/sentence-words.js";
import { RESULT_CLAUSE_BREAKS } from "../model/lexicons/sport-cues.js";
import { DEFEAT_GERUNDS, DEFEAT_INFINITIVES, DEFEAT_VERBS } from "../model/news-roles.js";
import type { ExtractedRelation } from "../types.js";
import { cueClass, hasCue } from "./cue-words.js";
import { matchEvent } from "./event-results.js";
import {
  findMainSubject,
  isPossessiveMark,
  relationBetween,
  type SentenceContext,
  type Unit,
} from "./sentence-view.js";
import { findSubjectLeft } from "./verbs.js";

/** Most tokens describing the loser before the name: "sixth-seeded Italian", "world number one". */
const MAX_LOSER_WORDS = 5;
/** Most tokens describing a result between its determiner and its noun: "a 6-7 (3-7) 6-3 6-3 win". */
const MAX_RESULT_WORDS = 12;
/** Most tokens from the sentence's subject to its result. */
const MAX_SUBJECT_TO_RESULT = 20;
/** A lower-case word, a number or an ordinal describing a loser: "unseeded", "four-times", "12th", "one". */
const LOSER_WORD_RE = /^([a-z][a-z-]*|\d+(st|nd|rd|th)?)$/;
/** A token describing a result: "straight-sets", "first", "6-3", "(", "7/5". */
const RESULT_WORD_RE = /^([a-z][a-z-]*|\d+(st|nd|rd|th)?|\d{1,2}[-/]\d{1,2}|[()-])$/;

/** Most tokens of an aside between a result's player and its verb: "X, the 2000 champion, beat". */
const MAX_ASIDE_WORDS = 20;
/** Words opening a clause of its own whose subject is a result's player: "after X beat Y". */
const RESULT_SUBORDINATORS: ReadonlySet<string> = new Set([
  "after",
  "as",
  "when",
  "before",
  "since",
  "until",
  "once",
]);
/** Tokens of a score between "lost" and "to": "lost 6-3 7-6 (7-3) to". */
const SCORE_TOKEN_RE = /^(\d{1,2}-\d{1,2}|[()])$/;
/** Most tokens of that score. */
const MAX_SCORE_TOKENS = 9;

const CONFIDENCE = 0.7;
/** "beat", "beating", "to defeat", "lost to", "a win over", "a loss to". */
const RESULT_CUES = cueClass(
  DEFEAT_VERBS,
  DEFEAT_GERUNDS,
  DEFEAT_INFINITIVES,
  ["lost"],
  PLAYER_WIN_NOUNS,
  PLAYER_LOSS_NOUNS,
);

/**
 * The player named after the words describing them from token `at`: "compatriot X", "seventh seed
 * X", "US Open champion X", "Hungarian X", "Sweden's X". Undefined when anything else stands there.
 */
function describedPlayer(ctx: SentenceContext, at: number): Unit | undefined {
  let i = at;
  while (i - at <= MAX_LOSER_WORDS && i < ctx.words.length) {
    const index = ctx.unitStartingAt[i]!;
    const unit = index >= 0 ? ctx.units[index]! : undefined;
    if (unit?.type === "PERSON" && !unit.isDemonym) {
      // "beat Y's coach": the name describes someone else.
      return isPossessiveMark(ctx.words[unit.tokenEnd]) ? undefined : unit;
    }
    if (unit) {
      // "Hungarian X", "Sweden's X", "US Open champion X": a name describing the player.
      if (unit.isDemonym) i = unit.tokenEnd;
      else if (unit.type === "COUNTRY" && isPossessiveMark(ctx.words[unit.tokenEnd]))
        i = unit.tokenEnd + 1;
      else if (TITLE_DESCRIPTOR_NOUNS.has(ctx.words[unit.tokenEnd] ?? "")) i = unit.tokenEnd + 1;
      else return undefined;
      continue;
    }
    if (ctx.unitCovering[i]! >= 0) return undefined;
    const word = ctx.words[i]!;
    if (!LOSER_WORD_RE.test(word) || LOSER_DESCRIPTION_BREAKS.has(word)) return undefined;
    i++;
  }
  return undefined;
}

/** Whether any word in [from, to) opens another clause or makes the result unreal. */
function isUnrealBetween(ctx: SentenceContext, from: number, to: number): boolean {
  for (let j = Math.max(0, from); j < to; j++) {
    const word = ctx.words[j]!;
    if (
      RESULT_CLAUSE_BREAKS.has(word) ||
      UNREAL_RESULT_WORDS.has(word) ||
      MODALS.has(word) ||
      NEGATORS.has(word)
    )
      return true;
  }
  return false;
}

/** The sentence's subject if it is a named player whose clause runs unbroken to token `to`. */
function playerSubject(ctx: SentenceContext, to: number): Unit | undefined {
  const main = findMainSubject(ctx);
  if (main?.type !== "PERSON" || main.tokenEnd > to) return undefined;
  if (to - main.tokenEnd > MAX_SUBJECT_TO_RESULT) return undefined;
  // "Hewitt said Nadal…": another person between them is another clause's subject.
  for (const unit of ctx.units)
    if (unit.type === "PERSON" && unit.tokenStart >= main.tokenEnd && unit.tokenEnd <= to)
      return undefined;
  return isUnrealBetween(ctx, main.tokenEnd, to) ? undefined : main;
}

/** "X beat compatriot Y", "X rallied to beat seventh seed Y", "…, beating Hungarian Y". */
function winnerOfVerb(ctx: SentenceContext, verb: number): Unit | undefined {
  const word = ctx.words[verb]!;
  const before = ctx.words[verb - 1] ?? "";
  if (DEFEAT_GERUNDS.has(word)) {
    return PLAYER_RESULT_GERUND_LEADS.has(before) ? playerSubject(ctx, verb - 1) : undefined;
  }
  if (before === "to") return playerSubject(ctx, verb - 1);
  return resultSubject(ctx, verb);
}

/** The one named player a result verb at `verb` is said of, when the clause states it as done. */
function resultSubject(ctx: SentenceContext, verb: number): Unit | undefined {
  const found = findSubjectLeft(ctx, verb);
  if (!found) return asideSubject(ctx, verb) ?? subordinateSubject(ctx, verb);
  if (found.negated || found.hedged || found.pronoun) return undefined;
  if (found.subjects.length !== 1 || found.subjects[0]!.type !== "PERSON") return undefined;
  const player = found.subjects[0]!;
  // "Davydenko, meanwhile, upset X": the subject reached over an aside is the aside rule's case.
  if (!isUnrealBetween(ctx, player.tokenEnd, verb)) return player;
  return ctx.words[player.tokenEnd] === "," ? asideSubject(ctx, verb) : undefined;
}

/**
 * "Santoro, the 2000 champion, beat X", "Mirza, who got a wild card, lost to X", "Davydenko,
 * meanwhile, upset X": the player before an aside closed right before the verb. An aside naming
 * another person is one only as a relative clause ("X, who split from Y last year, beat Z").
 */
function asideSubject(ctx: SentenceContext, verb: number): Unit | undefined {
  if (ctx.words[verb - 1] !== ",") return undefined;
  for (let j = verb - 2; j >= 1 && verb - 2 - j <= MAX_ASIDE_WORDS; j--) {
    const word = ctx.words[j]!;
    if (word !== ",") {
      if (word === ";" || word === ":" || word === '"' || HOPE_WORDS.has(word)) return undefined;
      continue;
    }
    if (j === verb - 2) return undefined;
    const relative = ctx.words[j + 1] === "who";
    for (const unit of ctx.units)
      if (unit.type === "PERSON" && unit.tokenStart > j && unit.tokenEnd < verb && !relative)
        return undefined;
    const found = findSubjectLeft(ctx, j);
    if (!found || found.negated || found.hedged || found.pronoun) return undefined;
    const player = found.subjects.length === 1 ? found.subjects[0]! : undefined;
    return player?.type === "PERSON" && player.tokenEnd === j ? player : undefined;
  }
  return undefined;
}

/** "Spain lead 1-0 after Moya beat Fish", "as X beat Y at the Australian Open": a subordinate clause's player. */
function subordinateSubject(ctx: SentenceContext, verb: number): Unit | undefined {
  const index = ctx.unitCovering[verb - 1];
  const player = index !== undefined && index >= 0 ? ctx.units[index]! : undefined;
  if (player?.type !== "PERSON" || player.isDemonym || player.tokenEnd !== verb) return undefined;
  const opener = player.tokenStart - 1;
  if (!RESULT_SUBORDINATORS.has(ctx.words[opener] ?? "")) return undefined;
  // "Spain could lead if…", "hopes to go through after X beats Y": the whole sentence is unreal.
  return isHopedFor(ctx, opener) ? undefined : player;
}

/** The determiner opening the result whose noun is at `noun` ("a" in "a 7-5 6-3 win"), or -1. */
function resultOpener(ctx: SentenceContext, noun: number): number {
  for (let j = noun - 1; j >= 0 && noun - j <= MAX_RESULT_WORDS; j--) {
    const word = ctx.words[j]!;
    if (OWN_RESULT_OPENERS.has(word)) return j;
    if (ctx.unitCovering[j]! >= 0 || !RESULT_WORD_RE.test(word)) return -1;
    if (RESULT_CLAUSE_BREAKS.has(word) && word !== "with") return -1;
    // "with victory over": no determiner at all.
    if (word === "with" && j === noun - 1) return j;
  }
  return -1;
}

/** Whether any word before token `to` makes the sentence's result hoped for or denied. */
function isHopedFor(ctx: SentenceContext, to: number): boolean {
  for (let j = 0; j < to; j++) {
    const word = ctx.words[j]!;
    if (
      HOPE_WORDS.has(word) ||
      UNREAL_RESULT_WORDS.has(word) ||
      MODALS.has(word) ||
      NEGATORS.has(word)
    )
      return true;
  }
  return false;
}

/**
 * "a third-round loss to Gustavo Kuerten at the French Open", "a win over Tomas Berdych in the
 * final of the Sydney International": the player a result names took part in the event after it,
 * whoever the other side is.
 */
function playerAtEvent(
  ctx: SentenceContext,
  player: Unit,
  opener: number,
  predicate: string,
): ExtractedRelation | undefined {
  if (isHopedFor(ctx, opener)) return undefined;
  const event = matchEvent(ctx, player.tokenEnd);
  if (!event) return undefined;
  return relationBetween(ctx, player, event, "PARTICIPATED_IN", predicate, CONFIDENCE);
}

/** DEFEATED between two named players in one sentence of a sports story. */
export function relatePlayerResults(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  const push = (winner: Unit | undefined, loser: Unit | undefined, predicate: string) => {
    if (!winner || !loser || winner.entity === loser.entity) return;
    if (winner.type !== "PERSON" || loser.type !== "PERSON") return;
    relations.push(relationBetween(ctx, winner, loser, "DEFEATED", predicate, CONFIDENCE));
  };
  if (!hasCue(ctx.words, RESULT_CUES)) return relations;
  for (let i = 1; i < ctx.words.length - 1; i++) {
    if (ctx.unitCovering[i]! >= 0) continue;
    const word = ctx.words[i]!;
    const next = ctx.words[i + 1]!;
    const isInfinitive = DEFEAT_INFINITIVES.has(word) && ctx.words[i - 1] === "to";
    if (DEFEAT_VERBS.has(word) || DEFEAT_GERUNDS.has(word) || isInfinitive) {
      // "knocked X down into second place" in the charts: only "knocked out" is a defeat.
      if (word === "knocked" && next !== "out") continue;
      const loser = describedPlayer(ctx, i + 1);
      if (loser) push(winnerOfVerb(ctx, i), loser, word);
    } else if (word === "lost") {
      // "lost to X", "lost 6-3 7-6 (7-3) to X".
      let to = i + 1;
      while (to - i <= MAX_SCORE_TOKENS && SCORE_TOKEN_RE.test(ctx.words[to] ?? "")) to++;
      if (ctx.words[to] !== "to") continue;
      const winner = describedPlayer(ctx, to + 1);
      if (winner) push(winner, resultSubject(ctx, i), "lost to");
    } else if (PLAYER_WIN_NOUNS.has(word) && next === "over") {
      const opener = resultOpener(ctx, i);
      const loser = opener >= 0 ? describedPlayer(ctx, i + 2) : undefined;
      if (!loser) continue;
      push(playerSubject(ctx, opener), loser, `${word} over`);
      const taking = playerAtEvent(ctx, loser, opener, `${word} over`);
      if (taking) relations.push(taking);
    } else if (PLAYER_LOSS_NOUNS.has(word) && (next === "to" || next === "by")) {
      const opener = resultOpener(ctx, i);
      const winner = opener >= 0 ? describedPlayer(ctx, i + 2) : undefined;
      if (!winner) continue;
      push(winner, playerSubject(ctx, opener), `${word} ${next}`);
      const taking = playerAtEvent(ctx, winner, opener, `${word} ${next}`);
      if (taking) relations.push(taking);
    }
  }
  return relations;
}
