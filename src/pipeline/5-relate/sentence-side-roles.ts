/**
 * A sports story's bare coach or captain, named in a sentence about one side: "Ireland struggled
 * early and were indebted to skipper Tom Hale" → Hale PLAYS_FOR Ireland; "Rovers fell to a third
 * defeat. Coach Tom Hale said…" → Hale COACHES Rovers (the sentence before is about the side and
 * this one names no body). INFERRED: the sentence states the role, its subject the side. The role
 * must stand bare (opening a clause or after a verb of saying, a conjunction or a preposition):
 * "former coach X", "assistant coach X", "his coach X" and "Chelsea boss X" are left alone. A
 * "national coach X" coaches the one country the sentence names ("Spain's federation has
 * charged national coach X"). A position opening its sentence is a player's of the side the sentence
 * before is about: "Bayern Munich staged a grand finale… Captain and goalkeeper Oliver Kahn was
 * presented with the trophy" (only there: "a goal by striker X" may be the other side's).
 */

import { ROLE_RELATION_TYPES } from "../../domain/vocabulary.js";
import { findEntryByKey } from "../3-recognize/gazetteer/gazetteer-lookups.js";
import { isSideKey, NATIONAL_SIDE_KEY_PREFIX } from "../3-recognize/sports-teams.js";
import type { Resolution } from "../4-resolve/resolve.js";
import { BARE_ROLE_PRECEDERS } from "../model/lexicons/sport-cues.js";
import { FIRM_ROLE_LEADS, ROLE_RELATIONS, SIDE_ROLES } from "../model/news-roles.js";
import type { ExtractedRelation } from "../types.js";
import { PUNCTUATION_RE } from "./article-roles.js";
import { BODY_TYPES } from "./coach-players.js";
import {
  findMainSubject,
  isPossessiveMark,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
} from "./sentence-view.js";

const CONFIDENCE = 0.55;
/** Bare roles that place a person in a side: a coach runs it, a captain plays for it. */
const BARE_SIDE_ROLES: ReadonlySet<string> = new Set([
  "coach",
  "manager",
  "boss",
  "captain",
  "skipper",
]);
/** Roles that are no position on the field: a team-mate is someone else's. */
const NOT_POSITIONS: ReadonlySet<string> = new Set(["team-mate"]);
/** Gazetteer kinds of bodies that run or report sport and field no side: "the IAAF", "BBC Sport". */
const NOT_SIDE_KINDS: ReadonlySet<string> = new Set(["international", "news", "party"]);

/** Whether a unit may name a side: a listed club or national side, a country, or a town. */
function isSide(resolution: Resolution, unit: Unit): boolean {
  if (unit.isDemonym || !BODY_TYPES.has(unit.type)) return false;
  const key = resolution.entities[unit.entity]?.key;
  if (isSideKey(key)) return true;
  if (unit.type === "ORGANIZATION") return false;
  return !NOT_SIDE_KINDS.has(findEntryByKey(key ?? "")?.kind ?? "");
}

/**
 * A position word ("goalkeeper", "striker") opening its sentence, alone or after another role and
 * "and": "Goalkeeper X was…", "Captain and goalkeeper X…".
 */
function isOpeningPosition(ctx: SentenceContext, at: number, role: string): boolean {
  if (ROLE_RELATIONS[role] !== "PLAYS_FOR" || NOT_POSITIONS.has(role)) return false;
  if (at === 0) return true;
  const first = ctx.words[0] ?? "";
  return (
    at === 2 &&
    ctx.words[1] === "and" &&
    (BARE_SIDE_ROLES.has(first) || ROLE_RELATIONS[first] === "PLAYS_FOR")
  );
}

/** A bare role found before a person's name: its word, its token, and whether "national" leads it. */
type BareRole = { role: string; at: number; national: boolean };

/** The bare role word before a person's name, with its token, when nothing before it makes it another's. */
function bareRoleBefore(ctx: SentenceContext, person: Unit): BareRole | undefined {
  const at = person.nameStart - 1;
  const role = ctx.words[at];
  if (role === undefined) return undefined;
  if (!BARE_SIDE_ROLES.has(role))
    return isOpeningPosition(ctx, at, role) && ctx.unitCovering[at]! < 0
      ? { role, at, national: false }
      : undefined;
  // "Chelsea boss X" or a title the mention took in from another name: someone else's side.
  if (ctx.unitCovering[at]! >= 0 && ctx.units[ctx.unitCovering[at]!]!.entity !== person.entity)
    return undefined;
  // "against national coach X": the word names the side's kind; only a past or deputy's is another's.
  if (ctx.words[at - 1] === "national" && ctx.unitCovering[at - 1]! < 0)
    return NOT_NATIONAL_HOLDERS.has(ctx.words[at - 2] ?? "")
      ? undefined
      : { role, at, national: true };
  let lead = at - 1;
  while (lead >= 0 && FIRM_ROLE_LEADS.has(ctx.words[lead]!) && ctx.words[lead] !== "'s") lead--;
  if (lead < 0) return { role, at, national: false };
  const before = ctx.words[lead]!;
  if (ctx.unitCovering[lead]! >= 0) return undefined;
  return BARE_ROLE_PRECEDERS.has(before) || PUNCTUATION_RE.test(before)
    ? { role, at, national: false }
    : undefined;
}

/**
 * Roles that with "national" name a side's coach or captain in any story (an athletics story is
 * not read as club sport): "national coach X".
 */
const NATIONAL_ONLY_ROLES: ReadonlySet<string> = new Set(["coach", "captain", "skipper"]);
/** Words before "national coach" that make the role someone else's than the side's now. */
const NOT_NATIONAL_HOLDERS: ReadonlySet<string> = new Set(["former", "ex", "assistant", "deputy"]);

/** The one country (or national side) a sentence names, as a unit: "Spain's federation … national coach X". */
function nationalSide(ctx: SentenceContext, resolution: Resolution): Unit | undefined {
  const nations = ctx.units.filter(
    (unit) =>
      unit.type === "COUNTRY" ||
      resolution.entities[unit.entity]?.key.startsWith(NATIONAL_SIDE_KEY_PREFIX) === true,
  );
  const [first] = nations;
  return first && nations.every((unit) => unit.entity === first.entity) ? first : undefined;
}

/** The side a sentence is about: its main subject, when that names a side. */
function subjectSide(ctx: SentenceContext, resolution: Resolution): Unit | undefined {
  const subject = findMainSubject(ctx);
  return subject && isSide(resolution, subject) ? subject : undefined;
}

/** Whether a body other than the side stands between it and the role, and not as a possessor. */
function otherBodyBetween(ctx: SentenceContext, side: Unit, at: number): boolean {
  return ctx.units.some(
    (unit) =>
      unit.tokenStart >= side.tokenEnd &&
      unit.tokenEnd <= at &&
      unit.entity !== side.entity &&
      BODY_TYPES.has(unit.type) &&
      !isPossessiveMark(ctx.words[unit.tokenEnd]),
  );
}

/** The PLAYS_FOR and COACHES relations of bare roles in sentences about one side. */
export function relateSentenceSideRoles(
  contexts: readonly SentenceContext[],
  resolution: Resolution,
  known: readonly ExtractedRelation[],
  isSport: boolean,
): ExtractedRelation[] {
  const placed = new Set(
    known.filter((relation) => ROLE_RELATION_TYPES.has(relation.type)).map((r) => r.subject),
  );
  const relations: ExtractedRelation[] = [];
  contexts.forEach((ctx, k) => {
    for (const person of ctx.units) {
      if (person.type !== "PERSON" || person.isDemonym || placed.has(person.entity)) continue;
      const found = bareRoleBefore(ctx, person);
      // Outside a sports story only "national coach X" is a side's (a "national manager" may be a firm's).
      if (!found || (!isSport && !(found.national && NATIONAL_ONLY_ROLES.has(found.role))))
        continue;
      const here = found.national ? nationalSide(ctx, resolution) : subjectSide(ctx, resolution);
      let side: Unit | undefined;
      let sourceCtx = ctx;
      if (found.national) side = here;
      else if (here) {
        if (here.tokenEnd > found.at || otherBodyBetween(ctx, here, found.at)) continue;
        side = here;
      } else if (
        !ctx.units.some((unit) => unit.entity !== person.entity && BODY_TYPES.has(unit.type))
      ) {
        // "Rovers fell to a third defeat. Coach Tom Hale said…": the side the sentence before is about.
        const previous = contexts[k - 1];
        side = previous ? subjectSide(previous, resolution) : undefined;
        if (previous) sourceCtx = previous;
      }
      if (!side || side.entity === person.entity) continue;
      placed.add(person.entity);
      const relation = makeRelation(
        ctx,
        person,
        side.entity,
        SIDE_ROLES[found.role] ?? ROLE_RELATIONS[found.role]!,
        found.role,
        CONFIDENCE,
        sourceCtx === ctx ? spanOf(ctx, side, person) : spanOf(ctx, person.nameStart, person),
        { inferred: "sentence's side" },
      );
      relation.provenance = "INFERRED";
      if (sourceCtx !== ctx)
        relation.support = [
          makeRelation(sourceCtx, side, side, "PLAYS_FOR", "", 0, spanOf(sourceCtx, side)).evidence,
        ];
      relations.push(relation);
    }
  });
  return relations;
}
