/** Relate: typed relations (titles, verbs, nouns, coordination, appositions) and co-occurrence from resolved mentions. */

import {
  ENTITY_TYPES,
  type EntityType,
  type RelationType,
  ROLE_RELATION_TYPES,
  SYMMETRIC_RELATION_TYPES,
} from "../../domain/vocabulary.js";
import { findEntryByKey } from "../3-recognize/gazetteer/gazetteer-lookups.js";
import { isSideKey, isSportsStory } from "../3-recognize/sports-teams.js";
import type { Resolution } from "../4-resolve/resolve.js";
import { HOME_NATION_KEYS } from "../model/lexicons/sport-cues.js";
import { PARTY_SURFACE } from "../model/news-roles.js";
import type { CoOccurrence, ExtractedRelation, Sentence } from "../types.js";
import { isAcronymPair } from "./acronym-pairs.js";
import { relateAppointments } from "./appointments.js";
import { relateAppositions } from "./appositions.js";
import { relateArticleRoles, relateSentenceRoles } from "./article-roles.js";
import { relateAwardAdjectives } from "./award-adjectives.js";
import { relateAwardRoles } from "./award-roles.js";
import { relateBackingCompounds } from "./backing-compounds.js";
import { relateBandMemberships } from "./band-memberships.js";
import { relateBrandedProducts } from "./branded-products.js";
import { relateCareerWorks } from "./career-works.js";
import { findMakers, relateCastLists } from "./cast-lists.js";
import { buildDocumentView } from "./classifier/candidates.js";
import { type BodyKind, inferRelations } from "./classifier/infer.js";
import { loadRelationModel, type RelationModel } from "./classifier/model.js";
import { isNamedElsewhere } from "./classifier/name-country.js";
import { classifyPairs, madeThings, narrowSignature } from "./classifier/predict.js";
import { countCoOccurrences } from "./co-occurrence.js";
import { relateCoachPlayers } from "./coach-players.js";
import { relateCoachResults } from "./coach-results.js";
import { isCommitteeParentLeader } from "./committee-parents.js";
import { relateCoordination } from "./coordination.js";
import { relateDescribedEmployers } from "./described-employers.js";
import { relateDescribedNationals } from "./described-nationals.js";
import { relateDescribedReferences } from "./described-references.js";
import {
  findDescriptionViews,
  inferThroughDescription,
  relateWorkRoles,
} from "./described-works.js";
import { retypeEmployersTypedAsOthers } from "./employer-types.js";
import { findDates, nearestDate } from "./event-dates.js";
import { relateEventEntries } from "./event-entries.js";
import {
  relateCompetitionFixtures,
  relateEventResults,
  relateMatchEvents,
  relateSideCompetitions,
} from "./event-results.js";
import { relateFirmLaunches } from "./firm-launches.js";
import { relateFirmOwnership } from "./firm-ownership.js";
import { isInterviewRole, relateFirmPatterns } from "./firm-patterns.js";
import { relateFirmPronounDeals } from "./firm-pronouns.js";
import { relateFirmStructure } from "./firm-structure.js";
import { markPastRoles } from "./former-roles.js";
import { relateFounders } from "./founders.js";
import { relateGrantedResults } from "./granted-results.js";
import { relateHomeOffices } from "./home-offices.js";
import { relateJobAppositions } from "./job-appositions.js";
import {
  isImpossiblePlacement,
  isKnownPlace,
  relateHeadedPolities,
  relateKnowledge,
} from "./knowledge.js";
import { relateLegislatureMembers } from "./legislature-members.js";
import { relateLineUps } from "./line-ups.js";
import { relateMedia } from "./media-relations.js";
import { findTextCuedParties, findTradeUnions, isMembershipRole } from "./membership-bodies.js";
import { relateMinisterAppositions } from "./minister-appositions.js";
import { dropContradictedNationalities } from "./nationalities.js";
import { relateNewsPatterns } from "./news-patterns.js";
import { relateNominals } from "./nominal-relations.js";
import { relateOrganisationDefinitions } from "./organisation-definitions.js";
import { relateOriginModifiers } from "./origin-modifiers.js";
import { relateOwnedRoles } from "./owned-roles.js";
import { relateOwnedWorks } from "./owned-works.js";
import { relateOwners } from "./owners.js";
import { relatePartyBriefs } from "./party-briefs.js";
import { relatePartyCriticism } from "./party-criticism.js";
import { relatePartyOfficers } from "./party-officers.js";
import { relatePartyPoliticians } from "./party-politicians.js";
import { relatePartyVoices } from "./party-voices.js";
import { relatePassiveWins } from "./passive-wins.js";
import { relatePerformerTitles } from "./performer-titles.js";
import { relatePlacePossessives } from "./place-possessives.js";
import { relatePlayerResults } from "./player-results.js";
import {
  relateCriticismParticiples,
  relatePoliticalCriticism,
  retypeWordsOfAttack,
} from "./political-criticism.js";
import { isPossessorPartyRole, relatePossessedParties } from "./possessor-parties.js";
import { relateProductLines } from "./product-lines.js";
import { relateProductPossessives, viewProducts } from "./product-possessives.js";
import { relateProgrammeContributors } from "./programme-contributors.js";
import { relateProgrammeMakers } from "./programme-makers.js";
import { relatePronounRoles } from "./pronoun-roles.js";
import { findPronounViews, inferThroughPronoun } from "./pronoun-subjects.js";
import { relateRelativeMemberships } from "./relative-memberships.js";
import { relateResultPhrasings } from "./result-phrasings.js";
import { relateRolePhrases } from "./role-phrases.js";
import { relateRolesPlayed } from "./roles-played.js";
import { relateScoreLineUps } from "./score-line-ups.js";
import { relateScorerSides } from "./scorer-sides.js";
import { relateSentenceSideRoles } from "./sentence-side-roles.js";
import { buildContexts, makeRelation, type SentenceContext, spanOf } from "./sentence-view.js";
import { relateSideAnaphora } from "./side-anaphora.js";
import { relateSideSentenceResults } from "./side-sentence-results.js";
import { relateStoryBands } from "./story-bands.js";
import { relateTitles } from "./title-relations.js";
import { relateTitlesWon } from "./titles-won.js";
import { isUnnamedHoldersCountry } from "./unnamed-holders.js";
import { relateVerbs } from "./verbs.js";
import { relateVotedLineUps } from "./voted-line-ups.js";
import { relateWorkPossessives } from "./work-possessives.js";
import { findWorkTitles } from "./work-titles.js";
import { markRelatedWorks, retypeCuedWorks, retypeWorksTypedAsPeople } from "./work-types.js";
import { relateWorksBy } from "./works-by.js";

/** Whitespace between the words of a name. */
const WHITESPACE_RE = /\s+/;

/** Typed relations found in the article and the sentence-level co-occurrence counts. */
export interface Relating {
  relations: ExtractedRelation[];
  coOccurrences: CoOccurrence[];
}

/** What relate needs beyond the text: the publication date anchors "on Tuesday". */
export interface RelateOptions {
  publishedAt?: string | null;
  /** The article's headline when intake separates it from the text ("Hearts 2-1 Livingston"). */
  title?: string | null;
  /** The trained pair classifier; the committed one by default, null for the rules alone. */
  relationModel?: RelationModel | null;
}

const AGENTS: readonly EntityType[] = ["PERSON", "COUNTRY", "ORGANIZATION"];
const POLITIES: readonly EntityType[] = ["COUNTRY", "ORGANIZATION"];
const WHERE: readonly EntityType[] = ["PLACE", "COUNTRY"];
const ANY: readonly EntityType[] = ENTITY_TYPES;
const WORKS: readonly EntityType[] = ["OTHER", "EVENT", "ORGANIZATION", "PLACE"];
/**
 * Relations whose work end is a title by nature: "the film Gladiator" may join these. Read by
 * rules only; the classifier neither predicts them nor sees them among its features.
 */
const WORK_RELATIONS: ReadonlySet<RelationType> = new Set([
  "APPEARS_IN",
  "CREATED",
  "WON",
  "PRODUCES",
  "NOMINATED_FOR",
]);

/** Which entity types each relation joins (subject, object): a pattern's match outside them is a misreading. */
const SIGNATURES: Readonly<
  Record<RelationType, readonly [readonly EntityType[], readonly EntityType[]]>
> = {
  LEADER_OF: [["PERSON"], POLITIES],
  HOLDS_POSITION: [["PERSON"], POLITIES],
  MEMBER_OF: [AGENTS, ["ORGANIZATION"]],
  PARTY_TO: [AGENTS, ["AGREEMENT", "ORGANIZATION"]],
  MET_WITH: [AGENTS, AGENTS],
  VISITED: [AGENTS, WHERE],
  SUPPORTS: [AGENTS, ANY],
  OPPOSES: [AGENTS, ANY],
  CRITICIZES: [AGENTS, ANY],
  ACCUSES: [AGENTS, AGENTS],
  SANCTIONS: [AGENTS, AGENTS],
  COOPERATES_WITH: [AGENTS, AGENTS],
  ATTACKED: [AGENTS, ["COUNTRY", "PLACE", "ORGANIZATION", "PERSON"]],
  IN_CONFLICT_WITH: [AGENTS, AGENTS],
  NEGOTIATES_WITH: [AGENTS, AGENTS],
  PROPOSED: [AGENTS, ["AGREEMENT", "EVENT", "OTHER"]],
  CITIZEN_OF: [["PERSON"], ["COUNTRY"]],
  BASED_IN: [["ORGANIZATION"], WHERE],
  LOCATED_IN: [["PLACE", "OTHER", "EVENT", "ORGANIZATION"], WHERE],
  PART_OF: [
    ["PLACE", "COUNTRY", "ORGANIZATION"],
    ["PLACE", "COUNTRY", "ORGANIZATION"],
  ],
  CAPITAL_OF: [["PLACE"], WHERE],
  PARTICIPATED_IN: [AGENTS, ["EVENT", "OTHER"]],
  // A national side is often named by its country ("Henry scored for France").
  // "Leeds striker Alan Smith": clubs are often named by their town.
  PLAYS_FOR: [["PERSON"], [...POLITIES, "PLACE"]],
  COACHES: [["PERSON"], [...POLITIES, "PLACE"]],
  // "a spokesman for the State Department", "an adviser to the German government".
  WORKS_FOR: [["PERSON"], POLITIES],
  FOUNDED: [AGENTS, ["ORGANIZATION", "EVENT", "OTHER"]],
  ACQUIRED: [["ORGANIZATION"], ["ORGANIZATION"]],
  DEFEATED: [
    [...AGENTS, "PLACE"],
    [...AGENTS, "PLACE"],
  ],
  // A work or a product is OTHER or EVENT, or a name the recogniser took for an organisation or a
  // place that a work noun announces ("the album Greenwich Mean Time"): media-relations.ts checks it.
  APPEARS_IN: [["PERSON", "ORGANIZATION"], WORKS],
  CREATED: [["PERSON", "ORGANIZATION"], WORKS],
  // An award by its name ("the Oscar") whatever type the recogniser gave it; never a country.
  WON: [
    [...AGENTS, "OTHER", "EVENT"],
    [...WORKS, "PERSON"],
  ],
  PRODUCES: [["ORGANIZATION"], WORKS],
  // "Oscar nominee Clive Owen", "Sideways was nominated for five Oscars": as WON.
  NOMINATED_FOR: [
    [...AGENTS, "OTHER", "EVENT"],
    [...WORKS, "PERSON"],
  ],
  // "Chelsea owner Roman Abramovich", "a cattle ranch owned by Agroflora": a body or a property.
  OWNS: [
    ["PERSON", "ORGANIZATION"],
    ["ORGANIZATION", "PLACE", "OTHER"],
  ],
};

/**
 * The rule relations the classifier reads as features: all but the rule-only work relations and
 * OWNS, which the training sets never label (the model was trained without them as features).
 */
export function modelFeatureRules(rules: readonly ExtractedRelation[]): ExtractedRelation[] {
  return rules.filter((relation) => !WORK_RELATIONS.has(relation.type) && relation.type !== "OWNS");
}

/** Relations about states rather than events carry no event date. */
const UNDATED: ReadonlySet<RelationType> = new Set([
  "CITIZEN_OF",
  "BASED_IN",
  "LOCATED_IN",
  "PART_OF",
  "CAPITAL_OF",
  "PLAYS_FOR",
  "COACHES",
  "WORKS_FOR",
  "OWNS",
]);

/** Words that head a proposal ("the Chinese peace plan" → China PROPOSED it). */
const PROPOSAL_HEADS = /\b(plan|proposal|initiative|blueprint|roadmap|framework)$/i;
/** "Xi-Putin summit": two names joined by a hyphen before a meeting word. */
const PAIR_MEETING = /^(\p{Lu}[\p{L}'’.]*)-(\p{Lu}[\p{L}'’.]*) (summit|talks|meeting)$/u;

/** Relations stated by the names of things: "the Chinese peace plan", "the Xi-Putin summit". */
function relateNames(
  ctx: SentenceContext,
  personByWord: ReadonlyMap<string, number>,
): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (const unit of ctx.units) {
    const surface = ctx.text.slice(unit.start, unit.end);
    // "the Chinese peace plan": the demonym names who proposed it.
    if (unit.type === "AGREEMENT" && PROPOSAL_HEADS.test(surface)) {
      const proposer = unit.inner.find(
        (inner) => inner.tokenStart === unit.tokenStart && inner.type === "COUNTRY",
      );
      if (proposer)
        relations.push(
          makeRelation(ctx, proposer, unit, "PROPOSED", "plan", 0.65, spanOf(ctx, unit)),
        );
    }
    // "The Xi-Putin summit in Moscow".
    const pair = unit.type === "EVENT" ? PAIR_MEETING.exec(surface) : null;
    if (pair) {
      const a = personByWord.get(pair[1]!);
      const b = personByWord.get(pair[2]!);
      if (a !== undefined && b !== undefined && a !== b) {
        relations.push(makeRelation(ctx, a, b, "MET_WITH", pair[3]!, 0.7, spanOf(ctx, unit)));
      }
    }
  }
  return relations;
}

/** "Xi" and "Xi Jinping" → the person, for names written inside other names. */
function indexPersonWords(resolution: Resolution): Map<string, number> {
  const index = new Map<string, number>();
  const ambiguous = new Set<string>();
  resolution.entities.forEach((entity, i) => {
    if (entity.type !== "PERSON") return;
    for (const name of [entity.name, ...entity.aliases]) {
      for (const word of name.split(WHITESPACE_RE)) {
        if (index.has(word) && index.get(word) !== i) ambiguous.add(word);
        index.set(word, i);
      }
    }
  });
  for (const word of ambiguous) index.delete(word);
  return index;
}

/** Whether a relation type may join a subject and an object of these types. */
export function fitsSignature(
  type: RelationType,
  subject: EntityType,
  object: EntityType,
): boolean {
  const signature = SIGNATURES[type];
  return signature[0].includes(subject) && signature[1].includes(object);
}

const MODEL_SIGNATURES = narrowSignature(fitsSignature);

function isWellTyped(relation: ExtractedRelation, types: readonly EntityType[]): boolean {
  const subject = types[relation.subject];
  const object = types[relation.object];
  return (
    subject !== undefined && object !== undefined && fitsSignature(relation.type, subject, object)
  );
}

/**
 * Whether a relation is a home nation's entry in a competition in a sports story: "England's Six
 * Nations opener", "beaten by Wales in their Six Nations opener". England, Scotland, Wales and
 * Northern Ireland are places of the United Kingdom, not countries, but each fields its own
 * national side, which takes part in competitions as a country's does.
 */
function isHomeNationEntry(
  relation: ExtractedRelation,
  resolution: Resolution,
  isSport: boolean,
): boolean {
  return (
    isSport &&
    relation.type === "PARTICIPATED_IN" &&
    HOME_NATION_KEYS.has(resolution.entities[relation.subject]?.key ?? "") &&
    fitsSignature(relation.type, "COUNTRY", resolution.entities[relation.object]?.type ?? "PLACE")
  );
}

/** "Hatfield, Hertfordshire", "Albany County": names that say they are a division. */
const DIVISION_TAIL_RE = /(shire|County|Province|Region|State|District)$/;

/**
 * Whether the gazetteer allows a place-in-place relation ("Wales LOCATED_IN Rome" it does not).
 * A bare comma before a name it does not know as a place ("Hercus, Redpath (capt)" in a line-up,
 * "laptops from Toshiba, HP", "the Berkeley, Claridge's and the Connaught", "In London, Corus
 * fell") is no place hierarchy unless that name says it is a division ("Hatfield, Hertfordshire").
 */
function isPlausiblePlacement(relation: ExtractedRelation, resolution: Resolution): boolean {
  if (relation.type !== "LOCATED_IN") return true;
  const subject = resolution.entities[relation.subject];
  const object = resolution.entities[relation.object];
  if (subject?.type !== "PLACE" || object?.type !== "PLACE") return true;
  if (
    relation.predicate === "," &&
    !isKnownPlace(object.key) &&
    !DIVISION_TAIL_RE.test(object.name)
  )
    return false;
  return !isImpossiblePlacement(subject.key, object.key);
}

/** Verbs that, in a sports story, announce a fixture or a pass, not a meeting: "Chelsea host Birmingham", "she will now meet Venus Williams", "met Neville's cross". */
const FIXTURE_VERB_RE = /^(meet|meets|met|host|hosts|hosted)$/;

/** A post read as a party's head that is one of its officers: "Labour chairman", "Tory co-chairman". */
const CHAIR_RE = /\b(co-)?chair(man|woman|person)?$/i;

/** A role phrase ending in "manager" ("general manager at", "HMV manager"). */
const MANAGER_RE = /\bmanager\b/;

/** "general manager of", "general manager at". */
const GENERAL_MANAGER_RE = /\bgeneral manager\b/;

/** Bodies a person joins as a member even in a sports story: a party, an international body. */
const MEMBERSHIP_KINDS: ReadonlySet<string> = new Set(["party", "international"]);
/** The verbs of joining a body ("joined", "joins", "join"). */
const JOIN_VERB_RE = /^(re)?join(s|ed)?$/;

/** Keys of the listed companies ("company:vodafone"). */
const COMPANY_KEY_RE = /^company:/;

/** A person's "joined" whose object is a listed company or a news organisation. */
function isJoinedFirm(relation: ExtractedRelation, resolution: Resolution): boolean {
  if (relation.type !== "MEMBER_OF" || !JOIN_VERB_RE.test(relation.predicate)) return false;
  if (resolution.entities[relation.subject]?.type !== "PERSON") return false;
  const key = resolution.entities[relation.object]?.key ?? "";
  return COMPANY_KEY_RE.test(key) || findEntryByKey(key)?.kind === "news";
}

/**
 * A national side's key, made by the recogniser from its country's ("team:fra" from "FRA") or a
 * home nation's ("team:wales" from "place:wales").
 */
const NATIONAL_SIDE_KEY_RE = /^team:(?:([a-z]{3})|([a-z-]+))$/;
/** Relations that say where something is. */
const WHEREABOUTS: ReadonlySet<RelationType> = new Set(["BASED_IN", "LOCATED_IN", "PART_OF"]);

/**
 * Whether a relation may put a national side where it puts it: in its own country only. "They beat
 * Australia in Barcelona", "the friendly against Hungary in Cardiff": the place is the match's.
 */
function isPlausibleSidePlace(relation: ExtractedRelation, resolution: Resolution): boolean {
  if (!WHEREABOUTS.has(relation.type)) return true;
  const side = NATIONAL_SIDE_KEY_RE.exec(resolution.entities[relation.subject]?.key ?? "");
  if (!side) return true;
  const home = side[1] === undefined ? `place:${side[2]}` : side[1].toUpperCase();
  return resolution.entities[relation.object]?.key === home;
}

/**
 * Whether the model gives a seat (BASED_IN) to a university or a school whose own name puts it in
 * the place ("the University of Michigan" LOCATED_IN Michigan, read from the name by
 * knowledge.ts): the name says where it lies, not that it is headquartered there, and the model
 * only echoes that feature under the type the name rules out. `namedPlaces` holds the
 * "subject:object" pairs the names placed (`namedPlacePairs`).
 */
function isNamedSeatEcho(relation: ExtractedRelation, namedPlaces: ReadonlySet<string>): boolean {
  return (
    relation.type === "BASED_IN" &&
    relation.attributes.model !== undefined &&
    namedPlaces.has(`${relation.subject}:${relation.object}`)
  );
}

/** The "subject:object" pairs a body's own name places (LOCATED_IN read by knowledge.ts). */
function namedPlacePairs(known: readonly ExtractedRelation[]): Set<string> {
  const pairs = new Set<string>();
  for (const relation of known)
    if (relation.type === "LOCATED_IN" && relation.predicate === "placeName")
      pairs.add(`${relation.subject}:${relation.object}`);
  return pairs;
}

/** Keeps one relation per fact and sentence (the most confident), symmetric facts in either order. */
function dedupeRelations(relations: ExtractedRelation[]): ExtractedRelation[] {
  const best = new Map<string, ExtractedRelation>();
  for (const relation of relations) {
    const [a, b] =
      SYMMETRIC_RELATION_TYPES.has(relation.type) && relation.subject > relation.object
        ? [relation.object, relation.subject]
        : [relation.subject, relation.object];
    const key = `${relation.evidence.sentenceIndex}:${a}:${b}:${relation.type}`;
    const current = best.get(key);
    if (!current || relation.confidence > current.confidence) best.set(key, relation);
  }
  return [...best.values()];
}

/**
 * The relations without a role (ROLE_RELATION_TYPES: a part in a body) of a person in what a rule
 * says the person made or appeared in: "Ocean's Eleven was directed by Oscar-winning director Steven Soderbergh" is his film
 * (CREATED), and the title "director" leads no body there.
 */
function dropRolesInWorks(relations: ExtractedRelation[]): ExtractedRelation[] {
  const works = new Set(
    relations
      .filter((relation) => relation.type === "CREATED" || relation.type === "APPEARS_IN")
      .map((relation) => `${relation.subject}:${relation.object}`),
  );
  if (works.size === 0) return relations;
  return relations.filter(
    (relation) =>
      !ROLE_RELATION_TYPES.has(relation.type) ||
      !works.has(`${relation.subject}:${relation.object}`),
  );
}

/** Finds typed relations (with evidence) and co-occurrences in a resolved article. */
export function relateEntities(
  text: string,
  sentences: Sentence[],
  resolution: Resolution,
  options: RelateOptions = {},
): Relating {
  // "the film Vera Drake", "Kinsey, starring Liam Neeson": a work the recogniser took for a person.
  const asPeople = retypeWorksTypedAsPeople(sentences, resolution);
  // "starred in Robocop", "Boogeyman took $19.5m": one cue makes every mention the work's.
  const retyped = retypeCuedWorks(text, sentences, resolution).map(
    (cued, i) => cued || asPeople[i]!,
  );
  // "Jo Bell, head of mobile services at Vexaphone": an employer the recogniser took for a place.
  retypeEmployersTypedAsOthers(sentences, resolution);
  const contexts = buildContexts(text, sentences, resolution, retyped);
  const tradeUnions = findTradeUnions(text, resolution);
  const cuedParties = findTextCuedParties(text, resolution);
  // "Tory leader Michael Howard" heads a party, "Gazprom chief Alexei Miller" a firm.
  const bodyKindOf = (entity: number): BodyKind => {
    const body = resolution.entities[entity];
    const kind = body ? findEntryByKey(body.key)?.kind : undefined;
    if (kind === "party" || PARTY_SURFACE.test(body?.name ?? "") || cuedParties.has(entity))
      return "party";
    if (kind === "international") return "international";
    return tradeUnions.has(entity) ? "union" : "other";
  };
  const isPartyEntity = (entity: number) => bodyKindOf(entity) === "party";
  // "the Reebok Cardiff Cross Challenge": a body's own name may say which country it is in.
  const isNamedAwayFrom = (subject: number, country: number): boolean => {
    const body = resolution.entities[subject];
    const place = resolution.entities[country];
    return (
      body?.type === "ORGANIZATION" &&
      place?.type === "COUNTRY" &&
      isNamedElsewhere(body.name, place.key)
    );
  };
  const isPartyChair = (relation: ExtractedRelation) =>
    relation.type === "LEADER_OF" &&
    CHAIR_RE.test(relation.predicate) &&
    bodyKindOf(relation.object) === "party";
  const personByWord = indexPersonWords(resolution);
  const found: ExtractedRelation[] = relateTitles(contexts, resolution);
  const isSport = isSportsStory(sentences);
  const story = { isSport, keys: resolution.entities.map((entity) => entity.key) };
  // "the film Gladiator", "Lost In Translation": a work's title joins no relation but a work's.
  const isWork = findWorkTitles(sentences, resolution).map((work, i) => work || retyped[i]!);
  // "director Ridley Scott… the Ridley Scott film Gladiator": people the article calls makers.
  const makers = isSport ? new Set<number>() : findMakers(contexts);
  // "Jane Doe was appointed… She joined Acme from Globex": the rules read the pronoun as her.
  const pronounViews = findPronounViews(contexts);
  // "Hotel Rwanda… The movie's star Don Cheadle": the rules read the description as the work.
  const descriptionViews = isSport
    ? []
    : findDescriptionViews(
        contexts.map((plain, k) => pronounViews[k]?.ctx ?? plain),
        isWork,
      );
  const readSentence = (ctx: SentenceContext): ExtractedRelation[] => {
    // One array filled in place: spreading some forty rule lists per sentence made garbage.
    const read: ExtractedRelation[] = [];
    const add = (list: readonly ExtractedRelation[]) => {
      for (let i = 0; i < list.length; i++) read.push(list[i]!);
    };
    // The rules of firms, parties, bands and bodies' staff relate an organisation the sentence
    // names: a sentence naming none skips them (about half the sentences; the same relations).
    const namesBody = ctx.units.some((unit) => unit.type === "ORGANIZATION");
    // Likewise the rules of people's roles, careers, casts and matches relate a person it names.
    const namesPerson = ctx.units.some((unit) => unit.type === "PERSON");
    add(relateVerbs(ctx));
    add(relateNominals(ctx));
    add(relateCoordination(ctx));
    add(relateAppositions(ctx));
    if (namesBody) add(relateOrganisationDefinitions(ctx));
    add(relateOriginModifiers(ctx));
    add(relateNames(ctx, personByWord));
    add(relateNewsPatterns(ctx, story));
    add(relatePlacePossessives(ctx, story));
    add(relateEventResults(ctx, isSport));
    // "Hale will compete in the 60m at the Grand Prix": an athlete's entry in a named event.
    if (namesPerson) add(relateEventEntries(ctx));
    add(relateMedia(ctx));
    add(relateTitlesWon(ctx));
    add(relatePassiveWins(ctx));
    if (!isSport && namesPerson) add(relateCareerWorks(ctx));
    add(relateWorkPossessives(ctx, isWork, story));
    if (!isSport) {
      add(relateWorksBy(ctx, story.keys, isWork));
      // "McFadden… his first solo single Real To Me": the one person named before owns the work.
      add(relateOwnedWorks(ctx));
      add(relateProgrammeMakers(ctx, story.keys));
      add(relateProgrammeContributors(ctx));
      add(relateAwardAdjectives(ctx));
      if (namesPerson) {
        add(relatePerformerTitles(ctx, story.keys));
        if (namesBody) add(relateBandMemberships(ctx));
        add(relateRolesPlayed(ctx));
        add(relateAwardRoles(ctx, story.keys));
        add(relateCastLists(ctx, story.keys, makers));
        add(relateWorkRoles(ctx));
      }
    }
    if (namesBody) {
      add(relateFirmPatterns(ctx, isSport));
      add(relateFirmStructure(ctx));
    }
    if (namesPerson) add(relateRolePhrases(ctx));
    if (namesBody) add(relateFirmOwnership(ctx));
    // "Chelsea owner Roman Abramovich", "Glazer, who owns the Buccaneers": an owner and its holding.
    if (namesBody || namesPerson) add(relateOwners(ctx));
    add(relateFounders(ctx));
    // "the Moscow-backed candidate Viktor Yanukovych": a backer joined to its participle.
    add(relateBackingCompounds(ctx));
    if (namesPerson) {
      add(relateAppointments(ctx));
      add(relateMinisterAppositions(ctx));
    }
    if (!isSport && namesBody && namesPerson) {
      add(relateDescribedEmployers(ctx));
      add(relateJobAppositions(ctx));
      add(relateOwnedRoles(ctx));
    }
    add(relatePoliticalCriticism(ctx));
    if (namesBody && namesPerson) {
      add(relatePartyBriefs(ctx));
      add(relatePartyVoices(ctx));
      add(relateRelativeMemberships(ctx));
    }
    add(relateCriticismParticiples(ctx, resolution));
    if (namesBody) add(relatePartyCriticism(ctx, resolution));
    if (namesPerson) add(relatePlayerResults(ctx));
    if (isSport) {
      if (namesPerson) add(relateLineUps(ctx));
      add(relateSideCompetitions(ctx));
      add(relateCompetitionFixtures(ctx, story.keys));
      add(relateResultPhrasings(ctx));
      add(relateGrantedResults(ctx));
      if (namesPerson) add(relateScorerSides(ctx));
    }
    // "Calleri beat Novak 7-5 6-1 at the Mexican Open": both sides of a match took part in it.
    add(relateMatchEvents(ctx, read, isSport));
    return read;
  };
  contexts.forEach((plain, k) => {
    const view = pronounViews[k];
    const ctx = view?.ctx ?? plain;
    if (ctx.units.length < 1) return;
    const read = readSentence(ctx);
    found.push(...(view ? inferThroughPronoun(view, read) : read));
    const described = descriptionViews[k];
    if (described)
      found.push(...inferThroughDescription(described, readSentence(described.ctx), read));
  });
  // "Microsoft grew… In 2003 it bought Romanian firm Quorbit": a firm's takeovers as "it".
  if (!isSport) found.push(...relateFirmPronounDeals(contexts, story));
  // "Pop band Quillmoor have split… frontman Tom Hale said": a player of the story's one band.
  if (!isSport) found.push(...relateStoryBands(contexts));
  const productView = viewProducts(contexts);
  found.push(
    ...relateProductPossessives(contexts, story.keys, productView),
    ...relateBrandedProducts(contexts, resolution, productView),
    ...relateFirmLaunches(contexts, story.keys, productView),
  );
  const types = resolution.entities.map((entity) => entity.type);
  retypeWordsOfAttack(found, resolution);
  for (const relation of found) {
    // "fought in World War II", "attacked during the offensive": taking part in an event.
    if (
      (relation.type === "IN_CONFLICT_WITH" || relation.type === "ATTACKED") &&
      types[relation.object] === "EVENT"
    ) {
      relation.type = "PARTICIPATED_IN";
    }
  }
  // "HMV manager Clive Smith", "marketing manager at Snappy Snaps": outside sport a manager
  // works for the firm; only a club's or a side's manager coaches it (a club named by its town
  // or a side by its country stays a team). A general manager runs the business, never the side.
  for (const relation of found) {
    if (relation.type !== "COACHES" || !MANAGER_RE.test(relation.predicate)) continue;
    const object = resolution.entities[relation.object];
    if (
      GENERAL_MANAGER_RE.test(relation.predicate) ||
      (!isSport && object?.type === "ORGANIZATION" && !isSideKey(object.key))
    )
      relation.type = "WORKS_FOR";
  }
  // "Labour chairman Ian McCartney", "UKIP's chairman X": a party's chairman runs its organisation
  // under its leader; he is a member of the party, not its leader (a firm's chairman heads it).
  for (const relation of found) if (isPartyChair(relation)) relation.type = "MEMBER_OF";
  // "Mary Jones joined Vexaphone in 1998": who joins a firm or a news organisation works for it;
  // joining a party, a union or an international body stays membership.
  for (const relation of found) if (isJoinedFirm(relation, resolution)) relation.type = "WORKS_FOR";
  const isFixture = (relation: ExtractedRelation) =>
    isSport && relation.type === "MET_WITH" && FIXTURE_VERB_RE.test(relation.predicate);
  // "Bosvelt joined City", "Weir is poised to join Sunderland": in a sports story a player who
  // joins a club plays for it, which the sport verbs read (a hoped-for move aside); he is no member
  // (of a party or an international body aside).
  const isJoinedSide = (relation: ExtractedRelation) =>
    isSport &&
    relation.type === "MEMBER_OF" &&
    JOIN_VERB_RE.test(relation.predicate) &&
    types[relation.subject] === "PERSON" &&
    types[relation.object] === "ORGANIZATION" &&
    !MEMBERSHIP_KINDS.has(
      findEntryByKey(resolution.entities[relation.object]?.key ?? "")?.kind ?? "",
    );
  const isRelatable = (relation: ExtractedRelation) =>
    WORK_RELATIONS.has(relation.type) || (!isWork[relation.subject] && !isWork[relation.object]);
  const rules = dedupeRelations(
    found.filter(
      (relation) =>
        relation.subject !== relation.object &&
        !isFixture(relation) &&
        !isJoinedSide(relation) &&
        (isWellTyped(relation, types) || isHomeNationEntry(relation, resolution, isSport)) &&
        isPlausiblePlacement(relation, resolution) &&
        isPlausibleSidePlace(relation, resolution) &&
        isRelatable(relation) &&
        // "chairman of the Commons public accounts committee" heads the committee, not the Commons.
        !isCommitteeParentLeader(relation, contexts),
    ),
  );
  // "Clint Eastwood CREATED Million Dollar Baby": a title the rules read as a work takes no
  // inference below but a work's.
  markRelatedWorks(isWork, rules, resolution);
  // The second layer: a trained model over entity pairs, with the rules' output as features.
  const model = options.relationModel === undefined ? loadRelationModel() : options.relationModel;
  // Gazetteer facts next ("Lyon" is in France): never doubling a stated LOCATED_IN, and never
  // left for the model to re-guess as an inference.
  const known = [...rules, ...relateKnowledge(text, sentences, resolution, rules)];
  // "Gebrselassie won… The Ethiopian legend…": read before the model so that the nationality it
  // states rules out another the model would guess, and added after it, no model feature.
  const described = relateDescribedNationals(contexts, resolution, known);
  const view = model ? buildDocumentView(text, sentences, resolution) : undefined;
  const namedPlaces = namedPlacePairs(known);
  const paired =
    model && view
      ? [
          ...known,
          ...classifyPairs(
            view,
            modelFeatureRules(known),
            model,
            MODEL_SIGNATURES,
            described,
            madeThings(view, known),
          ).filter((relation) => !isNamedSeatEcho(relation, namedPlaces)),
        ]
      : known;
  const isPaired = (relation: ExtractedRelation) =>
    paired.some(
      (other) =>
        other.type === relation.type &&
        other.subject === relation.subject &&
        other.object === relation.object,
    );
  // "Chief executive Tom Glocer said" in a story about Reuters: after the model, so a role it or a
  // rule reads from a sentence naming both wins, and no model feature depends on it.
  // "Home Secretary Charles Clarke" in a story about Britain: likewise after the model.
  const articleRoles = relateArticleRoles(
    contexts,
    resolution,
    paired,
    isSport,
    options.title ?? null,
  );
  const read = [
    ...paired,
    ...articleRoles,
    // "Ireland were indebted to skipper Tom Hale": a bare role of the side its sentence is about,
    // after the article's side, whose roles it leaves alone.
    ...relateSentenceSideRoles(contexts, resolution, [...paired, ...articleRoles], isSport),
    ...relateHomeOffices(contexts, resolution, paired),
    // "Labour MP Tom Hale" in a story naming the Commons: likewise after the model.
    ...relateLegislatureMembers(contexts, resolution),
    // "The Tories… Party leader Michael Howard said": the one party around, likewise after the model.
    ...relatePartyOfficers(contexts, isPartyEntity),
    // "SPD politician Peer Steinbrück": a party known by the gazetteer or the text, likewise.
    ...relatePartyPoliticians(contexts, isPartyEntity),
    // "Merkel's Christian Democratic Union": the party a person possesses, likewise after the model.
    ...relatePossessedParties(contexts, isPartyEntity),
    // "Wilkinson kicked four penalties. The England fly-half…": likewise after the model.
    ...relateSideAnaphora(contexts, resolution, paired, isSport),
    // "Gebrselassie won… The Ethiopian legend…": unless the model reads it too.
    ...described.filter((relation) => !isPaired(relation)),
    // "Hearts 2-1 Livingston" … "Gordon, Webster, Miller, …": bare team sheets, likewise after the model.
    ...relateScoreLineUps(
      contexts,
      story.keys,
      resolution.entities.map((entity) => entity.name),
      options.title,
      isSport,
    ),
  ];
  // "Benitez defended goalkeeper Jerzy Dudek": a coach's player named by position, once the
  // model and the article's roles have found the coach's side.
  read.push(...relateVotedLineUps(contexts, story.keys, read, isSport));
  read.push(...relateCoachPlayers(contexts, resolution, read, isSport));
  // "After their 3-2 win over Leeds, Hale said": the result of the speaking coach's side, likewise.
  read.push(...relateCoachResults(contexts, resolution, read, isSport));
  // "Rovers boss Tom Hale was pleased after the 2-1 win over Leeds": the result or fixture of
  // the side a sentence is said of through its coach or as its subject, likewise.
  read.push(...relateSideSentenceResults(contexts, resolution, read, isSport));
  // '"A good year for Acme," said chief executive Tom Hale': a bare role of the one body its
  // sentence (or the sentence before) names; after the article's roles, which it leaves alone.
  // "Vivendi, its chief executive Jean-Rene Fourtou": a role the pronoun gives the firm named
  // before it; after the roles above, which read a bare role of the article's or sentence's firm.
  read.push(...relatePronounRoles(contexts, resolution, read));
  read.push(...relateSentenceRoles(contexts, resolution, read));
  // "Shares in BMW rose… the carmaker's chief executive Helmut Panke": likewise after the model,
  // and after the roles above so that it adds none of theirs again.
  read.push(...relateDescribedReferences(contexts, resolution, read, isSport));
  // "Microsoft's Windows… Windows XP": a line's versions, once every rule has found its maker.
  read.push(...relateProductLines(contexts, resolution, read));
  // "Putin" in a story naming Russia: whom a listed person headed, where nothing above says so.
  read.push(
    ...relateHeadedPolities(text, sentences, resolution, read, options.publishedAt ?? null),
  );
  // The model and the roles after it may read a party's chairman as its leader again.
  for (const relation of read) if (isPartyChair(relation)) relation.type = "MEMBER_OF";
  // "Taliban spokesman X", "X of the UIL Trasporti union": a party's or a union's people are its members.
  for (const relation of read)
    if (isMembershipRole(relation, bodyKindOf)) relation.type = "MEMBER_OF";
  // What follows from two relations ("Putin LEADER_OF Russia" → CITIZEN_OF), with the model only.
  // "the Vandorian president met Prime Minister Tom Hale": the model may give Hale the office of
  // the country an unnamed holder's title names; before the inferences, so none follows from it.
  const deduped = dropRolesInWorks(dedupeRelations(read)).filter(
    (relation) => !isUnnamedHoldersCountry(relation, contexts, types),
  );
  const inferred = (
    model ? [...deduped, ...inferRelations(deduped, types, bodyKindOf, isNamedAwayFrom)] : deduped
  ).filter(
    (relation) =>
      isRelatable(relation) &&
      isPlausiblePlacement(relation, resolution) &&
      isPlausibleSidePlace(relation, resolution) &&
      // "X, an analyst at Gartner, told the BBC": the medium is no employer.
      !isInterviewRole(contexts, relation) &&
      !isCommitteeParentLeader(relation, contexts) &&
      // "The Lib Dem leader said Tom Hale's resignation…": the post is someone else's.
      !isPossessorPartyRole(relation, contexts, isPartyEntity) &&
      // "suing Hewlett Packard (HP)": a name and its acronym are one body split in two.
      !isAcronymPair(
        resolution.entities[relation.subject]?.name ?? "",
        resolution.entities[relation.object]?.name ?? "",
      ),
  );
  // "Former Everton midfielder X": last, and with the model only, so the model and the
  // inferences read past roles as features (in training as in use); they come out marked former.
  // "Tony Blair is pressing the US": the model's second nationality for a person the article gives
  // one by office or by a rule is the story's topic; last, once the offices are inferred.
  const relations = model
    ? markPastRoles(dropContradictedNationalities(inferred, types), isPartyEntity)
    : inferred;
  const datesBySentence = new Map<number, ReturnType<typeof findDates>>();
  for (const relation of relations) {
    if (
      UNDATED.has(relation.type) ||
      relation.type === "LEADER_OF" ||
      relation.type === "HOLDS_POSITION"
    )
      continue;
    const { sentenceIndex, sentence, sentenceStart } = relation.evidence;
    let dates = datesBySentence.get(sentenceIndex);
    if (!dates) {
      dates = findDates(sentence, sentenceStart, options.publishedAt ?? null);
      datesBySentence.set(sentenceIndex, dates);
    }
    relation.evidence.eventDate = nearestDate(dates, relation.evidence);
  }
  relations.sort((x, y) => x.evidence.start - y.evidence.start || x.evidence.end - y.evidence.end);
  return { relations, coOccurrences: countCoOccurrences(resolution) };
}
