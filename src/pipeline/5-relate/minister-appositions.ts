/**
 * A country's minister named in apposition after the office: "Argentina's economy minister,
 * Roberto Lavagna, said", "the Turkish finance minister, Ali Babacan," → HOLDS_POSITION. The
 * heads of state and government ("Iran's president, …") are news-patterns' state offices.
 */
import {
  HOME_GOVERNMENT_TITLES,
  NOT_HELD_TITLE_LEADS,
  TITLE_ROWS,
} from "../model/lexicons/titles-of-office.js";
import type { ExtractedRelation } from "../types.js";
import {
  isPossessiveMark,
  LOWER_WORD_RE,
  makeRelation,
  type SentenceContext,
  spanOf,
} from "./sentence-view.js";

/**
 * The ministers' offices as word lists, longest first ("deputy prime minister" before
 * "minister"): the government titles that hold a post, not those that lead. Not a bare
 * "secretary", which firms and unions have as well.
 */
const MINISTER_OFFICES: readonly string[][] = TITLE_ROWS.filter(
  ([title, role]) =>
    role === "POSITION" && HOME_GOVERNMENT_TITLES.has(title) && title !== "Secretary",
)
  .flatMap(([, , variants]) => variants.split("|").map((variant) => variant.split(" ")))
  .sort((a, b) => b.length - a.length);

/** Confidence of a minister's post read from the apposition. */
const CONFIDENCE = 0.75;

/** Where the minister's office ending right before token `end` starts, or -1. */
function officeStart(ctx: SentenceContext, end: number): number {
  for (const words of MINISTER_OFFICES) {
    const start = end - words.length;
    if (start < 0 || words.some((word, k) => ctx.words[start + k] !== word)) continue;
    if (words.some((_, k) => ctx.unitCovering[start + k]! >= 0)) continue;
    return start;
  }
  return -1;
}

/**
 * "Argentina's economy minister, Roberto Lavagna", "the Turkish finance minister, Ali Babacan":
 * the country's possessive, or its demonym after "the", right before the office, and the person
 * right after the comma.
 */
export function relateMinisterAppositions(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (const person of ctx.units) {
    if (person.type !== "PERSON") continue;
    const comma = person.tokenStart - 1;
    if (comma < 2 || ctx.words[comma] !== ",") continue;
    let start = officeStart(ctx, comma);
    if (start < 1) continue;
    // "Argentina's federal economy minister": one lower-case qualifier may open the office.
    if (ctx.unitCovering[start - 1]! < 0 && !isPossessiveMark(ctx.words[start - 1])) {
      // "Iran's former oil minister, …" held the post once.
      const lead = ctx.words[start - 1]!;
      if (NOT_HELD_TITLE_LEADS.has(lead) || !LOWER_WORD_RE.test(lead)) continue;
      start--;
    }
    const possessive = isPossessiveMark(ctx.words[start - 1]);
    const end = possessive ? start - 1 : start;
    const country = ctx.units[ctx.unitCovering[end - 1] ?? -1];
    if (!country || country.type !== "COUNTRY" || country.tokenEnd !== end) continue;
    // "the Turkish finance minister": a demonym needs the article before it.
    if (!possessive && (!country.isDemonym || ctx.words[country.tokenStart - 1] !== "the"))
      continue;
    if (possessive && country.isDemonym) continue;
    relations.push(
      makeRelation(
        ctx,
        person,
        country,
        "HOLDS_POSITION",
        ctx.words.slice(start, comma).join(" "),
        CONFIDENCE,
        spanOf(ctx, country, person),
      ),
    );
  }
  return relations;
}
