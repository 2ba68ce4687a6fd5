/** Whether an article shows that a name the recogniser typed as a place is one: the relation model's gate. */
import { findEntryByKey } from "../../3-recognize/gazetteer/gazetteer-lookups.js";
import {
  LOCATIVE_WORDS,
  PLACE_HEAD_NOUNS,
  SITE_NAME_TAILS,
} from "../../model/lexicons/city-cues.js";
import { PLACE_HEADS } from "../../model/lexicons/name-heads.js";
import type { DocumentView } from "./candidates.js";
import { placeCountry } from "./features.js";

/** Words after "is" or a comma within which the sentence says what a name is. */
const DESCRIPTION_REACH = 5;

/** Whitespace between the words of a name. */
const WHITESPACE_RE = /\s+/;

/**
 * Whether the article or the gazetteer shows a PLACE entity to be a place: the gazetteer knows it,
 * its name ends in a place's head ("Wollaton Park", "Olympic Stadium"), or a mention stands after
 * a locative word ("at Lansdowne Road"), after a place's possessive ("Seville's") or before a place
 * noun ("the Urgun district"). The tagger also types songs, characters and people as places ("Gin
 * and Juice", "voice Wilbur the pig", "heard of Terri Walker"): the training sets' gold entities
 * cannot teach the model that, and it puts them in the article's country.
 */
export function hasPlaceEvidence(view: DocumentView, entity: number): boolean {
  if (view.byEntity[entity]!.length >= 2) return true;
  const key = view.keys[entity]!;
  if (findEntryByKey(key) !== undefined || placeCountry(key) !== undefined) return true;
  // "Bay of Lübeck", "Mount Shinn", "Lake Huron": a place word begins the name or heads it.
  const words = view.names[entity]!.trim().split(WHITESPACE_RE);
  const of = words.indexOf("of");
  const head = of > 0 ? words[of - 1]! : (words.at(-1) ?? "");
  if (PLACE_HEADS.has(head) || isPlaceWord(head) || (words.length > 1 && isPlaceWord(words[0]!)))
    return true;
  return view.byEntity[entity]!.some((mention) => {
    const words = view.symbols[mention.sentence] ?? [];
    const before = words[mention.tokenStart - 1] ?? "";
    if (LOCATIVE_WORDS.has(before)) return true;
    let after = mention.tokenEnd;
    while (words[after] === "") after++;
    if (PLACE_HEAD_NOUNS.has(words[after] ?? "")) return true;
    // "Westmere is a hamlet in…", "Kazan, a city on the Volga": what the sentence calls it.
    if (words[after] === "is" || words[after] === "was" || words[after] === ",") {
      for (let k = after + 1; k < words.length && k <= after + DESCRIPTION_REACH; k++)
        if (isPlaceWord(words[k]!)) return true;
    }
    // "the town of Guilderland", "the region of South Karelia".
    if (before === "of" && PLACE_HEAD_NOUNS.has(words[mention.tokenStart - 2] ?? "")) return true;
    // "Seville's Olympic Stadium": owned by a place, it is one.
    if (before !== "'s") return false;
    let owner = mention.tokenStart - 2;
    while (owner >= 0 && words[owner] === "") owner--;
    return words[owner] === "<PLACE>" || words[owner] === "<COUNTRY>";
  });
}

/** A place noun or a site's name word, whatever its case: "Range", "district", "Area". */
function isPlaceWord(word: string): boolean {
  const lower = word.toLowerCase();
  return PLACE_HEAD_NOUNS.has(lower) || SITE_NAME_TAILS.has(lower);
}

/** Gazetteer kinds of place that may stretch over several countries. */
const WIDE_KINDS: ReadonlySet<string> = new Set(["continent", "region"]);

/**
 * Whether the gazetteer knows a place as a continent or a region of several countries ("Asia",
 * "West Africa", "the Eurozone", "the West"): one it puts in no country. "England" and
 * "Siberia" are regions of one country and do not count.
 */
export function spansCountries(key: string): boolean {
  const entry = findEntryByKey(key);
  return entry !== undefined && WIDE_KINDS.has(entry.kind ?? "") && entry.country === undefined;
}
