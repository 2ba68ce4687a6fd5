import type { NerLabel, NerSpan, Sentence, Token } from "../types.js";
import { lookupEntity } from "./gazetteer/gazetteer-lookups.js";
import type { GazetteerEntry } from "./gazetteer/gazetteer-types.js";
import { POSSESSIVE_MARKERS } from "./gazetteer/surface-text.js";

/** A capitalised word: "Economic", "O'Neill". */
const CAPITALISED = /^\p{Lu}[\p{L}'’.-]*$/u;
/** A channel's or a division's word after its organisation's name: "One", "Three", "World", "Radio". */
const DIVISION_WORD = /^\p{Lu}[\p{L}\d]*$/u;

/**
 * The owner tokens[start, k) as a listed name, or as a listed news organisation's channel,
 * station or edition ("BBC One", "BBC Radio Scotland": the listed name, then capitalised words),
 * else undefined. Other organisations' names open names of their own bodies ("Conservative
 * National Women's Committee").
 */
function listedOwner(
  tokens: readonly Token[],
  start: number,
  k: number,
): GazetteerEntry | undefined {
  const words = tokens.slice(start, k).map((token) => token.text);
  const whole = lookupEntity(words.join(" "));
  if (whole) return whole;
  for (let cut = words.length - 1; cut >= 1; cut--) {
    const head = lookupEntity(words.slice(0, cut).join(" "));
    if (!head) continue;
    const rest = words.slice(cut);
    return head.kind === "news" && rest.every((word) => DIVISION_WORD.test(word))
      ? head
      : undefined;
  }
  return undefined;
}

/**
 * "the United Nations' Economic Commission" tagged one name: a possessive after a listed name
 * inside a span ends the owner's name, and the owned body's name starts after it. Unlisted
 * owners stay ("Lloyd's of London", "McDonald's Corporation" are names of their own). A listed
 * news organisation's channel owns as the organisation would ("BBC One's Breakfast" is
 * the channel BBC One, then its programme); what a news organisation owns is a programme or a
 * publication, no organisation.
 */
export function withoutListedPossessors(sentence: Sentence, spans: NerSpan[]): NerSpan[] {
  const tokens = sentence.tokens;
  return spans.flatMap((span) => {
    for (let k = span.start + 1; k < span.end - 1; k++) {
      if (!POSSESSIVE_MARKERS.has(tokens[k]?.text ?? "")) continue;
      if (!CAPITALISED.test(tokens[k + 1]?.text ?? "")) continue;
      const owner = listedOwner(tokens, span.start, k);
      if (!owner) continue;
      const owned: NerLabel = owner.kind === "news" ? "MISC" : span.label;
      return [
        { ...span, end: k },
        { ...span, start: k + 1, label: owned },
      ];
    }
    return [span];
  });
}
