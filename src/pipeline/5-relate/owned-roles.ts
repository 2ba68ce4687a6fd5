/**
 * A job a firm's name owns in an apposition, with what the job is about after it: "Ann Kerr,
 * Vexaphone's principal consultant on RFID, said", "Tom Hale, Vexaphone's head of consumer services
 * in the UK, thinks", "said Tom Hale, Vexaphone vice-president of operations." The firm right after
 * the comma owns the job, whatever the tail names; the person WORKS_FOR it (STATED). A tail that
 * brings a second employer ("Vexaphone's head of research at Globex") or a person is no such job.
 */

import type { RelationType } from "../../domain/vocabulary.js";
import { JOB_NOUNS, PAST_JOB_WORDS, STAFF_ROLE_NOUNS } from "../model/lexicons/job-nouns.js";
import { ARTICLES } from "../model/lexicons/sentence-words.js";
import { PARTY_SURFACE, ROLE_RELATIONS } from "../model/news-roles.js";
import type { ExtractedRelation } from "../types.js";
import {
  isPossessiveMark,
  LOWER_WORD_RE,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
} from "./sentence-view.js";

/** Most words of the job: "senior vice president". */
const MAX_JOB_WORDS = 4;
/** Most tokens of the tail after the job: "of consumer services in the UK". */
const MAX_TAIL_TOKENS = 7;
/** Words that open the tail: "consultant on", "head of", "director for", "manager in". */
const TAIL_LINKS: ReadonlySet<string> = new Set(["of", "for", "on", "in"]);
/** Words that leave the job for another employer or another clause: "at Globex", "and Globex's". */
const TAIL_STOPS: ReadonlySet<string> = new Set([
  "at",
  "with",
  "from",
  "and",
  "or",
  "but",
  "who",
  "which",
  "to",
]);
/** Tokens that close the apposition after the tail. */
const CLOSERS: ReadonlySet<string> = new Set([",", ".", ";", ")", "said", "says"]);
/** Role relations that say the person works at the firm; sport roles are the sport patterns'. */
const JOB_TYPES: ReadonlySet<RelationType> = new Set(["LEADER_OF", "WORKS_FOR", "HOLDS_POSITION"]);

const CONFIDENCE = 0.7;

/** Whether the job's words name a job at a firm (a role list's office or job, or a job noun). */
function isFirmJob(words: readonly string[]): boolean {
  const head = words.at(-1) ?? "";
  const type = ROLE_RELATIONS[words.slice(-2).join(" ")] ?? ROLE_RELATIONS[head];
  if (type) return JOB_TYPES.has(type);
  // "principal consultant", "senior analyst", "deputy secretary": a job or staff noun no role
  // list holds.
  return JOB_NOUNS.has(head) || STAFF_ROLE_NOUNS.has(head);
}

/** Where the tail from token `at` (its link) ends at a closer; -1 when it does not close. */
function tailEnd(ctx: SentenceContext, at: number): number {
  let i = at + 1;
  while (i - at <= MAX_TAIL_TOKENS) {
    const word = ctx.words[i] ?? "";
    if (CLOSERS.has(word)) return i > at + 1 ? i : -1;
    const unit = ctx.units[ctx.unitStartingAt[i] ?? -1];
    if (unit) {
      // "on RFID", "in the UK": what the job is about; a person or a firm's possessive is not.
      if (unit.type === "PERSON" || isPossessiveMark(ctx.words[unit.tokenEnd])) return -1;
      i = unit.tokenEnd;
      continue;
    }
    if (ctx.unitCovering[i]! >= 0 || TAIL_STOPS.has(word) || !LOWER_WORD_RE.test(word)) return -1;
    i++;
  }
  return -1;
}

/** The owned job in the apposition after one person, with its tail. */
function relateOwnedRole(ctx: SentenceContext, person: Unit): ExtractedRelation[] {
  if (ctx.words[person.tokenEnd] !== ",") return [];
  let i = person.tokenEnd + 1;
  if (ARTICLES.has(ctx.words[i] ?? "")) i++;
  const firm = ctx.units[ctx.unitStartingAt[i] ?? -1];
  if (!firm || firm.type !== "ORGANIZATION" || firm.isDemonym || firm.entity === person.entity)
    return [];
  if (PARTY_SURFACE.test(ctx.text.slice(firm.start, firm.end))) return [];
  const possessed = isPossessiveMark(ctx.words[firm.tokenEnd]);
  const jobStart = possessed ? firm.tokenEnd + 1 : firm.tokenEnd;
  // "principal consultant", "head": lower-case words up to the tail's link, the last the job's head.
  let end = jobStart;
  while (
    end - jobStart < MAX_JOB_WORDS &&
    ctx.unitCovering[end]! < 0 &&
    LOWER_WORD_RE.test(ctx.words[end]!) &&
    !TAIL_LINKS.has(ctx.words[end]!) &&
    !TAIL_STOPS.has(ctx.words[end]!) &&
    !CLOSERS.has(ctx.words[end]!)
  )
    end++;
  const job = ctx.words.slice(jobStart, end);
  if (job.length === 0 || job.some((word) => PAST_JOB_WORDS.has(word))) return [];
  if (!isFirmJob(job)) return [];
  // Without a tail the plain role patterns read it; a bare firm name needs the tail to be a job.
  const link = ctx.words[end] ?? "";
  if (!TAIL_LINKS.has(link)) {
    if (!possessed || !CLOSERS.has(link) || ROLE_RELATIONS[job.at(-1)!]) return [];
  } else if (tailEnd(ctx, end) < 0) return [];
  return [
    makeRelation(
      ctx,
      person,
      firm,
      "WORKS_FOR",
      `${possessed ? "'s " : ""}${job.join(" ")}${TAIL_LINKS.has(link) ? ` ${link}` : ""}`,
      CONFIDENCE,
      spanOf(ctx, person, firm),
    ),
  ];
}

/** The owned jobs in the appositions of one sentence. */
export function relateOwnedRoles(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (const unit of ctx.units)
    if (unit.type === "PERSON" && !unit.isDemonym) relations.push(...relateOwnedRole(ctx, unit));
  return relations;
}
