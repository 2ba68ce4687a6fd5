/**
 * A firm's product by its possessive when the article shows the name is a product elsewhere:
 * "Acme's Zorblat" with "the Zorblat handheld" in another sentence makes Acme PRODUCES Zorblat
 * (STATED in the possessive's sentence). The recogniser often takes a bare product name for an
 * organisation, and the possessive alone cannot tell a product from a unit or an event.
 */

import { PRODUCT_HEADS, PRODUCT_POSSESSIVE_LEADS } from "../model/lexicons/product-cues.js";
import type { ExtractedRelation } from "../types.js";
import {
  isPossessiveMark,
  LOWER_WORD_RE,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
} from "./sentence-view.js";

/** A model number or code after a product's name: "200", "x505", "3d". */
const MODEL_TOKEN_RE = /^[a-z]*\d[\da-z/-]*$/;
/** A capitalised word: a name's next word. */
const CAPITAL_RE = /^\p{Lu}/u;
/** Most lower-case words between the name and its product noun: "handheld game console". */
const MAX_DESCRIBING_WORDS = 2;

/**
 * Types the recogniser gives a product's name: "the Qrio robot" and "the Radeon X800 card" are
 * often taken for places; a product noun after the name settles it.
 */
const PRODUCT_TYPES: ReadonlySet<string> = new Set(["ORGANIZATION", "OTHER", "PLACE"]);

const CONFIDENCE = 0.65;

/** Whether a product noun follows the unit: "Zorblat handheld", "Vexa 200 digital camera". */
function hasProductHead(ctx: SentenceContext, unit: Unit): boolean {
  let i = unit.tokenEnd;
  if (MODEL_TOKEN_RE.test(ctx.words[i] ?? "")) i++;
  for (let k = 0; k <= MAX_DESCRIBING_WORDS; k++, i++) {
    const word = ctx.words[i] ?? "";
    if ((ctx.unitCovering[i] ?? -1) >= 0 || !LOWER_WORD_RE.test(word)) return false;
    if (PRODUCT_HEADS.has(word)) return true;
  }
  return false;
}

/** Entities the article names as products: a product noun follows one of their mentions. */
function productEntities(contexts: readonly SentenceContext[]): Set<number> {
  const products = new Set<number>();
  for (const ctx of contexts)
    for (const unit of ctx.units)
      if (PRODUCT_TYPES.has(unit.type) && !unit.isDemonym)
        if (hasProductHead(ctx, unit)) products.add(unit.entity);
  return products;
}

/** "Acme's Zorblat", "Acme's new Zorblat": the firm before a possessive and the product after. */
function relatePossessedProducts(
  ctx: SentenceContext,
  products: ReadonlySet<number>,
): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (const firm of ctx.units) {
    if (firm.type !== "ORGANIZATION" || firm.isDemonym || products.has(firm.entity)) continue;
    if (!isPossessiveMark(ctx.words[firm.tokenEnd])) continue;
    let at = firm.tokenEnd + 1;
    if (PRODUCT_POSSESSIVE_LEADS.has(ctx.words[at] ?? "")) at++;
    const product = ctx.units[ctx.unitStartingAt[at] ?? -1];
    if (!product || product.entity === firm.entity || !products.has(product.entity)) continue;
    // "Acme's Zorblat Edition software": a capital after the name says the name was cut.
    // "Acme's Zorblat ZX50 player": a model code after the name is no cut.
    const next = ctx.sentence.tokens[product.tokenEnd]?.text ?? "";
    if (CAPITAL_RE.test(next) && !MODEL_TOKEN_RE.test(next.toLowerCase())) continue;
    relations.push(
      makeRelation(ctx, firm, product, "PRODUCES", "'s", CONFIDENCE, spanOf(ctx, firm, product)),
    );
  }
  return relations;
}

/** The products an article's firms are said to make through possessives. */
export function relateProductPossessives(
  contexts: readonly SentenceContext[],
): ExtractedRelation[] {
  const products = productEntities(contexts);
  if (products.size === 0) return [];
  return contexts.flatMap((ctx) => relatePossessedProducts(ctx, products));
}
