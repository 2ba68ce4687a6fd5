/** Organisation names that open on a place the tagger read apart from the rest of the name. */

import { ORGANIZATION_HEADS } from "../model/lexicons/name-heads.js";
import type { NerSpan, Sentence } from "../types.js";
import { lookupDemonym } from "./gazetteer/gazetteer-lookups.js";
import { lookupTitle } from "./titles.js";

/**
 * Heads that close a body's name after the place or people it belongs to: "the US District
 * Court", "the German Embassy", besides the organisation heads. Not "Government" or
 * "Parliament": "the Indian Government" is the country's own, which the country stands for.
 */
const BODY_HEADS: ReadonlySet<string> = new Set([
  ...ORGANIZATION_HEADS,
  "Court",
  "Tribunal",
  "Embassy",
  "Department",
]);

/** Lowercase words that join the capitalised words of one name: "Court of Arbitration for Sport". */
const NAME_JOINERS: ReadonlySet<string> = new Set(["of", "for", "and", "&"]);

const CAPITALISED_WORD_RE = /^\p{Lu}[\p{L}'’-]*$/u;
/** "Washington-based", "Oscar-winning": a name glued to a lowercase word. */
const LOWERCASE_COMPOUND_RE = /[-‐‑–]\p{Ll}+$/u;

/**
 * Whether a span may open a body's name: a place ("US", "New Zealand"), a one-word demonym the
 * gazetteer knows ("Greek", "Dutch") or an organisation ("House of Lords").
 */
function isNameOpener(sentence: Sentence, span: NerSpan): boolean {
  // "the Washington-based Economic Policy Institute": a compound describes the body after it.
  if (LOWERCASE_COMPOUND_RE.test(sentence.tokens[span.end - 1]?.text ?? "")) return false;
  if (span.label === "LOC" || span.label === "ORG") return true;
  return (
    span.label === "MISC" &&
    span.end - span.start === 1 &&
    lookupDemonym(sentence.tokens[span.start]?.text ?? "") !== undefined
  );
}

/**
 * "The Southeast Asia Treaty Organization" read as "Southeast Asia" and "Treaty Organization": a
 * place span right before a span that ends on an organisation's head, nothing between them, is
 * the opening of that organisation's name. The spans join into one organisation. So does a
 * one-word demonym the tagger read as MISC ("Dutch" + "Olympic Committee").
 */
export function withPlaceOpenedOrganisations(sentence: Sentence, spans: NerSpan[]): NerSpan[] {
  const out: NerSpan[] = [];
  for (const span of spans.map((each) => asDemonymOpenedBody(sentence, each))) {
    const before = out.at(-1);
    const head = sentence.tokens[span.end - 1]?.text ?? "";
    if (
      before &&
      before.label !== "ORG" &&
      before.label !== "PER" &&
      isNameOpener(sentence, before) &&
      before.end === span.start &&
      span.label !== "PER" &&
      ORGANIZATION_HEADS.has(head)
    ) {
      out[out.length - 1] = { start: before.start, end: span.end, label: "ORG" };
      continue;
    }
    out.push(span);
  }
  return withUntaggedBodyRests(sentence, out);
}

/**
 * "the Greek Olympic Committee", "the German Embassy" read as one MISC span: a demonym the
 * gazetteer knows, up to a body's head, names the body; the country's adjective is its first word.
 */
function asDemonymOpenedBody(sentence: Sentence, span: NerSpan): NerSpan {
  if (span.label !== "MISC" || span.end - span.start < 2) return span;
  const first = sentence.tokens[span.start]?.text ?? "";
  const head = sentence.tokens[span.end - 1]?.text ?? "";
  if (!BODY_HEADS.has(head) || lookupDemonym(first) === undefined) return span;
  return { ...span, label: "ORG" };
}

/**
 * "the US Anti-Doping Agency", "the New Zealand High Court", "the House of Lords Economic
 * Affairs Committee": the tagger read the place, demonym or organisation that opens a body's name
 * and left the rest, capitalised words up to a body's head, untagged; the relation then went to
 * the country. The untagged rest joins the span into one organisation. The head must close the
 * capitalised run (or a title follow it: "the British Casino Association Chairman"), so a
 * capitalised descriptor before a name ("Russian News Agency Interfax") stays apart.
 */
function withUntaggedBodyRests(sentence: Sentence, spans: NerSpan[]): NerSpan[] {
  const tokens = sentence.tokens;
  return spans.map((span, index) => {
    if (!isNameOpener(sentence, span)) return span;
    const limit = spans[index + 1]?.start ?? tokens.length;
    let headEnd = -1;
    for (let at = span.end; at < limit; at++) {
      const word = tokens[at]?.text ?? "";
      if (NAME_JOINERS.has(word)) {
        if (at === span.end || !CAPITALISED_WORD_RE.test(tokens[at + 1]?.text ?? "")) break;
        continue;
      }
      if (!CAPITALISED_WORD_RE.test(word)) break;
      if (BODY_HEADS.has(word)) headEnd = at + 1;
    }
    // A name right after the head is what a capitalised descriptor describes.
    if (headEnd < 0 || headEnd === spans[index + 1]?.start) return span;
    const next = tokens[headEnd]?.text ?? "";
    if (CAPITALISED_WORD_RE.test(next) && lookupTitle(next) === undefined) return span;
    return { start: span.start, end: headEnd, label: "ORG" as const };
  });
}
