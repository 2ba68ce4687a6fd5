/**
 * A product a firm launches, unveils or releases, named as the verb's object: "Apple launched
 * iTunes in 2003", "Sony will release the PSP handheld in March", "Nintendo has said it will
 * release the DS in Europe" (PRODUCES from the firm to the product). The object must read as a
 * product: the recogniser's bare name (OTHER), or a name the article puts before a product noun
 * ("the DS handheld"); a firm, a country or a known place is no product, and a noun after the name
 * makes the whole another thing ("launched BitTorrent lawsuits").
 */

import { isKnownKey } from "../3-recognize/gazetteer/gazetteer-lookups.js";
import {
  LAUNCH_GAP_WORDS,
  LAUNCH_VERBS,
  PRODUCT_PHRASE_ENDS,
} from "../model/lexicons/product-cues.js";
import type { ExtractedRelation } from "../types.js";
import { cueClass, hasCue } from "./cue-words.js";
import { hasProductHead, MODEL_TOKEN_RE, type ProductView } from "./product-possessives.js";
import {
  isPossessiveMark,
  LOWER_WORD_RE,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
} from "./sentence-view.js";

const CONFIDENCE = 0.65;
/** Most words between the firm and its verb: "has said it will", "is expected to". */
const MAX_GAP_WORDS = 5;
/** Words between the verb and the product: "its new", "the latest". */
const OBJECT_LEADS: ReadonlySet<string> = new Set([
  "the",
  "its",
  "a",
  "an",
  "new",
  "latest",
  "own",
]);

const LAUNCH_CUES = cueClass(LAUNCH_VERBS);

/** The firm ending right before the words leading to the verb at token `verb`, if any. */
function subjectFirm(ctx: SentenceContext, verb: number): Unit | undefined {
  let at = verb;
  for (let gap = 0; gap <= MAX_GAP_WORDS; gap++, at--) {
    const unit = ctx.units[ctx.unitCovering[at - 1] ?? -1];
    if (unit) return unit.tokenEnd === at ? unit : undefined;
    if (!LAUNCH_GAP_WORDS.has(ctx.words[at - 1] ?? "")) return undefined;
  }
  return undefined;
}

/** Whether the unit's noun phrase ends with it (a model number or a product noun may follow). */
function endsProductPhrase(ctx: SentenceContext, unit: Unit): boolean {
  let i = unit.tokenEnd;
  if (MODEL_TOKEN_RE.test(ctx.words[i] ?? "")) i++;
  const next = ctx.words[i] ?? ".";
  if (!LOWER_WORD_RE.test(next)) return !isPossessiveMark(next) && ctx.unitCovering[i]! < 0;
  return PRODUCT_PHRASE_ENDS.has(next) || hasProductHead(ctx, unit);
}

/** "Apple launched iTunes", "Sony has said it will release the PSP handheld". */
export function relateFirmLaunches(
  contexts: readonly SentenceContext[],
  keys: readonly string[],
  view: ProductView,
): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (const ctx of contexts) {
    if (!hasCue(ctx.words, LAUNCH_CUES)) continue;
    for (let verb = 1; verb < ctx.words.length; verb++) {
      if (!LAUNCH_VERBS.has(ctx.words[verb]!) || ctx.unitCovering[verb]! >= 0) continue;
      const firm = subjectFirm(ctx, verb);
      if (!firm || firm.type !== "ORGANIZATION" || firm.isDemonym) continue;
      // "Sony's Vexa team launched": a possessive makes the firm no subject.
      if (isPossessiveMark(ctx.words[firm.tokenEnd])) continue;
      let at = verb + 1;
      while (OBJECT_LEADS.has(ctx.words[at] ?? "") && at - verb <= 3) at++;
      const product = ctx.units[ctx.unitStartingAt[at] ?? -1];
      if (!product || product.entity === firm.entity || product.isDemonym) continue;
      const key = keys[product.entity] ?? "";
      // A listed firm ("company:sony") or a known place is no product.
      if (isKnownKey(key)) continue;
      // "the DS handheld" here or elsewhere, or a model number: "launched the PlayStation 2".
      const isProduct =
        product.type === "OTHER" ||
        (product.type !== "PERSON" &&
          (view.products.has(product.entity) ||
            hasProductHead(ctx, product) ||
            MODEL_TOKEN_RE.test(ctx.words[product.tokenEnd] ?? "")));
      if (!isProduct || !endsProductPhrase(ctx, product)) continue;
      relations.push(
        makeRelation(
          ctx,
          firm,
          product,
          "PRODUCES",
          ctx.words[verb]!,
          CONFIDENCE,
          spanOf(ctx, firm, product),
        ),
      );
    }
  }
  return relations;
}
