/**
 * A place in a body stated by a relative clause: the body first ("the Middle Way Group, of which
 * Mr Tom Hale is a co-chairman"), or the person first ("Lord Hale, who sits on the executive of
 * the Kestrel Society", "Tom Hale, who is a member of the Kestrel Society"). The role patterns
 * read a role before or after a name; these clauses put a relative word between the two. Only a
 * present place: "of which he was a member" and "who sat on" state a past one.
 */

import type { RelationType } from "../../domain/vocabulary.js";
import { HONORIFICS } from "../model/lexicons/titles-of-office.js";
import { ROLE_RELATIONS } from "../model/news-roles.js";
import type { ExtractedRelation } from "../types.js";
import { cueClass, hasCue } from "./cue-words.js";
import {
  LOWER_WORD_RE,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
} from "./sentence-view.js";

const CONFIDENCE = 0.75;
/** Most lower-case words of a role after its article: "joint honorary co-chairman". */
const MAX_ROLE_WORDS = 3;
/** Most lower-case words naming the part of a body one sits on: "executive", "governing council". */
const MAX_PART_WORDS = 3;
/** The articles a role or a body may take after the relative clause's verb. */
const ARTICLES: ReadonlySet<string> = new Set(["a", "an", "the"]);
/** The noun of plain membership, which the role table leaves out. */
const MEMBER_WORD = "member";
/** ", of which", ", who sits on", ", who is a member of". */
const RELATIVE_CUES = cueClass(["which", "who"]);

/** Where the run of lower-case words outside names from token `at` ends, before an "of" and after at most `max`. */
function wordsBeforeOf(ctx: SentenceContext, at: number, max: number): number {
  let i = at;
  while (
    i - at < max &&
    (ctx.unitCovering[i] ?? -1) < 0 &&
    ctx.words[i] !== "of" &&
    LOWER_WORD_RE.test(ctx.words[i] ?? "")
  )
    i++;
  return i;
}

/** The person unit starting at token `at`, after an optional form of address ("Mr Hale"). */
function personAt(ctx: SentenceContext, at: number): Unit | undefined {
  const start =
    HONORIFICS.has(ctx.words[at] ?? "") && (ctx.unitStartingAt[at] ?? -1) < 0 ? at + 1 : at;
  const person = ctx.units[ctx.unitStartingAt[start] ?? -1];
  return person?.type === "PERSON" ? person : undefined;
}

/** The organisation unit starting at token `at`, after an optional "the". */
function bodyAt(ctx: SentenceContext, at: number): Unit | undefined {
  const start = ctx.words[at] === "the" ? at + 1 : at;
  const body = ctx.units[ctx.unitStartingAt[start] ?? -1];
  return body?.type === "ORGANIZATION" && !body.isDemonym ? body : undefined;
}

/**
 * The relation a role phrase from token `at` states, and where it ends: "a co-chairman" →
 * the role table's type, "a member" → MEMBER_OF; none for a word the table does not know.
 */
function roleAt(ctx: SentenceContext, at: number): { type: RelationType; end: number } | undefined {
  const start = ARTICLES.has(ctx.words[at] ?? "") ? at + 1 : at;
  const end = wordsBeforeOf(ctx, start, MAX_ROLE_WORDS);
  if (end === start) return undefined;
  const head = ctx.words[end - 1] ?? "";
  const pair = end - start >= 2 ? `${ctx.words[end - 2]} ${head}` : "";
  const type =
    ROLE_RELATIONS[pair] ??
    ROLE_RELATIONS[head] ??
    (head === MEMBER_WORD ? "MEMBER_OF" : undefined);
  return type ? { type, end } : undefined;
}

/** Whether the token at `at` closes the clause: punctuation or the sentence's end. */
function closesClause(ctx: SentenceContext, at: number): boolean {
  const word = ctx.words[at];
  return word === undefined || !LOWER_WORD_RE.test(word);
}

/** "<body>, of which <person> is a <role>": the person holds the role in the body. */
function relateOfWhich(ctx: SentenceContext, body: Unit): ExtractedRelation[] {
  const comma = body.tokenEnd;
  if (ctx.words[comma] !== "," || ctx.words[comma + 1] !== "of" || ctx.words[comma + 2] !== "which")
    return [];
  const holder = personAt(ctx, comma + 3);
  if (!holder || ctx.words[holder.tokenEnd] !== "is") return [];
  const role = roleAt(ctx, holder.tokenEnd + 1);
  if (!role || !closesClause(ctx, role.end)) return [];
  return [
    makeRelation(
      ctx,
      holder,
      body,
      role.type,
      `of which is ${ctx.words[role.end - 1]}`,
      CONFIDENCE,
      spanOf(ctx, body, role.end - 1),
    ),
  ];
}

/**
 * "<person>, who sits on [the <part> of] <body>", "<person>, who is a member of <body>": the
 * person is a member of the body.
 */
function relateWhoClause(ctx: SentenceContext, person: Unit): ExtractedRelation[] {
  const comma = person.tokenEnd;
  if (ctx.words[comma] !== "," || ctx.words[comma + 1] !== "who") return [];
  const verb = ctx.words[comma + 2];
  let at: number;
  if (verb === "sits" && ctx.words[comma + 3] === "on") {
    at = comma + 4;
    // "sits on the executive of the Kestrel Society": a part of the body, then the body.
    if (!bodyAt(ctx, at)) {
      const partStart = ctx.words[at] === "the" ? at + 1 : at;
      const partEnd = wordsBeforeOf(ctx, partStart, MAX_PART_WORDS);
      if (partEnd === partStart || ctx.words[partEnd] !== "of") return [];
      at = partEnd + 1;
    }
  } else if (verb === "is") {
    const role = roleAt(ctx, comma + 3);
    if (role?.type !== "MEMBER_OF" || ctx.words[role.end] !== "of") return [];
    at = role.end + 1;
  } else return [];
  const body = bodyAt(ctx, at);
  if (!body || body.entity === person.entity || !closesClause(ctx, body.tokenEnd)) return [];
  return [
    makeRelation(
      ctx,
      person,
      body,
      "MEMBER_OF",
      `who ${verb}`,
      CONFIDENCE,
      spanOf(ctx, person, body),
    ),
  ];
}

/** Roles and memberships stated by "of which … is" and "who sits on / who is a member of" clauses. */
export function relateRelativeMemberships(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  if (!hasCue(ctx.words, RELATIVE_CUES)) return relations;
  for (const unit of ctx.units) {
    if (unit.type === "ORGANIZATION") relations.push(...relateOfWhich(ctx, unit));
    else if (unit.type === "PERSON") relations.push(...relateWhoClause(ctx, unit));
  }
  return relations;
}
