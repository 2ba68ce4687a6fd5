/**
 * Titles won, contests entered and awards one is up for, in sport and entertainment: "Wimbledon
 * champion X" and "X won the Australian Open" (WON), "Idol runner-up X" (PARTICIPATED_IN), "Oscar
 * nominee X" and "X was nominated for the best actor Oscar" (NOMINATED_FOR). Only stated facts:
 * a hoped-for or denied win ("could win", "did not win") and a hedged nomination yield nothing.
 */

import type { RelationType } from "../../domain/vocabulary.js";
import { AWARD_NAME_RE, MEDIA_HEDGES } from "../model/lexicons/relation-triggers.js";
import { MODALS, NEGATORS, PREPOSITIONS } from "../model/lexicons/sentence-words.js";
import {
  COMPETITION_NAME_RE,
  CONTESTANT_NOUNS,
  NOMINATION_LEAD_WORDS,
  NOMINATION_VERBS,
  NOMINEE_GAP,
  NOMINEE_NOUNS,
  PLURAL_HOLDER_NOUNS,
  TITLE_HOLDER_NOUNS,
  TITLE_LEAD_WORDS,
  TITLE_VERBS,
} from "../model/lexicons/title-cues.js";
import type { ExtractedRelation } from "../types.js";
import { cueClass, hasCue } from "./cue-words.js";
import { awardAtCeremony, isAward } from "./media-relations.js";
import {
  AGENT_TYPES,
  coordinatedFrom,
  findMainSubject,
  isPossessiveMark,
  LOWER_WORD_RE,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
  YEAR_RE,
} from "./sentence-view.js";
import { findSubjectLeft, isDoneRelative } from "./verbs.js";

/** "Bafta-winning", "Oscar-nominated": a name inside an adjective names no title. */
const HYPHENATED_ADJECTIVE_RE = /-[a-z]+$/;
/** Nouns after a competition's name that still name its title: "won the US Open title", "won the Davis Cup final". */
const TITLE_TAILS: ReadonlySet<string> = new Set(["title", "crown", "final", "trophy", "and"]);
/** Most lower-case words between "nominated for" and the award: "for the best supporting actress Oscar". */
const MAX_AWARD_LEAD = 5;
/** "three Baftas", "best actor": the words allowed before an award's name. */
const AWARD_LEAD_RE = /^([a-z]+(-[a-z]+)?|\d+)$/;
/** Forms of "be" before "up for": "X is up for", "they are up for". */
const BE_WORDS: ReadonlySet<string> = new Set(["is", "are", "was", "were"]);
/** Words that make a win or a nomination only hoped for or denied. */
const HEDGES: ReadonlySet<string> = new Set([...MODALS, ...NEGATORS, ...MEDIA_HEDGES]);

/** What a competition won may be typed: an event, or a name the recogniser took for something else. */
const COMPETITION_TYPES: ReadonlySet<string> = new Set(["EVENT", "OTHER", "ORGANIZATION"]);

const CONFIDENCE = { noun: 0.75, verb: 0.7, pronoun: 0.6 } as const;
/** A category in one hyphenated word: "best-picture", "best-actor". */
const BEST_CATEGORY_RE = /^best-[a-z]+$/;

/** "Wimbledon champion X", "Idol runner-up X", "Oscar nominee X". */
const HOLDER_NOUN_CUES = cueClass(TITLE_HOLDER_NOUNS, CONTESTANT_NOUNS, NOMINEE_NOUNS);
/** "won the Australian Open", "lifted the FA Cup". */
const TITLE_VERB_CUES = cueClass(TITLE_VERBS);
/** "was nominated for", "shortlisted for". */
const NOMINATION_CUES = cueClass(["nominated", "shortlisted"]);
/** "five Oscar nominations", "is up for the best director award". */
const NOMINATION_NOUN_CUES = cueClass(["nomination", "nominations", "up"]);

/** Whether a unit can be a title, a contest or an award: a competition or work by its name, never a side or a person. */
function isTitle(ctx: SentenceContext, unit: Unit): boolean {
  if (unit.isDemonym || HYPHENATED_ADJECTIVE_RE.test(ctx.text.slice(unit.start, unit.end)))
    return false;
  return unit.type === "EVENT" || unit.type === "OTHER" || isAward(ctx, unit);
}

/** "Golden Globe" in "two Golden Globe nominations": an award by its name alone, modifying the noun. */
function isAwardName(ctx: SentenceContext, unit: Unit): boolean {
  const surface = ctx.text.slice(unit.start, unit.end);
  if (unit.type === "COUNTRY" || unit.isDemonym || HYPHENATED_ADJECTIVE_RE.test(surface))
    return false;
  return AWARD_NAME_RE.test(surface);
}

/** The unit starting at token `at`, or undefined. */
function unitAt(ctx: SentenceContext, at: number): Unit | undefined {
  const index = ctx.unitStartingAt[at] ?? -1;
  return index >= 0 ? ctx.units[index] : undefined;
}

/** "Wimbledon champion Maria Sharapova", "Idol runner-up Shannon Noll", "Oscar nominee Clive Owen". */
function relateHolderNouns(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  if (!hasCue(ctx.words, HOLDER_NOUN_CUES)) return relations;
  for (const title of ctx.units) {
    // "Oscar best-picture nominee Sideways": past the category.
    const at = title.tokenEnd + categoryLength(ctx, title.tokenEnd);
    const noun = ctx.words[at] ?? "";
    let type: RelationType;
    if (TITLE_HOLDER_NOUNS.has(noun) && at === title.tokenEnd) type = "WON";
    else if (CONTESTANT_NOUNS.has(noun) && at === title.tokenEnd) type = "PARTICIPATED_IN";
    else if (NOMINEE_NOUNS.has(noun)) type = "NOMINATED_FOR";
    else continue;
    const holder = unitAt(ctx, at + 1);
    if (!holder || holder.isDemonym || !isHolderType(ctx, type, title, holder)) continue;
    if (!isTitle(ctx, title)) continue;
    // "World Cup winners X, Y and Z": a plural noun heads a list of players.
    const holders =
      PLURAL_HOLDER_NOUNS.has(noun) && holder.type === "PERSON"
        ? coordinatedFrom(ctx, holder).filter((unit) => unit.type === "PERSON" && !unit.isDemonym)
        : [holder];
    for (const each of holders)
      relations.push(
        makeRelation(ctx, each, title, type, noun, CONFIDENCE.noun, spanOf(ctx, title, each)),
      );
  }
  return relations;
}

/** "best-picture" or "best actor" after an award's name: the number of the category's words, or 0. */
function categoryLength(ctx: SentenceContext, at: number): number {
  const word = ctx.words[at] ?? "";
  if (ctx.unitCovering[at]! >= 0) return 0;
  if (BEST_CATEGORY_RE.test(word)) return 1;
  return word === "best" && LOWER_WORD_RE.test(ctx.words[at + 1] ?? "") ? 2 : 0;
}

/**
 * Whether a holder may take the title: a champion is a person or a side ("Premiership champions
 * Chelsea"), a contestant a person; an award's nominee by the award's name is a person, a band or
 * a work as well ("multiple Oscar nominee Million Dollar Baby", "Grammy nominee Green Day").
 */
function isHolderType(
  ctx: SentenceContext,
  type: RelationType,
  title: Unit,
  holder: Unit,
): boolean {
  if (holder.type === "PERSON") return true;
  if (type === "WON") return AGENT_TYPES.has(holder.type);
  if (type !== "NOMINATED_FOR" || !isAwardName(ctx, title)) return false;
  return holder.type === "ORGANIZATION" || holder.type === "OTHER";
}

/** "X won the Australian Open", "Arsenal lifted the FA Cup", "X, who won the 2003 London Marathon". */
function relateTitleVerbs(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  if (!hasCue(ctx.words, TITLE_VERB_CUES)) return relations;
  for (let verb = 1; verb < ctx.words.length; verb++) {
    if (!TITLE_VERBS.has(ctx.words[verb]!) || ctx.unitCovering[verb]! >= 0) continue;
    let at = verb + 1;
    while (
      at - verb <= 3 &&
      (TITLE_LEAD_WORDS.has(ctx.words[at] ?? "") || YEAR_RE.test(ctx.words[at] ?? ""))
    )
      at++;
    const competition = unitAt(ctx, at);
    // "the London Marathon" the recogniser may call an organisation: its name says what it is.
    if (!competition || !COMPETITION_TYPES.has(competition.type) || competition.isDemonym) continue;
    if (!COMPETITION_NAME_RE.test(ctx.text.slice(competition.start, competition.end))) continue;
    // "won the FA Cup semi-final", "won the Davis Cup's": a part of it, or something it owns.
    const next = ctx.words[competition.tokenEnd] ?? "";
    if (isPossessiveMark(next)) continue;
    if (LOWER_WORD_RE.test(next) && !TITLE_TAILS.has(next) && !PREPOSITIONS.has(next)) continue;
    const found = findSubjectLeft(ctx, verb);
    if (!found || found.negated) continue;
    // "X, who won": a relative's antecedent, which findSubjectLeft marks hedged, is certain here.
    const relative = isDoneRelative(ctx, verb);
    if ((found.hedged && !relative) || hasHedge(ctx, found.from, verb)) continue;
    for (const winner of found.subjects) {
      if (winner.isDemonym) continue;
      relations.push(
        makeRelation(
          ctx,
          winner,
          competition,
          "WON",
          ctx.words[verb]!,
          found.pronoun ? CONFIDENCE.pronoun : CONFIDENCE.verb,
          spanOf(ctx, winner, competition),
        ),
      );
    }
  }
  return relations;
}

/** Whether a word in [from, to) hedges or negates the clause. */
function hasHedge(ctx: SentenceContext, from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to; i++) if (HEDGES.has(ctx.words[i]!)) return true;
  return false;
}

/** The nominee left of "nominated" at `verb`: "X was nominated", "X, nominated", "Sideways has been nominated". */
function nomineeLeft(ctx: SentenceContext, verb: number): Unit | undefined {
  for (let j = verb - 1; j >= 0 && verb - j <= 4; j--) {
    const index = ctx.unitCovering[j]!;
    if (index >= 0) {
      const unit = ctx.units[index]!;
      if (unit.tokenEnd !== j + 1 || unit.isDemonym) return undefined;
      if (unit.type === "PERSON" || unit.type === "ORGANIZATION" || unit.type === "OTHER")
        return unit;
      return undefined;
    }
    if (!NOMINEE_GAP.has(ctx.words[j]!)) return undefined;
  }
  return undefined;
}

/** "X was nominated for the best actor Oscar", "Sideways, nominated for five Golden Globes". */
function relateNominations(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  if (!hasCue(ctx.words, NOMINATION_CUES)) return relations;
  for (let verb = 1; verb < ctx.words.length; verb++) {
    const word = ctx.words[verb]!;
    if ((word !== "nominated" && word !== "shortlisted") || ctx.words[verb + 1] !== "for") continue;
    const award = awardAfter(ctx, verb + 2);
    if (!award) continue;
    const nominee = nomineeLeft(ctx, verb);
    if (!nominee || nominee.entity === award.entity) continue;
    // "could be nominated", "was not nominated": nothing stated.
    if (hasHedge(ctx, nominee.tokenEnd, verb)) continue;
    relations.push(
      makeRelation(
        ctx,
        nominee,
        award,
        "NOMINATED_FOR",
        `${word} for`,
        CONFIDENCE.verb,
        spanOf(ctx, nominee, award),
      ),
    );
  }
  return relations;
}

/** The award after token `at`, past a few lower-case words ("for the best actor Oscar", "for best actress at the Oscars"). */
function awardAfter(ctx: SentenceContext, at: number): Unit | undefined {
  let i = at;
  while (i - at < MAX_AWARD_LEAD && !unitAt(ctx, i) && AWARD_LEAD_RE.test(ctx.words[i] ?? "")) i++;
  const award = unitAt(ctx, i);
  // "for best actor at last year's Oscars": past the ceremony's words.
  return award && isAward(ctx, award) ? award : awardAtCeremony(ctx, at);
}

/**
 * "X received five Oscar nominations", "X got 12 nominations for the Cesar awards", "X is up for
 * the best director award at the Baftas": the award in the noun phrase, or after "for".
 */
function relateNominationNouns(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  if (!hasCue(ctx.words, NOMINATION_NOUN_CUES)) return relations;
  for (let noun = 2; noun < ctx.words.length; noun++) {
    const word = ctx.words[noun]!;
    let award: Unit | undefined;
    let verb = -1;
    if (word === "nomination" || word === "nominations") {
      // "five Oscar nominations": the award right before the noun; else "nominations for the Baftas".
      const before = ctx.unitCovering[noun - 1] ?? -1;
      const inside = before >= 0 ? ctx.units[before] : undefined;
      let start = noun;
      if (inside && inside.tokenEnd === noun && isAwardName(ctx, inside)) {
        award = inside;
        start = inside.tokenStart;
      } else if (ctx.words[noun + 1] === "for") award = awardAfter(ctx, noun + 2);
      // "seven nominations at this year's Brit Awards".
      else award = awardAtCeremony(ctx, noun + 1);
      let j = start - 1;
      while (j >= 0 && (NOMINATION_LEAD_WORDS.has(ctx.words[j]!) || /^\d+$/.test(ctx.words[j]!)))
        j--;
      if (NOMINATION_VERBS.has(ctx.words[j] ?? "") && ctx.words[j] !== "up") verb = j;
      // "picked up five nominations".
      if (ctx.words[j] === "up" && ctx.words[j - 1] === "picked") verb = j - 1;
    } else if (
      word === "up" &&
      ctx.words[noun + 1] === "for" &&
      BE_WORDS.has(ctx.words[noun - 1] ?? "")
    ) {
      // "Mike Leigh is up for the best director award".
      award = awardAfter(ctx, noun + 2);
      verb = noun - 1;
    }
    if (!award || verb < 0 || ctx.unitCovering[verb]! >= 0) continue;
    const found = findSubjectLeft(ctx, verb);
    if (!found || found.negated || hasHedge(ctx, found.from, verb)) continue;
    // "X, who picked up five Brit Award nominations": a relative's antecedent is certain here.
    if (found.hedged && !isDoneRelative(ctx, verb)) continue;
    for (const nominee of found.subjects) {
      if (nominee.isDemonym || nominee.entity === award.entity || nominee.type === "COUNTRY")
        continue;
      relations.push(
        makeRelation(
          ctx,
          nominee,
          award,
          "NOMINATED_FOR",
          ctx.words.slice(verb, noun + 1).join(" "),
          found.pronoun ? CONFIDENCE.pronoun : CONFIDENCE.verb,
          spanOf(ctx, nominee, award),
        ),
      );
    }
  }
  return relations;
}

/** Nouns after a competition's name that make a possessor its winner: "England's World Cup triumph". */
const POSSESSED_TITLE_NOUNS: ReadonlySet<string> = new Set(["triumph", "title", "crown", "win"]);
/** "England's World Cup triumph", "her Australian Open win". */
const POSSESSED_TITLE_CUES = cueClass(POSSESSED_TITLE_NOUNS);
/** Words after "win" that make it one match of the competition: "Ireland's Six Nations win in Rome". */
const MATCH_LINKS: ReadonlySet<string> = new Set([...PREPOSITIONS, "over", "against"]);
/** Possessive pronouns and the types of the sentence's subject each may stand for. */
const TITLE_PRONOUNS: Readonly<Record<string, ReadonlySet<string>>> = {
  his: new Set(["PERSON"]),
  her: new Set(["PERSON"]),
  their: new Set(["COUNTRY", "ORGANIZATION"]),
};

/**
 * "England's 2003 Rugby World Cup triumph", "after her Australian Open win" (the sentence's
 * subject's): the possessor of a competition's triumph, title or win won it. A win over someone,
 * or in or at a place, is one match of the competition ("Wales' Six Nations win over Italy").
 */
function relatePossessedTitles(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  if (!hasCue(ctx.words, POSSESSED_TITLE_CUES)) return relations;
  for (const title of ctx.units) {
    const noun = ctx.words[title.tokenEnd] ?? "";
    if (!POSSESSED_TITLE_NOUNS.has(noun) || !isTitle(ctx, title)) continue;
    if (!COMPETITION_NAME_RE.test(ctx.text.slice(title.start, title.end))) continue;
    const after = ctx.words[title.tokenEnd + 1] ?? "";
    if (noun === "win" && MATCH_LINKS.has(after)) continue;
    let at = title.tokenStart - 1;
    if (YEAR_RE.test(ctx.words[at] ?? "")) at--;
    const winner = titlePossessor(ctx, at);
    if (!winner || winner.entity === title.entity) continue;
    relations.push(
      makeRelation(
        ctx,
        winner,
        title,
        "WON",
        `'s ${noun}`,
        CONFIDENCE.pronoun,
        spanOf(ctx, winner, title),
      ),
    );
  }
  return relations;
}

/** Who owns the possessive ending at token `at`: a name before "'s", or the subject "his" stands for. */
function titlePossessor(ctx: SentenceContext, at: number): Unit | undefined {
  const word = ctx.words[at] ?? "";
  const types = TITLE_PRONOUNS[word];
  if (types) {
    const main = findMainSubject(ctx);
    if (!main || !types.has(main.type) || main.tokenEnd > at) return undefined;
    // "X said Y's coach… his": another person or side between them may be the pronoun's.
    const between = ctx.units.some(
      (unit) =>
        unit.tokenStart >= main.tokenEnd && unit.tokenEnd <= at && AGENT_TYPES.has(unit.type),
    );
    return between ? undefined : main;
  }
  if (!isPossessiveMark(word)) return undefined;
  const index = ctx.unitCovering[at - 1] ?? -1;
  const owner = index >= 0 ? ctx.units[index] : undefined;
  if (!owner || owner.tokenEnd !== at || owner.isDemonym) return undefined;
  return AGENT_TYPES.has(owner.type) ? owner : undefined;
}

/** Titles won, contests entered and nominations stated in one sentence. */
export function relateTitlesWon(ctx: SentenceContext): ExtractedRelation[] {
  return [
    ...relateHolderNouns(ctx),
    ...relateTitleVerbs(ctx),
    ...relatePossessedTitles(ctx),
    ...relateNominations(ctx),
    ...relateNominationNouns(ctx),
  ];
}
