/**
 * A broadcaster or a studio named before a programme's or a film's noun and its title: "ITV's
 * well-loved comedy Harbour Lane", "BBC One show Harbour Family", "Sony horror film The Vault"
 * (PRODUCES). Only a maker a list knows or one named by its initials, as channels are: another
 * name the recogniser guessed an organisation may be a performer ("rapper-actor X's comedy Y"),
 * whose screen work is no product of theirs; a person's is left to the work possessives.
 */

import { isKnownKey, lookupEntity } from "../3-recognize/gazetteer/gazetteer-lookups.js";
import { AFTER_NAME_WORDS, DETERMINERS } from "../model/lexicons/sentence-words.js";
import { SCREEN_WORK_NOUNS } from "../model/lexicons/work-cues.js";
import type { ExtractedRelation } from "../types.js";
import { isAward, isWork } from "./media-relations.js";
import {
  isPossessiveMark,
  LOWER_WORD_RE,
  relationBetween,
  type SentenceContext,
  type Unit,
} from "./sentence-view.js";
import { endsPhrase, isWholeTitle } from "./work-possessives.js";

const CONFIDENCE = 0.7;
/** "ITV", "BBC", "HBO2": a name's first word in capitals, a broadcaster's or a studio's initials. */
const INITIALS_RE = /^\p{Lu}{2,}\d?$/u;
/** Most lower-case words between the maker and the title, the noun included: "well-loved comedy". */
const MAX_LEAD = 3;

/**
 * The title a screen noun announces within a few describing words from token `at`, and the noun.
 * A function word ends the search: "BBC over its programme Y", "Y and the film Z" join clauses.
 */
function titleAfter(ctx: SentenceContext, at: number): { work: Unit; noun: string } | undefined {
  for (let i = at; i < ctx.words.length && i - at < MAX_LEAD; i++) {
    const word = ctx.words[i]!;
    if (ctx.unitCovering[i]! >= 0 || !LOWER_WORD_RE.test(word)) return undefined;
    if (AFTER_NAME_WORDS.has(word) || DETERMINERS.has(word)) return undefined;
    if (!SCREEN_WORK_NOUNS.has(word)) continue;
    // "the BBC film the Vault": the title's "the" may stand outside its name.
    const start = ctx.unitStartingAt[i + 1]! < 0 && ctx.words[i + 1] === "the" ? i + 2 : i + 1;
    const work = ctx.units[ctx.unitStartingAt[start] ?? -1];
    return work ? { work, noun: word } : undefined;
  }
  return undefined;
}

/** Whether a unit is a title in full: a work no list knows, cut where its phrase ends ("Emmer dale" is not). */
function isWholeWork(ctx: SentenceContext, work: Unit, keys: readonly string[]): boolean {
  if (work.isDemonym || isKnownKey(keys[work.entity] ?? "") || isAward(ctx, work)) return false;
  if (work.type !== "OTHER" && work.type !== "ORGANIZATION" && work.type !== "PLACE") return false;
  return (
    isWork(ctx, work, true) &&
    isWholeTitle(ctx, work) &&
    endsPhrase(ctx.words[work.tokenEnd] ?? ".")
  );
}

/** Whether an organisation may make a screen work: a list knows it, or it opens with initials ("BBC One"), not a country's ("US TV"). */
function isMaker(ctx: SentenceContext, maker: Unit, keys: readonly string[]): boolean {
  if (maker.type !== "ORGANIZATION" || maker.isDemonym) return false;
  if (isKnownKey(keys[maker.entity] ?? "")) return true;
  const first = ctx.sentence.tokens[maker.tokenStart]?.text ?? "";
  return INITIALS_RE.test(first) && lookupEntity(first)?.type !== "COUNTRY";
}

/** "ITV's comedy Harbour Lane", "BBC One show Harbour Family": the organisation PRODUCES the title. */
export function relateProgrammeMakers(
  ctx: SentenceContext,
  keys: readonly string[],
): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (const maker of ctx.units) {
    if (!isMaker(ctx, maker, keys)) continue;
    const at = isPossessiveMark(ctx.words[maker.tokenEnd]) ? maker.tokenEnd + 1 : maker.tokenEnd;
    const { work, noun } = titleAfter(ctx, at) ?? {};
    if (!work || !noun || work.entity === maker.entity || !isWholeWork(ctx, work, keys)) continue;
    relations.push(relationBetween(ctx, maker, work, "PRODUCES", noun, CONFIDENCE));
  }
  return relations;
}
