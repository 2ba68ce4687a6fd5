/**
 * A match report whose team sheets lost their sides' labels: the headline gives the score
 * ("Hearts 2-1 Livingston") and the report ends with two bare lists of players ("Gordon, Webster,
 * Miller, …, Simmons (MacFarlane 64), …, Wallace."). A report lists the home side first, as its
 * headline names it first: every player of the first sheet plays for the headline's first side,
 * of the second sheet for its second side (PLAYS_FOR, INFERRED: the sheet names the players, the
 * headline the sides; the headline is the draft's title, no sentence of the text, so the side's
 * first naming in the text backs it). Only where the headline is nothing but "side score side",
 * both sides are named in the text, and the report has exactly two such sheets.
 */

import type { EntityType } from "../../domain/vocabulary.js";
import { lookupClub } from "../3-recognize/sports-teams.js";
import { HEADLINE_CLUB_WORDS } from "../model/lexicons/sport-cues.js";
import type { ExtractedRelation } from "../types.js";
import { listEntries } from "./line-ups.js";
import { makeRelation, type SentenceContext, spanOf, type Unit } from "./sentence-view.js";

/**
 * "Hearts 2-1 Livingston", "Worcester v Sale (Fri)", "Preview: Ireland v England (Sun)": a
 * headline that is nothing but two sides and the score (or the "v" of a fixture) between them.
 */
const SCORE_HEADLINE_RE =
  /^(?:Preview: )?(\p{Lu}[\p{L}'. -]*?) (?:\d{1,2}-\d{1,2}|v) (\p{Lu}[\p{L}'. -]*?)(?: \(\p{Lu}\p{Ll}+\))?$/u;
/** A sheet names a full side: eleven starters (fifteen in rugby), less the names the tagger missed. */
const MIN_ENTRIES = 10;
/** Share of the sheet's entries that must open with a person's name. */
const MIN_NAMED_SHARE = 0.6;
/** Most tokens of one entry outside its brackets: "Mark Wilson", "Paulo Ferreira". */
const MAX_ENTRY_WORDS = 3;
/** What a side may be: a club, a national side named by its country, a club named by its town. */
const SIDE_TYPES: ReadonlySet<EntityType> = new Set<EntityType>([
  "ORGANIZATION",
  "COUNTRY",
  "PLACE",
]);

const CONFIDENCE = 0.7;

/** The first unit of the text naming a headline's side: by its surface, or by the club table ("Man Utd"). */
function findSideUnit(
  contexts: readonly SentenceContext[],
  keys: readonly string[],
  names: readonly string[],
  name: string,
): [SentenceContext, Unit] | undefined {
  // "Dundee Utd": the text says "Dundee United".
  const full = name
    .split(" ")
    .map((word) => HEADLINE_CLUB_WORDS.get(word) ?? word)
    .join(" ");
  const clubKey = (lookupClub(name, true) ?? lookupClub(full, true))?.key;
  for (const ctx of contexts)
    for (const unit of ctx.units) {
      if (!SIDE_TYPES.has(unit.type) || unit.isDemonym) continue;
      if (clubKey !== undefined && keys[unit.entity] === clubKey) return [ctx, unit];
      const surface = ctx.text.slice(unit.start, unit.end);
      if (surface !== name && surface !== full) continue;
      // "Ulster" read as Northern Ireland: the entity must be the side the headline names.
      const entityName = names[unit.entity] ?? "";
      if (entityName.startsWith(name) || entityName.startsWith(full)) return [ctx, unit];
    }
  return undefined;
}

/** Entry [start, end)'s words outside brackets: "Simmons (MacFarlane 64)" → 1. */
function wordsOutsideBrackets(ctx: SentenceContext, start: number, end: number): number {
  let depth = 0;
  let count = 0;
  for (let i = start; i < end; i++) {
    const word = ctx.words[i]!;
    if (word === "(") depth++;
    else if (word === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0) count++;
  }
  return count;
}

/**
 * The players of a sentence that is a bare team sheet (no side before a colon; a colon left
 * alone at its start where the side's label was lost), or undefined.
 */
export function bareSheetPlayers(ctx: SentenceContext): Unit[] | undefined {
  const from = ctx.words[0] === ":" ? 1 : 0;
  if (ctx.words.indexOf(":", from) >= 0) return undefined;
  const entries = listEntries(ctx, from);
  if (entries.length < MIN_ENTRIES) return undefined;
  let named = 0;
  const players: Unit[] = [];
  for (const [start, end] of entries) {
    if (wordsOutsideBrackets(ctx, start, end) > MAX_ENTRY_WORDS) return undefined;
    if (ctx.units[ctx.unitStartingAt[start] ?? -1]?.type === "PERSON") named++;
    // The entry's people: the player and a substitute in brackets ("Simmons (MacFarlane 64)").
    for (const unit of ctx.units)
      if (unit.type === "PERSON" && unit.tokenStart >= start && unit.tokenEnd <= end)
        players.push(unit);
  }
  return named / entries.length >= MIN_NAMED_SHARE ? players : undefined;
}

/** PLAYS_FOR from the two bare team sheets of a sports story whose headline is its score. */
export function relateScoreLineUps(
  contexts: readonly SentenceContext[],
  keys: readonly string[],
  names: readonly string[],
  headline: string | null | undefined,
  isSport: boolean,
): ExtractedRelation[] {
  const sideNames = isSport && headline ? SCORE_HEADLINE_RE.exec(headline.trim()) : null;
  if (!sideNames) return [];
  const home = findSideUnit(contexts, keys, names, sideNames[1]!);
  const away = findSideUnit(contexts, keys, names, sideNames[2]!);
  if (!home || !away || home[1].entity === away[1].entity) return [];
  const sheets: [SentenceContext, Unit[]][] = [];
  for (const ctx of contexts) {
    const players = bareSheetPlayers(ctx);
    if (players) sheets.push([ctx, players]);
  }
  if (sheets.length !== 2) return [];
  const sides = [home, away] as const;
  // "Moore" on both sheets: two players the resolver took for one person.
  const [first, second] = sheets.map(([, players]) => new Set(players.map((unit) => unit.entity)));
  const isOnBoth = (entity: number) => first!.has(entity) && second!.has(entity);
  const relations: ExtractedRelation[] = [];
  for (const [k, [ctx, players]] of sheets.entries()) {
    const [sideCtx, side] = sides[k]!;
    for (const player of players) {
      if (player.entity === home[1].entity || player.entity === away[1].entity) continue;
      if (isOnBoth(player.entity)) continue;
      // "Cameron" the story never names in full, read as a famous namesake: not this player.
      const name = names[player.entity] ?? "";
      if (ctx.text.slice(player.start, player.end) !== name && !ctx.text.includes(name)) continue;
      const relation = makeRelation(
        ctx,
        player,
        side.entity,
        "PLAYS_FOR",
        "team sheet",
        CONFIDENCE,
        spanOf(ctx, player),
        {
          inferred:
            k === 0
              ? "first team sheet, headline's home side"
              : "second team sheet, headline's away side",
        },
      );
      relation.provenance = "INFERRED";
      // The headline is no sentence of the text: the side's first naming stands for it.
      relation.support = [
        makeRelation(sideCtx, side, side, "PLAYS_FOR", "", 0, spanOf(sideCtx, side)).evidence,
      ];
      relations.push(relation);
    }
  }
  return relations;
}
