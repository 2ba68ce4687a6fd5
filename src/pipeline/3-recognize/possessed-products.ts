/**
 * Products the tagger took for an organisation when their firm owns them and a product noun
 * follows: "Samsung's Yepp YH-999 video jukebox", "Orbis Pharma's Vexal mouth spray". A name right
 * after a firm's possessive (or "its"), then at most a model code and one lower-case word, then a
 * product noun heading the phrase, is the product (OTHER) in every mention of the article, its
 * maker's name before it or not ("Nintendo DS" of "its DS handheld"); so the
 * firm PRODUCES it, and it is based nowhere. A name a gazetteer lists keeps its type ("Deutsche
 * Telekom's T-Mobile phones" names the operator), and so does a firm's part ("Acme's Vexal unit").
 */

import { PRODUCT_HEADS } from "../model/lexicons/product-cues.js";
import type { Sentence, Token } from "../types.js";
import type { Candidate } from "./candidate.js";

/** The owner's mark before the product: "Samsung's", "Reuters'", "its". */
const OWNER_MARKS: ReadonlySet<string> = new Set(["'s", "'", "’s", "’"]);
const OWN_PRONOUN = "its";
/** Nouns of goods beyond the product heads: a drug and its forms, a drink, a music box. */
const GOODS_NOUNS: ReadonlySet<string> = new Set([
  "drug",
  "drugs",
  "spray",
  "pill",
  "pills",
  "tablet",
  "vaccine",
  "jukebox",
  "vodka",
  "whisky",
  "lager",
  "beer",
  "rum",
]);
/** "YH-999", "UX50", "2": a model code after a product's name. */
const MODEL_CODE_RE = /^(?=.*\d)[A-Z0-9][A-Z0-9-]*$/;
/** Most lower-case words between the name (and its code) and the product noun: "video", "mouth". */
const MAX_LEAD_WORDS = 1;
/**
 * A lower-case word ending in "s" before the product noun is a verb as often as not ("Acme's
 * Vexa makes phones": Vexa may be a unit); only these plurals qualify a product noun.
 */
const PLURAL_LEADS: ReadonlySet<string> = new Set(["games"]);
/** Words after a product noun that make it a qualifier of a firm or its trade: "Vexa phone maker". */
const QUALIFIED_HEADS: ReadonlySet<string> = new Set([
  "maker",
  "makers",
  "manufacturer",
  "manufacturers",
  "firm",
  "company",
  "division",
  "unit",
  "arm",
  "business",
  "market",
  "plant",
  "factory",
  "patent",
  "patents",
]);
const LOWER_RE = /^\p{Ll}[\p{Ll}-]*$/u;

/** Whether the candidate stands right after its owner's mark, the owner a named firm or "its". */
function isOwned(candidate: Candidate, tokens: readonly Token[], owners: readonly Candidate[]) {
  const mark = tokens[candidate.tokenStart - 1]?.text ?? "";
  if (mark === OWN_PRONOUN) return true;
  if (!OWNER_MARKS.has(mark)) return false;
  return owners.some(
    (owner) =>
      owner.sentenceIndex === candidate.sentenceIndex &&
      owner.tokenEnd === candidate.tokenStart - 1 &&
      owner.type === "ORGANIZATION",
  );
}

/** Whether a product noun heads the phrase after the candidate: "YH-999 video jukebox", "mouth spray". */
function hasProductNounAfter(candidate: Candidate, tokens: readonly Token[]): boolean {
  let at = candidate.tokenEnd;
  if (MODEL_CODE_RE.test(tokens[at]?.text ?? "")) at++;
  for (let lead = 0; lead <= MAX_LEAD_WORDS; lead++, at++) {
    const word = tokens[at]?.text ?? "";
    if (!LOWER_RE.test(word)) return false;
    if (PRODUCT_HEADS.has(word) || GOODS_NOUNS.has(word)) {
      // "Vexal phone maker": the noun only qualifies the phrase's head.
      return !QUALIFIED_HEADS.has(tokens[at + 1]?.text ?? "");
    }
    if (word.endsWith("s") && !PLURAL_LEADS.has(word)) return false;
  }
  return false;
}

/** Retypes as OTHER each unlisted organisation a firm's possessive and a product noun show to be its product. */
export function retypePossessedProducts(
  sentences: readonly Sentence[],
  candidates: readonly Candidate[],
): void {
  const products = new Set<string>();
  for (const candidate of candidates) {
    if (candidate.type !== "ORGANIZATION" || candidate.key !== undefined) continue;
    const tokens = sentences[candidate.sentenceIndex]?.tokens ?? [];
    if (isOwned(candidate, tokens, candidates) && hasProductNounAfter(candidate, tokens))
      products.add(candidate.surface);
  }
  if (products.size === 0) return;
  for (const candidate of candidates)
    if (
      candidate.type === "ORGANIZATION" &&
      candidate.key === undefined &&
      namesProduct(candidate.surface, products)
    )
      candidate.type = "OTHER";
}

/** Whether a surface names a product: "DS", or "Nintendo DS" with its maker's name before it. */
function namesProduct(surface: string, products: ReadonlySet<string>): boolean {
  if (products.has(surface)) return true;
  const space = surface.indexOf(" ");
  return space > 0 && products.has(surface.slice(space + 1));
}
