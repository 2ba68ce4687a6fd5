/**
 * A country a sentence names only as the polity of a title nobody there is given: "the Vandorian
 * president met Prime Minister Tom Hale", "Mr Kerr said the Ostrian prime minister was…". The
 * office belongs to an unnamed holder, so the model's reading of it as the office or nationality of
 * the sentence's named person is dropped.
 */

import type { EntityType, RelationType } from "../../domain/vocabulary.js";
import { lookupTitle } from "../3-recognize/titles.js";
import type { ExtractedRelation } from "../types.js";
import type { SentenceContext, Unit } from "./sentence-view.js";

/** What the model may read from a country adjective: its office or its nationality. */
const NATIONAL_TYPES: ReadonlySet<RelationType> = new Set([
  "LEADER_OF",
  "HOLDS_POSITION",
  "CITIZEN_OF",
]);
/** Articles before "the Vandorian president": a description, not a name's title. */
const ARTICLES: ReadonlySet<string> = new Set(["the", "a", "an"]);
/** Most words of a title after its adjective: "prime minister", "foreign affairs minister". */
const MAX_TITLE_WORDS = 3;
/** A word written in lowercase letters: part of a common noun's title. */
const LOWERCASE_RE = /^\p{Ll}[\p{Ll}-]*$/u;

/** The token after a title that follows token `at` ("president" in "the Vandorian president"). */
function titleEndAfter(ctx: SentenceContext, at: number): number | undefined {
  let surface = "";
  let end: number | undefined;
  for (let k = at; k < at + MAX_TITLE_WORDS; k++) {
    const word = ctx.sentence.tokens[k]?.text ?? "";
    if (!LOWERCASE_RE.test(word)) break;
    surface = surface ? `${surface} ${word}` : word;
    if (lookupTitle(surface)) end = k + 1;
  }
  return end;
}

/**
 * Whether the country unit only qualifies an unnamed holder's title: "the Vandorian president met…"
 * (no name after the title, no name in apposition before it).
 */
function qualifiesUnnamedTitle(ctx: SentenceContext, unit: Unit, subject: number): boolean {
  if (!unit.isDemonym || !ARTICLES.has(ctx.words[unit.tokenStart - 1] ?? "")) return false;
  const end = titleEndAfter(ctx, unit.tokenEnd);
  if (end === undefined) return false;
  // "the Vandorian president Ann Kerr", "the Vandorian president, Ann Kerr,": the name's title.
  const next = end + (ctx.words[end] === "," ? 1 : 0);
  if ((ctx.unitCovering[next] ?? -1) >= 0) return false;
  // "Ann Kerr, the Vandorian president, said": an apposition to the subject.
  const before = unit.tokenStart - 2;
  if (ctx.words[before] === ",") {
    const appended = ctx.units[ctx.unitCovering[before - 1] ?? -1];
    if (appended?.entity === subject) return false;
  }
  return true;
}

/**
 * Whether a model relation gives a person the office or nationality of a country its sentence
 * names only through an unnamed holder's title ("the Vandorian president met Prime Minister Tom
 * Hale": Hale is no leader of Vandoria).
 */
export function isUnnamedHoldersCountry(
  relation: ExtractedRelation,
  contexts: readonly SentenceContext[],
  types: readonly EntityType[],
): boolean {
  if (!NATIONAL_TYPES.has(relation.type) || relation.attributes.model === undefined) return false;
  if (types[relation.subject] !== "PERSON" || types[relation.object] !== "COUNTRY") return false;
  const ctx = contexts[relation.evidence.sentenceIndex];
  if (!ctx || ctx.sentence.index !== relation.evidence.sentenceIndex) return false;
  const named = ctx.units.filter((unit) => unit.entity === relation.object);
  return (
    named.length > 0 && named.every((unit) => qualifiesUnnamedTitle(ctx, unit, relation.subject))
  );
}
