/**
 * A product line's named versions: once the article has a firm make "Zorblat" ("Acme's Zorblat
 * console"), it makes "Zorblat XP" and "Zorblat Advance" too, a version named by the line's name
 * and one more word (PRODUCES, INFERRED, the relation about the line as support). The word must be
 * a name's, not a common noun that makes the whole another thing ("Zorblat Format" is a magazine,
 * "Zorblat division" a unit), and no other firm may make the line. The line of a version the
 * article has a firm make is that firm's too: "Zorblat" after "Acme's Zorblat 2 console".
 */

import type { Resolution } from "../4-resolve/resolve.js";
import { OWNED_NON_PRODUCT_WORDS } from "../model/lexicons/firm-cues.js";
import {
  FIRM_NAME_HEADS,
  GENERIC_HEADS,
  ORGANIZATION_HEADS,
  PLACE_HEADS,
} from "../model/lexicons/name-heads.js";
import { ORGANIZATION_NOUNS } from "../model/lexicons/origin-cues.js";
import { PRODUCT_HEADS } from "../model/lexicons/product-cues.js";
import { NON_PRODUCT_TAILS, PRODUCT_TAIL_WORDS } from "../model/lexicons/relation-triggers.js";
import type { ExtractedRelation } from "../types.js";
import { makeRelation, type SentenceContext, spanOf } from "./sentence-view.js";

/** Types the recogniser gives a product's name. */
const PRODUCT_TYPES: ReadonlySet<string> = new Set(["ORGANIZATION", "OTHER", "PLACE"]);
/** A version's word: a name's ("XP", "Advance", "Express") or a model code ("2", "360", "G5"). */
const VERSION_WORD_RE = /^(?:\p{Lu}[\p{L}\d-]*|\d[\p{L}\d.-]*)$/u;
/** Common nouns a version's word may not be: "Zorblat Format", "Zorblat Software", "Zorblat Group". */
const NOUN_SETS: readonly ReadonlySet<string>[] = [
  PRODUCT_TAIL_WORDS,
  PRODUCT_HEADS,
  ORGANIZATION_NOUNS,
  NON_PRODUCT_TAILS,
  OWNED_NON_PRODUCT_WORDS,
];
/** Capitalised heads of bodies and places: "Zorblat Labs", "Zorblat Centre", "Zorblat Park". */
const HEAD_SETS: readonly ReadonlySet<string>[] = [
  FIRM_NAME_HEADS,
  ORGANIZATION_HEADS,
  GENERIC_HEADS,
  PLACE_HEADS,
];
const CONFIDENCE = 0.6;

/** Whether a word after a line's name names a version rather than another thing. */
function isVersionWord(word: string): boolean {
  if (!VERSION_WORD_RE.test(word)) return false;
  const lower = word.toLowerCase();
  return !NOUN_SETS.some((nouns) => nouns.has(lower)) && !HEAD_SETS.some((h) => h.has(word));
}

/** Each name (and alias) of a product the known relations give a maker, with that relation. */
function* producedNames(
  resolution: Resolution,
  known: readonly ExtractedRelation[],
): Generator<[string, ExtractedRelation]> {
  for (const relation of known) {
    if (relation.type !== "PRODUCES") continue;
    const product = resolution.entities[relation.object];
    if (!product) continue;
    for (const name of [product.name, ...product.aliases]) yield [name, relation];
  }
}

/** Names → the one maker's relation: a name two makers' products share is left out. */
function indexByOneMaker(
  named: Iterable<[string, ExtractedRelation]>,
): Map<string, ExtractedRelation> {
  const byName = new Map<string, ExtractedRelation>();
  const shared = new Set<string>();
  for (const [name, relation] of named) {
    const other = byName.get(name);
    if (other && other.subject !== relation.subject) shared.add(name);
    else if (!other) byName.set(name, relation);
  }
  for (const name of shared) byName.delete(name);
  return byName;
}

/** The names of the products the known relations give one maker → that relation. */
function indexLines(
  resolution: Resolution,
  known: readonly ExtractedRelation[],
): Map<string, ExtractedRelation> {
  return indexByOneMaker(producedNames(resolution, known));
}

/**
 * The lines the known relations' products are versions of, by name → the relation: "Zorblat" for
 * "Acme PRODUCES Zorblat 2".
 */
function indexVersionLines(
  resolution: Resolution,
  known: readonly ExtractedRelation[],
): Map<string, ExtractedRelation> {
  const lines: [string, ExtractedRelation][] = [];
  for (const [name, relation] of producedNames(resolution, known)) {
    const space = name.lastIndexOf(" ");
    if (space >= 0 && isVersionWord(name.slice(space + 1)))
      lines.push([name.slice(0, space), relation]);
  }
  return indexByOneMaker(lines);
}

/** Keys of the listed companies ("company:sony"): a firm, never a line named after it. */
const COMPANY_KEY_RE = /^company:/;

/**
 * "Zorblat XP" after "Acme PRODUCES Zorblat": the maker of the line makes the version; and
 * "Zorblat" after "Acme PRODUCES Zorblat 2", the line of the version.
 */
export function relateProductLines(
  contexts: readonly SentenceContext[],
  resolution: Resolution,
  known: readonly ExtractedRelation[],
): ExtractedRelation[] {
  const lines = indexLines(resolution, known);
  if (lines.size === 0) return [];
  const versionLines = indexVersionLines(resolution, known);
  const made = new Set(known.filter((r) => r.type === "PRODUCES").map((r) => r.object));
  const relations: ExtractedRelation[] = [];
  for (const ctx of contexts)
    for (const unit of ctx.units) {
      if (!PRODUCT_TYPES.has(unit.type) || unit.isDemonym || made.has(unit.entity)) continue;
      const surface = ctx.text.slice(unit.start, unit.end);
      const space = surface.lastIndexOf(" ");
      const line =
        space >= 0 && isVersionWord(surface.slice(space + 1))
          ? lines.get(surface.slice(0, space))
          : COMPANY_KEY_RE.test(resolution.entities[unit.entity]?.key ?? "")
            ? undefined
            : versionLines.get(surface);
      if (!line || line.object === unit.entity || line.subject === unit.entity) continue;
      // "the Zorblat Server division": the noun after the name makes it a unit.
      const next = ctx.words[unit.tokenEnd] ?? "";
      if (NON_PRODUCT_TAILS.has(next) || OWNED_NON_PRODUCT_WORDS.has(next)) continue;
      const relation = makeRelation(
        ctx,
        line.subject,
        unit,
        "PRODUCES",
        "line",
        CONFIDENCE,
        spanOf(ctx, unit),
        { inferred: "version of a product line" },
      );
      relation.provenance = "INFERRED";
      relation.support = [line.evidence];
      relations.push(relation);
      made.add(unit.entity);
    }
  return relations;
}
