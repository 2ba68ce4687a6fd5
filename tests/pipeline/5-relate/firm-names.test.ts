import { describe, expect, it } from "vitest";
import { segmentText } from "../../../src/pipeline/2-segment/segment.js";
import { recognizeMentions } from "../../../src/pipeline/3-recognize/recognize.js";
import { resolveMentions } from "../../../src/pipeline/4-resolve/resolve.js";
import { buildDocumentView } from "../../../src/pipeline/5-relate/classifier/candidates.js";
import { isFirmlyNamed } from "../../../src/pipeline/5-relate/classifier/predict.js";

/** Whether the classifier may relate the named entity across sentences, in a text written for this test. */
function firmness(text: string, name: string): boolean | undefined {
  const sentences = segmentText(text);
  const resolution = resolveMentions(recognizeMentions(text, sentences), sentences);
  const view = buildDocumentView(text, sentences, resolution);
  const entity = view.names.indexOf(name);
  return entity < 0 ? undefined : isFirmlyNamed(view, entity);
}

const ROWS: [text: string, name: string, firm: boolean][] = [
  // A one-word title said once may be a film or a paper: no relation across sentences.
  ["Kim Berry was nominated for Lanternfall in 2003. Britain cheered.", "Lanternfall", false],
  // Two words, a second mention, the gazetteer, or a place cue make it firm.
  ["Kim Berry works for Nordvik Holdings. Britain cheered.", "Nordvik Holdings", true],
  ["Qortex said profits rose. Later Qortex cut jobs in Britain.", "Qortex", true],
  ["Police said the raid took place in the Zarbul district. Afghanistan mourned.", "Zarbul", true],
  ["The fans travelled to Manchester. Britain cheered.", "Manchester", true],
];

describe("entities named firmly enough for a relation across sentences", () => {
  it.each(ROWS)("%s → %s", (text, name, firm) => {
    expect(firmness(text, name)).toBe(firm);
  });
});
