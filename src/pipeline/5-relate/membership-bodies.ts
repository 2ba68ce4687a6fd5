/**
 * Bodies a person belongs to rather than works for. A party is one, also where only the text says
 * so ("His ruling Rwandan Patriotic Front party", "a Left party MP"). A trade union is one: "Armin Schild, the
 * leader of the IG Metall union", "PCS Union spokesman Jeff Evans", "general secretary of the
 * Trades Union Congress" make the person its member, as a party's officers are the party's
 * ("Taliban spokesman Zabiullah Mujahid", "Alexander Radwan of the European People's Party").
 * Employment a rule or the model reads for such a body (WORKS_FOR) is read as membership instead
 * (MEMBER_OF), and its head is its member (classifier/infer.ts).
 */

import type { Resolution } from "../4-resolve/resolve.js";
import { UNION_MEMBER_NOUNS } from "../model/lexicons/union-cues.js";
import type { ExtractedRelation } from "../types.js";
import type { BodyKind } from "./classifier/infer.js";

/** "Trades Union Congress", "Centre of Indian Trade Unions": the name says trade union. */
const TRADE_UNION_NAME_RE = /\btrades? unions?\b/i;
/** "Factory Workers Union", "Musicians' Union": the members' word right before "Union". */
const MEMBERS_UNION_RE = /\b(\p{L}+)['’]?\s+union\b/iu;
/** "National Union of Journalists": the members' word right after "Union of". */
const UNION_OF_MEMBERS_RE = /\bunion of (\p{L}+)\b/iu;
/** "the IG Metall union said": a lower-case "union" right after a mention. */
const UNION_AFTER_RE = /^\s+union\b/;
/** "the public sector union Unison", "the trade union Amicus": a lower-case "union" right before. */
const UNION_BEFORE_RE = /\bunion\s+$/;
/** "the Rwandan Patriotic Front party has": a lower-case "party" right after a mention. */
const PARTY_AFTER_RE = /^\s+party\b/;
/** How far before a mention the "union" before it is looked for. */
const BEFORE_CHARS = 8;

/** Whether an organisation's name says it is a trade union. */
export function isTradeUnionName(name: string): boolean {
  if (TRADE_UNION_NAME_RE.test(name)) return true;
  return [MEMBERS_UNION_RE.exec(name)?.[1], UNION_OF_MEMBERS_RE.exec(name)?.[1]].some(
    (members) => members !== undefined && UNION_MEMBER_NOUNS.has(members.toLowerCase()),
  );
}

/**
 * The organisations an article calls a trade union, by their name or by a lower-case "union"
 * right beside a mention ("the UIL Trasporti union", "the union Amicus").
 */
export function findTradeUnions(text: string, resolution: Resolution): Set<number> {
  const unions = new Set<number>();
  resolution.entities.forEach((entity, index) => {
    if (entity.type === "ORGANIZATION" && isTradeUnionName(entity.name)) unions.add(index);
  });
  for (const mention of resolution.mentions) {
    if (resolution.entities[mention.entity]?.type !== "ORGANIZATION") continue;
    const after = text.slice(mention.end, mention.end + BEFORE_CHARS);
    const before = text.slice(Math.max(0, mention.start - BEFORE_CHARS), mention.start);
    if (UNION_AFTER_RE.test(after) || UNION_BEFORE_RE.test(before)) unions.add(mention.entity);
  }
  return unions;
}

/** The organisations an article calls a party by a lower-case "party" right after a mention. */
export function findTextCuedParties(text: string, resolution: Resolution): Set<number> {
  const parties = new Set<number>();
  for (const mention of resolution.mentions) {
    if (resolution.entities[mention.entity]?.type !== "ORGANIZATION") continue;
    if (PARTY_AFTER_RE.test(text.slice(mention.end, mention.end + BEFORE_CHARS)))
      parties.add(mention.entity);
  }
  return parties;
}

/** Whether a relation reads employment by a body whose people are its members: a party, a trade union. */
export function isMembershipRole(
  relation: ExtractedRelation,
  bodyKind: (entity: number) => BodyKind,
): boolean {
  if (relation.type !== "WORKS_FOR") return false;
  const kind = bodyKind(relation.object);
  return kind === "party" || kind === "union";
}
