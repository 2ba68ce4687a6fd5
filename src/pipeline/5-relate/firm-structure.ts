/**
 * How bodies are built of bodies, read off a possessive: a named part ("the Bank of England's
 * Monetary Policy Committee", "Delta Air Lines' Comair subsidiary") is PART_OF its possessor, and a
 * firm whose parent the possessive names ("American Airlines' parent AMR") is PART_OF the parent.
 * "its" before a named part stands for the firm the sentence is about ("Novartis … its Sandoz unit").
 */

import { BODY_PART_HEADS, FIRM_PART_NOUNS, PAST_PART_WORDS } from "../model/lexicons/firm-cues.js";
import type { ExtractedRelation } from "../types.js";
import { firmOfIts } from "./role-phrases.js";
import {
  isPossessiveMark,
  lowerWordsEnd,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
} from "./sentence-view.js";

/** Nouns that name the body a firm belongs to: "American Airlines' parent AMR". */
const PARENT_NOUNS: ReadonlySet<string> = new Set(["parent", "parents"]);
/** A parent's own noun after "parent": "parent company", "parent groups". */
const PARENT_KINDS = /^(company|companies|group|groups|firm|firms)$/;
/** Most lower-case words between a named part and its part noun: "MSN internet division". */
const MAX_PART_WORDS = 2;
/** Words after a body's head in its name: "Office of Fair Trading", "Commission for Africa". */
const HEAD_LINKS: ReadonlySet<string> = new Set(["of", "for"]);
/** A name's words ("Office of Drug Safety" → office, of, drug, safety). */
const NAME_WORD_RE = /[\p{L}-]+/gu;

const CONFIDENCE = 0.7;

/** The organisation unit starting at token `at`, or undefined. */
function organisationAt(ctx: SentenceContext, at: number): Unit | undefined {
  const unit = ctx.units[ctx.unitStartingAt[at] ?? -1];
  return unit && unit.type === "ORGANIZATION" && !unit.isDemonym ? unit : undefined;
}

/**
 * The head word of a body's name: its last word, or the word before the first "of" or "for"
 * ("Office of …", "Economic Commission for Latin America").
 */
function headOfName(ctx: SentenceContext, unit: Unit): string {
  const words = (ctx.text.slice(unit.start, unit.end).toLowerCase().match(NAME_WORD_RE) ??
    []) as string[];
  const of = words.findIndex((word) => HEAD_LINKS.has(word));
  return (of > 0 ? words[of - 1] : words.at(-1)) ?? "";
}

/**
 * "the Fed's Open Market Committee", "Macrovision's Entertainment Technologies division",
 * "Yukos's Yuganskneftegas subsidiary", "Microsoft's MSN internet division": the body named after
 * the possessive is part of the possessor, by its name's head or by a part noun after it.
 */
function relateNamedParts(ctx: SentenceContext, whole: Unit, at: number): ExtractedRelation[] {
  const part = organisationAt(ctx, at);
  if (!part || part.entity === whole.entity || isPossessiveMark(ctx.words[part.tokenEnd]))
    return [];
  let predicate = headOfName(ctx, part);
  if (!BODY_PART_HEADS.has(predicate)) {
    // "Yukos's Yuganskneftegas subsidiary", "MSN internet division": a part noun a few lower-case
    // words after the name ("GM's Opel former unit" is a past part).
    const end = lowerWordsEnd(ctx, part.tokenEnd, MAX_PART_WORDS + 1);
    const words = ctx.words.slice(part.tokenEnd, end);
    const noun = words.findIndex((word) => FIRM_PART_NOUNS.has(word));
    if (noun < 0 || words.slice(0, noun).some((word) => PAST_PART_WORDS.has(word))) return [];
    predicate = words[noun]!;
  }
  return [
    makeRelation(ctx, part, whole, "PART_OF", predicate, CONFIDENCE, spanOf(ctx, whole, part)),
  ];
}

/**
 * "American Airlines' parent AMR", "UPN's parent companies Paramount and Viacom", "Def Jam's
 * parent company, Universal,".
 */
function relateParents(ctx: SentenceContext, child: Unit): ExtractedRelation[] {
  let i = child.tokenEnd + 1;
  if (!PARENT_NOUNS.has(ctx.words[i] ?? "")) return [];
  const noun = ctx.words[i]!;
  let plural = noun.endsWith("s");
  i++;
  // "parent company", "parent companies": the parent's own noun may follow.
  if (ctx.unitCovering[i]! < 0 && PARENT_KINDS.test(ctx.words[i] ?? "")) {
    plural ||= ctx.words[i]!.endsWith("s");
    i++;
  }
  // "Def Jam's parent company, Universal, made…": one parent set off by commas on both sides.
  if (ctx.words[i] === "," && !plural) {
    const parent = organisationAt(ctx, i + 1);
    if (!parent || ctx.words[parent.tokenEnd] !== ",") return [];
    i++;
  }
  const relations: ExtractedRelation[] = [];
  for (;;) {
    const parent = organisationAt(ctx, i);
    if (!parent || parent.entity === child.entity || isPossessiveMark(ctx.words[parent.tokenEnd]))
      break;
    relations.push(
      makeRelation(ctx, child, parent, "PART_OF", noun, CONFIDENCE, spanOf(ctx, child, parent)),
    );
    if (ctx.words[parent.tokenEnd] !== "and" || !plural) break;
    i = parent.tokenEnd + 1;
  }
  return relations;
}

/** The structure of bodies one sentence states through possessives. */
export function relateFirmStructure(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (const unit of ctx.units) {
    if (unit.type !== "ORGANIZATION" || unit.isDemonym) continue;
    if (!isPossessiveMark(ctx.words[unit.tokenEnd])) continue;
    relations.push(...relateNamedParts(ctx, unit, unit.tokenEnd + 1), ...relateParents(ctx, unit));
  }
  // "Novartis plans to grow its Sandoz unit": "its" is the firm the sentence is about.
  ctx.words.forEach((word, at) => {
    const whole = word === "its" ? firmOfIts(ctx, at) : undefined;
    if (whole) relations.push(...relateNamedParts(ctx, whole, at + 1));
  });
  return relations;
}
