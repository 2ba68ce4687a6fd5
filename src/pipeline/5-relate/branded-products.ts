/**
 * A product named after its maker: "the Sony PSP", "the BMW X5", "the Apple iPod" (PRODUCES from
 * the listed company the article names on its own to the whole name). A firm's name opens its
 * units' and partners' names as often ("Sony Pictures", "Sony Ericsson"), so the rest of the name
 * must show a product: a model code, a name spelt like "iPod", or a name the article shows to be
 * a product by itself ("the PSP console").
 */

import type { Resolution } from "../4-resolve/resolve.js";
import type { ExtractedRelation } from "../types.js";
import { hasProductHead, type ProductView } from "./product-possessives.js";
import { makeRelation, type SentenceContext, spanOf } from "./sentence-view.js";

/** "X5", "6600", "A380": a model code, with a digit and no lower-case letter. */
const MODEL_CODE_RE = /^(?=[^a-z]*\d)[A-Z\d-]{2,}$/;
/** "iPod", "iTunes": a product's name with a lower-case "i" before its capital. */
const I_PREFIXED_RE = /^i\p{Lu}/u;
/** Types the recogniser gives a product's name. */
const PRODUCT_TYPES: ReadonlySet<string> = new Set(["ORGANIZATION", "OTHER", "PLACE"]);

const CONFIDENCE = 0.65;

/** Keys of the listed companies ("company:sony"). */
const COMPANY_KEY_RE = /^company:/;

/**
 * Names of the article's listed companies (and aliases) → their entity; a name two share is left
 * out. Other first words of a name are as often a club's ("Boca Juniors"), a group's ("Band Aid
 * 20") or a unit's ("BT Wholesale") as a maker's.
 */
function indexFirmNames(resolution: Resolution): Map<string, number> {
  const byName = new Map<string, number>();
  const shared = new Set<string>();
  resolution.entities.forEach((entity, i) => {
    if (entity.type !== "ORGANIZATION" || !COMPANY_KEY_RE.test(entity.key)) return;
    for (const name of [entity.name, ...entity.aliases]) {
      if (byName.has(name) && byName.get(name) !== i) shared.add(name);
      byName.set(name, i);
    }
  });
  for (const name of shared) byName.delete(name);
  return byName;
}

/**
 * Entities named by one word before a product noun somewhere: "the Zorbman player" for "the Sony
 * Zorbman". A product noun after a longer name shows nothing: "Sony Ericsson phones".
 */
function findOneWordProducts(contexts: readonly SentenceContext[]): Set<number> {
  const products = new Set<number>();
  for (const ctx of contexts)
    for (const unit of ctx.units)
      if (unit.tokenEnd - unit.tokenStart === 1 && PRODUCT_TYPES.has(unit.type))
        if (hasProductHead(ctx, unit)) products.add(unit.entity);
  return products;
}

/**
 * Whether the rest of a name after its maker's shows a product: "X5", "iPod", "DS" the article
 * calls a handheld, or the whole name's entity called so by that one word.
 */
function isProductRest(
  rest: string,
  whole: number,
  view: ProductView,
  otherNames: ReadonlyMap<string, number>,
  oneWordProducts: ReadonlySet<number>,
): boolean {
  if (rest.includes(" ")) return false;
  if (oneWordProducts.has(whole)) return true;
  if (MODEL_CODE_RE.test(rest) || I_PREFIXED_RE.test(rest)) return true;
  const other = otherNames.get(rest);
  return other !== undefined && other !== whole && view.products.has(other);
}

/** Every name of every product-like entity → the entity: "DS" for the rest of "Nintendo DS". */
function indexProductNames(resolution: Resolution): Map<string, number> {
  const byName = new Map<string, number>();
  resolution.entities.forEach((entity, i) => {
    if (!PRODUCT_TYPES.has(entity.type)) return;
    for (const name of [entity.name, ...entity.aliases]) byName.set(name, i);
  });
  return byName;
}

/** "the Nintendo DS", "the BMW X5": the firm that opens a product's name PRODUCES it. */
export function relateBrandedProducts(
  contexts: readonly SentenceContext[],
  resolution: Resolution,
  view: ProductView,
): ExtractedRelation[] {
  const firms = indexFirmNames(resolution);
  if (firms.size === 0) return [];
  const productNames = indexProductNames(resolution);
  const oneWordProducts = findOneWordProducts(contexts);
  const relations: ExtractedRelation[] = [];
  for (const ctx of contexts)
    for (const unit of ctx.units) {
      if (!PRODUCT_TYPES.has(unit.type) || unit.isDemonym) continue;
      const surface = ctx.text.slice(unit.start, unit.end);
      const space = surface.indexOf(" ");
      if (space < 0) continue;
      // The maker's name is the name's first word or words: "Sony Net Minidisc" opens with "Sony".
      for (let at = space; at > 0; at = surface.indexOf(" ", at + 1)) {
        const firm = firms.get(surface.slice(0, at));
        if (firm === undefined || firm === unit.entity) continue;
        const rest = surface.slice(at + 1);
        if (!isProductRest(rest, unit.entity, view, productNames, oneWordProducts)) continue;
        relations.push(
          makeRelation(ctx, firm, unit, "PRODUCES", "name", CONFIDENCE, spanOf(ctx, unit)),
        );
        break;
      }
    }
  return relations;
}
