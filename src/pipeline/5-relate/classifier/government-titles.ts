/**
 * Whose body a government title points at. "Prime Minister Tony Blair answered questions, said
 * the MDA" or "Sir Digby Jones, CBI director general, warned Chancellor Gordon Brown": the model,
 * taught that a title beside a name and a body means the name leads the body, reads the title as
 * leadership of whatever body or town the sentence also names. A government title's holder
 * leads or serves a state, its government or its party; the title itself names which when it
 * names one ("UK Prime Minister", "Scotland's First Minister").
 */
import { findEntryByKey } from "../../3-recognize/gazetteer/gazetteer-lookups.js";
import { GOVERNMENT_TITLES } from "../../model/lexicons/titles-of-office.js";
import { PARTY_SURFACE } from "../../model/news-roles.js";
import type { DocumentView, MentionView } from "./candidates.js";

/** Heads of a body's name that make it part of a government ("Home Office", "UK Treasury"). */
const GOVERNMENT_BODY_RE =
  /\b(?:Government|Ministry|Department|Treasury|Exchequer|Cabinet|Office|Parliament|Commons|Lords|Senate|Congress|Assembly|Executive|Administration|Council|Downing Street|White House|Kremlin)\b/;

/** Gazetteer kinds of bodies and places a government office belongs to or governs. */
const GOVERNED_KINDS: ReadonlySet<string> = new Set([
  "government",
  "party",
  "international",
  "state",
  "province",
  "territory",
]);

/** Characters before a title that may name its polity: "Scotland's First Minister", "UK Chancellor". */
const QUALIFIER_CHARS = 30;

/**
 * Whether the model's role from a person to the object reads a government title as leadership
 * of a body the title is not of: the person's titles in the article are government offices only
 * ("Chancellor Gordon Brown… warned Mr Brown" carries the title to the later mention, as the
 * model's features do), the object is no country, government body, party or governed region, and
 * no title names the object as its polity.
 */
export function isGovernmentTitleMisread(
  view: DocumentView,
  person: number,
  object: number,
): boolean {
  const titled = view.byEntity[person]!.filter((mention) => mention.title !== undefined);
  if (titled.length === 0) return false;
  if (titled.some((mention) => !GOVERNMENT_TITLES.has(mention.title!.title))) return false;
  const type = view.types[object];
  if (type !== "ORGANIZATION" && type !== "PLACE") return false;
  const key = view.keys[object] ?? "";
  const kind = findEntryByKey(key)?.kind;
  if (kind !== undefined && GOVERNED_KINDS.has(kind)) return false;
  const name = view.names[object] ?? "";
  if (type === "ORGANIZATION" && (PARTY_SURFACE.test(name) || GOVERNMENT_BODY_RE.test(name)))
    return false;
  return !titled.some((mention) => isTitleOf(view, mention, object));
}

/**
 * Whether a mention's title names the object as its polity: "UK Prime Minister" (the title's
 * own qualifier), "Scotland's First Minister", "Labour Prime Minister" (the object's mention
 * right before the title).
 */
function isTitleOf(view: DocumentView, mention: MentionView, object: number): boolean {
  const title = mention.title!;
  if (title.of?.key === view.keys[object]) return true;
  return view.byEntity[object]!.some(
    (other) =>
      other.sentence === mention.sentence &&
      other.end <= title.start &&
      other.start >= title.start - QUALIFIER_CHARS &&
      QUALIFIER_GAP_RE.test(view.text.slice(other.end, title.start)),
  );
}

/** What may stand between a polity and its title: nothing, a space, a possessive. */
const QUALIFIER_GAP_RE = /^(?:['’]s?)?\s*$/;
