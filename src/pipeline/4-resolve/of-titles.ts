/**
 * Names the tagger split at "of": "Eternal Sunshine of the Spotless Mind", "Pirates of the
 * Caribbean", "House of Flying Daggers" came out as two names each, the second one a place or
 * firm of its own ("Opera" joined the listed place, "Spotless Mind" was an organisation named in
 * ten articles). Two names joined by "of" or "of the", neither a person or a country, are one.
 */
import type { EntityType } from "../../domain/vocabulary.js";
import type { Candidate } from "../3-recognize/candidate.js";
import type { Sentence } from "../types.js";

/** What a name before "of" may be to open a longer name: never a person ("Simon Hart of …"). */
const OPENING_TYPES: ReadonlySet<EntityType> = new Set(["ORGANIZATION", "OTHER"]);

/**
 * What may close it: a firm or work ("of Flying Daggers"), an event; a known place only after
 * "the" ("of the Caribbean", "of the Opera"), as "Strategy Analytics of Boston" says where a firm
 * is, and a place no gazetteer knows anywhere ("of Unfortunate Events", the tagger's guess).
 * Never a country ("Samsung of South Korea") or a person ("Labour of Robert Jackson").
 */
const CLOSING_TYPES: ReadonlySet<EntityType> = new Set(["ORGANIZATION", "OTHER", "EVENT"]);
const CLOSING_TYPES_AFTER_THE: ReadonlySet<EntityType> = new Set([...CLOSING_TYPES, "PLACE"]);

/** The words between the two names, as written: "of" or "of the". */
function linkingWords(
  sentence: Sentence,
  left: Candidate,
  right: Candidate,
): "of" | "of the" | undefined {
  const between = sentence.tokens.slice(left.tokenEnd, right.tokenStart);
  // One space between each word: "Sunshine of the Spotless", not "Sunshine, of the" or a line break.
  let at = left.end;
  for (const token of [...between, { start: right.start, end: right.start, text: "" }]) {
    if (token.start !== at + 1) return undefined;
    at = token.end;
  }
  const words = between.map((token) => token.text).join(" ");
  return words === "of" || words === "of the" ? words : undefined;
}

/**
 * Joins each unlisted organisation or work name to the name after "of" / "of the" it opens
 * ("Series" + "Unfortunate Events" → "Series of Unfortunate Events"), once per pair, left to
 * right; the joined candidate keeps the first name's type and source. Other candidates pass
 * unchanged.
 */
export function joinOfNames(
  candidates: readonly Candidate[],
  sentences: readonly Sentence[],
): Candidate[] {
  const ordered = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const byIndex = new Map(sentences.map((sentence) => [sentence.index, sentence]));
  const out: Candidate[] = [];
  for (let i = 0; i < ordered.length; i++) {
    const left = ordered[i] as Candidate;
    const right = ordered[i + 1];
    const sentence = byIndex.get(left.sentenceIndex);
    const words =
      right && sentence && right.sentenceIndex === left.sentenceIndex && right.start > left.end
        ? linkingWords(sentence, left, right)
        : undefined;
    const closes =
      right !== undefined &&
      (words === "of the" || !right.key ? CLOSING_TYPES_AFTER_THE : CLOSING_TYPES).has(
        right.type,
      ) &&
      !right.isMetonymy;
    if (!right || !words || !closes || !OPENING_TYPES.has(left.type) || left.key) {
      out.push(left);
      continue;
    }
    const { key: _key, canonical: _canonical, via: _via, isMetonymy: _metonymy, ...rest } = left;
    out.push({
      ...rest,
      tokenEnd: right.tokenEnd,
      end: right.end,
      surface: `${left.surface} ${words} ${right.surface}`,
    });
    i += 1;
  }
  return out;
}
