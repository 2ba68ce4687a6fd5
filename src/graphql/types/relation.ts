/** Relations: the Relation node, its evidence, and the relation root query. */
import type { Entity } from "../../db/entities.js";
import {
  countRelations,
  type Evidence,
  findEvidenceByRelationIds,
  findRelationsByIds,
  listRelations,
  type Relation,
} from "../../db/relations.js";
import type { RelationType } from "../../domain/vocabulary.js";
import { builder } from "../builder.js";
import { userError } from "../errors.js";
import { checkDateRangeArgs, checkIntArg } from "../limits.js";
import { buildConnection, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, parsePage } from "../pagination.js";
import { ArticleRef } from "./article.js";
import { EntityRef } from "./entity.js";
import { RelationProvenanceEnum, RelationTypeEnum } from "./enums.js";

/** Describes the `since` argument of relation lists. */
export const SINCE_DESCRIPTION =
  'Only relations with evidence dated on or after this ISO date or prefix ("2023", "2023-03"): the event date the sentence states, else the article\'s date.';
/** Describes the `until` argument of relation lists. */
export const UNTIL_DESCRIPTION =
  "Only relations with evidence dated on or before this ISO date or prefix.";

/** Describes the `tag` argument of relation and graph queries. */
export const TAG_DESCRIPTION = "Only relations with evidence in articles carrying this tag.";

/** Describes the `provenance` argument of relation lists. */
export const PROVENANCE_DESCRIPTION =
  "Only relations whose strongest reading is one of these (a relation some sentence states is STATED).";

/** Checks `minConfidence` is in [0, 1]. */
export function parseConfidence(value: number | null | undefined): number | null {
  if (value == null) return null;
  if (!(value >= 0 && value <= 1)) {
    throw userError("BAD_USER_INPUT", "minConfidence must be between 0 and 1", {
      argument: "minConfidence",
    });
  }
  return value;
}

/**
 * The entity `id` at one end of a relation: the one read with the relation when it was (an
 * entity's relations page carries its other ends), else its id for the entity loader.
 */
function endOf(relation: Relation & { other?: Entity }, id: number): Entity | string {
  return relation.other?.id === id ? relation.other : String(id);
}

/** The Relation node, loaded in batches by id. */
export const RelationRef = builder.loadableNodeRef<Relation, string>("Relation", {
  id: { resolve: (relation) => relation.id },
  load: async (ids, context) => findRelationsByIds(context.db, ids.map(Number)),
  sort: (relation) => String(relation.id),
});

const EvidenceRef = builder.objectRef<Evidence>("Evidence").implement({
  description: "A sentence that backs a relation, and how.",
  fields: (t) => ({
    article: t.field({ type: ArticleRef, resolve: (evidence) => String(evidence.articleId) }),
    sentence: t.exposeString("sentence"),
    sentenceIndex: t.exposeInt("sentenceIndex"),
    start: t.exposeInt("start", {
      description: "Character offset of the evidence in the article text.",
    }),
    end: t.exposeInt("end", { description: "Exclusive end offset in the article text." }),
    sentenceStart: t.exposeInt("sentenceStart", {
      description: "Offset of the sentence in the article text.",
    }),
    predicate: t.exposeString("predicate", {
      description: "The predicate as written in this sentence.",
    }),
    confidence: t.exposeFloat("confidence"),
    kind: t.field({
      type: RelationProvenanceEnum,
      description:
        "STATED: this sentence says it; INFERRED: one of the sentences the model joined; KNOWLEDGE: a sentence naming both entities of a gazetteer fact.",
      resolve: (evidence) => evidence.kind,
    }),
    eventDate: t.exposeString("eventDate", {
      nullable: true,
      description: "When the sentence dates the event.",
    }),
  }),
});

const RelationAttribute = builder
  .objectRef<{ key: string; value: string }>("RelationAttribute")
  .implement({
    fields: (t) => ({ key: t.exposeString("key"), value: t.exposeString("value") }),
  });

RelationRef.implement({
  description: "A typed fact between two entities, with the sentences that state it.",
  fields: (t) => ({
    type: t.field({ type: RelationTypeEnum, resolve: (relation) => relation.type as RelationType }),
    predicate: t.exposeString("predicate", { description: "The raw predicate first seen." }),
    confidence: t.exposeFloat("confidence", {
      description: "In [0, 1]; grows with independent evidence.",
    }),
    evidenceCount: t.exposeInt("evidenceCount", {
      description: "How many evidence sentences the relation has in all (evidence pages them).",
    }),
    provenance: t.field({
      type: RelationProvenanceEnum,
      description:
        "The strongest reading over its evidence (STATED > INFERRED > KNOWLEDGE); a knowledge fact is never STATED until a sentence states it.",
      resolve: (relation) => relation.provenance,
    }),
    firstSeenOn: t.exposeString("firstSeenOn", { nullable: true }),
    lastSeenOn: t.exposeString("lastSeenOn", { nullable: true }),
    attributes: t.field({
      type: [RelationAttribute],
      description:
        'Extra facts about the relation, such as the title of office; `former` = `true` when every article naming the role says it was held, not that it is ("former WorldCom chief").',
      resolve: (relation) =>
        Object.entries(relation.attributes ?? {}).map(([key, value]) => ({
          key,
          value: String(value),
        })),
    }),
    subject: t.field({
      type: EntityRef,
      resolve: (relation) => endOf(relation, relation.subjectId),
    }),
    object: t.field({ type: EntityRef, resolve: (relation) => endOf(relation, relation.objectId) }),
    evidence: t.loadableList({
      type: EvidenceRef,
      description: `The first sentences stating the relation, ordered by article date: at most ${MAX_PAGE_SIZE}; evidenceCount is how many there are in all.`,
      args: {
        first: t.arg.int({
          defaultValue: DEFAULT_PAGE_SIZE,
          description: `How many (0..${MAX_PAGE_SIZE}).`,
        }),
      },
      // One loader per path, so each `first` gets its own batch.
      byPath: true,
      load: async (ids: number[], context, args) => {
        const first = checkIntArg("first", args.first, DEFAULT_PAGE_SIZE, 0, MAX_PAGE_SIZE);
        const evidence = await findEvidenceByRelationIds(context.db, ids, first);
        return ids.map((id) => evidence.get(id) ?? []);
      },
      resolve: (relation, args) => {
        checkIntArg("first", args.first, DEFAULT_PAGE_SIZE, 0, MAX_PAGE_SIZE);
        return relation.id;
      },
    }),
  }),
});

builder.queryFields((t) => ({
  relation: t.field({
    type: RelationRef,
    nullable: true,
    args: { id: t.arg.globalID({ required: true, for: RelationRef }) },
    resolve: (_root, args) => args.id.id,
  }),
  relations: t.connection({
    type: RelationRef,
    description: "Relations by type, entity and date, in id order.",
    args: {
      type: t.arg({ type: [RelationTypeEnum], description: "Only these relation types." }),
      provenance: t.arg({ type: [RelationProvenanceEnum], description: PROVENANCE_DESCRIPTION }),
      subject: t.arg.globalID({
        for: EntityRef,
        description: "The subject (either side for symmetric types).",
      }),
      object: t.arg.globalID({
        for: EntityRef,
        description: "The object (either side for symmetric types).",
      }),
      since: t.arg.string({ description: SINCE_DESCRIPTION }),
      until: t.arg.string({ description: UNTIL_DESCRIPTION }),
      tag: t.arg.string({ description: TAG_DESCRIPTION }),
      minConfidence: t.arg.float(),
    },
    resolve: async (_root, args, context) => {
      if (args.last != null || args.before != null) {
        throw userError("BAD_USER_INPUT", "relations pages forward only: use first and after");
      }
      const page = parsePage(args);
      const filter = {
        types: args.type,
        provenances: args.provenance,
        minConfidence: parseConfidence(args.minConfidence),
        subjectId: args.subject ? Number(args.subject.id) : null,
        objectId: args.object ? Number(args.object.id) : null,
        ...checkDateRangeArgs(args),
        tag: args.tag,
      };
      const rows = await listRelations(context.db, filter, {
        limit: page.first + 1,
        afterId: page.afterId,
      });
      return buildConnection(rows, page, () => countRelations(context.db, filter));
    },
  }),
}));
