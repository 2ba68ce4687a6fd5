/**
 * A match report whose two team sheets lost their sides' labels and whose headline is no score
 * ("Reds sink 10-man Magpies" … "Dudek, Finnan, Hyypia, …, Mellor (Sinama Pongolle 75)."): the
 * report itself says whose players some of them are ("Neil Mellor's goal put Liverpool ahead" read
 * as Mellor PLAYS_FOR Liverpool). A sheet whose players the report gives one side, and no other,
 * is that side's; the other sheet is the other side's, named by its own players the same way or,
 * failing that, the one other side the report names; a sheet settled alone wants two players'
 * word for it. Every player of a sheet then plays for its
 * side (PLAYS_FOR, INFERRED: the sheet names the players, the report's other sentences the side).
 */

import { FORMER_ATTRIBUTE } from "../../domain/vocabulary.js";
import { isSideKey } from "../3-recognize/sports-teams.js";
import type { ExtractedRelation } from "../types.js";
import { bareSheetPlayers } from "./score-line-ups.js";
import { makeRelation, type SentenceContext, spanOf, type Unit } from "./sentence-view.js";

const CONFIDENCE = 0.65;
/** Players whose stated side settles a sheet whose rival sheet stays unread. */
const MIN_LONE_VOTERS = 2;
/** The predicate of a team sheet's relations, which the score headline's sheets share. */
const SHEET_PREDICATE = "team sheet";

/** A bare team sheet: its sentence and its players. */
interface Sheet {
  ctx: SentenceContext;
  players: Unit[];
}

/** The sides each player already plays for today, by what the report states elsewhere. */
function statedSides(read: readonly ExtractedRelation[]): Map<number, Set<number>> {
  const sides = new Map<number, Set<number>>();
  for (const relation of read) {
    if (relation.type !== "PLAYS_FOR" || relation.attributes[FORMER_ATTRIBUTE] === "true") continue;
    const set = sides.get(relation.subject) ?? new Set<number>();
    set.add(relation.object);
    sides.set(relation.subject, set);
  }
  return sides;
}

/**
 * The one side the players of a sheet are stated to play for, or undefined when none is or
 * they are given two ("Lupoli" of Arsenal and of Italy's youth side leaves the sheet unread).
 */
function votedSide(
  sheet: Sheet,
  stated: ReadonlyMap<number, ReadonlySet<number>>,
  isSide: (entity: number) => boolean,
): number | undefined {
  const voted = new Set<number>();
  for (const player of sheet.players)
    for (const side of stated.get(player.entity) ?? []) if (isSide(side)) voted.add(side);
  return voted.size === 1 ? [...voted][0] : undefined;
}

/** How many players of a sheet the report states to play for a side. */
function voters(sheet: Sheet, stated: ReadonlyMap<number, ReadonlySet<number>>, side: number) {
  return new Set(
    sheet.players.filter((unit) => stated.get(unit.entity)?.has(side)).map((unit) => unit.entity),
  ).size;
}

/** The first unit of the report naming a side, to back its sheet's relations. */
function firstNaming(
  contexts: readonly SentenceContext[],
  entity: number,
): [SentenceContext, Unit] | undefined {
  for (const ctx of contexts)
    for (const unit of ctx.units) if (unit.entity === entity) return [ctx, unit];
  return undefined;
}

/** The entities of a club or a national side the report names, by their keys. */
function namedSides(contexts: readonly SentenceContext[], keys: readonly string[]): Set<number> {
  const sides = new Set<number>();
  for (const ctx of contexts)
    for (const unit of ctx.units)
      if (!unit.isDemonym && isSideKey(keys[unit.entity])) sides.add(unit.entity);
  return sides;
}

/** PLAYS_FOR from two unlabelled team sheets whose sides the report's own relations settle. */
export function relateVotedLineUps(
  contexts: readonly SentenceContext[],
  keys: readonly string[],
  read: readonly ExtractedRelation[],
  isSport: boolean,
): ExtractedRelation[] {
  if (!isSport || read.some((relation) => relation.predicate === SHEET_PREDICATE)) return [];
  const sheets: Sheet[] = [];
  for (const ctx of contexts) {
    const players = bareSheetPlayers(ctx);
    if (players) sheets.push({ ctx, players });
  }
  if (sheets.length !== 2) return [];
  const sides = namedSides(contexts, keys);
  const isSide = (entity: number) => sides.has(entity);
  const stated = statedSides(read);
  const voted = sheets.map((sheet) => votedSide(sheet, stated, isSide));
  // A sheet no player settles is the other side's, when the report names just one other side.
  for (const k of [0, 1]) {
    const other = voted[1 - k];
    if (voted[k] !== undefined || other === undefined) continue;
    const rest = [...sides].filter((side) => side !== other);
    if (rest.length === 1) voted[k] = rest[0];
  }
  if (voted[0] === voted[1]) return [];
  // "Moore" on both sheets: two players the resolver took for one person.
  const onFirst = new Set(sheets[0]!.players.map((unit) => unit.entity));
  const onBoth = (entity: number) =>
    onFirst.has(entity) && sheets[1]!.players.some((unit) => unit.entity === entity);
  const relations: ExtractedRelation[] = [];
  for (const [k, sheet] of sheets.entries()) {
    const side = voted[k];
    // A sheet alone settled (the other side unnamed or one of several) wants two players' word.
    if (side === undefined) continue;
    if (voted[1 - k] === undefined && voters(sheet, stated, side) < MIN_LONE_VOTERS) continue;
    const naming = firstNaming(contexts, side);
    if (!naming) continue;
    for (const player of sheet.players) {
      if (sides.has(player.entity) || onBoth(player.entity)) continue;
      const relation = makeRelation(
        sheet.ctx,
        player,
        side,
        "PLAYS_FOR",
        SHEET_PREDICATE,
        CONFIDENCE,
        spanOf(sheet.ctx, player),
        { inferred: "unlabelled team sheet, side its players are stated to play for" },
      );
      relation.provenance = "INFERRED";
      relation.support = [
        makeRelation(
          naming[0],
          naming[1],
          naming[1],
          "PLAYS_FOR",
          "",
          0,
          spanOf(naming[0], naming[1]),
        ).evidence,
      ];
      relations.push(relation);
    }
  }
  return relations;
}
