/**
 * Employers the recogniser took for places, people or events: "Jo Bell, head of mobile services at
 * Vexaphone", "Tom Hale, senior manager for Quorbit", "Ann Kerr, director of Zetacon" name the
 * firm a person works for, whatever type the name was given. The apposition's cue retypes the
 * whole entity as an ORGANIZATION before the relation patterns read the article, so the role
 * patterns and the classifier see the employer. A name the gazetteer or GeoNames knows as a place
 * ("professor at Leeds"), and a person's name the article also gives with an honorific or in full,
 * keep their type.
 */

import { isSportsStory } from "../3-recognize/sports-teams.js";
import type { Resolution } from "../4-resolve/resolve.js";
import { SITE_NAME_TAILS } from "../model/lexicons/city-cues.js";
import { FIRM_HEAD_NOUNS, FIRM_NAME_TAILS } from "../model/lexicons/firm-cues.js";
import {
  JOB_CLOSERS,
  JOB_LINKS,
  JOB_NOUNS,
  PAST_JOB_WORDS,
  STAFF_ROLE_NOUNS,
} from "../model/lexicons/job-nouns.js";
import { PLACE_HEADS } from "../model/lexicons/name-heads.js";
import { ORGANIZATION_NOUNS } from "../model/lexicons/origin-cues.js";
import { ARTICLES } from "../model/lexicons/sentence-words.js";
import { HONORIFICS } from "../model/lexicons/titles-of-office.js";
import type { Sentence } from "../types.js";
import { isKnownPlace } from "./knowledge.js";
import { foldedWords, isPossessiveMark, LOWER_WORD_RE } from "./sentence-view.js";

/** Most words of a job phrase: "global security manager", "head of third party services". */
const MAX_JOB_WORDS = 5;
/** Most field words after "of" before the link: "head of third party services at". */
const MAX_FIELD_WORDS = 4;
/** Types of a mistyped employer named before a job: "Quantiva analyst Tom Hale". */
const PREMODIFIER_TYPES: ReadonlySet<string> = new Set(["PLACE", "PERSON"]);
/** Most words of a job a name premodifies: "Quantiva senior analyst". */
const MAX_PREMODIFIED_JOB_WORDS = 2;
/** Most lower-case words describing the employer: "mobile content firm". */
const MAX_DESCRIPTOR_WORDS = 3;
/** Whitespace between the words of a name. */
const WHITESPACE_RE = /\s+/;
/** Types a mistyped employer comes with; a country is a polity, rightly typed. */
const RETYPED_TYPES: ReadonlySet<string> = new Set(["PLACE", "PERSON", "EVENT"]);

/** Whether a word heads a job held at an employer: "manager", "spokeswoman", "head". */
function isJobHead(word: string): boolean {
  return JOB_NOUNS.has(word) || STAFF_ROLE_NOUNS.has(word);
}

/** Where a run of at most `max` lower-case words from token `at` ends. */
function lowerRunEnd(words: readonly string[], at: number, max: number, taken: Int32Array): number {
  let i = at;
  while (i - at < max && taken[i]! < 0 && LOWER_WORD_RE.test(words[i] ?? "")) i++;
  return i;
}

/**
 * The token where the employer's name starts after the apposition opened by the comma at token
 * `comma`: ", global security manager for", ", head of third party services at", ", editor of",
 * then "the" and a firm's description ("mobile content firm"); -1 when the words say no job.
 */
function employerStart(words: readonly string[], comma: number, taken: Int32Array): number {
  let i = comma + 1;
  if (ARTICLES.has(words[i] ?? "")) i++;
  const start = i;
  while (i - start < MAX_JOB_WORDS && taken[i]! < 0 && LOWER_WORD_RE.test(words[i] ?? "")) {
    const word = words[i] ?? "";
    if (JOB_LINKS.has(word) || word === "of") break;
    // "Tom Hale, who was an engineer at": no longer there.
    if (PAST_JOB_WORDS.has(word)) return -1;
    i++;
  }
  if (i === start || !isJobHead(words[i - 1] ?? "")) return -1;
  let link = i;
  // "head of third party services at": a field after "of", then the link.
  if (words[link] === "of") {
    const fieldEnd = lowerRunEnd(words, link + 1, MAX_FIELD_WORDS, taken);
    const fieldLink = words.slice(link + 1, fieldEnd).findIndex((word) => JOB_LINKS.has(word));
    if (fieldLink >= 0) link += 1 + fieldLink;
  }
  if (!JOB_LINKS.has(words[link] ?? "") && words[link] !== "of") return -1;
  let at = link + 1;
  if (ARTICLES.has(words[at] ?? "")) at++;
  // "partnership manager of mobile content firm Zed": a described firm.
  const described = lowerRunEnd(words, at, MAX_DESCRIPTOR_WORDS, taken);
  if (described > at) {
    const head = words[described - 1] ?? "";
    if (!ORGANIZATION_NOUNS.has(head) && !FIRM_HEAD_NOUNS.has(head)) return -1;
    at = described;
  }
  return at;
}

/** Whether the token after a name closes the apposition: ",", ".", "said", "and" (a second job), "'s" (its unit). */
function closesApposition(word: string | undefined): boolean {
  return word === undefined || word === "and" || JOB_CLOSERS.has(word) || isPossessiveMark(word);
}

/** "the Wolds Nature Reserve", "Hale Park": a site's name, rightly a place whoever runs it. */
function isSiteName(name: string): boolean {
  const last = name.split(WHITESPACE_RE).at(-1) ?? "";
  return PLACE_HEADS.has(last) || SITE_NAME_TAILS.has(last.toLowerCase());
}

/**
 * Entities the article names as a person: a mention after or with an honorific ("Mr Cole"), or a
 * name of more than one word ("Ann Cole"): such a "spokesman for Cole" speaks for a person.
 */
function personNamedEntities(sentences: readonly Sentence[], resolution: Resolution): Set<number> {
  const named = new Set<number>();
  resolution.mentions.forEach((mention, index) => {
    const candidate = resolution.candidates[index];
    const tokens = sentences[mention.sentenceIndex]?.tokens;
    if (!candidate || !tokens) return;
    const before = tokens[candidate.tokenStart - 1]?.text.toLowerCase() ?? "";
    const first = tokens[candidate.tokenStart]?.text.toLowerCase() ?? "";
    const last = tokens[candidate.tokenEnd - 1]?.text ?? "";
    // "Daiwa Securities": a firm's name of two words is no person's full name.
    const isFullName = candidate.tokenEnd - candidate.tokenStart > 1 && !FIRM_NAME_TAILS.has(last);
    if (HONORIFICS.has(before) || HONORIFICS.has(first) || isFullName) named.add(mention.entity);
  });
  return named;
}

/**
 * Whether the name at tokens [start, end) premodifies a job beside a person: "Quantiva analyst
 * Tom Hale", "Quantiva spokeswoman, Ann Kerr", "said Tom Hale, Quantiva senior analyst.".
 */
function isPremodifiedJob(
  words: readonly string[],
  start: number,
  end: number,
  taken: Int32Array,
  isPersonAt: (at: number) => boolean,
  isPersonEndingAt: (end: number) => boolean,
): boolean {
  const jobEnd = lowerRunEnd(words, end, MAX_PREMODIFIED_JOB_WORDS, taken);
  if (jobEnd === end || !isJobHead(words[jobEnd - 1] ?? "")) return false;
  if (isPersonAt(words[jobEnd] === "," ? jobEnd + 1 : jobEnd)) return true;
  return words[start - 1] === "," && isPersonEndingAt(start - 1) && closesApposition(words[jobEnd]);
}

/**
 * Retypes as ORGANIZATION each place, person or event entity an apposition names as a person's
 * employer ("Jo Bell, head of mobile services at Vexaphone"); returns the retyped entities.
 */
export function retypeEmployersTypedAsOthers(
  sentences: readonly Sentence[],
  resolution: Resolution,
): Set<number> {
  const bySentence = new Map<number, number[]>();
  resolution.mentions.forEach((mention, index) => {
    const list = bySentence.get(mention.sentenceIndex) ?? [];
    list.push(index);
    bySentence.set(mention.sentenceIndex, list);
  });
  const personNamed = personNamedEntities(sentences, resolution);
  // "Leeds manager Kevin Blackwell": a club named by its town is the sport patterns' reading.
  const isSport = isSportsStory(sentences);
  const retyped = new Set<number>();
  for (const [sentenceIndex, indices] of bySentence) {
    const sentence = sentences[sentenceIndex];
    const tokens = sentence?.tokens ?? [];
    const words: readonly string[] = sentence ? foldedWords(sentence) : [];
    const taken = new Int32Array(tokens.length + 1).fill(-1);
    const startingAt = new Int32Array(tokens.length + 1).fill(-1);
    for (const index of indices) {
      const candidate = resolution.candidates[index]!;
      startingAt[candidate.tokenStart] = index;
      for (let i = candidate.tokenStart; i < candidate.tokenEnd; i++) taken[i] = index;
    }
    const isPersonAt = (at: number) =>
      resolution.entities[resolution.mentions[startingAt[at] ?? -1]?.entity ?? -1]?.type ===
      "PERSON";
    const isPersonEndingAt = (end: number) =>
      indices.some(
        (index) =>
          resolution.candidates[index]!.tokenEnd === end &&
          resolution.entities[resolution.mentions[index]!.entity]?.type === "PERSON",
      );
    for (const index of indices) {
      const named = resolution.mentions[index]!;
      const entity = resolution.entities[named.entity];
      // "Labour election chief Alan Milburn": an event before a job is a campaign, not a firm.
      if (isSport || !entity || !PREMODIFIER_TYPES.has(entity.type)) continue;
      const { tokenStart, tokenEnd } = resolution.candidates[index]!;
      // "Acme chief Asian strategist Tom Hale": a job before the name makes it the job's word.
      if (taken[tokenStart - 1]! >= 0 || isJobHead(words[tokenStart - 1] ?? "")) continue;
      if (!isPremodifiedJob(words, tokenStart, tokenEnd, taken, isPersonAt, isPersonEndingAt))
        continue;
      if (isKnownPlace(entity.key) || isSiteName(entity.name)) continue;
      if (entity.type === "PERSON" && personNamed.has(named.entity)) continue;
      retyped.add(named.entity);
    }
    for (const index of indices) {
      const person = resolution.mentions[index]!;
      const candidate = resolution.candidates[index]!;
      if (resolution.entities[person.entity]?.type !== "PERSON") continue;
      if (words[candidate.tokenEnd] !== ",") continue;
      const at = employerStart(words, candidate.tokenEnd, taken);
      const employerIndex = at < 0 ? -1 : (startingAt[at] ?? -1);
      if (employerIndex < 0) continue;
      const employer = resolution.mentions[employerIndex]!;
      const entity = resolution.entities[employer.entity];
      if (!entity || employer.entity === person.entity || !RETYPED_TYPES.has(entity.type)) continue;
      if (!closesApposition(words[resolution.candidates[employerIndex]!.tokenEnd])) continue;
      // "professor at Leeds": the gazetteer or GeoNames knows the place.
      if (isKnownPlace(entity.key) || isSiteName(entity.name)) continue;
      if (entity.type === "PERSON" && personNamed.has(employer.entity)) continue;
      retyped.add(employer.entity);
    }
  }
  for (const entity of retyped) resolution.entities[entity]!.type = "ORGANIZATION";
  return retyped;
}
