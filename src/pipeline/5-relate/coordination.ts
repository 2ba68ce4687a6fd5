/** Coordination: "the AUKUS pact between the US, United Kingdom and Australia", "NATO members such as Britain…". */

import { FORMER_ATTRIBUTE } from "../../domain/vocabulary.js";
import {
  AGREEMENT_NOUNS,
  BAND_ROLES,
  BE_WORDS,
  GROUP_NOUNS,
  MEMBER_NOUNS,
  PERFECT_AUXILIARIES,
} from "../model/lexicons/coordination-cues.js";
import { DETERMINERS } from "../model/lexicons/sentence-words.js";
import type { ExtractedRelation } from "../types.js";
import { bandNounEnd } from "./band-memberships.js";
import { isFormerWord } from "./former-roles.js";
import {
  AGENT_TYPES,
  coordinatedBefore,
  coordinatedFrom,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
  unitAfter,
} from "./sentence-view.js";

/** Words after an agreement that introduce its parties. */
const PARTIES_INTRODUCERS: ReadonlySet<string> = new Set(["between", "among", "with"]);

const LIST_INTRODUCERS: ReadonlySet<string> = new Set(["such", "including", "like", ",", "—", ":"]);

function partiesAfter(ctx: SentenceContext, at: number): Unit[] {
  if (!PARTIES_INTRODUCERS.has(ctx.words[at] ?? "")) return [];
  const first = unitAfter(ctx, at + 1, DETERMINERS, 1);
  if (!first || !AGENT_TYPES.has(first.type) || first.isDemonym) return [];
  return coordinatedFrom(ctx, first).filter((unit) => !unit.isDemonym);
}

/** Relations stated by coordinated lists in one sentence. */
export function relateCoordination(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  const words = ctx.words;
  for (const unit of ctx.units) {
    // "the War of 1812 between Britain and the United States" → each took part.
    if (
      unit.type === "EVENT" &&
      (words[unit.tokenEnd] === "between" || words[unit.tokenEnd] === "among")
    ) {
      const parties = partiesAfter(ctx, unit.tokenEnd);
      if (parties.length >= 2) {
        for (const party of parties) {
          relations.push(
            makeRelation(
              ctx,
              party,
              unit,
              "PARTICIPATED_IN",
              "between",
              0.75,
              spanOf(ctx, unit, party),
            ),
          );
        }
      }
      continue;
    }
    // "Fall Out Boy bassist Pete Wentz": a band's member named by the role.
    if (unit.type === "ORGANIZATION" && BAND_ROLES.has(words[unit.tokenEnd] ?? "")) {
      const person = unitAfter(ctx, unit.tokenEnd + 1, DETERMINERS, 0);
      if (person?.type === "PERSON") {
        // "former Blur guitarist Graham Coxon": a band left, kept and marked.
        const isFormer = isFormerWord(words[unit.tokenStart - 1]);
        relations.push(
          makeRelation(
            ctx,
            person,
            unit,
            "MEMBER_OF",
            words[unit.tokenEnd] as string,
            0.75,
            spanOf(ctx, unit, person),
            isFormer ? { [FORMER_ATTRIBUTE]: "true" } : {},
          ),
        );
      }
    }
    // "Anahí and Dulce María of the Mexican pop group RBD".
    if (unit.type === "PERSON" && words[unit.tokenEnd] === "of") {
      let k = unit.tokenEnd + 1;
      let sawGroup = false;
      for (
        let steps = 0;
        steps < 5 && k < words.length && ctx.unitStartingAt[k]! < 0;
        steps++, k++
      ) {
        const covering = ctx.unitCovering[k]!;
        if (covering >= 0 && !ctx.units[covering]!.isDemonym) break;
        if (GROUP_NOUNS.has(words[k]!)) sawGroup = true;
      }
      const group = sawGroup ? unitAfter(ctx, k, DETERMINERS, 0) : undefined;
      if (group?.type === "ORGANIZATION") {
        for (const member of coordinatedBefore(ctx, unit)) {
          relations.push(
            makeRelation(ctx, member, group, "MEMBER_OF", "of", 0.75, spanOf(ctx, member, group)),
          );
        }
      }
    }
    // "the AUKUS pact between the US, United Kingdom and Australia" → PARTY_TO each.
    if (unit.type === "AGREEMENT") {
      const parties = partiesAfter(ctx, unit.tokenEnd);
      if (parties.length >= 2 || (parties.length === 1 && words[unit.tokenEnd] === "between")) {
        for (const party of parties) {
          const predicate = `${ctx.sentence.tokens[unit.tokenEnd]!.text}`;
          relations.push(
            makeRelation(ctx, party, unit, "PARTY_TO", predicate, 0.8, spanOf(ctx, unit, party)),
          );
        }
      }
      continue;
    }
    if (unit.type !== "ORGANIZATION") continue;
    let at = unit.tokenEnd;
    // "the AUKUS pact …" typed as an organisation followed by "pact": the same reading.
    if (AGREEMENT_NOUNS.has(words[at] ?? "")) {
      const parties = partiesAfter(ctx, at + 1);
      if (parties.length >= 2) {
        for (const party of parties) {
          relations.push(
            makeRelation(
              ctx,
              party,
              unit,
              "PARTY_TO",
              words[at + 1]!,
              0.75,
              spanOf(ctx, unit, party),
            ),
          );
        }
      }
      continue;
    }
    if (isPossessiveAt(ctx, at)) continue;
    // "NATO members such as Britain, France and Germany"; "NATO member Turkey".
    if (MEMBER_NOUNS.has(words[at] ?? "")) {
      const noun = at;
      at += 1;
      if (words[at] === "such" && words[at + 1] === "as") at += 2;
      else if (LIST_INTRODUCERS.has(words[at] ?? "")) at += 1;
      else if (words[noun] !== "member") continue;
      const first = unitAfter(ctx, at, DETERMINERS, 1);
      if (!first || !AGENT_TYPES.has(first.type) || first.isDemonym) continue;
      for (const member of coordinatedFrom(ctx, first)) {
        const predicate = ctx.sentence.tokens
          .slice(noun, at)
          .map((token) => token.text)
          .join(" ");
        relations.push(
          makeRelation(ctx, member, unit, "MEMBER_OF", predicate, 0.8, spanOf(ctx, unit, member)),
        );
      }
    }
  }
  // "Britain, France and Germany are members of NATO"; "Finland, a member of the EU".
  for (let i = 0; i + 2 < words.length; i++) {
    const word = words[i]!;
    if (word !== "member" && word !== "members") continue;
    if (words[i + 1] !== "of") continue;
    // "a member of rap group Tru", "of the band Quillmoor": a band's noun before its name.
    const band = bandNounEnd(ctx, i + 2);
    const org = unitAfter(ctx, band < 0 ? i + 2 : band, DETERMINERS, 1);
    if (!org || org.type !== "ORGANIZATION") continue;
    let j = i - 1;
    // "a former member of": a past place, kept and marked.
    let isFormer = false;
    while (
      j >= 0 &&
      (DETERMINERS.has(words[j]!) ||
        words[j] === "founding" ||
        words[j] === "full" ||
        isFormerWord(words[j]))
    ) {
      if (isFormerWord(words[j])) isFormer = true;
      j--;
    }
    if (!BE_WORDS.has(words[j] ?? "") && words[j] !== ",") continue;
    // "has been a member of": the auxiliary stands between the subject and "been".
    const k = words[j] === "been" && PERFECT_AUXILIARIES.has(words[j - 1] ?? "") ? j - 2 : j - 1;
    const index = k >= 0 ? ctx.unitCovering[k]! : -1;
    if (index < 0) continue;
    const last = ctx.units[index]!;
    if (!AGENT_TYPES.has(last.type) || last.isDemonym) continue;
    const members = words[j] === "," ? [last] : coordinatedBefore(ctx, last);
    for (const member of members) {
      relations.push(
        makeRelation(
          ctx,
          member,
          org,
          "MEMBER_OF",
          "member of",
          0.8,
          spanOf(ctx, member, org),
          isFormer ? { [FORMER_ATTRIBUTE]: "true" } : {},
        ),
      );
    }
  }
  return relations;
}

function isPossessiveAt(ctx: SentenceContext, at: number): boolean {
  const word = ctx.words[at];
  return word === "'s" || word === "'";
}
