/**
 * Members of a parliament the story names, titled by their seat's abbreviation: "Labour MP Tom
 * Hale" in a story that names the Commons is a member of the House of Commons, "MEP Anna Berg" of
 * the European Parliament, "Labour peer Lord Hale" of the House of Lords. INFERRED: the sentence
 * states the seat, the article which chamber it is in.
 */

import type { Resolution } from "../4-resolve/resolve.js";
import { HONORIFICS, NOT_HELD_TITLE_LEADS } from "../model/lexicons/titles-of-office.js";
import type { ExtractedRelation, RelationEvidence } from "../types.js";
import { makeRelation, type SentenceContext, spanOf, type Unit } from "./sentence-view.js";

const CONFIDENCE = 0.6;
/** The chamber each member's word seats a person in, by the chamber's entity key. */
const CHAMBER_OF_MEMBER: ReadonlyMap<string, string> = new Map([
  ["mp", "org:uk-commons"],
  ["mep", "org:european-parliament"],
  ["msp", "scottish parliament"],
  ["peer", "org:uk-lords"],
]);
/** The country of the national chambers above: an MP titled by another country sits in its parliament. */
const HOME_OF_CHAMBERS = "GBR";
/** How far left of the member's word a word may make the seat no longer held: "former Tory MP". */
const MAX_LEAD_WORDS = 3;
/** A word that may qualify the member's word before it: "Labour", "ex-Tory", "backbench". */
const LEAD_WORD_RE = /^[\p{L}-]+$/u;

/** The member's word right before the name ("Labour MP Tom Hale") or right after it ("Tom Hale MP"), as a token index. */
function memberWordAt(ctx: SentenceContext, person: Unit): number | undefined {
  // "Tory MP Mr Hale": a form of address between the word and the name.
  const before = person.nameStart - (HONORIFICS.has(ctx.words[person.nameStart - 1] ?? "") ? 2 : 1);
  if (before >= 0 && CHAMBER_OF_MEMBER.has(ctx.words[before] ?? "")) {
    const covering = ctx.unitCovering[before]!;
    if (covering < 0 || ctx.units[covering] === person) return before;
  }
  if (CHAMBER_OF_MEMBER.has(ctx.words[person.tokenEnd] ?? "")) return person.tokenEnd;
  return undefined;
}

/**
 * Whether the seat is held now and in the chamber the word names: not "former Labour MP", "ex-Tory
 * MP", "would-be MP", "Euro MP" (a member of the European Parliament) or "Kenyan MP" (another
 * country's parliament).
 */
function isSeatHeld(ctx: SentenceContext, person: Unit, at: number): boolean {
  // "French MEP Anna Berg" sits in the European Parliament all the same.
  const isNational = ctx.words[at] !== "mep";
  const of = person.title?.of;
  if (isNational && of?.type === "COUNTRY" && of.key !== HOME_OF_CHAMBERS) return false;
  for (let k = at - 1; k >= 0 && k >= at - MAX_LEAD_WORDS; k--) {
    const word = ctx.words[k]!;
    if (word === "-") continue;
    if (word === "euro") return false;
    const covering = ctx.units[ctx.unitCovering[k]!];
    if (isNational && covering?.type === "COUNTRY" && covering.entity !== person.entity)
      return false;
    if (!LEAD_WORD_RE.test(word)) break;
    if (word.split("-").some((part) => NOT_HELD_TITLE_LEADS.has(part))) return false;
  }
  return true;
}

/** MEMBER_OF the chamber the article names, for each person a sentence titles as its member. */
export function relateLegislatureMembers(
  contexts: readonly SentenceContext[],
  resolution: Resolution,
): ExtractedRelation[] {
  const chambers = new Map<string, number>();
  resolution.entities.forEach((entity, index) => {
    if (entity.type === "ORGANIZATION") chambers.set(entity.key, index);
  });
  if (![...CHAMBER_OF_MEMBER.values()].some((key) => chambers.has(key))) return [];
  const seen = new Set<string>();
  const relations: ExtractedRelation[] = [];
  for (const ctx of contexts) {
    for (const person of ctx.units) {
      if (person.type !== "PERSON") continue;
      const at = memberWordAt(ctx, person);
      if (at === undefined || !isSeatHeld(ctx, person, at)) continue;
      const chamber = chambers.get(CHAMBER_OF_MEMBER.get(ctx.words[at]!)!);
      if (chamber === undefined || seen.has(`${person.entity}:${chamber}`)) continue;
      seen.add(`${person.entity}:${chamber}`);
      const relation = makeRelation(
        ctx,
        person,
        chamber,
        "MEMBER_OF",
        ctx.sentence.tokens[at]!.text,
        CONFIDENCE,
        spanOf(ctx, person),
        { inferred: "article's chamber" },
      );
      relation.provenance = "INFERRED";
      const named = supportOf(contexts, chamber);
      if (named) relation.support = [named];
      relations.push(relation);
    }
  }
  return relations;
}

/** The first sentence naming the chamber, as support. */
function supportOf(
  contexts: readonly SentenceContext[],
  chamber: number,
): RelationEvidence | undefined {
  for (const ctx of contexts) {
    const unit = ctx.units.find((u) => u.entity === chamber);
    if (unit) return makeRelation(ctx, unit, unit, "MEMBER_OF", "", 0, spanOf(ctx, unit)).evidence;
  }
  return undefined;
}
