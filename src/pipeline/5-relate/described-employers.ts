/**
 * A role at an employer the sentence describes before naming it: "Tom Hale, an economist at
 * investment bank Goldman Sachs", "Ann Kerr, chairman of messaging firm Mblox" (WORKS_FOR or
 * LEADER_OF, STATED). news-patterns reads the role when the name follows its link at once.
 */

import type { RelationType } from "../../domain/vocabulary.js";
import { ARTICLES } from "../model/lexicons/sentence-words.js";
import {
  BRIEF_MODIFIERS,
  DEPUTY_MODIFIERS,
  ROLE_MODIFIERS,
  ROLE_RELATIONS,
} from "../model/news-roles.js";
import type { ExtractedRelation } from "../types.js";
import { describedFirm } from "./firm-patterns.js";
import {
  isPossessiveMark,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
} from "./sentence-view.js";

/** Links from a role to its employer: "economist at", "chairman of", "analyst with". */
const LINKS: ReadonlySet<string> = new Set(["at", "of", "with", "for"]);
/** Most words of a role phrase: "senior vice president". */
const MAX_ROLE_WORDS = 4;
/** Roles a job at a firm states; a player's or a coach's are the sports patterns'. */
const JOB_TYPES: ReadonlySet<RelationType> = new Set(["LEADER_OF", "WORKS_FOR"]);

const CONFIDENCE = 0.75;
/** A lower-case word: the description after an origin. */
const LOWER_RE = /^\p{Ll}/u;

/** The relation of the role phrase in [start, end), a deputy's or a brief's head working for the body. */
function roleType(ctx: SentenceContext, start: number, end: number): RelationType | undefined {
  const head = ctx.words[end - 1]!;
  const type =
    (end - start > 1 && ROLE_RELATIONS[`${ctx.words[end - 2]} ${head}`]) || ROLE_RELATIONS[head];
  if (!type || !JOB_TYPES.has(type)) return undefined;
  const words = ctx.words.slice(start, end);
  // "deputy chairman of", "foreign policy chief at": not the head of the whole body.
  if (
    type === "LEADER_OF" &&
    words.some((word) => DEPUTY_MODIFIERS.has(word) || BRIEF_MODIFIERS.has(word))
  )
    return "WORKS_FOR";
  return type;
}

/**
 * Whether a unit opens an employer's description rather than naming the employer: a country, a
 * place or a demonym a lower-case word follows ("UK magazine", "Swiss research group").
 */
function isOriginOpening(ctx: SentenceContext, unit: Unit): boolean {
  const origin = unit.isDemonym || unit.type === "COUNTRY" || unit.type === "PLACE";
  return origin && LOWER_RE.test(ctx.words[unit.tokenEnd] ?? "");
}

/** "Tom Hale, an economist at investment bank Goldman Sachs": the described employer. */
function relateDescribedEmployer(ctx: SentenceContext, person: Unit): ExtractedRelation[] {
  if (ctx.words[person.tokenEnd] !== ",") return [];
  let i = person.tokenEnd + 1;
  if (ARTICLES.has(ctx.words[i] ?? "")) i++;
  const start = i;
  while (
    i - start < MAX_ROLE_WORDS &&
    ctx.unitCovering[i]! < 0 &&
    (ROLE_MODIFIERS.has(ctx.words[i] ?? "") || ROLE_RELATIONS[ctx.words[i] ?? ""])
  )
    i++;
  if (i === start || !LINKS.has(ctx.words[i] ?? "")) return [];
  const type = roleType(ctx, start, i);
  if (!type) return [];
  const link = ctx.words[i]!;
  // A name right after the link is news-patterns' reading; here lower-case words describe it,
  // perhaps after the employer's country or origin ("editor of UK magazine Quill").
  const at = ctx.words[i + 1] === "the" ? i + 2 : i + 1;
  const opening = ctx.units[ctx.unitCovering[at] ?? -1];
  if (opening && !isOriginOpening(ctx, opening)) return [];
  const employer = describedFirm(ctx, at);
  // "an analyst at investment bank Nomura's unit": the employer must end the phrase.
  if (
    !employer ||
    employer.entity === person.entity ||
    isPossessiveMark(ctx.words[employer.tokenEnd])
  )
    return [];
  return [
    makeRelation(
      ctx,
      person,
      employer,
      type,
      `${ctx.words.slice(start, i).join(" ")} ${link}`,
      CONFIDENCE,
      spanOf(ctx, person, employer),
    ),
  ];
}

/** The roles at described employers one sentence states. */
export function relateDescribedEmployers(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (const unit of ctx.units)
    if (unit.type === "PERSON" && !unit.isDemonym)
      relations.push(...relateDescribedEmployer(ctx, unit));
  return relations;
}
