/**
 * Who founded a firm, read where the founder is described or the verb is a phrase: "Jet, which was
 * founded by London-based travel agent Naresh Goyal", "Air Deccan, set up by army officer Gorur
 * Gopinath", "Beer magnate Vijay Mallya recently set up Kingfisher Airlines" (FOUNDED, STATED).
 * The passive with the founder's bare name ("was founded by Bill Gates") is news-patterns' reading;
 * this one also reads "formed by", a year before "by" ("was founded in 1984 by") and a second
 * founder after "and" ("by Russell Simmons and producer Rick Rubin").
 */

import { PREPOSITIONS } from "../model/lexicons/sentence-words.js";
import type { ExtractedRelation } from "../types.js";
import { cueClass, hasCue } from "./cue-words.js";
import {
  LOWER_WORD_RE,
  lowerWordsEnd,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
} from "./sentence-view.js";
import { findSubjectLeft } from "./verbs.js";

/**
 * One-word verbs of founding ("founded", "co-founded", "established"), and "formed", read only
 * with its founder after "by" ("Veritas was formed by Mr Kilroy-Silk"): the active "formed a
 * coalition" makes nothing new by itself.
 */
const FOUNDING_VERBS: ReadonlySet<string> = new Set([
  "founded",
  "co-founded",
  "established",
  "formed",
]);
/**
 * Lower-case words that may follow a founder's name without describing him: a second founder
 * ("by Ravi Menon and Tom Hale"), a time ("by Mr Hale earlier this month"), a relative clause.
 */
const FOUNDER_FOLLOWERS: ReadonlySet<string> = new Set([
  "and",
  "earlier",
  "later",
  "last",
  "this",
  "who",
  "which",
  "when",
]);
/** A year between the verb and "by": "was founded in 1984 by". */
const YEAR_RE = /^\d{4}$/;
/** Auxiliaries of the passive: "was founded by", "had been set up by". */
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(["was", "were", "is", "been"]);
/** Most lower-case words describing a founder: "army officer and silk farmer". */
const MAX_DESCRIBING_WORDS = 6;
/** Adverbs that may stand before an active verb of founding: "recently set up". */
const FOUNDING_ADVERBS: ReadonlySet<string> = new Set(["recently", "first", "originally", "also"]);

const CONFIDENCE = 0.7;
/** "founded", "formed by", "set up". */
const FOUNDING_CUES = cueClass(FOUNDING_VERBS, ["set"]);

/** The width of the verb of founding at token `i` ("founded" 1, "set up" 2), or 0. */
function foundingVerbAt(ctx: SentenceContext, i: number): number {
  const word = ctx.words[i] ?? "";
  if (FOUNDING_VERBS.has(word)) return 1;
  return word === "set" && ctx.words[i + 1] === "up" ? 2 : 0;
}

/**
 * The founder a "by" phrase from token `at` names: a person or a firm after a few describing
 * words ("London-based travel agent Naresh Goyal", "former browser maker Netscape").
 */
function founderAt(ctx: SentenceContext, at: number): Unit | undefined {
  let i = at;
  const place = ctx.units[ctx.unitStartingAt[i] ?? -1];
  // "London-based", "Indian": where the founder is from, before the describing words.
  if (place && (place.isDemonym || place.type === "PLACE" || place.type === "COUNTRY")) {
    i = place.tokenEnd;
    if (ctx.unitCovering[i]! < 0 && /^-?based$/.test(ctx.words[i] ?? "")) i++;
  }
  i = lowerWordsEnd(ctx, i, MAX_DESCRIBING_WORDS);
  // Describing words must lead somewhere: "by its late namesake" names no one.
  if (i > at && ctx.words[i - 1] === "and") return undefined;
  // "formed by the merger of Acme and Beta", "by a merger between Acme and Beta": the new
  // firm's parts, not its founders.
  if (i > at && PREPOSITIONS.has(ctx.words[i - 1] ?? "")) return undefined;
  const founder = ctx.units[ctx.unitStartingAt[i] ?? -1];
  if (!founder || founder.isDemonym) return undefined;
  if (founder.type !== "PERSON" && founder.type !== "ORGANIZATION") return undefined;
  // "Stanford University students David Filo": a name before a noun describes the founder.
  const next = ctx.words[founder.tokenEnd] ?? "";
  if (
    ctx.unitCovering[founder.tokenEnd]! < 0 &&
    LOWER_WORD_RE.test(next) &&
    !PREPOSITIONS.has(next) &&
    !FOUNDER_FOLLOWERS.has(next)
  )
    return undefined;
  return founder;
}

/**
 * The founders a "by" phrase from token `at` names: the first, and one joined to it by "and"
 * ("by Russell Simmons and producer Rick Rubin").
 */
function foundersAt(ctx: SentenceContext, at: number): Unit[] {
  const first = founderAt(ctx, at);
  if (!first) return [];
  if (ctx.words[first.tokenEnd] !== "and") return [first];
  const second = founderAt(ctx, first.tokenEnd + 1);
  return second && second.type === first.type ? [first, second] : [first];
}

/** The token of the "by" after a verb of founding ending at `end`, over a year ("in 1984 by"), or -1. */
function byAfter(ctx: SentenceContext, end: number): number {
  if (ctx.words[end] === "by") return end;
  if (
    ctx.words[end] === "in" &&
    YEAR_RE.test(ctx.words[end + 1] ?? "") &&
    ctx.words[end + 2] === "by"
  )
    return end + 2;
  return -1;
}

/** The organisation unit ending right before token `end`, or undefined. */
function organisationEndingAt(ctx: SentenceContext, end: number): Unit | undefined {
  const unit = ctx.units[ctx.unitCovering[end - 1] ?? -1];
  return unit && unit.type === "ORGANIZATION" && !unit.isDemonym && unit.tokenEnd === end
    ? unit
    : undefined;
}

/**
 * "Air Deccan, set up by X", "Jet, which was founded by X", "Jet Airways was founded by London-based
 * travel agent X": the firm before the passive was founded by the one after "by".
 */
function relatePassiveFounding(
  ctx: SentenceContext,
  i: number,
  width: number,
): ExtractedRelation[] {
  const by = byAfter(ctx, i + width);
  if (by < 0) return [];
  let k = i - 1;
  while (PASSIVE_AUXILIARIES.has(ctx.words[k] ?? "") || ctx.words[k] === "had") k--;
  const isPassive = k < i - 1;
  let firm: Unit | undefined;
  if (ctx.words[k] === "," && !isPassive) firm = organisationEndingAt(ctx, k);
  else if (isPassive && (ctx.words[k] === "which" || ctx.words[k] === "that")) {
    if (ctx.words[k - 1] === ",") firm = organisationEndingAt(ctx, k - 1);
  } else if (isPassive) {
    const found = findSubjectLeft(ctx, k + 1);
    if (found && !found.negated && !found.hedged && found.subjects.length === 1)
      firm = found.subjects[0];
  }
  if (!firm || firm.type !== "ORGANIZATION" || firm.isDemonym) return [];
  const predicate = `${ctx.words.slice(i, i + width).join(" ")} by`;
  return foundersAt(ctx, by + 1)
    .filter((founder) => founder.entity !== firm.entity)
    .map((founder) =>
      makeRelation(
        ctx,
        founder,
        firm,
        "FOUNDED",
        predicate,
        CONFIDENCE,
        spanOf(ctx, firm, founder),
      ),
    );
}

/** "Vijay Mallya recently set up Kingfisher Airlines": a person set up the firm named after the verb. */
function relateActiveSetUp(ctx: SentenceContext, i: number) {
  if (ctx.words[i] !== "set") return undefined;
  const firm = ctx.units[ctx.unitStartingAt[i + 2] ?? -1];
  if (!firm || firm.type !== "ORGANIZATION" || firm.isDemonym) return undefined;
  let verb = i;
  if (FOUNDING_ADVERBS.has(ctx.words[verb - 1] ?? "")) verb--;
  const found = findSubjectLeft(ctx, verb);
  if (!found || found.negated || found.hedged || found.pronoun || found.subjects.length !== 1)
    return undefined;
  const founder = found.subjects[0]!;
  if (founder.type !== "PERSON" || founder.tokenEnd !== verb) return undefined;
  return makeRelation(
    ctx,
    founder,
    firm,
    "FOUNDED",
    "set up",
    CONFIDENCE,
    spanOf(ctx, founder, firm),
  );
}

/** The foundings one sentence states. */
export function relateFounders(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  if (!hasCue(ctx.words, FOUNDING_CUES)) return relations;
  for (let i = 1; i < ctx.words.length - 1; i++) {
    if (ctx.unitCovering[i]! >= 0) continue;
    const width = foundingVerbAt(ctx, i);
    if (width === 0) continue;
    const passive = relatePassiveFounding(ctx, i, width);
    relations.push(...passive);
    const active = passive.length === 0 ? relateActiveSetUp(ctx, i) : undefined;
    if (active) relations.push(active);
  }
  return relations;
}
