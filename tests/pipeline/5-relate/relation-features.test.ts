import { describe, expect, it } from "vitest";
import { segmentText } from "../../../src/pipeline/2-segment/segment.js";
import { recognizeMentions } from "../../../src/pipeline/3-recognize/recognize.js";
import { resolveMentions } from "../../../src/pipeline/4-resolve/resolve.js";
import { buildDocumentView } from "../../../src/pipeline/5-relate/classifier/candidates.js";
import {
  addPairOnlyFeatures,
  pairOnlyFeatures,
} from "../../../src/pipeline/5-relate/classifier/features.js";
import {
  FeatureScorer,
  loadRelationModel,
  scoreFeatures,
} from "../../../src/pipeline/5-relate/classifier/model.js";
import {
  describePairs,
  indexRuleRelations,
  narrowSignature,
} from "../../../src/pipeline/5-relate/classifier/predict.js";
import { fitsSignature, relateEntities } from "../../../src/pipeline/5-relate/relate.js";

/** The classifier's features of the pair (subject, object), found by name, in `text`. */
function featuresOf(text: string, subject: string, object: string): string[] {
  const sentences = segmentText(text);
  const resolution = resolveMentions(recognizeMentions(text, sentences), sentences);
  const { relations } = relateEntities(text, sentences, resolution, { relationModel: null });
  const view = buildDocumentView(text, sentences, resolution);
  const { candidates, features } = describePairs(
    view,
    relations,
    ["LEADER_OF", "CITIZEN_OF", "WORKS_FOR"],
    narrowSignature(fitsSignature),
  );
  const index = candidates.findIndex(
    (c) => view.names[c.subject] === subject && view.names[c.object] === object,
  );
  expect(index, `no candidate ${subject} → ${object}`).toBeGreaterThanOrEqual(0);
  return features[index]!;
}

describe("relation features: office words that join a pair", () => {
  // [text written for this test, subject, object, a feature the pair must have]
  const rows: [text: string, subject: string, object: string, feature: string][] = [
    // An office between them, whatever the words around it.
    [
      "Norway's outgoing Prime Minister, Erna Solberg, spoke on Monday.",
      "Erna Solberg",
      "Norway",
      "L:btitle=LEADER",
    ],
    ["Anna Berg, a minister in Norway, resigned.", "Anna Berg", "Norway", "L:btitle=POSITION"],
    // The office right after the object: "Gazprom CEO", "Norway's president".
    [
      "Norway's president , Anna Berg , resigned.",
      "Anna Berg",
      "Norway",
      "PERSON>COUNTRY|L:otitle=LEADER:os",
    ],
    // The office right before the subject, a modifier between.
    [
      "In Norway, former President Anna Berg resigned.",
      "Anna Berg",
      "Norway",
      "PERSON>COUNTRY|L:stitle=LEADER",
    ],
  ];
  it.each(rows)("%s: %s → %s has %s", (text, subject, object, feature) => {
    expect(featuresOf(text, subject, object)).toContain(feature);
  });

  it("reads 'prime minister' as one office, not also the lesser 'minister'", () => {
    const features = featuresOf(
      "Norway's outgoing Prime Minister, Erna Solberg, spoke on Monday.",
      "Erna Solberg",
      "Norway",
    );
    expect(features).not.toContain("L:btitle=POSITION");
  });
});

describe("relation features: the scorer sums them without naming them", () => {
  // [text written for this test]: pairs in one sentence, across sentences, with titles and demonyms.
  const rows: [text: string][] = [
    ["Norway's outgoing Prime Minister, Erna Solberg, met Acme chief executive Tom Hale in Oslo."],
    ["The German carmaker Vexaphone opened a plant in Lyon. France welcomed it, said Ann Kerr."],
    ["Anna Berg, a minister in Norway, resigned. She had led the Labour Party since 2001."],
  ];
  it.each(rows)("%s", (text) => {
    const model = loadRelationModel()!;
    const sentences = segmentText(text);
    const resolution = resolveMentions(recognizeMentions(text, sentences), sentences);
    const { relations } = relateEntities(text, sentences, resolution, { relationModel: null });
    const view = buildDocumentView(text, sentences, resolution);
    const { candidates } = describePairs(
      view,
      relations,
      model.types,
      narrowSignature(fitsSignature),
    );
    expect(candidates.length).toBeGreaterThan(2);
    const ruled = indexRuleRelations(relations);
    const scorer = new FeatureScorer(model);
    for (const candidate of candidates) {
      const named = scoreFeatures(model, pairOnlyFeatures(view, candidate, ruled));
      scorer.reset();
      addPairOnlyFeatures(view, candidate, ruled, scorer);
      expect([...scorer.logits]).toEqual([...named.logits]);
      expect([...scorer.local]).toEqual([...named.local]);
    }
  });
});
