/** The closed vocabularies of the knowledge graph, shared by the pipeline, the database and the API. */

/** The entity types of the knowledge graph (mirrors the GraphQL `EntityType` enum). */
export const ENTITY_TYPES = [
  "PERSON",
  "COUNTRY",
  "PLACE",
  "ORGANIZATION",
  "AGREEMENT",
  "EVENT",
  "OTHER",
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/**
 * The closed relation vocabulary (mirrors the GraphQL `RelationType` enum). Directions of the
 * entertainment, tech and business types: APPEARS_IN person → work they act, star or perform in;
 * CREATED person or organisation → work (directed, wrote, composed, developed); WON winner (person,
 * organisation or work) → award, prize or title; PRODUCES organisation → product or work it makes,
 * publishes or sells; NOMINATED_FOR nominee (person, organisation or work) → award they are up for;
 * OWNS owner (person or organisation) → the club, team, newspaper, company or property it owns
 * outright (not a stake; a firm that owns a firm keeps PART_OF, the part → its parent).
 */
export const RELATION_TYPES = [
  "LEADER_OF",
  "HOLDS_POSITION",
  "MEMBER_OF",
  "PARTY_TO",
  "MET_WITH",
  "VISITED",
  "SUPPORTS",
  "OPPOSES",
  "CRITICIZES",
  "ACCUSES",
  "SANCTIONS",
  "COOPERATES_WITH",
  "ATTACKED",
  "IN_CONFLICT_WITH",
  "NEGOTIATES_WITH",
  "PROPOSED",
  "CITIZEN_OF",
  "BASED_IN",
  "LOCATED_IN",
  "PART_OF",
  "CAPITAL_OF",
  "PARTICIPATED_IN",
  "PLAYS_FOR",
  "COACHES",
  "WORKS_FOR",
  "FOUNDED",
  "ACQUIRED",
  "DEFEATED",
  "APPEARS_IN",
  "CREATED",
  "WON",
  "PRODUCES",
  "NOMINATED_FOR",
  "OWNS",
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Relations that read the same both ways; stored once with the lower entity id as subject. */
export const SYMMETRIC_RELATION_TYPES: ReadonlySet<RelationType> = new Set<RelationType>([
  "MET_WITH",
  "COOPERATES_WITH",
  "IN_CONFLICT_WITH",
  "NEGOTIATES_WITH",
]);

/**
 * The key of one fact between two entities: its ends and type, a symmetric fact's ends in either
 * order alike. The store keeps one relation per key and article, with a row per backing sentence.
 */
export function relationFactKey(type: RelationType, subject: number, object: number): string {
  const [a, b] =
    SYMMETRIC_RELATION_TYPES.has(type) && subject > object ? [object, subject] : [subject, object];
  return `${a}:${b}:${type}`;
}

/**
 * The attribute of a role the article says was held, not that it is ("former WorldCom boss
 * Bernie Ebbers", "Ex-Arsenal manager X"): `former: "true"` on the relation.
 */
export const FORMER_ATTRIBUTE = "former";

/** Whether a relation's attributes mark its role as held in the past, not now. */
export function isFormer(relation: { attributes: Readonly<Record<string, unknown>> }): boolean {
  return relation.attributes[FORMER_ATTRIBUTE] === "true";
}

/**
 * The attributes of several readings of one fact together: a later reading's keys win, but the
 * role stays former only when every reading says so (one reading of it as held today settles it,
 * in whatever order the readings come).
 */
export function mergeRelationAttributes(
  readings: readonly Readonly<Record<string, unknown>>[],
): Record<string, unknown> {
  const merged: Record<string, unknown> = Object.assign({}, ...readings);
  if (!readings.every((attributes) => isFormer({ attributes }))) delete merged[FORMER_ATTRIBUTE];
  return merged;
}

/** What a person may be to an organisation: the role relations (one stated role settles it). */
export const ROLE_RELATION_TYPES: ReadonlySet<RelationType> = new Set<RelationType>([
  "LEADER_OF",
  "HOLDS_POSITION",
  "WORKS_FOR",
  "MEMBER_OF",
  "PLAYS_FOR",
  "COACHES",
]);

/**
 * How a relation was read, strongest first: a sentence STATED it, the model INFERRED it across
 * sentences, or a gazetteer holds it as KNOWLEDGE. A relation takes the strongest over its evidence.
 */
export const RELATION_PROVENANCES = ["STATED", "INFERRED", "KNOWLEDGE"] as const;
export type RelationProvenance = (typeof RELATION_PROVENANCES)[number];
