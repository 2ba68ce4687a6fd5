/**
 * A match report's team sheet: "Man Utd: Carroll, Gary Neville, Ferdinand, O'Shea (Ronaldo 33),
 * Keane, …" or "Ireland: G Murphy; S Horgan, B O'Driscoll (capt), …". Every player named in the
 * list, substitutes in brackets included, plays for the side before the colon.
 */

import type { ExtractedRelation } from "../types.js";
import { makeRelation, type SentenceContext, spanOf, type Unit } from "./sentence-view.js";

/** A team sheet names at least this many players. */
const MIN_PLAYERS = 5;
/** Share of the list's entries that must open with a person's name (the rest: names the tagger missed). */
const MIN_NAMED_SHARE = 0.6;
/** Tokens that may stand right before a side's name opening a team sheet (the segmenter may join it to a quote). */
const SHEET_OPENERS: ReadonlySet<string> = new Set([".", '"', "”", "-", "–"]);
/** What a side may be: a club, a national side named by its country, a club named by its town. */
const SIDE_TYPES: ReadonlySet<string> = new Set(["ORGANIZATION", "COUNTRY", "PLACE"]);

const CONFIDENCE = 0.75;

/** The entries of a list from token `from` to the sentence's end, split at commas and semicolons outside brackets. */
export function listEntries(ctx: SentenceContext, from: number): [number, number][] {
  const entries: [number, number][] = [];
  let start = from;
  let depth = 0;
  for (let i = from; i <= ctx.words.length; i++) {
    const word = ctx.words[i];
    if (word === "(") depth++;
    else if (word === ")") depth = Math.max(0, depth - 1);
    const ends =
      word === undefined || word === "." || ((word === "," || word === ";") && depth === 0);
    if (!ends) continue;
    if (i > start) entries.push([start, i]);
    start = i + 1;
    if (word === "." || word === undefined) break;
  }
  return entries;
}

/** PLAYS_FOR from a team sheet in one sentence of a sports story. */
export function relateLineUps(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (const side of ctx.units) {
    if (!SIDE_TYPES.has(side.type) || side.isDemonym) continue;
    if (ctx.words[side.tokenEnd] !== ":") continue;
    if (side.tokenStart > 0 && !SHEET_OPENERS.has(ctx.words[side.tokenStart - 1]!)) continue;
    const entries = listEntries(ctx, side.tokenEnd + 1);
    if (entries.length < MIN_PLAYERS) continue;
    const players: Unit[] = [];
    let named = 0;
    for (const [start, end] of entries) {
      const first = ctx.units[ctx.unitStartingAt[start] ?? -1];
      if (first?.type === "PERSON") named++;
      // The entry's people: the player and a substitute in brackets ("O'Shea (Ronaldo 33)").
      for (const unit of ctx.units)
        if (unit.type === "PERSON" && unit.tokenStart >= start && unit.tokenEnd <= end)
          players.push(unit);
    }
    if (named < MIN_PLAYERS || named / entries.length < MIN_NAMED_SHARE) continue;
    for (const player of players) {
      if (player.entity === side.entity) continue;
      relations.push(
        makeRelation(ctx, player, side, "PLAYS_FOR", ":", CONFIDENCE, spanOf(ctx, side, player)),
      );
    }
  }
  return relations;
}
