/**
 * Entities that are titles of works rather than people, places or organisations: the recogniser
 * reads "Gladiator" or "Lost In Translation" as a name, and a relation on it ("Lost In
 * Translation LOCATED_IN United States") is always a misreading.
 */
import type { Resolution } from "../4-resolve/resolve.js";
import { TITLE_CASE_FUNCTION_WORDS, WORK_NOUNS } from "../model/lexicons/work-cues.js";
import type { Sentence } from "../types.js";

/** "PVRs", "MPs": an acronym in the plural names a kind of thing, not one entity. */
const PLURAL_ACRONYM_RE = /^[A-Z]{2,}s$/;

/** Whether a name is written as a title: a function word capitalised after its first word. */
function isTitleCased(name: string): boolean {
  return name
    .split(/\s+/)
    .slice(1)
    .some((word) => TITLE_CASE_FUNCTION_WORDS.has(word));
}

/** Per entity: whether it is a work's title or a kind of thing (never a relation's end). */
export function findWorkTitles(sentences: readonly Sentence[], resolution: Resolution): boolean[] {
  const isWork = resolution.entities.map(
    (entity) =>
      entity.type !== "COUNTRY" &&
      (isTitleCased(entity.name) || PLURAL_ACRONYM_RE.test(entity.name)),
  );
  resolution.mentions.forEach((mention, index) => {
    const entity = resolution.entities[mention.entity];
    const candidate = resolution.candidates[index];
    if (!entity || entity.type === "COUNTRY" || !candidate) return;
    // "the film Gladiator": the noun before the name says what it is.
    const before = sentences[mention.sentenceIndex]?.tokens[candidate.tokenStart - 1]?.text;
    if (before !== undefined && WORK_NOUNS.has(before.toLowerCase())) isWork[mention.entity] = true;
  });
  return isWork;
}
