/**
 * A person's part in a work that a phrase about their career states, with no verb of starring:
 * "Jane Doe's portrayal of a spy in The Long Night", "Doe began her film career in horror film
 * Night Falls 2" and "Doe made her film debut in 1963 in Y" (APPEARS_IN), "Ann Lee, who directed him in The Long Night" (CREATED). The work
 * is the first name after "in", past a few lower-case describing words ("Oscar-nominated movie"),
 * and must read as a work; a place ("began his career in London") yields nothing.
 */

import { DETERMINERS } from "../model/lexicons/sentence-words.js";
import { WORK_NOUNS } from "../model/lexicons/work-cues.js";
import type { ExtractedRelation } from "../types.js";
import { cueClass, hasCue } from "./cue-words.js";
import { isWork } from "./media-relations.js";
import {
  isPossessiveMark,
  LOWER_WORD_RE,
  makeRelation,
  resolvePronoun,
  type SentenceContext,
  spanOf,
  type Unit,
  YEAR_RE,
} from "./sentence-view.js";

/** Verbs that open a career: "began his film career in", "started her career with". */
const START_VERBS: ReadonlySet<string> = new Set(["began", "started", "launched"]);
/** Possessives a career is named with. */
const OWNERS: ReadonlySet<string> = new Set(["his", "her", "their"]);
/** Words naming the kind of career: "film career", "acting career". */
const CAREER_KINDS: ReadonlySet<string> = new Set([
  "film",
  "movie",
  "acting",
  "screen",
  "stage",
  "tv",
  "television",
]);
/** Object pronouns a director directs: "who directed him in". */
const DIRECTED_PRONOUNS: ReadonlySet<string> = new Set(["him", "her", "them"]);
/** Most lower-case words between "in" and the work ("in Oscar-nominated movie The Aviator"). */
const MAX_WORK_LEAD = 4;
/** Most words between "portrayal of" and its "in" ("of millionaire Howard Hughes in"). */
const MAX_PART_WORDS = 6;

const CONFIDENCE = 0.7;

/** The unit ending right before token `at`, when it is a plain person. */
function personEndingAt(ctx: SentenceContext, at: number): Unit | undefined {
  const unit = ctx.units[ctx.unitCovering[at - 1] ?? -1];
  return unit?.type === "PERSON" && unit.tokenEnd === at && !unit.isDemonym ? unit : undefined;
}

/**
 * The work after "in" at token `at`: the first name past a few lower-case words, taken as a work
 * when it reads as one by itself or a work noun leads it ("horror film Night Falls 2").
 */
function workAfter(ctx: SentenceContext, at: number): Unit | undefined {
  if (ctx.words[at] !== "in" && ctx.words[at] !== "with") return undefined;
  let cued = false;
  for (
    let i = at + 1, skipped = 0;
    i < ctx.words.length && skipped <= MAX_WORK_LEAD;
    i++, skipped++
  ) {
    const unit = ctx.units[ctx.unitStartingAt[i] ?? -1];
    // "Oscar-nominated movie": a name inside an adjective describes the work.
    if (unit && ctx.text[unit.end] === "-") {
      i = unit.tokenEnd - 1;
      continue;
    }
    if (unit)
      return !isPossessiveMark(ctx.words[unit.tokenEnd]) && isWork(ctx, unit, cued)
        ? unit
        : undefined;
    const text = ctx.sentence.tokens[i]?.text ?? "";
    // "Bafta-winning drama": a capital compound no name covers describes the work too.
    if (!LOWER_WORD_RE.test(text) && !/^[A-Z][a-z]+-[a-z]+$/.test(text)) {
      // A title's own "The" ("in The Aviator") is a determiner too.
      if (!DETERMINERS.has(ctx.words[i]!)) return undefined;
    }
    if (WORK_NOUNS.has(ctx.words[i]!)) cued = true;
  }
  return undefined;
}

/** "Doe's portrayal of a spy in Y": the portrayer and the work. */
function portrayals(ctx: SentenceContext, push: (a: Unit, b: Unit, p: string) => void): void {
  for (let i = 2; i < ctx.words.length - 2; i++) {
    if (ctx.words[i] !== "portrayal" || ctx.words[i + 1] !== "of") continue;
    // "Doe's portrayal", "Doe's chilling portrayal".
    let k = i - 1;
    if (LOWER_WORD_RE.test(ctx.sentence.tokens[k]?.text ?? "") && !isPossessiveMark(ctx.words[k]))
      k--;
    if (!isPossessiveMark(ctx.words[k])) continue;
    const person = personEndingAt(ctx, k);
    if (!person) continue;
    let j = i + 2;
    while (j < ctx.words.length && j - i - 2 < MAX_PART_WORDS && ctx.words[j] !== "in") {
      if (!/^[\w'-]+$/.test(ctx.words[j]!)) break;
      j++;
    }
    const work = ctx.words[j] === "in" ? workAfter(ctx, j) : undefined;
    if (work && work.entity !== person.entity) push(person, work, "portrayal of");
  }
}

/** "Doe began her film career in Y": the person before the verb, or the "He"/"She" it stands for. */
function careerStarts(ctx: SentenceContext, push: (a: Unit, b: Unit, p: string) => void): void {
  for (let i = 1; i < ctx.words.length - 3; i++) {
    if (!START_VERBS.has(ctx.words[i]!) || !OWNERS.has(ctx.words[i + 1]!)) continue;
    const at = CAREER_KINDS.has(ctx.words[i + 2]!) ? i + 3 : i + 2;
    if (ctx.words[at] !== "career") continue;
    const person = personEndingAt(ctx, i) ?? resolvePronoun(ctx, i - 1);
    const work = person && workAfter(ctx, at + 1);
    if (person && work && work.entity !== person.entity) push(person, work, ctx.words[i]!);
  }
}

/**
 * "Doe made her film debut in 1963 in Y", "Doe made his acting debut in Y": only a screen or stage
 * debut ("made his Wales debut in 1989" is a player's cap), its year passed over.
 */
function debuts(ctx: SentenceContext, push: (a: Unit, b: Unit, p: string) => void): void {
  for (let i = 1; i < ctx.words.length - 4; i++) {
    if (ctx.words[i] !== "made" || !OWNERS.has(ctx.words[i + 1]!)) continue;
    if (!CAREER_KINDS.has(ctx.words[i + 2]!) || ctx.words[i + 3] !== "debut") continue;
    let at = i + 4;
    if (ctx.words[at] === "in" && YEAR_RE.test(ctx.words[at + 1] ?? "")) at += 2;
    const person = personEndingAt(ctx, i) ?? resolvePronoun(ctx, i - 1);
    const work = person && workAfter(ctx, at);
    if (person && work && work.entity !== person.entity) push(person, work, "made debut");
  }
}

/** "portrayal of", "began her film career", "made his screen debut", "directed him in". */
const CAREER_CUES = cueClass(["portrayal", "career", "debut", "directed"]);

/** The APPEARS_IN and CREATED relations a career phrase states in one sentence. */
export function relateCareerWorks(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  const appears = (person: Unit, work: Unit, predicate: string) =>
    relations.push(
      makeRelation(
        ctx,
        person,
        work,
        "APPEARS_IN",
        predicate,
        CONFIDENCE,
        spanOf(ctx, person, work),
      ),
    );
  if (!hasCue(ctx.words, CAREER_CUES)) return relations;
  portrayals(ctx, appears);
  careerStarts(ctx, appears);
  debuts(ctx, appears);
  // "Ann Lee, who directed him in Y", "Lee directed her in Y": the director CREATED the work.
  for (let i = 1; i < ctx.words.length - 2; i++) {
    if (ctx.words[i] !== "directed" || !DIRECTED_PRONOUNS.has(ctx.words[i + 1]!)) continue;
    const end = ctx.words[i - 1] === "who" && ctx.words[i - 2] === "," ? i - 2 : i;
    const director = personEndingAt(ctx, end);
    const work = director && workAfter(ctx, i + 2);
    if (director && work && work.entity !== director.entity)
      relations.push(
        makeRelation(
          ctx,
          director,
          work,
          "CREATED",
          "directed",
          CONFIDENCE,
          spanOf(ctx, director, work),
        ),
      );
  }
  return relations;
}
