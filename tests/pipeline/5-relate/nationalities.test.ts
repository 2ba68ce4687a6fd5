import { describe, expect, it } from "vitest";
import type { EntityType, RelationType } from "../../../src/domain/vocabulary.js";
import { dropContradictedNationalities } from "../../../src/pipeline/5-relate/nationalities.js";
import type { ExtractedRelation } from "../../../src/pipeline/types.js";

/** Entities 0–1 are people, 2–4 countries, 5 an organisation. */
const TYPES: EntityType[] = ["PERSON", "PERSON", "COUNTRY", "COUNTRY", "COUNTRY", "ORGANIZATION"];
const NAMES = ["Tom Hale", "Ann Lowe", "Vandoria", "Norvia", "Estmark", "Zorvex"];

type Source = "model" | "rule" | "office" | "knowledge";

function relation(
  subject: number,
  type: RelationType,
  object: number,
  source: Source,
  confidence = 0.8,
): ExtractedRelation {
  const evidence = { sentenceIndex: 0, sentence: "", sentenceStart: 0, start: 0, end: 0 };
  const attributes: Record<string, string> =
    source === "model"
      ? { model: "relation-classifier" }
      : source === "office"
        ? { inferred: "office" }
        : {};
  return {
    subject,
    object,
    type,
    predicate: "of",
    confidence,
    attributes,
    evidence: { ...evidence, eventDate: null },
    provenance: source === "knowledge" ? "KNOWLEDGE" : source === "rule" ? "STATED" : "INFERRED",
    support: [],
  };
}

function kept(relations: ExtractedRelation[]): string[] {
  return dropContradictedNationalities(relations, TYPES)
    .map((r) => `${NAMES[r.subject]} ${r.type} ${NAMES[r.object]}`)
    .sort();
}

describe("dropContradictedNationalities", () => {
  it("drops the model's other country of a person who holds an office of one", () => {
    expect(
      kept([
        relation(0, "LEADER_OF", 2, "knowledge"),
        relation(0, "CITIZEN_OF", 2, "office"),
        relation(0, "CITIZEN_OF", 3, "model", 1),
      ]),
    ).toEqual(["Tom Hale CITIZEN_OF Vandoria", "Tom Hale LEADER_OF Vandoria"]);
  });

  it("drops the model's other country of a person a rule gives a nationality", () => {
    expect(
      kept([relation(0, "CITIZEN_OF", 2, "rule", 0.6), relation(0, "CITIZEN_OF", 3, "model", 0.9)]),
    ).toEqual(["Tom Hale CITIZEN_OF Vandoria"]);
  });

  it("keeps the model's most confident country when it alone gives several", () => {
    expect(
      kept([
        relation(0, "CITIZEN_OF", 2, "model", 0.45),
        relation(0, "CITIZEN_OF", 3, "model", 0.95),
        relation(1, "CITIZEN_OF", 2, "model", 0.7),
        relation(1, "CITIZEN_OF", 4, "model", 0.7),
      ]),
    ).toEqual([
      "Ann Lowe CITIZEN_OF Estmark",
      "Ann Lowe CITIZEN_OF Vandoria",
      "Tom Hale CITIZEN_OF Norvia",
    ]);
  });

  it("keeps a rule's two nationalities, the model's agreeing one and other people's", () => {
    expect(
      kept([
        relation(0, "CITIZEN_OF", 2, "rule"),
        relation(0, "CITIZEN_OF", 3, "rule"),
        relation(0, "CITIZEN_OF", 3, "model", 0.9),
        relation(1, "CITIZEN_OF", 4, "model", 0.3),
      ]),
    ).toEqual([
      "Ann Lowe CITIZEN_OF Estmark",
      "Tom Hale CITIZEN_OF Norvia",
      "Tom Hale CITIZEN_OF Norvia",
      "Tom Hale CITIZEN_OF Vandoria",
    ]);
  });

  it("leaves an organisation's countries and other relation types alone", () => {
    expect(
      kept([
        relation(5, "BASED_IN", 2, "rule"),
        relation(5, "BASED_IN", 3, "model", 0.9),
        relation(0, "LEADER_OF", 2, "rule"),
        relation(0, "VISITED", 3, "model"),
      ]),
    ).toEqual([
      "Tom Hale LEADER_OF Vandoria",
      "Tom Hale VISITED Norvia",
      "Zorvex BASED_IN Norvia",
      "Zorvex BASED_IN Vandoria",
    ]);
  });
});
