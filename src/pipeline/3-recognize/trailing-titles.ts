/** Titles of office the tagger keeps at the end of the organisation before them. */

import { INSTITUTION_WORDS, ORGANIZATION_HEADS } from "../model/lexicons/name-heads.js";
import type { NerSpan, Sentence } from "../types.js";
import { lookupDemonym } from "./gazetteer/gazetteer-lookups.js";
import { lookupTitle } from "./titles.js";

/**
 * "a UK Independence Party MEP", "Green Party MP Jo Lane": a title right after an organisation's
 * head word is the office its holder has in that organisation, not the organisation's last word,
 * so a span that is not a person's ends before it.
 */
export function withoutTrailingTitles(sentence: Sentence, spans: NerSpan[]): NerSpan[] {
  const tokens = sentence.tokens;
  return spans.map((span) => {
    const last = span.end - 1;
    if (
      span.label === "PER" ||
      last - span.start < 2 ||
      !ORGANIZATION_HEADS.has(tokens[last - 1]?.text ?? "") ||
      lookupTitle(tokens[last]?.text ?? "") === undefined
    )
      return span;
    return { ...span, end: last };
  });
}

/** Titles a government's portfolio may stand before: "Trade and Industry Secretary", "Economy Minister". */
const PORTFOLIO_TITLES: ReadonlySet<string> = new Set(["Secretary", "Minister"]);
/** A capitalised word. */
const CAPITALISED_RE = /^\p{Lu}/u;
/** The words that join a portfolio's parts: "Culture, Media and Sport". */
const PORTFOLIO_JOINS: ReadonlySet<string> = new Set(["and", ","]);

/** Whether a span is a portfolio's parts joined by "and": capitalised words, commas, one "and" at least. */
function isPortfolio(tokens: Sentence["tokens"], span: NerSpan): boolean {
  const words = tokens.slice(span.start, span.end).map((token) => token.text);
  return (
    words.includes("and") &&
    words.every(
      (word) =>
        PORTFOLIO_JOINS.has(word) || (CAPITALISED_RE.test(word) && !ORGANIZATION_HEADS.has(word)),
    )
  );
}

/**
 * "Irish Health Minister Mary Harney": a demonym and a portfolio's words only (no body's head),
 * before a minister's title and name, are the holder's nationality and the title's words.
 */
function isDemonymPortfolio(tokens: Sentence["tokens"], span: NerSpan): boolean {
  const words = tokens.slice(span.start, span.end).map((token) => token.text);
  return (
    words.length >= 2 &&
    lookupDemonym(words[0] ?? "") !== undefined &&
    words.slice(1).every((word) => INSTITUTION_WORDS.has(word) && !ORGANIZATION_HEADS.has(word))
  );
}

/**
 * "by the Trade and Industry Secretary Patricia Hewitt": the portfolio the tagger reads as an
 * organisation before a minister's title and name is the title's own words, no body's name; a
 * demonym opening it ("Irish Transport Minister") stays, as the nationality it is.
 */
export function withoutPortfolios(sentence: Sentence, spans: NerSpan[]): NerSpan[] {
  const tokens = sentence.tokens;
  return spans.flatMap((span): NerSpan[] => {
    const title = tokens[span.end]?.text ?? "";
    if (
      span.label === "PER" ||
      !CAPITALISED_RE.test(title) ||
      !PORTFOLIO_TITLES.has(lookupTitle(title)?.title ?? "") ||
      !CAPITALISED_RE.test(tokens[span.end + 1]?.text ?? "")
    )
      return [span];
    if (isDemonymPortfolio(tokens, span))
      return [{ start: span.start, end: span.start + 1, label: "MISC" }];
    return isPortfolio(tokens, span) ? [] : [span];
  });
}
