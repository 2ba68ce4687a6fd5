/**
 * Products named by their maker and a model code: "a Nokia 3220 handset", "the Nintendo 64
 * classic", "the Boeing 737", "phones like the Quorbit P900". The tagger stops at the maker's name
 * (or leaves it alone), so the product is lost and its maker with it; a listed company's name and
 * a model code right after it are one thing's name. A number that counts or measures ("Nokia 2004
 * results", "Boeing 20 planes", "Sony 10 %") is no model code.
 */

import type { NerSpan, Sentence, Token } from "../types.js";
import { lookupCompany } from "./companies.js";

/**
 * A model code: two to five figures ("3220", "64", "737") or a letter or three and figures with at
 * most one letter after them ("P900", "A320", "X5", "S40", "KX-505").
 */
const MODEL_CODE_RE = /^(?:\d{2,5}|[A-Z]{1,3}-?\d{1,4}[A-Za-z]?)$/;
/** A year: "Nokia 2004" names the firm's year, not a model. */
const YEAR_RE = /^(?:19|20)\d\d$/;
/** Words after a number that make it a count or a measure: "Boeing 20 planes" aside, "Sony 10 per cent". */
const MEASURE_WORDS: ReadonlySet<string> = new Set([
  "%",
  "per",
  "percent",
  "million",
  "m",
  "bn",
  "billion",
  "times",
  "years",
  "months",
  "weeks",
  "days",
  "hours",
  "minutes",
  "points",
  "pence",
  "p",
  "cents",
  "of",
]);
/** A possessive ending the maker's token: "Porsche's". */
const POSSESSIVE_RE = /['’]s?$/;
/** The longest maker's name tried before a code, in tokens ("Sony Ericsson"). */
const MAX_MAKER_TOKENS = 2;

/** Whether the token at `at` is a model code, with no count or measure word after it. */
function isModelCodeAt(tokens: readonly Token[], at: number): boolean {
  const code = tokens[at]?.text ?? "";
  if (!MODEL_CODE_RE.test(code) || YEAR_RE.test(code)) return false;
  // "Nokia 3220s" aside, a lower-case word after a bare number may be what it counts.
  const next = tokens[at + 1]?.text ?? "";
  return !MEASURE_WORDS.has(next.toLowerCase());
}

/** The span of a listed maker's name and the model code after it that starts at token `at`, or undefined. */
function productAt(tokens: readonly Token[], at: number): NerSpan | undefined {
  for (let width = MAX_MAKER_TOKENS; width >= 1; width--) {
    const end = at + width;
    // The model code first: it is rare and cheap, the maker's look-up is neither.
    if (end >= tokens.length || !isModelCodeAt(tokens, end)) continue;
    const maker = tokens
      .slice(at, end)
      .map((token) => token.text)
      .join(" ");
    // "Porsche's 911": the possessive's own reading names the maker's product.
    if (POSSESSIVE_RE.test(maker) || !lookupCompany(maker)) continue;
    return { start: at, end: end + 1, label: "MISC" };
  }
  return undefined;
}

/**
 * The sentence's spans with each listed maker's name and the model code after it as one thing's
 * span (MISC) over the spans it overlaps: "a Nokia 3220 handset" is the handset's name.
 */
export function withModelNumberedProducts(sentence: Sentence, spans: NerSpan[]): NerSpan[] {
  const products: NerSpan[] = [];
  for (let at = 0; at < sentence.tokens.length; at++) {
    const product = productAt(sentence.tokens, at);
    if (!product) continue;
    // "the Super Nintendo 64": a span that starts before the maker names something else.
    if (spans.some((span) => span.start < at && span.end > at)) continue;
    products.push(product);
    at = product.end - 1;
  }
  if (products.length === 0) return spans;
  const kept = spans.filter((span) =>
    products.every((product) => span.end <= product.start || span.start >= product.end),
  );
  return [...kept, ...products].sort((a, b) => a.start - b.start);
}
