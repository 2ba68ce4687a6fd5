/**
 * One nationality per person and article where the relation model is all that gives another: its
 * guesses come from the countries a story names around a person ("Tony Blair is pressing the US",
 * "Princess Marguerite of Romania" beside a British politician), so a second country it gives
 * someone the article already gives a country is mostly the story's topic, not a passport.
 */
import type { EntityType } from "../../domain/vocabulary.js";
import type { ExtractedRelation } from "../types.js";

/** Offices that make their holder a national of the country ("Prime Minister of Britain"). */
const OFFICE_TYPES: ReadonlySet<string> = new Set(["LEADER_OF", "HOLDS_POSITION"]);

/** Whether the relation model alone gave a relation (a rule's and an inference's say so otherwise). */
function isModelGuess(relation: ExtractedRelation): boolean {
  return relation.attributes.model !== undefined;
}

/** A person's nationality to a country: the relations this pass weighs against each other. */
function isPersonsNationality(relation: ExtractedRelation, types: readonly EntityType[]): boolean {
  return (
    relation.type === "CITIZEN_OF" &&
    types[relation.subject] === "PERSON" &&
    types[relation.object] === "COUNTRY"
  );
}

/**
 * The relations without the model's nationalities of a person that another, better-founded one
 * contradicts, decided per person: a country the person holds an office of (stated, inferred or
 * from world knowledge) or a rule reads as theirs ("the Kenyan runner X") rules out the model's
 * other countries; failing both, the model's most confident country stays (ties all kept).
 * A rule's two nationalities ("British-born American actor X") both stay; so does everything else.
 */
export function dropContradictedNationalities(
  relations: readonly ExtractedRelation[],
  types: readonly EntityType[],
): ExtractedRelation[] {
  // Per person: the countries an office or a rule gives them.
  const founded = new Map<number, Set<number>>();
  const bestGuess = new Map<number, number>();
  for (const relation of relations) {
    if (OFFICE_TYPES.has(relation.type) && types[relation.object] === "COUNTRY") {
      addTo(founded, relation.subject, relation.object);
      continue;
    }
    if (!isPersonsNationality(relation, types)) continue;
    if (!isModelGuess(relation)) addTo(founded, relation.subject, relation.object);
    else
      bestGuess.set(
        relation.subject,
        Math.max(bestGuess.get(relation.subject) ?? 0, relation.confidence),
      );
  }
  return relations.filter((relation) => {
    if (!isPersonsNationality(relation, types) || !isModelGuess(relation)) return true;
    const countries = founded.get(relation.subject);
    if (countries !== undefined) return countries.has(relation.object);
    return relation.confidence >= (bestGuess.get(relation.subject) ?? 0);
  });
}

function addTo(map: Map<number, Set<number>>, key: number, value: number): void {
  const set = map.get(key) ?? new Set<number>();
  set.add(value);
  map.set(key, set);
}
