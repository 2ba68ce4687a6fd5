/**
 * Jobs in appositions that the role patterns leave: a job noun under free lower-case field words
 * ("Ann Kerr, network security specialist at the University of Leeds", "Tom Hale, senior privacy
 * consultant from software firm Sofix"), a second job joined to a first ("Jo Bell, chief economist
 * and a senior analyst at Brackla") and a role in a part of a firm ("Jo Bell, head of Acme's
 * mobile data division", "manager of Acme's Home Media Group") make the person WORKS_FOR the
 * employer (STATED).
 */

import {
  JOB_CLOSERS,
  JOB_LINKS,
  JOB_NOUNS,
  PAST_JOB_WORDS,
  STAFF_ROLE_NOUNS,
} from "../model/lexicons/job-nouns.js";
import { ARTICLES, DETERMINERS } from "../model/lexicons/sentence-words.js";
import { PARTY_SURFACE, ROLE_RELATIONS } from "../model/news-roles.js";
import type { ExtractedRelation } from "../types.js";
import { describedFirm } from "./firm-patterns.js";
import {
  isPossessiveMark,
  lowerWordsEnd,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
} from "./sentence-view.js";

/** Most words of a job phrase: "chief wireless network evangelist". */
const MAX_JOB_WORDS = 5;
/** Most field words after "of": "manager of handset design for". */
const MAX_FIELD_WORDS = 4;
/** Most lower-case words naming the part of the employer after its possessive: "mobile data division". */
const MAX_PART_WORDS = 5;

const CONFIDENCE = 0.7;
/** The participle between a job and its link: "an engineer working for". */
const WORKING = "working";
/**
 * Staff nouns the role table leaves, whose bare "of" names the employer: "Jo Bell, secretary of
 * the Kestrel Society", "Tom Hale, Welsh secretary of the Medical Guild". Not "general secretary",
 * which the role patterns read as the head.
 */
const OF_STAFF_NOUNS: ReadonlySet<string> = new Set(["secretary"]);

/** Whether the job phrase ending at token `end` is a staff noun whose bare "of" names its employer. */
function isOfStaffRole(ctx: SentenceContext, end: number): boolean {
  const head = ctx.words[end - 1] ?? "";
  return OF_STAFF_NOUNS.has(head) && !ROLE_RELATIONS[`${ctx.words[end - 2]} ${head}`];
}

/**
 * Whether a word heads a job at an employer: a job noun, or a role noun of a firm's staff or head.
 * A staff role joined to a first job counts too, which the plain role patterns leave ("report
 * author and a senior adviser at").
 */
function isRoleHead(word: string, possessed: boolean, joined: boolean): boolean {
  if (JOB_NOUNS.has(word)) return true;
  const type = ROLE_RELATIONS[word];
  if (joined && type === "WORKS_FOR") return true;
  // "head of Acme's research unit": any role in a firm's part works for the firm.
  return possessed && (type === "WORKS_FOR" || type === "LEADER_OF");
}

/**
 * Where the job phrase after the comma at token `comma` ends (at its link word), over an article,
 * demonyms ("Spanish co-ordinator") and lower-case words, and whether a second job is joined to a
 * first; undefined when there is no such phrase.
 */
function jobPhraseEnd(
  ctx: SentenceContext,
  comma: number,
): { end: number; joined: boolean } | undefined {
  let i = comma + 1;
  if (ARTICLES.has(ctx.words[i] ?? "")) i++;
  let start = i;
  let joined = false;
  while (i - start < MAX_JOB_WORDS) {
    const unit = ctx.units[ctx.unitCovering[i] ?? -1];
    if (unit) {
      if (!unit.isDemonym) return undefined;
      i = unit.tokenEnd;
      continue;
    }
    const end = lowerWordsEnd(ctx, i, 1);
    if (end === i) break;
    const word = ctx.words[i] ?? "";
    if (JOB_LINKS.has(word) || word === "of") break;
    // "Tom Hale, who was an engineer at": no longer there.
    if (PAST_JOB_WORDS.has(word)) return undefined;
    // "chief economist and a senior analyst at", "report author and a senior adviser at": a second
    // job joined to a first one, a job word or a noun phrase an article after "and" coordinates.
    // Not after a determiner ("his eldest son and a researcher at" names two people).
    const coordinated =
      isJobWord(ctx.words[i - 1] ?? "") ||
      (ARTICLES.has(ctx.words[i + 1] ?? "") &&
        !ctx.words.slice(start, i).some((before) => DETERMINERS.has(before)));
    if (word === "and" && !joined && coordinated) {
      joined = true;
      i++;
      if (ARTICLES.has(ctx.words[i] ?? "")) i++;
      start = i;
      continue;
    }
    i = end;
  }
  return i > start ? { end: i, joined } : undefined;
}

/** Whether a word ends a job of its own, one another may be joined to: "economist", "president". */
function isJobWord(word: string): boolean {
  return JOB_NOUNS.has(word) || STAFF_ROLE_NOUNS.has(word) || ROLE_RELATIONS[word] === "WORKS_FOR";
}

/** The employer after a link at token `link` and whether a possessive makes the name a part's owner. */
function employerAfter(
  ctx: SentenceContext,
  link: number,
): { employer: Unit; possessed: boolean } | undefined {
  const at = ctx.words[link + 1] === "the" ? link + 2 : link + 1;
  const employer = describedFirm(ctx, at);
  if (!employer) return undefined;
  let end = employer.tokenEnd;
  const possessed = isPossessiveMark(ctx.words[end]);
  // "head of Acme's mobile data division,": only lower-case words name the part, or the part's
  // own name ("manager of Acme's Home Media Group").
  if (possessed) {
    const part = ctx.units[ctx.unitStartingAt[end + 1] ?? -1];
    end =
      part?.type === "ORGANIZATION" ? part.tokenEnd : lowerWordsEnd(ctx, end + 1, MAX_PART_WORDS);
  }
  const closer = ctx.words[end];
  if (closer !== undefined && !JOB_CLOSERS.has(closer)) return undefined;
  return { employer, possessed };
}

/** "Ann Kerr, network security specialist at X", "Jo Bell, head of X's mobile data division". */
function relateJobApposition(ctx: SentenceContext, person: Unit): ExtractedRelation[] {
  if (ctx.words[person.tokenEnd] !== ",") return [];
  const phrase = jobPhraseEnd(ctx, person.tokenEnd);
  if (!phrase) return [];
  const { end } = phrase;
  // "an engineer working for Acme": the participle links the job to its employer.
  const head = ctx.words[end - (ctx.words[end - 1] === WORKING ? 2 : 1)] ?? "";
  let link = end;
  // "manager of handset design for Siemens": a field after "of", then the link.
  if (ctx.words[link] === "of") {
    const fieldEnd = lowerWordsEnd(ctx, link + 1, MAX_FIELD_WORDS);
    const fieldLink = ctx.words.slice(link + 1, fieldEnd).findIndex((word) => JOB_LINKS.has(word));
    if (fieldLink > 0) link += 1 + fieldLink;
  }
  const linkWord = ctx.words[link] ?? "";
  if (!JOB_LINKS.has(linkWord) && linkWord !== "of") return [];
  const found = employerAfter(ctx, link);
  if (!found || found.employer.entity === person.entity) return [];
  // "a spokesman for UKIP": a party's people are its members, the role patterns' reading.
  const { employer } = found;
  if (PARTY_SURFACE.test(ctx.text.slice(employer.start, employer.end))) return [];
  // "head of BT" is the role patterns' reading; a bare "of" names the employer only before a part.
  const ofStaff = link === end && linkWord === "of" && isOfStaffRole(ctx, end);
  if (link === end && linkWord === "of" && !found.possessed && !ofStaff) return [];
  if (!ofStaff && !isRoleHead(head, found.possessed, phrase.joined)) return [];
  return [
    makeRelation(
      ctx,
      person,
      found.employer,
      "WORKS_FOR",
      `${head} ${linkWord}`,
      CONFIDENCE,
      spanOf(ctx, person, found.employer),
    ),
  ];
}

/** The jobs in appositions one sentence states. */
export function relateJobAppositions(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (const unit of ctx.units)
    if (unit.type === "PERSON" && !unit.isDemonym)
      relations.push(...relateJobApposition(ctx, unit));
  return relations;
}
