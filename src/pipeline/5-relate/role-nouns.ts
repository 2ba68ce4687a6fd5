/**
 * Role nouns between or beside a person and an organisation ("Arsenal manager", "chairman of
 * Acme"): which relation a role phrase states and which organisations may hold it. Shared by the
 * news patterns and the role changes ("resigned as Acme chairman").
 */

import type { EntityType, RelationType } from "../../domain/vocabulary.js";
import {
  BRIEF_MODIFIERS,
  DEPUTY_MODIFIERS,
  PARTY_SURFACE,
  ROLE_MODIFIERS,
  ROLE_RELATIONS,
} from "../model/news-roles.js";
import type { SentenceContext, Unit } from "./sentence-view.js";

/** Role phrases are at most this many words ("deputy chief executive officer"). */
export const MAX_ROLE_WORDS = 4;
/** Organisations only: a club, a company, a government body. */
export const EMPLOYERS: readonly EntityType[] = ["ORGANIZATION"];
/** National sides are named by their country, clubs often by their town ("Leeds striker Alan Smith"). */
export const TEAMS: readonly EntityType[] = ["ORGANIZATION", "COUNTRY", "PLACE"];
/**
 * The texts before each space of some phrases ("head coach" → "head"): a word that is none of
 * them starts no "word next" phrase, so the pair's text need not be built to look it up.
 */
export function phraseHeads(phrases: Iterable<string>): ReadonlySet<string> {
  const heads = new Set<string>();
  for (const phrase of phrases)
    for (let space = phrase.indexOf(" "); space >= 0; space = phrase.indexOf(" ", space + 1))
      heads.add(phrase.slice(0, space));
  return heads;
}
const ROLE_PHRASE_HEADS = phraseHeads(Object.keys(ROLE_RELATIONS));

/** The relation a role phrase ending at token `end` (exclusive) states, and where the phrase starts. */
export function roleBefore(
  ctx: SentenceContext,
  end: number,
  titleStart = end,
): { type: RelationType; start: number; role: string } | undefined {
  const head = ctx.words[end - 1];
  if (head === undefined) return undefined;
  // "head coach": the two-word role wins over its last word.
  const before = ctx.words[end - 2];
  const type =
    (ROLE_PHRASE_HEADS.has(`${before}`) ? ROLE_RELATIONS[`${before} ${head}`] : undefined) ??
    ROLE_RELATIONS[head];
  if (!type) return undefined;
  let start = end - 1;
  while (
    start > 0 &&
    end - start < MAX_ROLE_WORDS &&
    // "BA chief executive Rod Eddington": the title the person's mention took in is the role's.
    (start > titleStart || ctx.unitCovering[start - 1]! < 0) &&
    (ROLE_MODIFIERS.has(ctx.words[start - 1]!) || ROLE_RELATIONS[ctx.words[start - 1]!])
  )
    start--;
  const words = ctx.words.slice(start, end);
  // "Bank of England deputy governor Rachel Lomax" works for the bank; she does not head it.
  const deputy =
    type === "LEADER_OF" &&
    words.some((word) => DEPUTY_MODIFIERS.has(word) || BRIEF_MODIFIERS.has(word));
  return { type: deputy ? "WORKS_FOR" : type, start, role: words.join(" ") };
}

/**
 * "Tory spokesman David Davis", "Lib Dem spokesman Mark Oaten": who speaks or works for a party
 * is one of its members (frontbenchers, officials), not its employee.
 */
export function partyRole(
  ctx: SentenceContext,
  type: RelationType,
  organisation: Unit,
): RelationType {
  return type === "WORKS_FOR" &&
    organisation.type === "ORGANIZATION" &&
    PARTY_SURFACE.test(ctx.text.slice(organisation.start, organisation.end))
    ? "MEMBER_OF"
    : type;
}

/** Whether an organisation of its type may hold a role: a side plays and is coached, a body employs. */
export function fitsRole(type: RelationType, organisation: Unit): boolean {
  return (type === "PLAYS_FOR" || type === "COACHES" ? TEAMS : EMPLOYERS).includes(
    organisation.type,
  );
}
