/**
 * A coach's own players, named by their position alone in a sentence whose subject is the coach:
 * "Everton manager David Moyes will discipline striker James Beattie", "Benitez defended
 * goalkeeper Jerzy Dudek" in a story where Benitez coaches Liverpool → the player PLAYS_FOR the
 * coach's side (INFERRED: the sentence states the position, the story the side). A manager talks
 * of his own squad with a bare position; another side's player the writer names by his side
 * ("Chelsea defender William Gallas"), so a sentence naming any other body yields nothing.
 */

import { isSideKey } from "../3-recognize/sports-teams.js";
import type { Resolution } from "../4-resolve/resolve.js";
import { PAST_PART_WORDS } from "../model/lexicons/firm-cues.js";
import { ROLE_RELATIONS, SIDE_ROLES } from "../model/news-roles.js";
import type { ExtractedRelation } from "../types.js";
import {
  coordinatedFrom,
  findMainSubject,
  isPossessiveMark,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
} from "./sentence-view.js";

const CONFIDENCE = 0.6;
/** Body types that may be a side: another one named beside a position or a result may own it. */
export const BODY_TYPES: ReadonlySet<string> = new Set(["ORGANIZATION", "COUNTRY", "PLACE"]);
/** Words before a position that make the player someone else's: "opposing skipper", "their keeper". */
const OTHER_SIDE_WORDS: ReadonlySet<string> = new Set([
  ...PAST_PART_WORDS,
  "opposing",
  "opposition",
  "rival",
  "their",
  "whose",
  "-",
]);

/** Whether a role noun is a player's position ("striker", "fly-half"); a team-mate's side is the speaker's. */
function isPosition(word: string | undefined): boolean {
  return word !== undefined && word !== "team-mate" && ROLE_RELATIONS[word] === "PLAYS_FOR";
}

/** "strikers": a position in the plural, which a list of players follows. */
function isPluralPosition(word: string | undefined): boolean {
  return word?.endsWith("s") === true && isPosition(word.slice(0, -1));
}

/** The side each coach coaches, for coaches the relations so far give exactly one side. */
export function coachSides(
  known: readonly ExtractedRelation[],
  resolution: Resolution,
): Map<number, number> {
  const sides = new Map<number, Set<number>>();
  for (const relation of known) {
    if (relation.type !== "COACHES") continue;
    if (!isSideKey(resolution.entities[relation.object]?.key)) continue;
    const set = sides.get(relation.subject) ?? new Set<number>();
    set.add(relation.object);
    sides.set(relation.subject, set);
  }
  const only = new Map<number, number>();
  for (const [coach, set] of sides) if (set.size === 1) only.set(coach, [...set][0]!);
  return only;
}

/** The bodies the relations so far give a coach: the sides a sentence may be said of. */
export function coachedBodies(
  known: readonly ExtractedRelation[],
  resolution: Resolution,
): Set<number> {
  return new Set(
    known
      .filter(
        (relation) =>
          relation.type === "COACHES" &&
          BODY_TYPES.has(resolution.entities[relation.object]?.type ?? ""),
      )
      .map((relation) => relation.object),
  );
}

/**
 * The coach a sentence is said of: its subject ("Benitez defended…"), or the person its side's
 * post introduces ("Liverpool manager Rafael Benitez has ordered…").
 */
export function sentenceCoach(
  ctx: SentenceContext,
  sides: ReadonlyMap<number, number>,
): Unit | undefined {
  const main = findMainSubject(ctx);
  if (!main) return undefined;
  if (main.type === "PERSON") return sides.has(main.entity) ? main : undefined;
  const next = ctx.units[ctx.unitStartingAt[main.tokenEnd + 1] ?? -1];
  const post = ctx.words[main.tokenEnd] ?? "";
  if (!next || next.type !== "PERSON" || SIDE_ROLES[post] === undefined) return undefined;
  return sides.get(next.entity) === main.entity ? next : undefined;
}

/**
 * The side a sentence is said of when it is the sentence's subject and the story gives it a coach:
 * "Wales are hopeful that openside flanker Martyn Williams could be fit" (its own players by
 * position, as its coach's sentence names them).
 */
export function sentenceSide(ctx: SentenceContext, coached: ReadonlySet<number>): Unit | undefined {
  const main = findMainSubject(ctx);
  if (!main || main.isDemonym || !coached.has(main.entity)) return undefined;
  // "Wales coach Mike Ruddock": the side names a person's post, whose sentence it is.
  if (ROLE_RELATIONS[ctx.words[main.tokenEnd] ?? ""] !== undefined) return undefined;
  return main;
}

/**
 * The players a bare position introduces at a person's name: "striker James Beattie", "strikers X
 * and Y"; none for "Chelsea striker X" or "former keeper X".
 */
function playersAtPosition(ctx: SentenceContext, person: Unit): Unit[] {
  const at = person.nameStart - 1;
  const position = ctx.words[at];
  const players = isPosition(position)
    ? [person]
    : isPluralPosition(position)
      ? coordinatedFrom(ctx, person)
      : [];
  if (players.length === 0) return [];
  // A title the mention took in is its own; any other name before the position owns it.
  const before = at - 1;
  const covering = ctx.unitCovering[before] ?? -1;
  if (covering >= 0 && ctx.units[covering]!.entity !== person.entity) return [];
  const word = ctx.words[before];
  return isPossessiveMark(word) || OTHER_SIDE_WORDS.has(word ?? "") ? [] : players;
}

/**
 * PLAYS_FOR of players a coach's sentence names by position only, for players the relations so far
 * place at no side; in a sports story, after the model and the article's roles (which find coaches
 * from "manager X said").
 */
export function relateCoachPlayers(
  contexts: readonly SentenceContext[],
  resolution: Resolution,
  known: readonly ExtractedRelation[],
  isSport: boolean,
): ExtractedRelation[] {
  if (!isSport) return [];
  const sides = coachSides(known, resolution);
  // "Wales are hopeful that flanker Martyn Williams…": a side the story gives a coach, as subject.
  const coached = coachedBodies(known, resolution);
  if (sides.size === 0 && coached.size === 0) return [];
  const placed = new Set(
    known.filter((relation) => relation.type === "PLAYS_FOR").map((relation) => relation.subject),
  );
  const relations: ExtractedRelation[] = [];
  for (const ctx of contexts) {
    const coach = sentenceCoach(ctx, sides) ?? sentenceSide(ctx, coached);
    if (!coach) continue;
    const side = coached.has(coach.entity) ? coach.entity : sides.get(coach.entity)!;
    // Another body before the players, or in the players' own clause, may own them: "discipline
    // striker X for his headbutt on Chelsea defender Y"; one after a comma is a clause of its own
    // ("defended goalkeeper X, whose failure… gave the German team a lifeline").
    const other = ctx.units.find((unit) => BODY_TYPES.has(unit.type) && unit.entity !== side);
    for (const named of ctx.units) {
      if (named.type !== "PERSON" || named.tokenStart <= coach.tokenEnd) continue;
      const players = playersAtPosition(ctx, named).filter(
        (player) => player.entity !== coach.entity && !placed.has(player.entity),
      );
      const end = Math.max(named.tokenEnd, ...players.map((player) => player.tokenEnd));
      if (other && (other.tokenStart < end || ctx.words[end] !== ",")) continue;
      const position = ctx.words[named.nameStart - 1]!;
      for (const player of players) relations.push(playsFor(ctx, coach, player, side, position));
      for (const player of players) placed.add(player.entity);
    }
  }
  return relations;
}

/** The INFERRED PLAYS_FOR of a player a coach's sentence names, with its position as predicate. */
function playsFor(
  ctx: SentenceContext,
  coach: Unit,
  player: Unit,
  side: number,
  position: string,
): ExtractedRelation {
  const relation = makeRelation(
    ctx,
    player,
    side,
    "PLAYS_FOR",
    position,
    CONFIDENCE,
    spanOf(ctx, coach, player),
    { inferred: "coach's side" },
  );
  relation.provenance = "INFERRED";
  return relation;
}
