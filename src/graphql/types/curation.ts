/** Curation: merge entities, detach an alias, undo either; every change is logged. */
import { detachAlias, mergeEntities, undoCuration } from "../../db/curation.js";
import {
  type Curation,
  CurationError,
  findCurationsByIds,
  listCurations,
} from "../../db/curation-log.js";
import { builder } from "../builder.js";
import { userError } from "../errors.js";
import { buildConnection, parsePage } from "../pagination.js";
import { EntityRef } from "./entity.js";

const CurationActionEnum = builder.enumType("CurationAction", {
  description: "What a curation did.",
  values: {
    MERGE: { description: "Entities merged into one." },
    DETACH: { description: "An alias detached into an entity of its own." },
  },
});

/** A logged curation, loaded in batches by id. */
export const CurationRef = builder.loadableNodeRef<Curation, string>("Curation", {
  id: { resolve: (curation) => curation.id },
  load: async (ids, context) => findCurationsByIds(context.db, ids.map(Number)),
  sort: (curation) => String(curation.id),
});

CurationRef.implement({
  description: "One logged change to the entities, undoable with undoCuration.",
  fields: (t) => ({
    action: t.field({ type: CurationActionEnum, resolve: (curation) => curation.action }),
    entity: t.field({
      type: EntityRef,
      nullable: true,
      description: "MERGE: the entity merged into; DETACH: the entity the alias was taken from.",
      resolve: (curation) => String(curation.entityId),
    }),
    otherEntity: t.field({
      type: EntityRef,
      nullable: true,
      description:
        "MERGE: the entity merged away (null until undone); DETACH: the entity now holding the alias.",
      resolve: (curation) => String(curation.otherEntityId),
    }),
    alias: t.exposeString("alias", {
      nullable: true,
      description: "DETACH: the alias that was detached.",
    }),
    createdAt: t.string({ resolve: (curation) => curation.createdAt.toISOString() }),
    undoneAt: t.string({
      nullable: true,
      resolve: (curation) => curation.undoneAt?.toISOString() ?? null,
    }),
  }),
});

/** Runs a curation, turning its expected failures into coded GraphQL errors. */
async function curate<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof CurationError) throw userError(error.code, error.message);
    throw error;
  }
}

const MergeEntitiesPayload = builder
  .objectRef<{ entityId: number; curations: Curation[] }>("MergeEntitiesPayload")
  .implement({
    description: "The surviving entity and one logged curation per merged entity.",
    fields: (t) => ({
      entity: t.field({ type: EntityRef, resolve: (result) => String(result.entityId) }),
      curations: t.field({ type: [CurationRef], resolve: (result) => result.curations }),
    }),
  });

const DetachAliasPayload = builder
  .objectRef<{ curation: Curation }>("DetachAliasPayload")
  .implement({
    description: "The entity the alias left, the entity now holding it, and the logged curation.",
    fields: (t) => ({
      entity: t.field({ type: EntityRef, resolve: (result) => String(result.curation.entityId) }),
      detached: t.field({
        type: EntityRef,
        resolve: (result) => String(result.curation.otherEntityId),
      }),
      curation: t.field({ type: CurationRef, resolve: (result) => result.curation }),
    }),
  });

builder.mutationFields((t) => ({
  mergeEntities: t.field({
    type: MergeEntitiesPayload,
    description:
      "Merges entities into one: mentions, aliases, relations and co-occurrences move; each merge is logged.",
    args: {
      into: t.arg.globalID({
        required: true,
        for: EntityRef,
        description: "The entity that survives.",
      }),
      from: t.arg.globalIDList({
        required: true,
        for: EntityRef,
        description: "The entities merged away.",
      }),
    },
    resolve: async (_root, args, context) => {
      const intoId = Number(args.into.id);
      const curations = await curate(() =>
        mergeEntities(
          context.db,
          intoId,
          args.from.map((id) => Number(id.id)),
        ),
      );
      return { entityId: intoId, curations };
    },
  }),
  detachAlias: t.field({
    type: DetachAliasPayload,
    description:
      "Detaches an alias, and the mentions written that way, into an entity of its own; logged.",
    args: {
      entity: t.arg.globalID({ required: true, for: EntityRef }),
      alias: t.arg.string({ required: true }),
    },
    resolve: async (_root, args, context) => ({
      curation: await curate(() => detachAlias(context.db, Number(args.entity.id), args.alias)),
    }),
  }),
  undoCuration: t.field({
    type: CurationRef,
    description:
      "Undoes a logged merge or detachment; refused (CURATION_CONFLICT) when later changes would be lost.",
    args: { id: t.arg.globalID({ required: true, for: CurationRef }) },
    resolve: async (_root, args, context) =>
      curate(() => undoCuration(context.db, Number(args.id.id))),
  }),
}));

builder.queryFields((t) => ({
  curations: t.connection({
    type: CurationRef,
    description: "The curation log, oldest first: merges and detachments, undone or not.",
    args: {
      entity: t.arg.globalID({
        for: EntityRef,
        description: "Only curations touching this entity.",
      }),
    },
    resolve: async (_root, args, context) => {
      if (args.last != null || args.before != null) {
        throw userError("BAD_USER_INPUT", "curations pages forward only: use first and after");
      }
      const page = parsePage(args);
      const filter = args.entity ? { entityId: Number(args.entity.id) } : {};
      const { rows, total } = await listCurations(context.db, filter, {
        limit: page.first + 1,
        afterId: page.afterId,
      });
      return buildConnection(rows, page, total);
    },
  }),
}));
