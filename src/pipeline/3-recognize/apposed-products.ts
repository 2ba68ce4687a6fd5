/**
 * Products the tagger took for a person when a firm's product noun sets them off: "Microsoft is
 * updating its operating system, Windows, this year". A one-word name right after the comma of
 * a noun phrase opened by "its" or a possessive and headed by a product noun, the phrase closing
 * after it, is the product (OTHER) in every mention of the article. A calling ("its chief
 * executive, Hale,") or a speaker's words after it ("its new phone, Hale said") keep the person.
 */

import { APPOSED_PRODUCT_NOUNS, PRODUCT_HEADS } from "../model/lexicons/product-cues.js";
import type { Sentence } from "../types.js";
import type { Candidate } from "./candidate.js";

/** Owners that open the product's noun phrase: "its operating system", "Sony's new console". */
const OWNER_WORDS: ReadonlySet<string> = new Set(["its", "'s", "'", "’s", "’"]);
/** What closes the apposition after the name: "…system, Windows, this year", "…console, Vexa.". */
const CLOSERS: ReadonlySet<string> = new Set([",", ".", ";", ")"]);
/** Most lower-case words between the owner and the product noun: "new operating system". */
const MAX_PHRASE_WORDS = 4;
const LOWER_RE = /^\p{Ll}/u;

/** Whether the one-word candidate stands apposed to a firm's product noun. */
function isApposedProduct(candidate: Candidate, tokens: Sentence["tokens"]): boolean {
  const { tokenStart: start, tokenEnd: end } = candidate;
  if (end - start !== 1 || tokens[start - 1]?.text !== ",") return false;
  const noun = tokens[start - 2]?.text ?? "";
  if (!PRODUCT_HEADS.has(noun) && !APPOSED_PRODUCT_NOUNS.has(noun)) return false;
  if (!CLOSERS.has(tokens[end]?.text ?? ".")) return false;
  for (let at = start - 3; at >= Math.max(0, start - 3 - MAX_PHRASE_WORDS); at--) {
    const word = tokens[at]?.text ?? "";
    if (OWNER_WORDS.has(word)) return true;
    if (!LOWER_RE.test(word)) return false;
  }
  return false;
}

/** Retypes as OTHER each one-word name the tagger made a person that a firm's product noun sets off. */
export function retypeApposedProducts(
  sentences: readonly Sentence[],
  candidates: readonly Candidate[],
): void {
  const products = new Set<string>();
  for (const candidate of candidates) {
    if (candidate.type !== "PERSON" || candidate.source !== "tagger" || candidate.title) continue;
    const tokens = sentences[candidate.sentenceIndex]?.tokens ?? [];
    if (isApposedProduct(candidate, tokens)) products.add(candidate.surface);
  }
  if (products.size === 0) return;
  // A name the article also gives a title is a person after all.
  for (const candidate of candidates)
    if (candidate.type === "PERSON" && candidate.title) products.delete(candidate.surface);
  for (const candidate of candidates)
    if (
      candidate.type === "PERSON" &&
      candidate.source === "tagger" &&
      products.has(candidate.surface)
    )
      candidate.type = "OTHER";
}
