/** Entity mentions inside one hyphenated token: "US-dominated", "Sino-Soviet", "London-based". */

import { COMBINING_FORMS } from "../../model/gazetteers/countries.js";
import { ENTITY_TRIE, ENTRIES, refOf } from "./build-gazetteer.js";
import type { GazetteerEntry, GazetteerMention, MatchVia } from "./gazetteer-types.js";
import { normaliseText } from "./surface-text.js";

/** A lowercase word in a hyphenated compound ("based" in "London-based"). */
const LOWERCASE_START_RE = /^\p{Ll}/u;
const UPPERCASE_START_RE = /^\p{Lu}/u;
const HYPHENATED_RE = /^[^\s-]+(?:-[^\s-]+)+$/;

/** Single-token hits usable inside hyphenated compounds (no "the"-only aliases, no places). */
function matchCompoundPart(part: string): GazetteerEntry | undefined {
  const combining = COMBINING_FORMS[part];
  if (combining) return ENTRIES.get(combining);
  const hit = ENTITY_TRIE.get(part)?.hit;
  if (!hit || hit.requiresThe) return undefined;
  if (hit.metonym) return ENTRIES.get(hit.metonym.country.key);
  return hit.entry.type === "COUNTRY" || hit.entry.type === "ORGANIZATION" ? hit.entry : undefined;
}

/** Entity mentions inside one hyphenated token ("US-dominated" → US, "Russia-Ukraine" → both). */
export function findCompoundMentions(text: string, index: number): GazetteerMention[] {
  const normalised = normaliseText(text);
  if (!HYPHENATED_RE.test(normalised)) return [];
  const mentions: GazetteerMention[] = [];
  const seen = new Set<string>();
  const parts = normalised.split("-");
  // "London-based", "Moscow-born": a capital with a lowercase word is the city, not its state.
  const describesPlace = parts.some((part) => LOWERCASE_START_RE.test(part));
  for (const part of parts) {
    if (!UPPERCASE_START_RE.test(part)) continue;
    const capital = ENTITY_TRIE.get(part)?.hit;
    if (describesPlace && capital?.metonym?.kind === "capital") {
      mentions.push({
        start: index,
        end: index + 1,
        ...refOf(capital.entry),
        via: "name",
        compound: true,
      });
      continue;
    }
    const entry = matchCompoundPart(part);
    if (!entry || seen.has(entry.key)) continue;
    seen.add(entry.key);
    const hit = ENTITY_TRIE.get(part)?.hit;
    const via: MatchVia = COMBINING_FORMS[part]
      ? "alias"
      : hit?.metonym
        ? "metonym"
        : (hit?.via ?? "alias");
    mentions.push({ start: index, end: index + 1, ...refOf(entry), via, compound: true });
  }
  return mentions;
}
