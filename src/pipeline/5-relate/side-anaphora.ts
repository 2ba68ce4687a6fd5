/**
 * A player named in one sentence and described by his side and position in the next: "Jonny
 * Wilkinson kicked four penalties. The England fly-half said…", "Hreidarsson scored twice. The
 * Charlton defender…" (PLAYS_FOR, INFERRED: the description states the side, the sentence before
 * names the player). Only where the reference is plain: the description opens its sentence as
 * its subject or names the speaker after its quote (`"…," said the Sale full-back.`), the sentence
 * before names one person and as its subject, and the story gives no other person that side and
 * position.
 */

import type { EntityType } from "../../domain/vocabulary.js";
import { isSideKey } from "../3-recognize/sports-teams.js";
import type { Resolution } from "../4-resolve/resolve.js";
import { ROLE_RELATIONS } from "../model/news-roles.js";
import type { ExtractedRelation } from "../types.js";
import {
  findMainSubject,
  makeRelation,
  resolvePronoun,
  type SentenceContext,
  spanOf,
  type Unit,
} from "./sentence-view.js";

/** Tokens that may open a sentence before its subject: a quote mark, "But", "And". */
const OPENERS: ReadonlySet<string> = new Set(['"', "“", "'", "‘", "but", "and"]);
/** Reporting verbs right after a quote: `"…," said the Sale full-back`. */
const SPEAKER_VERBS: ReadonlySet<string> = new Set(["said", "says", "added"]);
/** Closing quote marks. */
const QUOTE_CLOSERS: ReadonlySet<string> = new Set(['"', "”", "'", "’"]);
/** "The 24-year-old England midfielder": an age between the article and the side. */
const AGE_RE = /^\d{1,2}-year-old$/;
/** Roles that are no position on the field: a team-mate is someone else's, a captain's side is stated elsewhere too. */
const NOT_POSITIONS: ReadonlySet<string> = new Set(["team-mate"]);
/** Types a side is named by: a club, a national side by its country, a club by its town. */
const SIDE_TYPES: ReadonlySet<EntityType> = new Set<EntityType>([
  "ORGANIZATION",
  "COUNTRY",
  "PLACE",
]);
/** "Jonny", "Wilkinson": a capitalised word. */
const CAPITALISED_RE = /^\p{Lu}/u;
/** Roles of someone who runs a side rather than plays for it: the person is no player. */
const STAFF_RELATIONS: ReadonlySet<string> = new Set(["COACHES", "LEADER_OF", "WORKS_FOR"]);

const CONFIDENCE = 0.65;

/** A side-and-position description: the side's unit and the token of the position word. */
type SideDescription = { side: Unit; position: number };

/** A position word from the role lexicon: "defender", "fly-half", "tight-head". */
function isPosition(word: string | undefined): boolean {
  return word !== undefined && ROLE_RELATIONS[word] === "PLAYS_FOR" && !NOT_POSITIONS.has(word);
}

/** "The England fly-half" opening a sentence: its side's unit and position word, or undefined. */
function openingDescription(ctx: SentenceContext): SideDescription | undefined {
  let i = 0;
  while (OPENERS.has(ctx.words[i] ?? "")) i++;
  return descriptionAt(ctx, i);
}

/**
 * `"We were unlucky," said the Sale full-back.`: the speaker a quote's reporting clause describes
 * at the sentence's end, the quote being the sentence's own.
 */
function speakerDescription(ctx: SentenceContext): SideDescription | undefined {
  const at = ctx.words.findIndex((word, i) => i > 1 && SPEAKER_VERBS.has(word));
  if (at < 0 || !QUOTE_CLOSERS.has(ctx.words[at - 1]!) || ctx.words[at - 2] !== ",")
    return undefined;
  const description = descriptionAt(ctx, at + 1);
  const after = description ? ctx.words[description.position + 1] : undefined;
  return after === undefined || after === "." ? description : undefined;
}

/** The side-and-position description from the "the" at token `at`, or undefined. */
function descriptionAt(ctx: SentenceContext, at: number): SideDescription | undefined {
  let i = at;
  if (ctx.words[i] !== "the") return undefined;
  // "The Manchester United wing": a club's name may take in the article.
  const article = ctx.units[ctx.unitStartingAt[i] ?? -1];
  i++;
  if (!article && AGE_RE.test(ctx.words[i] ?? "")) i++;
  const side = article ?? ctx.units[ctx.unitStartingAt[i] ?? -1];
  if (!side || !SIDE_TYPES.has(side.type) || side.isDemonym) return undefined;
  const position = side.tokenEnd;
  if (!isPosition(ctx.words[position])) return undefined;
  // "The England fly-half Jonny Wilkinson": a name after the role is the role's own holder.
  const next = ctx.sentence.tokens[position + 1];
  if (ctx.unitStartingAt[position + 1]! >= 0 || (next && CAPITALISED_RE.test(next.text)))
    return undefined;
  return { side, position };
}

/**
 * The one person a sentence names, when it is the sentence's subject: "Gerrard has admitted…",
 * "Liverpool captain Steven Gerrard has reiterated…" (his side and role before him), or "He…"
 * opening a sentence that names nobody, for the person recent sentences are about.
 */
function soleSubjectPerson(ctx: SentenceContext): Unit | undefined {
  const people = new Set(ctx.units.filter((u) => u.type === "PERSON").map((u) => u.entity));
  for (const unit of ctx.units)
    for (const inner of unit.inner) if (inner.type === "PERSON") people.add(inner.entity);
  // "He only returned to the side last weekend.": the pronoun opening it, read as the topic person.
  if (people.size === 0) {
    let i = 0;
    while (OPENERS.has(ctx.words[i] ?? "")) i++;
    return resolvePronoun(ctx, i);
  }
  if (people.size !== 1) return undefined;
  const subject = findMainSubject(ctx);
  if (subject?.type === "PERSON") return subject;
  if (!subject) return undefined;
  // "Liverpool captain Steven Gerrard": role words between the side and the person.
  let i = subject.tokenEnd;
  while (i < ctx.words.length && ctx.unitStartingAt[i]! < 0 && ROLE_RELATIONS[ctx.words[i]!]) i++;
  const person = ctx.units[ctx.unitStartingAt[i] ?? -1];
  return i > subject.tokenEnd && person?.type === "PERSON" ? person : undefined;
}

/**
 * PLAYS_FOR from a side-and-position description that refers back to the previous sentence's
 * subject, for sports stories. `known` are the relations read so far (rules' and model's).
 */
export function relateSideAnaphora(
  contexts: readonly SentenceContext[],
  resolution: Resolution,
  known: readonly ExtractedRelation[],
  isSport: boolean,
): ExtractedRelation[] {
  if (!isSport) return [];
  const relations: ExtractedRelation[] = [];
  for (let k = 1; k < contexts.length; k++) {
    const ctx = contexts[k]!;
    const description = openingDescription(ctx) ?? speakerDescription(ctx);
    if (!description) continue;
    const { side, position } = description;
    const entity = resolution.entities[side.entity];
    // A club the table lists, a national side, or a club named by its town or as an organisation
    // no list knows ("Wasps"); never a company or a body the gazetteer lists.
    if (
      side.type === "ORGANIZATION" &&
      entity?.key &&
      !isSideKey(entity.key) &&
      entity.key.includes(":")
    )
      continue;
    const player = soleSubjectPerson(contexts[k - 1]!);
    if (!player) continue;
    const word = ctx.words[position]!;
    const isStaff = known.some((r) => r.subject === player.entity && STAFF_RELATIONS.has(r.type));
    // "the Chelsea defender" when the story calls another player so: not a plain reference.
    const isShared = known.some(
      (r) =>
        r.type === "PLAYS_FOR" &&
        r.object === side.entity &&
        r.subject !== player.entity &&
        r.predicate.toLowerCase().split(/\s+/).includes(word),
    );
    const isKnown = known.some(
      (r) => r.type === "PLAYS_FOR" && r.subject === player.entity && r.object === side.entity,
    );
    if (isStaff || isShared || isKnown || player.entity === side.entity) continue;
    const relation = makeRelation(
      ctx,
      player.entity,
      side,
      "PLAYS_FOR",
      ctx.words.slice(side.tokenStart - 1, position + 1).join(" "),
      CONFIDENCE,
      spanOf(ctx, side, position),
      { inferred: "described subject of the previous sentence" },
    );
    relation.provenance = "INFERRED";
    const before = contexts[k - 1]!;
    relation.support = [
      makeRelation(before, player, player, "PLAYS_FOR", "", 0, spanOf(before, player)).evidence,
    ];
    relations.push(relation);
  }
  return relations;
}
