/** Relations that follow from two others in the same article: a leader's citizenship, a place's country through its city. */
import {
  type EntityType,
  FORMER_ATTRIBUTE,
  type RelationType,
} from "../../../domain/vocabulary.js";
import type { ExtractedRelation } from "../../types.js";

/** An inferred relation is a little less certain than the weaker of the two it follows from. */
const INFERENCE_DISCOUNT = 0.9;

/** "Russian President Vladimir Putin" → Putin LEADER_OF Russia → Putin CITIZEN_OF Russia. */
const OFFICE_TYPES: ReadonlySet<RelationType> = new Set(["LEADER_OF", "HOLDS_POSITION"]);

/** "Rostock-based University of Rostock" in Rostock, Rostock in Germany → the university BASED_IN Germany. */
const THROUGH_PLACE: ReadonlySet<RelationType> = new Set(["BASED_IN", "LOCATED_IN"]);

function key(subject: number, type: RelationType, object: number): string {
  return `${subject}:${type}:${object}`;
}

function follow(
  first: ExtractedRelation,
  second: ExtractedRelation | undefined,
  subject: number,
  type: RelationType,
  object: number,
  rule: string,
): ExtractedRelation {
  const confidence = Math.min(first.confidence, second?.confidence ?? 1) * INFERENCE_DISCOUNT;
  // Every sentence the two cite, so the one naming the far end (a KNOWLEDGE fact's country,
  // which sits in its support) is among them; each sentence once, the evidence's not repeated.
  const cited = second
    ? [second.evidence, ...second.support, ...first.support]
    : [...first.support];
  const seen = new Set([first.evidence.sentenceIndex]);
  const support = cited.filter((row) => {
    if (seen.has(row.sentenceIndex)) return false;
    seen.add(row.sentenceIndex);
    return true;
  });
  return {
    subject,
    object,
    type,
    predicate: rule,
    confidence: Math.round(confidence * 100) / 100,
    attributes: { inferred: rule },
    evidence: { ...first.evidence },
    provenance: "INFERRED",
    support: support.slice(0, 3).map((row) => ({ ...row })),
  };
}

/** What kind of body an organisation is, for what its head is to it. */
export type BodyKind = "party" | "union" | "international" | "other";

/**
 * What the head of a body is to it besides its head: a party's leader is its member ("Tory leader
 * Michael Howard") and so is a trade union's ("Armin Schild, the leader of the IG Metall union"),
 * a firm's or an agency's head works for it ("Gazprom chief Alexei Miller");
 * the head of an international body is neither (Fifa's members are national associations).
 */
const HEAD_ALSO: Readonly<Record<BodyKind, RelationType | undefined>> = {
  party: "MEMBER_OF",
  union: "MEMBER_OF",
  international: undefined,
  other: "WORKS_FOR",
};

/**
 * The relations that follow from the article's relations (rules' and model's) and are not among
 * them yet: office holders of a country are its citizens; the head of a party is its member and
 * the head of a firm works for it; what is in a city is in the city's country (unless the model
 * gave the city that country and `isNamedElsewhere` says the subject's own name rules it out).
 */
export function inferRelations(
  relations: readonly ExtractedRelation[],
  types: readonly EntityType[],
  bodyKind: (entity: number) => BodyKind = () => "international",
  isNamedElsewhere: (subject: number, country: number) => boolean = () => false,
): ExtractedRelation[] {
  const known = new Set(relations.map((r) => key(r.subject, r.type, r.object)));
  const inferred: ExtractedRelation[] = [];
  const add = (relation: ExtractedRelation) => {
    const k = key(relation.subject, relation.type, relation.object);
    if (known.has(k) || relation.subject === relation.object) return;
    known.add(k);
    inferred.push(relation);
  };
  // A place's countries, from LOCATED_IN a COUNTRY.
  const countriesOf = new Map<number, ExtractedRelation[]>();
  for (const relation of relations) {
    if (relation.type !== "LOCATED_IN" || types[relation.object] !== "COUNTRY") continue;
    if (types[relation.subject] !== "PLACE") continue;
    const list = countriesOf.get(relation.subject) ?? [];
    list.push(relation);
    countriesOf.set(relation.subject, list);
  }
  for (const relation of relations) {
    if (OFFICE_TYPES.has(relation.type) && types[relation.object] === "COUNTRY") {
      add(follow(relation, undefined, relation.subject, "CITIZEN_OF", relation.object, "office"));
      continue;
    }
    if (relation.type === "LEADER_OF" && types[relation.object] === "ORGANIZATION") {
      const also = HEAD_ALSO[bodyKind(relation.object)];
      // One role from the head's office, never beside a role the article or the model gives.
      const hasRole = relations.some(
        (other) =>
          other.subject === relation.subject &&
          other.object === relation.object &&
          (other.type === "MEMBER_OF" || other.type === "WORKS_FOR"),
      );
      if (also && !hasRole) {
        const role = follow(relation, undefined, relation.subject, also, relation.object, "head");
        // "who had run Acme": a past head worked there then. A past party post leaves the
        // membership as it was (a former leader is a member still).
        if (also === "WORKS_FOR" && relation.attributes[FORMER_ATTRIBUTE] !== undefined)
          role.attributes[FORMER_ATTRIBUTE] = "true";
        add(role);
      }
      continue;
    }
    if (!THROUGH_PLACE.has(relation.type) || types[relation.object] !== "PLACE") continue;
    for (const country of countriesOf.get(relation.object) ?? []) {
      // "the Reebok Cardiff Cross Challenge in Bute Park": a country the model gives the park
      // is none for a body whose own name places it elsewhere (a stated country still is).
      if (country.provenance === "INFERRED" && isNamedElsewhere(relation.subject, country.object))
        continue;
      add(follow(relation, country, relation.subject, relation.type, country.object, "via place"));
    }
  }
  return inferred;
}
