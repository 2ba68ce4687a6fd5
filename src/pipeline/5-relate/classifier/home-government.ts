/**
 * The country whose government a story covers, and the people it shows in that government or its
 * parties: their nationality is that country, whatever other country the story is about.
 */
import { findEntryByKey } from "../../3-recognize/gazetteer/gazetteer-lookups.js";
import { HOME_GOVERNMENT_TITLES, HOME_TITLE_ROLES } from "../../model/lexicons/titles-of-office.js";
import { PARTY_SURFACE } from "../../model/news-roles.js";
import type { ExtractedRelation } from "../../types.js";
import { governmentCountryKey } from "../government-country.js";
import type { DocumentView } from "./candidates.js";

/** Relations that give a person a part in a body: a party's member, leader or spokesman. */
const PARTY_ROLES: ReadonlySet<string> = new Set([
  "LEADER_OF",
  "HOLDS_POSITION",
  "WORKS_FOR",
  "MEMBER_OF",
]);

/**
 * The story's government country key (government-country.ts): "Democratic Party" misread as the
 * American one in a story of British politics names no American government.
 */
export function governmentCountry(view: DocumentView): string | undefined {
  return governmentCountryKey(
    view.byEntity.flatMap((mentions, entity) =>
      mentions.map((mention) => ({
        key: view.keys[entity]!,
        type: view.types[entity]!,
        isMetonymy: mention.isMetonymy,
      })),
    ),
  );
}

/**
 * People the story puts in its government or its parties, with the government's country key: a
 * bare home title ("Foreign Secretary Jack Straw", "former education secretary Estelle Morris",
 * "Chancellor Gordon Brown" in a British story) or a role the rules give them in a party ("Lib
 * Dem leader Charles Kennedy"). A title naming a country of its own ("Iraqi Prime Minister") does
 * not count; nor does a party's gazetteer country alone ("Labour Party" names parties of several
 * countries).
 */
export function findHomeFigures(
  view: DocumentView,
  rules: readonly ExtractedRelation[],
  government: string | undefined,
): Map<number, string> {
  const figures = new Map<number, string>();
  if (government === undefined) return figures;
  for (const rule of rules) {
    if (!PARTY_ROLES.has(rule.type) || view.types[rule.subject] !== "PERSON") continue;
    const isParty =
      findEntryByKey(view.keys[rule.object] ?? "")?.kind === "party" ||
      PARTY_SURFACE.test(view.names[rule.object] ?? "");
    if (isParty) figures.set(rule.subject, government);
  }
  view.byEntity.forEach((mentions, entity) => {
    if (view.types[entity] !== "PERSON" || figures.has(entity)) return;
    const titled = mentions.some(
      ({ title }) =>
        title !== undefined &&
        title.of === undefined &&
        (HOME_GOVERNMENT_TITLES.has(title.title) ||
          HOME_TITLE_ROLES[title.title]?.[government] !== undefined),
    );
    if (titled) figures.set(entity, government);
  });
  return figures;
}
