/**
 * Relations from what is known of an entity rather than read in a sentence (KNOWLEDGE): a place
 * GeoNames puts in a country the article also names is LOCATED_IN that country (and in its state
 * or home nation, where GeoNames' division code names one); a country is LOCATED_IN the continents
 * and world regions world-countries puts it in, and so is a city when the article names the region
 * but not the city's country; a government body, a party, a listed football club the curated lists
 * give a country, or a national side, is BASED_IN it. From names (STATED): an organisation whose
 * own name names a country is BASED_IN it ("the US Army"), and so is one whose name opens with a
 * city the article names ("the London Stock Exchange"); an event named for a town or a country the
 * article names lies in it ("the Athens Olympics", "the Australian Open"), and so does a site or a
 * region no gazetteer places ("Edinburgh Airport", "South Wales"). A body the resolver gave the
 * article's country ("the Interior Ministry") is BASED_IN it (INFERRED). The evidence is the
 * sentence where the entity is first named (together with the country when one sentence names
 * both); the support lists the entity's other sentences and the country's first.
 */

import { normalizeKey } from "../../domain/normalize.js";
import { FORMER_ATTRIBUTE } from "../../domain/vocabulary.js";
import {
  findPlaceFacts,
  lookupCity,
  type PlaceFacts,
} from "../3-recognize/gazetteer/city-lookups.js";
import {
  findEntryByKey,
  lookupDemonym,
  lookupEntity,
} from "../3-recognize/gazetteer/gazetteer-lookups.js";
import { isSideKey, NATIONAL_SIDE_KEY_PREFIX } from "../3-recognize/sports-teams.js";
import type { Resolution } from "../4-resolve/resolve.js";
import { COUNTRY_REGIONS, foldDiacritics } from "../model/gazetteers/countries.js";
import { type HeadedPolity, POLITIES_HEADED } from "../model/gazetteers/heads.js";
import { CLUB_SEEDS } from "../model/lexicons/football-clubs.js";
import { RUGBY_CLUB_SEEDS } from "../model/lexicons/rugby-clubs.js";
import { EVENT_HEADS, HOMELESS_HEADS, MEDIUM_HEADS } from "../model/lexicons/work-cues.js";
import type { ExtractedMention, ExtractedRelation, RelationEvidence, Sentence } from "../types.js";
import { readHeadTitles } from "./head-titles.js";
import {
  eventPlaceKeysNamedIn,
  placeKeysNamedIn,
  seatPlaceKeysNamedIn,
  sitePlaceKeysNamedIn,
} from "./named-cities.js";

/** A gazetteer fact is sure of the country; the name may still be another town's (a homonym). */
const KNOWLEDGE_CONFIDENCE = 0.85;

function evidenceOf(
  text: string,
  sentence: Sentence,
  mentions: readonly ExtractedMention[],
): RelationEvidence {
  return {
    sentenceIndex: sentence.index,
    sentence: text.slice(sentence.start, sentence.end),
    sentenceStart: sentence.start,
    start: Math.min(...mentions.map((m) => m.start)),
    end: Math.max(...mentions.map((m) => m.end)),
    eventDate: null,
  };
}

/** A namesake this many times smaller than the best-known town of the name is a doubtful reading ("Birmingham" in a story that names the US). */
const HOMONYM_RATIO = 3;

/**
 * Whether the city was read as a small namesake only because the article names its country:
 * "Rotterdam" in a tennis story that also names the United States is the Dutch port, not
 * Rotterdam, New York; a knowledge fact must not rest on that guess.
 */
export function isDoubtfulHomonym(name: string, country: string | undefined): boolean {
  if (country === undefined) return false;
  const best = lookupCity(name, 0);
  const chosen = lookupCity(name, 0, new Set([country]));
  if (!best || !chosen || best.country === country) return false;
  return best.population >= HOMONYM_RATIO * chosen.population;
}

/** Gazetteer kinds of place larger than any town: none of them lies inside a city. */
const AREA_KINDS: ReadonlySet<string> = new Set([
  "state",
  "province",
  "region",
  "continent",
  "sea",
  "territory",
]);
/** Gazetteer kinds of town. */
const TOWN_KINDS: ReadonlySet<string> = new Set(["capital", "city"]);

/** Whether the gazetteer or GeoNames knows a place key ("place:eastbourne"; not "Redpath"). */
export function isKnownPlace(key: string): boolean {
  return findEntryByKey(key) !== undefined || findPlaceFacts(key) !== undefined;
}

/** The country the gazetteer or GeoNames puts a place in, if it knows the place. */
function countryOfPlace(key: string): string | undefined {
  return findEntryByKey(key)?.country ?? findPlaceFacts(key)?.country;
}

/**
 * Whether the gazetteer rules out one place lying in another: "the game against Wales in Rome"
 * (a region is in no city; Wales and Rome are in different countries).
 */
export function isImpossiblePlacement(subjectKey: string, objectKey: string): boolean {
  const subject = findEntryByKey(subjectKey);
  const object = findEntryByKey(objectKey);
  const objectIsTown = object
    ? TOWN_KINDS.has(object.kind ?? "")
    : findPlaceFacts(objectKey) !== undefined;
  if (AREA_KINDS.has(subject?.kind ?? "") && objectIsTown) return true;
  const subjectCountry = countryOfPlace(subjectKey);
  const objectCountry = countryOfPlace(objectKey);
  return (
    subjectCountry !== undefined && objectCountry !== undefined && subjectCountry !== objectCountry
  );
}

/** A listed club's key ("club:schalke-04") → the country of its league ("DEU"). */
const CLUB_COUNTRY: ReadonlyMap<string, string> = new Map(
  [...CLUB_SEEDS, ...RUGBY_CLUB_SEEDS].map((club) => [club.key, club.country]),
);

/** A country's name runs to this many words at most ("United Arab Emirates"). */
const MAX_NAME_WORDS = 4;

const WHITESPACE_RE = /\s+/;

/**
 * The one country an organisation's own name names, by the country's name or its demonym
 * ("US Army", "Air France", "Bank of Japan", "Israeli Air Force"); undefined when it names none,
 * several ("British American Tobacco"), is only the country's word ("Jordan" the racing team) or
 * ends with a demonym (a name cut before its noun).
 * The longest gazetteer name wins, so "New Mexico State University" names a state, not Mexico.
 */
export function countryNamedIn(name: string): string | undefined {
  const words = name.trim().split(WHITESPACE_RE);
  if (words.length < 2) return undefined;
  // "Australian Open", "Nobel Peace Prize": an event or an award is held or given, not based.
  const head = words.at(-1) ?? "";
  if (HOMELESS_HEADS.has(head) || EVENT_HEADS.has(head)) return undefined;
  // "US TV", "British television": a country's medium, not a body of it.
  if (words.length === 2 && MEDIUM_HEADS.has(head)) return undefined;
  const countries = new Set<string>();
  for (let i = 0; i < words.length; ) {
    let step = 1;
    for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n >= 1; n--) {
      if (n === words.length) continue;
      const span = words.slice(i, i + n).join(" ");
      const entry = lookupEntity(span);
      if (!entry) continue;
      // "the Tampa Bay Buccaneers American football team": an adjective ends no body's name.
      if (i + n === words.length && lookupDemonym(span)) return undefined;
      if (entry.type === "COUNTRY") countries.add(entry.key);
      step = n;
      break;
    }
    i += step;
  }
  return countries.size === 1 ? [...countries][0] : undefined;
}

/**
 * The country the gazetteer puts an entity in, and how: a GeoNames city LOCATED_IN its country; a
 * curated government body or party ("Bundestag", "Labour Party") or a listed football club
 * ("Schalke") BASED_IN its country.
 */
function knownHome(
  type: string,
  key: string,
  facts: PlaceFacts | undefined,
): { type: "LOCATED_IN" | "BASED_IN"; country: string } | undefined {
  if (type === "PLACE") {
    const country = facts?.country;
    return country === undefined ? undefined : { type: "LOCATED_IN", country };
  }
  if (type === "ORGANIZATION") {
    const country = findEntryByKey(key)?.country ?? CLUB_COUNTRY.get(key) ?? nationalSideHome(key);
    return country === undefined ? undefined : { type: "BASED_IN", country };
  }
  return undefined;
}

/**
 * The country or home nation a national side plays for, by its key ("team:fra" → France,
 * "team:wales" → Wales): "France beat Wales… in Paris, France" — the side is the country's, as DWIE
 * has a national team based_in0 its country.
 */
function nationalSideHome(key: string): string | undefined {
  if (!key.startsWith(NATIONAL_SIDE_KEY_PREFIX)) return undefined;
  const rest = key.slice(NATIONAL_SIDE_KEY_PREFIX.length);
  const home = /^[a-z]{3}$/.test(rest) ? rest.toUpperCase() : `place:${rest}`;
  return findEntryByKey(home) ? home : undefined;
}

/**
 * The key the resolver gives a body named without its country in an article about one country
 * ("the Interior Ministry", "the Greens" → "institution:GRC:interior ministry", "party:AUT:greens").
 */
const COUNTRY_BODY_KEY_RE = /^(?:institution|party):([A-Z]{3}):/;

/** Types of entity that have a home: a place, an organisation, a country (its world regions). */
const HOMED_TYPES: ReadonlySet<string> = new Set(["PLACE", "ORGANIZATION", "COUNTRY", "EVENT"]);

/** Where a home comes from, and the provenance each source gives the relation. */
const HOME_PROVENANCE = {
  gazetteer: "KNOWLEDGE",
  name: "STATED",
  placeName: "STATED",
  article: "INFERRED",
} as const;

/** A home of an entity: the relation, the key of the entity it points at, and its source. */
interface Home {
  type: "LOCATED_IN" | "BASED_IN" | "LEADER_OF";
  /** A country's key ("DEU"), or a world region's ("place:europe"). */
  key: string;
  from: keyof typeof HOME_PROVENANCE;
  /** The country a region is a home through ("GBR" for London in Europe), when it is. */
  via?: string;
}

/** The gazetteer key of each world region name world-countries' regions map to. */
const REGION_KEYS: ReadonlyMap<string, string> = new Map(
  [...new Set([...COUNTRY_REGIONS.values()].flat())].flatMap((name) => {
    const key = lookupEntity(name)?.key;
    return key === undefined ? [] : [[name, key]];
  }),
);

/**
 * Where an entity is, and where that comes from: the gazetteer ("gazetteer", KNOWLEDGE: a city's
 * country, a curated body's country, a country's continent and world regions); for an
 * organisation the lists do not place, the country its own name names ("name", STATED: the
 * sentence naming "the US Army" says where it is from), or the article's country the resolver
 * gave a body named without one ("article", INFERRED: "the Interior Ministry" in a story about
 * Greece is Greece's).
 */
function homesOf(type: string, key: string, name: string, facts: PlaceFacts | undefined): Home[] {
  if (type === "COUNTRY") {
    return (COUNTRY_REGIONS.get(key) ?? []).flatMap((region) => {
      const regionKey = REGION_KEYS.get(region);
      return regionKey === undefined
        ? []
        : [{ type: "LOCATED_IN", key: regionKey, from: "gazetteer" } as const];
    });
  }
  const known = knownHome(type, key, facts);
  if (known) {
    const homes: Home[] = [{ type: known.type, key: known.country, from: "gazetteer" }];
    // "Glasgow ... Scotland", "Seattle ... Washington State": a city's home nation or state too.
    const division = facts?.division;
    if (division !== undefined && division !== key)
      homes.push({ type: "LOCATED_IN", key: division, from: "gazetteer" });
    // "Toronto … North America": a city lies in its country's continents and world regions
    // (when the article names the country, the country's own fact says so).
    if (type === "PLACE")
      for (const region of COUNTRY_REGIONS.get(known.country) ?? []) {
        const regionKey = REGION_KEYS.get(region);
        if (regionKey !== undefined)
          homes.push({ type: "LOCATED_IN", key: regionKey, from: "gazetteer", via: known.country });
      }
    return homes;
  }
  // A sports side's home is not what its name gives ("France" the team).
  if (type !== "ORGANIZATION" || isSideKey(key) || findEntryByKey(key) !== undefined) return [];
  const keyed = COUNTRY_BODY_KEY_RE.exec(key)?.[1];
  if (keyed !== undefined) return [{ type: "BASED_IN", key: keyed, from: "article" }];
  const country = countryNamedIn(name);
  return country === undefined ? [] : [{ type: "BASED_IN", key: country, from: "name" }];
}

/**
 * The adjectives of the United Kingdom's home nations, which the gazetteer keeps apart from the
 * countries' demonyms because "Welsh" and "English" are languages too: inside a body's or an
 * event's name they name the nation ("the Scottish Executive", "the Welsh Rugby Union", "the
 * Scottish Cup").
 */
export const HOME_NATION_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ["Scottish", "Scotland"],
  ["Welsh", "Wales"],
  ["English", "England"],
  ["Northern Irish", "Northern Ireland"],
]);

/** A city not listed counts inside a body's name from this many inhabitants, as in name-country. */
const NAMED_CITY_MIN_POPULATION = 200_000;

/** A place's name as names are compared: lower case, accents folded ("Zürich", "Zurich"). */
function foldName(name: string): string {
  return foldDiacritics(name).toLowerCase();
}

/**
 * The cities and regions an organisation's own name names ("placeName", STATED: "the London Stock
 * Exchange" is the London one, BASED_IN; "Bristol University" lies in Bristol, LOCATED_IN). Not a
 * sports side's: "Leeds United" is named for its town, but a side's home is its country's and its
 * ground's, read elsewhere.
 */
function placeNameHomesOf(
  type: string,
  key: string,
  name: string,
  placeKeyOf: (words: string) => string | undefined,
  eventPlaceKeyOf: (words: string) => string | undefined,
  isEventName: (name: string) => boolean,
): Home[] {
  // "the London Marathon", "the Australian Open": an event lies where its name says it is held.
  if (type === "EVENT")
    return eventPlaceKeysNamedIn(name, eventPlaceKeyOf, isEventName).map((place) => ({
      type: "LOCATED_IN" as const,
      key: place,
      from: "placeName" as const,
    }));
  // "Edinburgh Airport", "South Wales": a site or a region no gazetteer places lies in its place.
  if (type === "PLACE")
    return isKnownPlace(key)
      ? []
      : sitePlaceKeysNamedIn(name, placeKeyOf).map((place) => ({
          type: "LOCATED_IN" as const,
          key: place,
          from: "placeName" as const,
        }));
  if (type !== "ORGANIZATION" || isSideKey(key)) return [];
  return [
    ...placeKeysNamedIn(name, placeKeyOf).map((place) => ({
      type: "BASED_IN" as const,
      key: place,
      from: "placeName" as const,
    })),
    // "Bristol University", "the University of Michigan": a seat of learning lies in its place.
    ...seatPlaceKeysNamedIn(name, placeKeyOf).map((place) => ({
      type: "LOCATED_IN" as const,
      key: place,
      from: "placeName" as const,
    })),
  ];
}

/**
 * "Talks in Mombasa ... Kenya's government": Mombasa LOCATED_IN Kenya (KNOWLEDGE); "the Bundestag
 * ... Germany": the Bundestag BASED_IN Germany (KNOWLEDGE); "Germany ... Europe's biggest
 * economy": Germany LOCATED_IN Europe (KNOWLEDGE). Nothing when the article does not name the
 * country or the region (an entity must have a mention to be the article's), nor when a sentence
 * already states the same fact.
 */
export function relateKnowledge(
  text: string,
  sentences: Sentence[],
  resolution: Resolution,
  stated: readonly ExtractedRelation[],
): ExtractedRelation[] {
  // A home is a country, or a world region (a PLACE) for a country.
  const homeByKey = new Map<string, number>();
  resolution.entities.forEach((entity, index) => {
    if (entity.type === "COUNTRY" || entity.type === "PLACE") homeByKey.set(entity.key, index);
  });
  // "the Yantai … Bureau", "the London Stock Exchange": a place of the article a name opens with.
  const placeKeyByName = new Map<string, string>();
  for (const entity of resolution.entities)
    if (entity.type === "PLACE") placeKeyByName.set(foldName(entity.name), entity.key);
  // A listed place, or a city of some size ("Yantai"; not "Marlin", Texas, in "the Marlin Joint
  // Development Association"), within a country: "Asia Aid" names a continent.
  const placeKeyOf = (words: string) => {
    const entry = lookupEntity(HOME_NATION_ADJECTIVES.get(words) ?? words);
    const key =
      entry?.type === "PLACE"
        ? entry.key
        : lookupCity(words, NAMED_CITY_MIN_POPULATION)
          ? placeKeyByName.get(foldName(words))
          : undefined;
    return key !== undefined && homeByKey.has(key) && findPlaceFacts(key)?.country !== undefined
      ? key
      : undefined;
  };
  // "the Athens Olympics", "the French Open": a town of the article (as for a body), or a country
  // or a state named or given by its demonym; never a continent or a world region.
  const eventPlaceKeyOf = (words: string) => {
    const entry = lookupEntity(words);
    const key =
      entry?.type === "COUNTRY" ||
      (entry?.type === "PLACE" && findPlaceFacts(entry.key)?.country !== undefined)
        ? entry.key
        : placeKeyOf(words);
    return key !== undefined && homeByKey.has(key) ? key : undefined;
  };
  const eventNames = new Set(
    resolution.entities.filter((entity) => entity.type === "EVENT").map((entity) => entity.name),
  );
  const isEventName = (name: string) => eventNames.has(name);
  const literal = literalMentions(resolution);
  const relations: ExtractedRelation[] = [];
  resolution.entities.forEach((entity, place) => {
    if (!HOMED_TYPES.has(entity.type)) return;
    const facts = entity.type === "PLACE" ? findPlaceFacts(entity.key) : undefined;
    // A city read as a small namesake only because the article names its country is no fact.
    if (isDoubtfulHomonym(entity.name, facts?.country)) return;
    const homes = [
      ...homesOf(entity.type, entity.key, entity.name, facts),
      ...placeNameHomesOf(
        entity.type,
        entity.key,
        entity.name,
        placeKeyOf,
        eventPlaceKeyOf,
        isEventName,
      ),
    ];
    // "the northern German city of Hanover": a sentence putting the town in another country than
    // the gazetteer's namesake's (a Hanover in the United States) settles where it is.
    const isOtherNamesake =
      facts?.country !== undefined &&
      isStatedInOtherCountry(stated, resolution, place, facts.country);
    for (const home of homes) {
      const object = homeByKey.get(home.key);
      if (object === undefined) continue;
      if (home.via !== undefined && homeByKey.has(home.via)) continue;
      if (isOtherNamesake && home.from === "gazetteer") continue;
      const relation = knowledgeRelation(text, sentences, literal, stated, place, home, object);
      if (relation) relations.push(relation);
    }
  });
  return relations;
}

/** Whether a sentence states the place in a country other than the one keyed `country`. */
function isStatedInOtherCountry(
  stated: readonly ExtractedRelation[],
  resolution: Resolution,
  place: number,
  country: string,
): boolean {
  return stated.some((relation) => {
    if (relation.subject !== place || relation.type !== "LOCATED_IN") return false;
    if (relation.provenance !== "STATED") return false;
    const object = resolution.entities[relation.object];
    return object?.type === "COUNTRY" && object.key !== country;
  });
}

/** Each entity's literal mentions: "sanctions on Moscow", a metonym, names the state, not the city. */
function literalMentions(resolution: Resolution): Map<number, ExtractedMention[]> {
  const literal = new Map<number, ExtractedMention[]>();
  for (const mention of resolution.mentions) {
    if (mention.isMetonymy) continue;
    const list = literal.get(mention.entity);
    if (list) list.push(mention);
    else literal.set(mention.entity, [mention]);
  }
  return literal;
}

/** The polities a listed person headed, by the person's entity key ("vladimir putin" → RUS). */
const HEADED_BY_KEY: ReadonlyMap<string, readonly HeadedPolity[]> = new Map(
  [...POLITIES_HEADED].map(([canonical, polities]) => [normalizeKey(canonical), polities]),
);

/** The years a story falls in: from one year to another. */
interface Era {
  from: number;
  to: number;
}

/**
 * The years an undated story falls in, from the heads it states in office: "Prime Minister Tony
 * Blair" (1997–2007) and "US President George W Bush" (2001–2009) date it 2001–2007. A head the
 * rules read from a title in the present, not former nor inferred, of a polity the list says they
 * headed; undefined when none is stated (or the terms do not meet).
 */
function statedEra(
  text: string,
  resolution: Resolution,
  read: readonly ExtractedRelation[],
): Era | undefined {
  const terms: HeadedPolity[] = [];
  for (const relation of read) {
    if (
      relation.type !== "LEADER_OF" ||
      relation.provenance !== "STATED" ||
      relation.attributes[FORMER_ATTRIBUTE] !== undefined ||
      relation.attributes.inferred !== undefined ||
      relation.attributes.model !== undefined
    )
      continue;
    const person = resolution.entities[relation.subject];
    const polity = resolution.entities[relation.object];
    if (person?.type !== "PERSON" || !polity) continue;
    const term = HEADED_BY_KEY.get(person.key)?.find((headed) => headed.key === polity.key);
    if (term) terms.push(term);
  }
  // "Prime Minister Tony Blair spoke": a listed head the story titles as one now, its country
  // named or not.
  resolution.entities.forEach((entity, person) => {
    if (entity.type !== "PERSON") return;
    for (const term of HEADED_BY_KEY.get(entity.key) ?? [])
      if (readHeadTitles(text, resolution, person, term.key).leadsNow) terms.push(term);
  });
  let era: Era | undefined;
  for (const term of terms) {
    if (term.to === undefined) continue;
    era = {
      from: Math.max(era?.from ?? term.from, term.from),
      to: Math.min(era?.to ?? term.to, term.to),
    };
  }
  return era !== undefined && era.from <= era.to ? era : undefined;
}

/**
 * "Putin" in a story that also names Russia: a listed person LEADER_OF the states and bodies the
 * list says they headed (KNOWLEDGE), with the years (`term`: "1997–2007", "2012–" while in
 * office). Read after the rules, the model and the article's roles, so none of them takes it for
 * a feature or leaves a role unread because of it ("Chancellor Gordon Brown" in 2005 still holds
 * his office); none where a sentence or the model already relates the pair so. With the article's
 * date: nothing for a story from before the term, `former` for one from after it. Whatever the
 * date, nothing where the article titles the person with another office of the polity held now
 * ("Chancellor Gordon Brown"); without a date, `former` where it titles them a former head.
 */
export function relateHeadedPolities(
  text: string,
  sentences: Sentence[],
  resolution: Resolution,
  read: readonly ExtractedRelation[],
  publishedAt: string | null,
): ExtractedRelation[] {
  const polityByKey = new Map<string, number>();
  resolution.entities.forEach((entity, index) => {
    if (entity.type === "COUNTRY" || entity.type === "ORGANIZATION")
      polityByKey.set(entity.key, index);
  });
  const year = publishedAt ? Number(publishedAt.slice(0, 4)) : undefined;
  const era = year === undefined ? statedEra(text, resolution, read) : undefined;
  const literal = literalMentions(resolution);
  const relations: ExtractedRelation[] = [];
  resolution.entities.forEach((entity, person) => {
    if (entity.type !== "PERSON") return;
    for (const polity of HEADED_BY_KEY.get(entity.key) ?? []) {
      const object = polityByKey.get(polity.key);
      if (object === undefined || (year !== undefined && year < polity.from)) continue;
      // "Prime Minister Tony Blair" (1997–2007) and "Chancellor Gerhard Schroeder" (1998–2005)
      // in an undated story: Gordon Brown (2007–) is not yet its head. A term starting in the
      // era's last year may have begun within it.
      if (era !== undefined && polity.from > era.to) continue;
      // "Chancellor Gordon Brown", "Vice President Jacob Zuma": the story's own titles put the
      // person in another office of the polity, so not at its head at the story's time.
      const titles = readHeadTitles(text, resolution, person, polity.key);
      if (titles.holdsOtherOffice && !titles.leadsNow) continue;
      const home: Home = { type: "LEADER_OF", key: polity.key, from: "gazetteer" };
      const relation = knowledgeRelation(text, sentences, literal, read, person, home, object);
      if (!relation) continue;
      // "Former prime minister John Major": without the article's date, its titles tell the tense.
      const former =
        year !== undefined
          ? polity.to !== undefined && year > polity.to
          : (titles.ledFormerly && !titles.leadsNow) ||
            (era !== undefined && polity.to !== undefined && polity.to < era.from);
      relation.attributes = {
        term: `${polity.from}–${polity.to ?? ""}`,
        ...(former ? { [FORMER_ATTRIBUTE]: "true" } : {}),
      };
      relations.push(relation);
    }
  });
  return relations;
}

/**
 * The knowledge relation of one entity and one of its homes, when the article names the home
 * (`country`: a country, or a world region) and no sentence states the fact already; its evidence is the first sentence naming
 * both (else the entity's first), and its support the entity's other sentences and the home's
 * first.
 */
function knowledgeRelation(
  text: string,
  sentences: readonly Sentence[],
  literal: ReadonlyMap<number, readonly ExtractedMention[]>,
  stated: readonly ExtractedRelation[],
  place: number,
  home: Home,
  country: number,
): ExtractedRelation | undefined {
  const { type, from } = home;
  if (stated.some((r) => r.subject === place && r.object === country && r.type === type))
    return undefined;
  // "the Iraqi Airways office in Amman, Jordan": a sentence placing it settles its home.
  const isStatedElsewhere = stated.some(
    (r) => r.subject === place && r.type === type && r.provenance === "STATED",
  );
  // A country a sentence states settles a country the name or the article gives; a city the
  // name gives lies within it ("the London Stock Exchange … the UK's LSE").
  if ((from === "name" || from === "article") && isStatedElsewhere) return undefined;
  const placeMentions = literal.get(place) ?? [];
  const countryMentions = literal.get(country) ?? [];
  if (placeMentions.length === 0 || countryMentions.length === 0) return undefined;
  const together = placeMentions.find((p) =>
    countryMentions.some((c) => c.sentenceIndex === p.sentenceIndex),
  );
  const primary = together ?? (placeMentions[0] as ExtractedMention);
  const sentenceOf = (index: number) => sentences[index] as Sentence;
  const inPrimary = [
    ...placeMentions.filter((m) => m.sentenceIndex === primary.sentenceIndex).slice(0, 1),
    ...(together
      ? countryMentions.filter((m) => m.sentenceIndex === primary.sentenceIndex).slice(0, 1)
      : []),
  ];
  const support: RelationEvidence[] = [];
  const seen = new Set([primary.sentenceIndex]);
  for (const mention of [...placeMentions, countryMentions[0] as ExtractedMention]) {
    if (seen.has(mention.sentenceIndex)) continue;
    seen.add(mention.sentenceIndex);
    support.push(evidenceOf(text, sentenceOf(mention.sentenceIndex), [mention]));
  }
  return {
    subject: place,
    object: country,
    type,
    predicate: from,
    confidence: KNOWLEDGE_CONFIDENCE,
    attributes: {},
    evidence: evidenceOf(text, sentenceOf(primary.sentenceIndex), inPrimary),
    provenance: HOME_PROVENANCE[from],
    support,
  };
}
