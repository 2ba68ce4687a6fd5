/** Features of a candidate pair: the words that join its closest mentions, titles, demonyms, distance, counts, rules. */
import { findPlaceFacts } from "../../3-recognize/gazetteer/city-lookups.js";
import { findEntryByKey } from "../../3-recognize/gazetteer/gazetteer-lookups.js";
import { TITLE_MODIFIERS, TITLE_ROWS } from "../../model/lexicons/titles-of-office.js";
import {
  closestSentenceDistance,
  type DocumentView,
  type MentionView,
  type PairCandidate,
} from "./candidates.js";

/** Features read from the one sentence that names both carry this prefix: they decide STATED. */
export const LOCAL_PREFIX = "L:";

/** Whether a feature is read from the sentence naming both (plain or conjoined with the pair's types). */
export function isLocalFeature(feature: string): boolean {
  return feature.startsWith(LOCAL_PREFIX) || feature.includes(`|${LOCAL_PREFIX}`);
}

/**
 * Where a candidate's features go: their names into a list (training reads `pairFeatures`), or
 * their weights straight into a model's sums (prediction builds no name the model would look up).
 * A name is `prefix + value`, the prefix running to the name's first "=" (the whole name when it
 * has none): `splitFeatureName` is that rule, and every `add` keeps to it.
 */
export interface FeatureSink {
  add(prefix: string, value?: string): void;
}

/** A feature's name in the two parts the sinks receive: "L:bw=of" → ["L:bw=", "of"], "bias" → ["bias", ""]. */
export function splitFeatureName(name: string): [prefix: string, value: string] {
  const end = name.indexOf("=") + 1;
  return end === 0 ? [name, ""] : [name.slice(0, end), name.slice(end)];
}

/** The sink that keeps the names, in order. */
class FeatureNames implements FeatureSink {
  readonly names: string[] = [];
  add(prefix: string, value = ""): void {
    this.names.push(prefix + value);
  }
}

/** Prefixes of the features read from the sentence naming both. */
const LOCAL = {
  order: `${LOCAL_PREFIX}order=`,
  nested: `${LOCAL_PREFIX}nested`,
  far: `${LOCAL_PREFIX}far`,
  gap: `${LOCAL_PREFIX}gap=`,
  word: `${LOCAL_PREFIX}bw=`,
  title: `${LOCAL_PREFIX}btitle=`,
  before1: `${LOCAL_PREFIX}b1=`,
  before2: `${LOCAL_PREFIX}b2=`,
  after1: `${LOCAL_PREFIX}a1=`,
  after2: `${LOCAL_PREFIX}a2=`,
  demonymNext: `${LOCAL_PREFIX}odem+1=`,
  inTitle: `${LOCAL_PREFIX}intitle=`,
} as const;

type Order = "so" | "os";

/** Prefixes of the local features that name the pair's order ("L:so:bs="). */
function orderPrefixes(order: Order) {
  return {
    sequence: `${LOCAL_PREFIX}${order}:bs=`,
    first: `${LOCAL_PREFIX}${order}:bf=`,
    last: `${LOCAL_PREFIX}${order}:bl=`,
    demonym: `${LOCAL_PREFIX}odem:${order}`,
  };
}
const ORDER_PREFIXES = { so: orderPrefixes("so"), os: orderPrefixes("os") } as const;

/** Prefixes of the features conjoined with a pair's types ("PERSON>COUNTRY|sd="). */
interface PairPrefixes {
  /** The pair's types: "PERSON>COUNTRY". */
  pairType: string;
  distance: string;
  shared: string;
  gazetteer: string;
  closeness: string;
  countryRank: string;
  inName: string;
  sequence: Record<Order, string>;
  title: string;
  objectTitle: string;
  subjectTitle: string;
}

/** subject type → object type → prefixes: built once per pair of types, not per candidate. */
const pairPrefixCache = new Map<string, Map<string, PairPrefixes>>();

function pairPrefixesOf(subjectType: string, objectType: string): PairPrefixes {
  let byObject = pairPrefixCache.get(subjectType);
  if (!byObject) {
    byObject = new Map();
    pairPrefixCache.set(subjectType, byObject);
  }
  let prefixes = byObject.get(objectType);
  if (!prefixes) {
    const pairType = `${subjectType}>${objectType}`;
    prefixes = {
      pairType,
      distance: `${pairType}|sd=`,
      shared: `${pairType}|nco=`,
      gazetteer: `${pairType}|gzc=`,
      closeness: `${pairType}|crank=`,
      countryRank: `${pairType}|orank=`,
      inName: `${pairType}|oinsname`,
      sequence: {
        so: `${pairType}|${ORDER_PREFIXES.so.sequence}`,
        os: `${pairType}|${ORDER_PREFIXES.os.sequence}`,
      },
      title: `${pairType}|${LOCAL.title}`,
      objectTitle: `${pairType}|${LOCAL_PREFIX}otitle=`,
      subjectTitle: `${pairType}|${LOCAL_PREFIX}stitle=`,
    };
    byObject.set(objectType, prefixes);
  }
  return prefixes;
}

/** Gaps longer than this many tokens say nothing about how the two are joined. */
const MAX_GAP = 12;
/** The whole between-sequence is a feature when it is this short ("'s", ", the", "of the"). */
const MAX_SEQUENCE = 5;

/** Each title's words ("prime minister", "ceo") → what it makes its holder: LEADER or POSITION. */
const TITLE_ROLES: ReadonlyMap<string, string> = new Map(
  TITLE_ROWS.flatMap(([, role, variants]) =>
    variants.split("|").map((variant) => [variant, role] as [string, string]),
  ),
);
/** Longest title variant, in words. */
const MAX_TITLE_WORDS = 4;
/** The first word of every title variant: a title can only start at one of these. */
const TITLE_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...TITLE_ROLES.keys()].map((title) => title.split(" ")[0] as string),
);

/** The last word of every title variant: a title read backwards can only end at one of these. */
const TITLE_LAST_WORDS: ReadonlySet<string> = new Set(
  [...TITLE_ROLES.keys()].map((title) => title.split(" ").at(-1) as string),
);

/** The part of a word before its first space (the whole word when it has none). */
function firstPart(word: string): string {
  const space = word.indexOf(" ");
  return space < 0 ? word : word.slice(0, space);
}

/** The role of the longest title starting at word `i` ("prime minister" over "prime"), with its length. */
function titleAt(
  words: readonly string[],
  i: number,
): { role: string; length: number } | undefined {
  // a title's text starts with its first word: skip the joins at every other word
  if (i >= words.length || !TITLE_FIRST_WORDS.has(firstPart(words[i] as string))) return undefined;
  for (let n = MAX_TITLE_WORDS; n >= 1; n--) {
    if (i + n > words.length) continue;
    const role = TITLE_ROLES.get(words.slice(i, i + n).join(" "));
    if (role) return { role, length: n };
  }
  return undefined;
}

/** Words that may stand between a name and its title: "India 's outgoing Prime Minister", "X , the". */
const TITLE_GAP_WORDS: ReadonlySet<string> = new Set([
  "'s",
  "the",
  "a",
  "its",
  ",",
  "",
  ...TITLE_MODIFIERS,
]);
/** How many such words at most. */
const MAX_TITLE_GAP = 4;

/**
 * The title right after a mention ("India 's Prime Minister", "Gazprom CEO", "Merkel , the
 * chancellor"), or right before it ("President Assad"): the office word a reader joins to it.
 */
function adjacentTitle(
  view: DocumentView,
  words: readonly string[],
  mention: MentionView,
  side: "after" | "before",
): string | undefined {
  // A mention is in many pairs: its titles are read once.
  let known = view.adjacentTitles.get(mention);
  if (!known) {
    known = {};
    view.adjacentTitles.set(mention, known);
  }
  if (!(side in known)) known[side] = readAdjacentTitle(words, mention, side);
  return known[side];
}

function readAdjacentTitle(
  words: readonly string[],
  mention: MentionView,
  side: "after" | "before",
): string | undefined {
  if (side === "after") {
    let k = mention.tokenEnd;
    for (let skipped = 0; skipped <= MAX_TITLE_GAP && k < words.length; skipped++, k++) {
      const title = titleAt(words, k);
      if (title) return title.role;
      if (!TITLE_GAP_WORDS.has(words[k]!)) return undefined;
    }
    return undefined;
  }
  for (let end = mention.tokenStart; end > 0 && mention.tokenStart - end <= MAX_TITLE_GAP; end--) {
    // a title's text ends with its last word: skip the joins at every other word
    const last = words[end - 1]!;
    const lastPart = last.slice(last.lastIndexOf(" ") + 1);
    for (let n = TITLE_LAST_WORDS.has(lastPart) ? MAX_TITLE_WORDS : 0; n >= 1; n--) {
      if (end - n < 0) continue;
      const role = TITLE_ROLES.get(words.slice(end - n, end).join(" "));
      if (role) return role;
    }
    if (!TITLE_GAP_WORDS.has(words[end - 1]!)) return undefined;
  }
  return undefined;
}

function bucket(value: number, bounds: Buckets): string {
  for (let i = 0; i < bounds.bounds.length; i++)
    if (value <= bounds.bounds[i]!) return bounds.labels[i]!;
  return bounds.over;
}

/** Bounds with their labels made once ("2", ">5"), not per candidate. */
interface Buckets {
  bounds: readonly number[];
  labels: readonly string[];
  over: string;
}

function buckets(...bounds: number[]): Buckets {
  return { bounds, labels: bounds.map((bound) => `${bound}`), over: `>${bounds.at(-1)}` };
}

const GAP_BUCKETS = buckets(0, 1, 2, 3, 5, 8);
const MENTION_COUNT_BUCKETS = buckets(1, 2, 5);
const FIRST_SENTENCE_BUCKETS = buckets(0, 2, 5);
const DISTANCE_BUCKETS = buckets(0, 1, 2, 5);
const SHARED_BUCKETS = buckets(0, 1, 2, 4);
const RANK_BUCKETS = buckets(0, 1);
const COUNTRY_COUNT_BUCKETS = buckets(1, 2, 4);

/** The last word of a name, lower-cased: "Social Democratic Party" → "party", "Bayern Munich" → "munich". */
function headWord(name: string): string {
  return (name.split(/\s+/).at(-1) ?? "").toLowerCase();
}

/**
 * The first two non-empty words from `from` on (step 1), or the last two before `from` (step -1),
 * nearest first: what slicing and filtering the row would give, without building it per pair.
 */
function wordsAround(
  words: readonly string[],
  from: number,
  step: 1 | -1,
): [string | undefined, string | undefined] {
  const found: string[] = [];
  for (
    let k = step === 1 ? from : Math.min(from, words.length) - 1;
    k >= 0 && k < words.length && found.length < 2;
    k += step
  )
    if (words[k] !== "") found.push(words[k]!);
  return [found[0], found[1]];
}

/** The words between and around two mentions of one sentence. */
function addLocal(
  view: DocumentView,
  subject: MentionView,
  object: MentionView,
  prefixes: PairPrefixes,
  out: FeatureSink,
): void {
  const words = view.symbols[subject.sentence] ?? [];
  const subjectFirst = subject.tokenStart <= object.tokenStart;
  const [first, second] = subjectFirst ? [subject, object] : [object, subject];
  const order: Order = subjectFirst ? "so" : "os";
  const ordered = ORDER_PREFIXES[order];
  out.add(LOCAL.order, order);
  const gap = second.tokenStart - first.tokenEnd;
  if (gap < 0) {
    out.add(LOCAL.nested);
  } else if (gap > MAX_GAP) {
    out.add(LOCAL.far);
  } else {
    const between = words.slice(first.tokenEnd, second.tokenStart).filter((word) => word !== "");
    out.add(LOCAL.gap, bucket(gap, GAP_BUCKETS));
    if (between.length <= MAX_SEQUENCE) {
      const sequence = between.join("_");
      out.add(ordered.sequence, sequence);
      out.add(prefixes.sequence[order], sequence);
    }
    for (const word of new Set(between)) out.add(LOCAL.word, word);
    if (between.length > 0) {
      out.add(ordered.first, between[0]!);
      out.add(ordered.last, between.at(-1)!);
    }
  }
  // "India 's Prime Minister , Narendra Modi", "Lithuania 's outgoing president , Valdas Adamkus":
  // the office words that join them, whatever the exact sequence.
  if (gap >= 0 && gap <= MAX_GAP) {
    const roles = new Set<string>();
    for (let k = first.tokenEnd; k < second.tokenStart; k++) {
      const title = titleAt(words, k);
      if (!title) continue;
      roles.add(title.role);
      k += title.length - 1;
    }
    for (const role of roles) {
      out.add(LOCAL.title, role);
      out.add(prefixes.title, role);
    }
  }
  const objectTitle = adjacentTitle(view, words, object, "after");
  if (objectTitle) out.add(prefixes.objectTitle, `${objectTitle}:${order}`);
  const subjectTitle =
    adjacentTitle(view, words, subject, "before") ?? adjacentTitle(view, words, subject, "after");
  if (subjectTitle) out.add(prefixes.subjectTitle, subjectTitle);
  const [before1, before2] = wordsAround(words, first.tokenStart, -1);
  const [after1, after2] = wordsAround(words, second.tokenEnd, 1);
  out.add(LOCAL.before1, before1 ?? "<S>");
  out.add(LOCAL.before2, `${before2 ?? "<S>"}_${before1 ?? "<S>"}`);
  out.add(LOCAL.after1, after1 ?? "</S>");
  out.add(LOCAL.after2, `${after1 ?? "</S>"}_${after2 ?? "</S>"}`);
  if (object.isDemonym) {
    // "German Chancellor Angela Merkel", "the French carmaker Renault": what the demonym modifies.
    out.add(ordered.demonym);
    out.add(LOCAL.demonymNext, words[object.tokenEnd] ?? "</S>");
  }
  const title = subject.title;
  if (title && object.start >= title.start && object.end <= title.end)
    out.add(LOCAL.inTitle, title.title.toLowerCase());
}

/** Role words next to an entity's mentions: "striker Ronaldo", "Kauder, the CDU's parliamentary leader". */
function contextWords(
  view: DocumentView,
  mentions: readonly MentionView[],
  side: string,
): string[] {
  const words = new Set<string>();
  for (const mention of mentions) {
    if (mention.isDemonym) continue;
    const row = view.symbols[mention.sentence] ?? [];
    const before = row[mention.tokenStart - 1];
    if (before && before !== "") words.add(`${side}p=${before}`);
    let next = mention.tokenEnd;
    while (row[next] === "") next++;
    const after = row[next];
    if (after === ",") {
      // "Jackson Janes, director of ...": the apposition's first content word.
      let k = next + 1;
      while (k < row.length && ["the", "a", "an", "its", "who", "is", "was", ""].includes(row[k]!))
        k++;
      if (row[k]) words.add(`${side}ap=${row[k]}`);
    } else if (after) words.add(`${side}n=${after}`);
  }
  return [...words];
}

/**
 * An entity's own features as subject ("s") or object ("o"), computed once per article: the role
 * words by its mentions, what the gazetteer knows it to be, how often and how early it is named,
 * an organisation's head word, whether it is named only as a demonym. They do not depend on the
 * other end of the pair, so the classifier scores them once per entity and side.
 */
export function entitySideFeatures(
  view: DocumentView,
  entity: number,
  side: "s" | "o",
): readonly string[] {
  const slot = entity * 2 + (side === "s" ? 0 : 1);
  let features = view.entityFeatures[slot];
  if (!features) {
    const mentions = view.byEntity[entity]!;
    features = [
      `${side}c=${bucket(mentions.length, MENTION_COUNT_BUCKETS)}`,
      `${side}f=${bucket(mentions[0]!.sentence, FIRST_SENTENCE_BUCKETS)}`,
    ];
    if (side === "o" && mentions.some((mention) => mention.isDemonym)) features.push("odem");
    if (side === "o" && mentions.every((mention) => mention.isDemonym)) features.push("odemonly");
    if (view.types[entity] === "ORGANIZATION")
      features.push(`${side}h=${headWord(view.names[entity]!)}`);
    features.push(...contextWords(view, mentions, side));
    // "Eastern Europe" is a region, "Lyon" a city: what the gazetteer knows the entity to be.
    const key = view.keys[entity]!;
    const kind = findEntryByKey(key)?.kind ?? (findPlaceFacts(key) ? "city" : undefined);
    if (kind) features.push(`${side}kind=${kind}`);
    view.entityFeatures[slot] = features;
  }
  return features;
}

/** Whether the gazetteer places the subject in the object ("Lyon" in France): "yes", "no" or unknown. */
function gazetteerCountry(view: DocumentView, subject: number, object: number): string | undefined {
  const home = placeCountry(view.keys[subject]!);
  if (!home || view.types[object] !== "COUNTRY") return undefined;
  return home === view.keys[object] ? "yes" : "no";
}

/**
 * Where the object ranks among the entities of its type by closeness to the subject: most
 * sentences shared, then fewest sentences apart, then first named ("the country a minister is
 * named with most is likely his").
 */
function closenessRank(view: DocumentView, subject: number, object: number): number {
  const type = view.types[object]!;
  let byType = view.closest.get(subject);
  if (!byType) {
    byType = new Map();
    view.closest.set(subject, byType);
  }
  let rank = byType.get(type);
  if (!rank) {
    const own = view.sentencesOf[subject]!;
    const mine = new Set(own);
    const order: { entity: number; shared: number; distance: number; first: number }[] = [];
    view.types.forEach((other, entity) => {
      if (other !== type || entity === subject || view.byEntity[entity]!.length === 0) return;
      const theirs = view.sentencesOf[entity]!;
      let shared = 0;
      for (const sentence of theirs) if (mine.has(sentence)) shared++;
      const distance = closestSentenceDistance(own, theirs);
      order.push({ entity, shared, distance, first: view.byEntity[entity]![0]!.start });
    });
    order.sort((a, b) => b.shared - a.shared || a.distance - b.distance || a.first - b.first);
    rank = new Map(order.map(({ entity }, i) => [entity, i]));
    byType.set(type, rank);
  }
  return rank.get(object) ?? -1;
}

/** The features of one candidate; rule relations as "subject:object" → types. */
export function pairFeatures(
  view: DocumentView,
  candidate: PairCandidate,
  ruled: ReadonlyMap<string, readonly string[]>,
): string[] {
  return [
    ...pairOnlyFeatures(view, candidate, ruled),
    ...entitySideFeatures(view, candidate.subject, "s"),
    ...entitySideFeatures(view, candidate.object, "o"),
  ];
}

/** The features of a candidate that depend on both ends (`pairFeatures` less the two entities' own). */
export function pairOnlyFeatures(
  view: DocumentView,
  candidate: PairCandidate,
  ruled: ReadonlyMap<string, readonly string[]>,
): string[] {
  const names = new FeatureNames();
  addPairOnlyFeatures(view, candidate, ruled, names);
  return names.names;
}

/** `pairOnlyFeatures` into a sink: the model's scorer sums them without naming them. */
export function addPairOnlyFeatures(
  view: DocumentView,
  candidate: PairCandidate,
  ruled: ReadonlyMap<string, readonly string[]>,
  out: FeatureSink,
): void {
  const { subject, object } = candidate;
  const prefixes = pairPrefixesOf(view.types[subject]!, view.types[object]!);
  out.add("bias");
  out.add("tt=", prefixes.pairType);
  const distance = bucket(candidate.sentenceDistance, DISTANCE_BUCKETS);
  out.add("sd=", distance);
  out.add(prefixes.distance, distance);
  const shared = bucket(candidate.shared.length, SHARED_BUCKETS);
  out.add("nco=", shared);
  out.add(prefixes.shared, shared);
  const home = gazetteerCountry(view, subject, object);
  if (home) {
    out.add("gzc=", home);
    out.add(prefixes.gazetteer, home);
  }
  const closeness = bucket(closenessRank(view, subject, object), RANK_BUCKETS);
  out.add("crank=", closeness);
  out.add(prefixes.closeness, closeness);
  const rank = view.countryRank.get(object);
  if (rank !== undefined) {
    const ranked = `${bucket(rank, RANK_BUCKETS)}/${bucket(view.countryCount, COUNTRY_COUNT_BUCKETS)}`;
    out.add("orank=", ranked);
    out.add(prefixes.countryRank, ranked);
  }
  const subjectRank = view.countryRank.get(subject);
  if (subjectRank !== undefined) out.add("srank=", bucket(subjectRank, RANK_BUCKETS));
  for (const [prefix, value] of subjectTitles(view, subject, object).values())
    out.add(prefix, value);
  if (isNamedInSubject(view, subject, object)) {
    out.add("oinsname");
    out.add(prefixes.inName);
  }
  for (const type of ruled.get(`${subject}:${object}`) ?? []) out.add("r=", type);
  for (const type of ruled.get(`${object}:${subject}`) ?? []) out.add("rr=", type);
  if (candidate.near) addLocal(view, candidate.near.subject, candidate.near.object, prefixes, out);
}

/** One titled mention's feature names, made once per entity: "ti=president", "trole=LEADER". */
export interface TitleNames {
  ti: string;
  trole: string;
  tiof: string;
  role: string;
  lower: string;
  /** Whether the title is of some entity ("President of France"), and that entity's key. */
  hasOf: boolean;
  ofKey: string | undefined;
}

function titleNamesOf(view: DocumentView, subject: number): TitleNames[] {
  let names = view.titleNames.get(subject);
  if (!names) {
    names = [];
    for (const mention of view.byEntity[subject]!) {
      const title = mention.title;
      if (!title) continue;
      const lower = title.title.toLowerCase();
      names.push({
        ti: `ti=${lower}`,
        trole: `trole=${title.role}`,
        tiof: `tiof=${title.role}`,
        role: title.role,
        lower,
        hasOf: title.of !== undefined && title.of !== null,
        ofKey: title.of?.key,
      });
    }
    view.titleNames.set(subject, names);
  }
  return names;
}

/**
 * The titles the subject is named with, and whether they are of the object: "ti=president",
 * "tiof=LEADER"; each name once, in the order first met, with its two parts (`splitFeatureName`).
 */
function subjectTitles(
  view: DocumentView,
  subject: number,
  object: number,
): Map<string, [string, string]> {
  const titles = new Map<string, [string, string]>();
  for (const names of titleNamesOf(view, subject)) {
    if (!titles.has(names.ti)) titles.set(names.ti, ["ti=", names.lower]);
    if (!titles.has(names.trole)) titles.set(names.trole, ["trole=", names.role]);
    if (names.ofKey === view.keys[object]) {
      if (!titles.has(names.tiof)) titles.set(names.tiof, ["tiof=", names.role]);
    } else if (names.hasOf && !titles.has("tiofother")) titles.set("tiofother", ["tiofother", ""]);
  }
  return titles;
}

/** "Bank of England", "German Football Association": the object named inside the subject's name. */
function isNamedInSubject(view: DocumentView, subject: number, object: number): boolean {
  const subjectName = ` ${view.names[subject]!.toLowerCase()} `;
  let objectSurfaces = view.surfaces[object];
  if (!objectSurfaces) {
    objectSurfaces = new Set(
      view.byEntity[object]!.map((mention) =>
        view.text.slice(mention.start, mention.end).toLowerCase(),
      ),
    );
    objectSurfaces.add(view.names[object]!.toLowerCase());
    view.surfaces[object] = objectSurfaces;
  }
  for (const surface of objectSurfaces)
    if (surface.length > 2 && subjectName.includes(` ${surface} `)) return true;
  return false;
}

/** The country the gazetteer puts a place in: a curated entry's, else its GeoNames city's. */
export function placeCountry(key: string): string | undefined {
  return findEntryByKey(key)?.country ?? findPlaceFacts(key)?.country;
}
