/**
 * A firm taken up by "it" in the next sentence, for its deals: "Microsoft's security tools came
 * from acquisitions. In 2003 it bought Romanian firm Quorbit. In 2004 it bought Vexaphone." The
 * deal patterns see the pronoun as a unit of the firm, and only a takeover resting on it is kept
 * (INFERRED, with the sentence naming the firm as support): "it" stands for too many things for
 * other readings, but only a firm buys a firm. So is a product the pronoun's "its" names ("It
 * launched its DS handheld in Japan"): only a firm has a product.
 *
 * The firm is the previous sentence's subject, or the one organisation a sentence naming no
 * person names ("Growth is driven by Quorbit, the biggest maker. It bought Vexaphone in 2003.");
 * a sentence about the same "it" keeps it. The pronoun opens its sentence (after a short phrase
 * naming nothing: "In December 2004 it bought"), outside any quotation.
 */

import type { ExtractedRelation } from "../types.js";
import { relateFirmOwnership } from "./firm-ownership.js";
import { relateOwnProducts } from "./firm-patterns.js";
import { relateNewsPatterns, type StoryView } from "./news-patterns.js";
import {
  inferThroughPronoun,
  type PronounView,
  pronounUnit,
  withUnit,
} from "./pronoun-subjects.js";
import { findMainSubject, type SentenceContext, type Unit } from "./sentence-view.js";

/** "In December 2004 it bought": the longest phrase before the opening "it". */
const MAX_OPENING_WORDS = 5;
/** Quotation marks, straight or curly. */
const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', "“", "”"]);

/** A firm's unit: an organisation that is no demonym. */
function isFirm(unit: Unit | undefined): unit is Unit {
  return unit !== undefined && unit.type === "ORGANIZATION" && !unit.isDemonym;
}

/**
 * The tokens of the sentence's "it"s when one opens it (after at most a short phrase naming
 * nothing and no quotation mark), or none: "It seized the top spot when it bought…" gives both.
 */
function pronounTokens(ctx: SentenceContext): number[] {
  const opening = ctx.words.indexOf("it");
  if (opening < 0 || opening > MAX_OPENING_WORDS) return [];
  for (let i = 0; i < opening; i++)
    if (ctx.unitCovering[i]! >= 0 || QUOTE_MARKS.has(ctx.words[i]!)) return [];
  const tokens: number[] = [];
  for (let i = opening; i < ctx.words.length; i++) {
    if (QUOTE_MARKS.has(ctx.words[i]!)) break;
    if (ctx.words[i] === "it") tokens.push(i);
  }
  return tokens;
}

/**
 * The firm a sentence is about for an "it" after it: its subject, or the one organisation it
 * names when it names no person and its subject is no name ("driven by Quorbit").
 */
function topicFirm(ctx: SentenceContext): Unit | undefined {
  const subject = findMainSubject(ctx);
  if (subject) return isFirm(subject) ? subject : undefined;
  if (ctx.units.some((unit) => unit.type === "PERSON")) return undefined;
  const firms = ctx.units.filter(isFirm);
  return firms.length > 0 && firms.every((unit) => unit.entity === firms[0]!.entity)
    ? firms[0]
    : undefined;
}

/** The sentence with each of its "it"s a unit of the firm. */
function firmView(
  ctx: SentenceContext,
  tokens: readonly number[],
  named: { ctx: SentenceContext; unit: Unit },
): PronounView {
  let view = ctx;
  let first: Unit | undefined;
  for (const at of tokens) {
    const pronoun = pronounUnit(ctx, at, named.unit);
    first ??= pronoun;
    view = withUnit(view, pronoun);
  }
  return { ctx: view, pronoun: first!, named };
}

/** The takeovers an article's firms make as "it" in the sentence after they are named. */
export function relateFirmPronounDeals(
  contexts: readonly SentenceContext[],
  story: StoryView,
): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  let topic: { ctx: SentenceContext; unit: Unit } | undefined;
  for (const ctx of contexts) {
    const tokens = pronounTokens(ctx);
    // "Quorbit grew. It bought Vexaphone, which it then sold.": the sentence keeps its firm, and
    // an "it" no firm stands before leaves the next one none.
    if (tokens.length > 0) {
      if (!topic) continue;
      const firm = topic.unit.entity;
      const last = tokens.at(-1) ?? 0;
      // "Quorbit grew. It said Vexaphone would…": another firm named before an "it" may be meant.
      const before = ctx.units.some(
        (unit) => isFirm(unit) && unit.entity !== firm && unit.tokenStart < last,
      );
      if (!before) {
        const view = firmView(ctx, tokens, topic);
        const deals = [
          ...relateNewsPatterns(view.ctx, story),
          ...relateFirmOwnership(view.ctx),
        ].filter((relation) => relation.type === "ACQUIRED" && relation.subject === firm);
        // "It launched its DS handheld in Japan": the product "its" names with the pronoun as
        // subject, when the sentence naming the firm names no other ("Acme entered a market
        // Vexacorp led. It launched its DS…" may mean either).
        if (topic.ctx.units.every((unit) => !isFirm(unit) || unit.entity === firm))
          deals.push(
            ...relateOwnProducts(view.ctx, view.pronoun).filter(
              (relation) => relation.subject === firm,
            ),
          );
        relations.push(...inferThroughPronoun(view, deals));
      }
      continue;
    }
    const firm = topicFirm(ctx);
    topic = firm ? { ctx, unit: firm } : undefined;
  }
  return relations;
}
