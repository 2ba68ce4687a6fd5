/**
 * A firm's product by its possessive when the article shows the name is a product elsewhere:
 * "Acme's Zorblat" with "the Zorblat handheld" in another sentence makes Acme PRODUCES Zorblat
 * (STATED in the possessive's sentence). The recogniser often takes a bare product name for an
 * organisation, and the possessive alone cannot tell a product from a unit or an event. A firm
 * the article also names as a brand ("earlier Nintendo handhelds") still makes its products. A
 * listed company's possessive needs no such proof when the name after it is no list's and ends
 * its noun phrase: "Sony's Vexa was delayed". A product noun the firm owns proves it too when the
 * name follows in apposition: "Acme's new handheld console, the Zorblat". A product named with its
 * maker after "from" is made by it too: "the Zorblat from Sony".
 */

import { isKnownKey } from "../3-recognize/gazetteer/gazetteer-lookups.js";
import { FIRM_TRADE_WORDS } from "../model/lexicons/firm-mention-cues.js";
import {
  FIRM_NAME_HEADS as FIRM_HEADS,
  GENERIC_HEADS,
  ORGANIZATION_HEADS,
  PLACE_HEADS,
} from "../model/lexicons/name-heads.js";
import {
  APPOSED_PRODUCT_NOUNS,
  FIRM_PART_HEADS,
  PRODUCT_HEADS,
  PRODUCT_POSSESSIVE_LEADS,
} from "../model/lexicons/product-cues.js";
import { BE_FORMS, NON_PRODUCT_TAILS } from "../model/lexicons/relation-triggers.js";
import { MODALS } from "../model/lexicons/sentence-words.js";
import { FIRM_NAME_HEADS } from "../model/lexicons/work-cues.js";
import type { ExtractedRelation } from "../types.js";
import {
  findMainSubject,
  isPossessiveMark,
  LOWER_WORD_RE,
  lowerWordsEnd,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
} from "./sentence-view.js";

/** A model number or code after a product's name: "200", "x505", "3d". */
export const MODEL_TOKEN_RE = /^[a-z]*\d[\da-z/-]*$/;
/** A model code or a measure before a product's name: "60GB", "KX-505/P", "40-inch". */
const LEAD_MODEL_TOKEN_RE = /^[a-z\d/-]*\d[a-z\d/-]*$/i;
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
export function hasProductHead(ctx: SentenceContext, unit: Unit): boolean {
  let i = unit.tokenEnd;
  if (MODEL_TOKEN_RE.test(ctx.words[i] ?? "")) i++;
  for (let k = 0; k <= MAX_DESCRIBING_WORDS; k++, i++) {
    const word = ctx.words[i] ?? "";
    if ((ctx.unitCovering[i] ?? -1) >= 0 || !LOWER_WORD_RE.test(word)) return false;
    if (PRODUCT_HEADS.has(word)) return true;
  }
  return false;
}

/** What the article shows of its names: products (a product noun follows a mention) and makers. */
export interface ProductView {
  products: Set<number>;
  /** Entities named at least once neither before a product noun nor in a possessive. */
  standalone: Set<number>;
}

/**
 * Entities the article names as products, and those it names on their own too: "Nintendo" in
 * "earlier Nintendo handhelds" is a brand, and in "Nintendo said" a firm.
 */
export function viewProducts(contexts: readonly SentenceContext[]): ProductView {
  const products = new Set<number>();
  const standalone = new Set<number>();
  for (const ctx of contexts)
    for (const unit of ctx.units) {
      if (!PRODUCT_TYPES.has(unit.type) || unit.isDemonym) continue;
      if (hasProductHead(ctx, unit)) products.add(unit.entity);
      else if (!isPossessiveMark(ctx.words[unit.tokenEnd])) standalone.add(unit.entity);
    }
  return { products, standalone };
}

/** Keys of the listed companies ("company:sony"): makers whatever the article says. */
const COMPANY_KEY_RE = /^company:/;
/** Words after a bare name that end its noun phrase: "Sony's Vexa was", "Sony's Vexa and". */
const PHRASE_END_WORDS: ReadonlySet<string> = new Set([...BE_FORMS, ...MODALS, "and", "or"]);
/** Punctuation after a name that ends its noun phrase. */
const PHRASE_END_MARK_RE = /^[,.;:!?)"]$/;

/**
 * Whether a listed company's possessive names a product by itself: "Sony's Vexa was delayed",
 * "Apple's Quill and the Palm". The name is no list's (a firm, a place), carries no head of a
 * body, a place, a firm or a unit ("Sony's Columbia Pictures", "Sony's Tokyo Office") and ends
 * its noun phrase ("Sony's Vexa division" is a unit).
 */
function isBareProduct(
  ctx: SentenceContext,
  firm: Unit,
  product: Unit,
  keys: readonly string[],
): boolean {
  if (!COMPANY_KEY_RE.test(keys[firm.entity] ?? "") || product.isDemonym) return false;
  if (!PRODUCT_TYPES.has(product.type) || isKnownKey(keys[product.entity] ?? "")) return false;
  const head = ctx.sentence.tokens[product.tokenEnd - 1]?.text ?? "";
  const heads = [
    ORGANIZATION_HEADS,
    PLACE_HEADS,
    GENERIC_HEADS,
    FIRM_HEADS,
    FIRM_NAME_HEADS,
    FIRM_TRADE_WORDS,
    FIRM_PART_HEADS,
  ];
  if (heads.some((words) => words.has(head))) return false;
  // "Sony's Vexa Server division": the recogniser took the unit's noun into the name.
  if (NON_PRODUCT_TAILS.has(head.toLowerCase())) return false;
  const next = ctx.words[product.tokenEnd] ?? ".";
  return PHRASE_END_MARK_RE.test(next) || PHRASE_END_WORDS.has(next) || PRODUCT_HEADS.has(next);
}

/** A variant's letters after a model code's slash: the "P" of "KX-505/P". */
const MODEL_VARIANT_RE = /^[a-z\d]{1,3}$/i;

/**
 * Where a model code or a measure outside any name that starts at token `at` ends ("60GB",
 * "KX-505/P"); `at` itself when there is none.
 */
function leadModelEnd(ctx: SentenceContext, at: number): number {
  if ((ctx.unitCovering[at] ?? 0) >= 0 || !LEAD_MODEL_TOKEN_RE.test(ctx.words[at] ?? "")) return at;
  const variant = ctx.words[at + 2] ?? "";
  return ctx.words[at + 1] === "/" && MODEL_VARIANT_RE.test(variant) ? at + 3 : at + 1;
}

/** "Acme's Zorblat", "Acme's new Zorblat": the firm before a possessive and the product after. */
function relatePossessedProducts(
  ctx: SentenceContext,
  view: ProductView,
  keys: readonly string[],
): ExtractedRelation[] {
  const { products, standalone } = view;
  const relations: ExtractedRelation[] = [];
  for (const firm of ctx.units) {
    if (firm.type !== "ORGANIZATION" || firm.isDemonym) continue;
    // "Zorblat's Vexa": a name only ever seen before a product noun is a product, not its maker.
    if (products.has(firm.entity) && !standalone.has(firm.entity)) continue;
    if (!isPossessiveMark(ctx.words[firm.tokenEnd])) continue;
    let at = firm.tokenEnd + 1;
    if (PRODUCT_POSSESSIVE_LEADS.has(ctx.words[at] ?? "")) at++;
    // "Acme's 60GB Zorblat", "Acme's KX-505/P Vexa laptop": a model or a size before the name.
    at = leadModelEnd(ctx, at);
    const product = ctx.units[ctx.unitStartingAt[at] ?? -1];
    if (!product || product.entity === firm.entity) continue;
    if (!products.has(product.entity) && !isBareProduct(ctx, firm, product, keys)) continue;
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

/** Most lower-case words from a possessive to the product noun an apposition names: "new portable games device". */
const MAX_APPOSED_WORDS = 4;

/**
 * The firm owning the noun phrase after token `at`: the name before a possessive mark there, or
 * for "its" the firm the sentence is about ("Acme is updating its operating system, Vexa").
 */
function possessingFirm(ctx: SentenceContext, at: number): Unit | undefined {
  const word = ctx.words[at];
  let firm: Unit | undefined;
  if (word === "its") firm = findMainSubject(ctx);
  else if (isPossessiveMark(word)) firm = ctx.units[ctx.unitCovering[at - 1] ?? -1];
  if (!firm || firm.type !== "ORGANIZATION" || firm.isDemonym || firm.tokenEnd > at)
    return undefined;
  return word === "its" || firm.tokenEnd === at ? firm : undefined;
}

/**
 * "Acme's new handheld console, the Zorblat", "its operating system, Vexa": a firm's product noun,
 * then the product's name in apposition, ending its phrase ("Acme's new phone, Tom Hale said" names
 * a speaker, whom the product types leave out).
 */
function relateApposedProducts(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (let i = 0; i < ctx.words.length; i++) {
    const firm = possessingFirm(ctx, i);
    if (!firm) continue;
    const end = lowerWordsEnd(ctx, i + 1, MAX_APPOSED_WORDS);
    const noun = ctx.words[end - 1] ?? "";
    if (end === i + 1 || ctx.words[end] !== ",") continue;
    if (!PRODUCT_HEADS.has(noun) && !APPOSED_PRODUCT_NOUNS.has(noun)) continue;
    const at = ctx.words[end + 1] === "the" ? end + 2 : end + 1;
    const product = ctx.units[ctx.unitStartingAt[at] ?? -1];
    if (!product || product.entity === firm.entity || product.isDemonym) continue;
    if (!PRODUCT_TYPES.has(product.type)) continue;
    const next = ctx.words[product.tokenEnd] ?? ".";
    if (!PHRASE_END_MARK_RE.test(next) && !PHRASE_END_WORDS.has(next)) continue;
    relations.push(
      makeRelation(ctx, firm, product, "PRODUCES", noun, CONFIDENCE, spanOf(ctx, firm, product)),
    );
  }
  return relations;
}

/**
 * "the Zorblat from Sony.", "Fans want the Vexa from Acme and its rivals": a product named with its
 * maker after "from". The product is one the article shows with a product noun, or a thing's name
 * with a listed company; the maker's name ends its phrase ("from Sony's shops" is a place, "from
 * Sony to Acme" a move).
 */
function relateProductsFrom(
  ctx: SentenceContext,
  products: ReadonlySet<number>,
  keys: readonly string[],
): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (const product of ctx.units) {
    if (ctx.words[product.tokenEnd] !== "from" || product.isDemonym) continue;
    const firm = ctx.units[ctx.unitStartingAt[product.tokenEnd + 1] ?? -1];
    if (!firm || firm.type !== "ORGANIZATION" || firm.isDemonym) continue;
    if (firm.entity === product.entity) continue;
    const listed = COMPANY_KEY_RE.test(keys[firm.entity] ?? "");
    if (!products.has(product.entity) && !(listed && product.type === "OTHER")) continue;
    const next = ctx.words[firm.tokenEnd] ?? ".";
    if (!PHRASE_END_MARK_RE.test(next) && next !== "and") continue;
    relations.push(
      makeRelation(ctx, firm, product, "PRODUCES", "from", CONFIDENCE, spanOf(ctx, firm, product)),
    );
  }
  return relations;
}

/** The products an article's firms are said to make through possessives. */
export function relateProductPossessives(
  contexts: readonly SentenceContext[],
  keys: readonly string[],
  view: ProductView = viewProducts(contexts),
): ExtractedRelation[] {
  return contexts.flatMap((ctx) => [
    ...relatePossessedProducts(ctx, view, keys),
    ...relateApposedProducts(ctx),
    ...relateProductsFrom(ctx, view.products, keys),
  ]);
}
