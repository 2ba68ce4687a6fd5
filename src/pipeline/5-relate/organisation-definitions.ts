/**
 * Organisations defined by what they are and where they are: "Velmora, the largest wine maker in
 * Ruritania", "the Harbour Asset Bureau - a government agency in the north-eastern city of
 * Ostrava", "Korvald is a specialist steel firm in Lyon". The definition's head is an organisation
 * noun right before "in"; the place after it is where the organisation is BASED_IN (STATED).
 * The place definitions ("X is a town in Y") are the appositions'; this reads the organisations'.
 */

import { PLACE_LEAD_WORDS, PLACE_NOUNS } from "../model/lexicons/apposition-cues.js";
import { ORGANIZATION_NOUNS } from "../model/lexicons/origin-cues.js";
import type { ExtractedRelation } from "../types.js";
import {
  isPossessiveMark,
  LOWER_WORD_RE,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
} from "./sentence-view.js";

/** Tokens that open a definition after the organisation's name: an apposition or a copula. */
const DEFINITION_OPENERS: ReadonlySet<string> = new Set([",", "-", "–", "—", "is", "was"]);
/** Articles a definition starts with. */
const DEFINITION_ARTICLES: ReadonlySet<string> = new Set(["a", "an", "the"]);
/** Most lower-case words of a definition up to its head noun: "largest wine maker". */
const MAX_DEFINITION_WORDS = 4;
/**
 * Words that make the place a market the organisation works in, not its home: "the biggest
 * foreign bank in China"; and heads that name no organisation ("the largest industry in Y").
 */
const NOT_HOME_WORDS: ReadonlySet<string> = new Set([
  "foreign",
  "overseas",
  "international",
  "outside",
  "industry",
  "market",
]);
/** Words between "in" and the place: "in the north-eastern city of Ostrava". */
const PLACE_PATH_WORDS: ReadonlySet<string> = new Set([...PLACE_LEAD_WORDS, ...PLACE_NOUNS, "of"]);
/** Most such words. */
const MAX_PATH_WORDS = 5;
/** Words after the place that make it one of several: "in China and India". */
const LIST_WORDS: ReadonlySet<string> = new Set(["and", "or", "&"]);

const CONFIDENCE = 0.7;

/** The token of the definition's "in" after the organisation, with its head noun, if it has one. */
function definitionHead(ctx: SentenceContext, organisation: Unit): number | undefined {
  let i = organisation.tokenEnd;
  if (!DEFINITION_OPENERS.has(ctx.words[i] ?? "")) return undefined;
  i++;
  if (!DEFINITION_ARTICLES.has(ctx.words[i] ?? "")) return undefined;
  const start = ++i;
  while (
    i - start < MAX_DEFINITION_WORDS &&
    ctx.unitCovering[i]! < 0 &&
    LOWER_WORD_RE.test(ctx.words[i] ?? "") &&
    ctx.words[i] !== "in"
  )
    i++;
  if (i === start || ctx.words[i] !== "in") return undefined;
  const words = ctx.words.slice(start, i);
  if (!ORGANIZATION_NOUNS.has(words.at(-1)!) || words.some((word) => NOT_HOME_WORDS.has(word)))
    return undefined;
  return i;
}

/** The country or place named after "in" at token `at`, through "the north-eastern city of". */
function homeAfter(ctx: SentenceContext, at: number): Unit | undefined {
  let i = at + 1;
  while (
    i - at <= MAX_PATH_WORDS &&
    ctx.unitCovering[i]! < 0 &&
    PLACE_PATH_WORDS.has(ctx.words[i] ?? "")
  )
    i++;
  const home = ctx.units[ctx.unitStartingAt[i] ?? -1];
  if (!home || (home.type !== "COUNTRY" && home.type !== "PLACE")) return undefined;
  if (home.isDemonym || home.isMetonymy) return undefined;
  // "in Ruritania's capital", "in China and India": another place, or one of several.
  const next = ctx.words[home.tokenEnd];
  if (isPossessiveMark(next) || LIST_WORDS.has(next ?? "")) return undefined;
  return home;
}

/** The bases one sentence's organisation definitions state. */
export function relateOrganisationDefinitions(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (const organisation of ctx.units) {
    if (organisation.type !== "ORGANIZATION" || organisation.isDemonym) continue;
    const at = definitionHead(ctx, organisation);
    if (at === undefined) continue;
    const home = homeAfter(ctx, at);
    if (!home || home.entity === organisation.entity) continue;
    relations.push(
      makeRelation(
        ctx,
        organisation,
        home,
        "BASED_IN",
        `${ctx.words[at - 1]} in`,
        CONFIDENCE,
        spanOf(ctx, organisation, home),
      ),
    );
  }
  return relations;
}
