/**
 * A work named once and then taken up by a description: "Political thriller Hotel Rwanda was
 * applauded. The movie's star Don Cheadle…" (APPEARS_IN), "The film is nominated for three
 * Oscars" (NOMINATED_FOR), "The film has been directed by X" (CREATED). The sentence rules read
 * the description ("the film", "the movie's") as a unit of the work, and a work relation resting
 * on it is INFERRED, with the sentence naming the work as support.
 *
 * Only where no other work could be meant: the work is the only one the article has named before
 * the description, or, after several, the only one the sentence before names (the sentence
 * itself naming none before it); and the description's noun fits the kind of work the article
 * calls it ("the album" is no film's).
 */

import type { RelationType } from "../../domain/vocabulary.js";
import { CREATOR_NOUNS, PERFORMER_NOUNS } from "../model/lexicons/relation-triggers.js";
import { HONORIFICS } from "../model/lexicons/titles-of-office.js";
import { CAST_NOUNS, MAKER_NOUNS } from "../model/lexicons/work-cues.js";
import type { ExtractedRelation, RelationEvidence } from "../types.js";
import { isAward } from "./media-relations.js";
import {
  isPossessiveMark,
  LOWER_WORD_RE,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
  YEAR_RE,
} from "./sentence-view.js";

/** The kinds of work a description noun names. */
type Kind = "screen" | "stage" | "record" | "book";

/** Nouns a story takes a named work up by, and the kind of work each names. */
const DESCRIPTION_NOUNS: ReadonlyMap<string, Kind> = new Map<string, Kind>([
  ["film", "screen"],
  ["movie", "screen"],
  ["picture", "screen"],
  ["show", "screen"],
  ["series", "screen"],
  ["programme", "screen"],
  ["sitcom", "screen"],
  ["documentary", "screen"],
  ["thriller", "screen"],
  ["musical", "stage"],
  ["play", "stage"],
  ["production", "stage"],
  ["album", "record"],
  ["record", "record"],
  ["single", "record"],
  ["song", "record"],
  ["book", "book"],
  ["novel", "book"],
]);
/** Work nouns written before or after a title elsewhere, and the kind they give it. */
const CUE_KINDS: ReadonlyMap<string, Kind> = new Map<string, Kind>([
  ...DESCRIPTION_NOUNS,
  ["comedy", "screen"],
  ["drama", "screen"],
  ["biopic", "screen"],
  ["cartoon", "screen"],
  ["soap", "screen"],
  ["opera", "stage"],
  ["memoir", "book"],
  ["autobiography", "book"],
]);
/** "The show" may be a stage show: a screen noun and a stage noun may name one work. */
const COMPATIBLE: ReadonlySet<string> = new Set(["screen:stage", "stage:screen"]);
/**
 * Nouns after a description noun that make it a modifier: "the film industry", "the film star X",
 * "the album chart". A role noun there is a trade ("the film director X"), not the work's role.
 */
const MODIFIED_NOUNS: ReadonlySet<string> = new Set([
  ...CREATOR_NOUNS,
  ...PERFORMER_NOUNS,
  ...CAST_NOUNS,
  ...MAKER_NOUNS,
  ...CUE_KINDS.keys(),
  "industry",
  "business",
  "festival",
  "festivals",
  "version",
  "world",
  "rights",
  "studio",
  "studios",
  "company",
  "chart",
  "charts",
  "career",
  "debut",
  "awards",
  "critic",
  "critics",
  "fans",
  "season",
  "market",
  "title",
]);
/** The relations a description may carry: a work's own. */
const WORK_RELATIONS: ReadonlySet<RelationType> = new Set([
  "APPEARS_IN",
  "CREATED",
  "PRODUCES",
  "WON",
  "NOMINATED_FOR",
]);
/** Words before a work's role noun that keep it the work's: "the film's lead actress". */
const ROLE_MODIFIERS: ReadonlySet<string> = new Set(["lead", "leading", "main", "original"]);
/** Words that may end an apposition of a role after its holder: "X, the film's director, said". */
const APPOSITION_ENDS: ReadonlySet<string> = new Set([",", ".", "said", "says", "-", "–"]);
const CONFIDENCE = 0.7;
/** Most sentences back the window looks for the one work named there. */
const WINDOW = 1;
/** A relation resting on a description is less certain than one on a name. */
const DESCRIPTION_DISCOUNT = 0.9;

/** A sentence whose descriptions of a work are read as units of it. */
export interface DescriptionView {
  ctx: SentenceContext;
  /** The work the descriptions name. */
  work: number;
  /** The sentence naming the work last, and its unit there. */
  named: { ctx: SentenceContext; unit: Unit };
}

/**
 * The token of the noun of a description opening at `at`: "the film", "The movie's", not "the
 * film Vera Drake" (which names its work), "the film industry" nor "the film star X".
 */
function descriptionNoun(ctx: SentenceContext, at: number): number | undefined {
  if (ctx.words[at] !== "the" || ctx.unitCovering[at]! >= 0) return undefined;
  const noun = at + 1;
  if (!DESCRIPTION_NOUNS.has(ctx.words[noun] ?? "") || ctx.unitCovering[noun]! >= 0)
    return undefined;
  // Lower case: "The Film Society" is a name.
  if (ctx.sentence.tokens[noun]!.text !== ctx.words[noun]) return undefined;
  const next = ctx.sentence.tokens[noun + 1]?.text ?? ".";
  if (/^\p{Lu}/u.test(next) || ctx.unitStartingAt[noun + 1]! >= 0) return undefined;
  return MODIFIED_NOUNS.has(next) ? undefined : noun;
}

/** The kinds of work the article calls each entity: "thriller Hotel Rwanda", "album X". */
function kindsOfWorks(contexts: readonly SentenceContext[]): Map<number, Set<Kind>> {
  const kinds = new Map<number, Set<Kind>>();
  for (const ctx of contexts)
    for (const unit of ctx.units) {
      const before = CUE_KINDS.get(ctx.words[unit.tokenStart - 1] ?? "");
      const after = CUE_KINDS.get(ctx.words[unit.tokenEnd] ?? "");
      for (const kind of [before, after]) {
        if (!kind) continue;
        const set = kinds.get(unit.entity) ?? new Set<Kind>();
        set.add(kind);
        kinds.set(unit.entity, set);
      }
    }
  return kinds;
}

/** Whether a work the article calls `known` (if anything) fits a description of kind `kind`. */
function fitsKind(known: ReadonlySet<Kind> | undefined, kind: Kind): boolean {
  if (!known) return true;
  return [...known].some((other) => other === kind || COMPATIBLE.has(`${other}:${kind}`));
}

/** The work units of a sentence, up to token `end`, last first. */
function worksBefore(ctx: SentenceContext, end: number, isWork: readonly boolean[]): Unit[] {
  return ctx.units
    .filter((unit) => isWork[unit.entity] === true && !unit.isDemonym && unit.tokenEnd <= end)
    .reverse();
}

/**
 * The one work a description at token `at` of sentence `k` can mean, and where it was last named:
 * the only work named so far, or the only one the sentence before names when the sentence
 * names none before the description.
 */
function referent(
  contexts: readonly SentenceContext[],
  k: number,
  at: number,
  isWork: readonly boolean[],
): { ctx: SentenceContext; unit: Unit } | undefined {
  const last = new Map<number, { ctx: SentenceContext; unit: Unit; sentence: number }>();
  for (let j = 0; j <= k; j++) {
    const ctx = contexts[j]!;
    for (const unit of worksBefore(ctx, j === k ? at : ctx.words.length, isWork).reverse())
      last.set(unit.entity, { ctx, unit, sentence: j });
  }
  let found: { ctx: SentenceContext; unit: Unit; sentence: number } | undefined;
  if (last.size === 1) found = [...last.values()][0];
  else {
    const recent = [...last.values()].filter((named) => named.sentence >= k - WINDOW);
    if (recent.length === 1 && recent[0]!.sentence !== k) found = recent[0];
  }
  return found && !hasOtherWorkBetween(contexts, found, k, at) ? found : undefined;
}

/** Most describing words between "the" and a work noun that takes a work up again. */
const MAX_DEFINITE_LEAD = 3;
/** Names of a work's setting, which may describe it: "the World War I drama", "the Paris musical". */
const SETTING_TYPES: ReadonlySet<string> = new Set(["EVENT", "PLACE", "COUNTRY"]);

/**
 * Whether the work noun at token `noun` heads a definite description, which takes a work up
 * rather than bringing in another: "the film", "the romantic drama", "the 1984 single".
 */
function isDefinite(ctx: SentenceContext, noun: number): boolean {
  for (let i = noun - 1, words = 0; i >= 0 && words <= MAX_DEFINITE_LEAD; i--, words++) {
    const word = ctx.words[i]!;
    if (word === "the") return true;
    // "The World War I romantic drama": a setting's name describes the work; a maker's ("the
    // latest Eminem album") brings in another.
    const unit = ctx.units[ctx.unitCovering[i] ?? -1];
    if (unit) {
      if (!unit.isDemonym && !SETTING_TYPES.has(unit.type)) return false;
      i = unit.tokenStart;
      continue;
    }
    // A lower-case describing word or a year: "romantic", "1984".
    const describing = LOWER_WORD_RE.test(word) || YEAR_RE.test(word);
    if (!describing || ctx.sentence.tokens[i]!.text !== word) return false;
  }
  return false;
}

/**
 * Whether a work noun outside any description introduces another work between the referent's
 * name and the description: "…came together to record their own single, We Are The World. The
 * song was written by…" (a title no name covers). Not a definite description ("The World War I
 * romantic drama starring…" takes the work up) nor a noun modifying another ("top film awards").
 */
function hasOtherWorkBetween(
  contexts: readonly SentenceContext[],
  named: { unit: Unit; sentence: number },
  k: number,
  at: number,
): boolean {
  for (let j = named.sentence; j <= k; j++) {
    const ctx = contexts[j]!;
    const from = j === named.sentence ? named.unit.tokenEnd + 1 : 0;
    const to = j === k ? at : ctx.words.length;
    for (let i = from; i < to; i++)
      if (
        CUE_KINDS.has(ctx.words[i]!) &&
        ctx.unitCovering[i]! < 0 &&
        !isDefinite(ctx, i) &&
        ctx.sentence.tokens[i]!.text === ctx.words[i] &&
        // "France's Cesar film awards": a noun modifying another names no work.
        !MODIFIED_NOUNS.has(ctx.words[i + 1] ?? "")
      )
        return true;
  }
  return false;
}

/** The sentence with `added` among its units, the indexes over them rebuilt. */
function withUnits(ctx: SentenceContext, added: readonly Unit[], work: number): SentenceContext {
  const units = [...ctx.units, ...added].sort((a, b) => a.tokenStart - b.tokenStart);
  const unitStartingAt = new Int32Array(ctx.words.length).fill(-1);
  const unitCovering = new Int32Array(ctx.words.length).fill(-1);
  units.forEach((unit, index) => {
    if (unit.tokenStart < ctx.words.length) unitStartingAt[unit.tokenStart] = index;
    for (let i = unit.tokenStart; i < unit.tokenEnd && i < ctx.words.length; i++)
      unitCovering[i] = index;
  });
  const cuedWorks = [...ctx.cuedWorks];
  cuedWorks[work] = true;
  return { ...ctx, units, unitStartingAt, unitCovering, cuedWorks };
}

/**
 * For each sentence, its description view when a description in it names a certain work.
 * `isWork` marks the entities the article reads as works' titles.
 */
export function findDescriptionViews(
  contexts: readonly SentenceContext[],
  isWork: readonly boolean[],
): (DescriptionView | undefined)[] {
  const kinds = kindsOfWorks(contexts);
  return contexts.map((ctx, k) => {
    let found: { ctx: SentenceContext; unit: Unit } | undefined;
    const added: Unit[] = [];
    for (let at = 0; at < ctx.words.length; at++) {
      const noun = descriptionNoun(ctx, at);
      if (noun === undefined) continue;
      const named = referent(contexts, k, at, isWork);
      const kind = DESCRIPTION_NOUNS.get(ctx.words[noun]!)!;
      if (!named || !fitsKind(kinds.get(named.unit.entity), kind)) continue;
      // Two descriptions of two works in one sentence: neither is plain.
      if (found && found.unit.entity !== named.unit.entity) return undefined;
      found = named;
      added.push({
        ...named.unit,
        tokenStart: at,
        tokenEnd: noun + 1,
        nameStart: at,
        start: ctx.sentence.tokens[at]!.start,
        end: ctx.sentence.tokens[noun]!.end,
        isDemonym: false,
        isMetonymy: false,
        title: undefined,
        inner: [],
      });
    }
    if (!found) return undefined;
    const work = found.unit.entity;
    return { ctx: withUnits(ctx, added, work), work, named: found };
  });
}

/**
 * The work relations read from a description view that the sentence alone does not give, made
 * INFERRED (the sentence naming the work as support) and a little less confident.
 */
export function inferThroughDescription(
  view: DescriptionView,
  read: readonly ExtractedRelation[],
  plain: readonly ExtractedRelation[],
): ExtractedRelation[] {
  const isPlain = (relation: ExtractedRelation) =>
    plain.some(
      (other) =>
        other.type === relation.type &&
        other.subject === relation.subject &&
        other.object === relation.object,
    );
  const support = supportOf(view.named.ctx, view.named.unit);
  return read
    .filter(
      (relation) =>
        WORK_RELATIONS.has(relation.type) &&
        (relation.subject === view.work || relation.object === view.work) &&
        relation.subject !== relation.object &&
        !isPlain(relation),
    )
    .map((relation) => ({
      ...relation,
      confidence: Math.round(relation.confidence * DESCRIPTION_DISCOUNT * 100) / 100,
      attributes: { ...relation.attributes, inferred: "description of the work named before" },
      provenance: "INFERRED",
      support: [support],
    }));
}

/** The sentence naming the work, as support. */
function supportOf(ctx: SentenceContext, unit: Unit): RelationEvidence {
  return makeRelation(ctx, unit, unit, "APPEARS_IN", "", 0, spanOf(ctx, unit)).evidence;
}

/** The relation a work's role noun gives its holder: a star appears in it, a director made it. */
function roleRelation(noun: string): RelationType | undefined {
  if (CAST_NOUNS.has(noun) || PERFORMER_NOUNS.has(noun)) return "APPEARS_IN";
  return CREATOR_NOUNS.has(noun) || MAKER_NOUNS.has(noun) ? "CREATED" : undefined;
}

/** Whether a unit reads as a work's title: a thing no award names, or a name cued as a work. */
function isWorkUnit(ctx: SentenceContext, unit: Unit): boolean {
  if (unit.isDemonym) return false;
  return ctx.cuedWorks[unit.entity] === true || (unit.type === "OTHER" && !isAward(ctx, unit));
}

/**
 * The role noun after a work's possessive mark at token `mark`, past a modifier, and the person
 * the role names right after it: "the film's star Don Cheadle", "the show's director Richard
 * Eyre" (the role read as the name's title), "the film's director Sir Ann Lee".
 */
function roleAfter(
  ctx: SentenceContext,
  mark: number,
): { noun: number; person: Unit | undefined } | undefined {
  let noun = mark + 1;
  if (ROLE_MODIFIERS.has(ctx.words[noun] ?? "")) noun++;
  if (!roleRelation(ctx.words[noun] ?? "")) return undefined;
  const covering = ctx.units[ctx.unitCovering[noun] ?? -1];
  // "director Richard Eyre": a title folded into the person's unit.
  if (covering)
    return covering.type === "PERSON" && covering.nameStart > noun && covering.tokenStart > mark
      ? { noun, person: covering }
      : undefined;
  let at = noun + 1;
  if (HONORIFICS.has(ctx.words[at] ?? "") && ctx.unitStartingAt[at]! < 0) at++;
  return { noun, person: ctx.units[ctx.unitStartingAt[at] ?? -1] };
}

/** The unit ending right before token `at`, after a comma there: the holder an apposition describes. */
function apposedBefore(ctx: SentenceContext, comma: number): Unit | undefined {
  if (ctx.words[comma] !== ",") return undefined;
  const unit = ctx.units[ctx.unitCovering[comma - 1] ?? -1];
  return unit?.tokenEnd === comma ? unit : undefined;
}

/** Whether a unit may hold a work's role: a person by name. */
function isHolder(person: Unit | undefined, work: Unit): person is Unit {
  return person?.type === "PERSON" && !person.isDemonym && person.entity !== work.entity;
}

/**
 * A role a work's possessive gives a person: "the film's star Don Cheadle", "Hotel Rwanda's
 * director Terry George" (before the name), "Terry George, the film's director," (an apposition
 * after it); and the role's "of" phrase: "the director of the film, Ann Lee,", "Ann Lee, the
 * director of the film". APPEARS_IN for a star or an actor, CREATED for a director, a writer or
 * an author.
 */
export function relateWorkRoles(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  const push = (person: Unit, work: Unit, noun: number) =>
    relations.push(
      makeRelation(
        ctx,
        person,
        work,
        roleRelation(ctx.words[noun]!)!,
        ctx.words[noun]!,
        CONFIDENCE,
        spanOf(ctx, work, person),
      ),
    );
  for (const work of ctx.units) {
    if (!isWorkUnit(ctx, work)) continue;
    const start = ctx.words[work.tokenStart - 1] === "the" ? work.tokenStart - 1 : work.tokenStart;
    if (isPossessiveMark(ctx.words[work.tokenEnd])) {
      const role = roleAfter(ctx, work.tokenEnd);
      if (!role) continue;
      // "Terry George, the film's director,": the holder before the apposition.
      const after = ctx.words[role.noun + 1] ?? ".";
      const person =
        role.person ?? (APPOSITION_ENDS.has(after) ? apposedBefore(ctx, start - 1) : undefined);
      if (isHolder(person, work)) push(person, work, role.noun);
      continue;
    }
    // "the director of the film, Ann Lee," and "Ann Lee, the director of the film".
    const noun = work.tokenStart - 2;
    if (ctx.words[noun + 1] !== "of" || ctx.words[noun - 1] !== "the") continue;
    if (ctx.unitCovering[noun]! >= 0 || !roleRelation(ctx.words[noun] ?? "")) continue;
    const named =
      ctx.words[work.tokenEnd] === ","
        ? ctx.units[ctx.unitStartingAt[work.tokenEnd + 1] ?? -1]
        : undefined;
    const person =
      named ??
      (APPOSITION_ENDS.has(ctx.words[work.tokenEnd] ?? ".")
        ? apposedBefore(ctx, noun - 2)
        : undefined);
    if (isHolder(person, work)) push(person, work, noun);
  }
  return relations;
}
