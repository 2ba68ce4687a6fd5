/** Live updates: subscriptions to stored articles and changed entities (server-sent events). */
import { contextCacheSymbol } from "@pothos/core";
import type { GraphQLResolveInfo } from "graphql";
import { findEntitiesByIds } from "../../db/entities.js";
import { builder } from "../builder.js";
import type { Context } from "../context.js";
import { userError } from "../errors.js";
import { checkSubscriptionComplexity } from "../limits.js";
import {
  type LiveChange,
  type SubscribeOptions,
  SubscriptionLimitError,
  SubscriptionsClosedError,
} from "../subscriptions.js";
import { ArticleRef } from "./article.js";
import { CurationRef } from "./curation.js";
import { EntityRef } from "./entity.js";

type ArticleChange = Extract<LiveChange, { kind: "article" }>;

/** What happened to an entity, as `entityUpdated` reports it. */
interface EntityUpdate {
  entityId: number;
  exists: boolean;
  change: "MENTIONED" | "MERGED" | "DETACHED" | "UNDONE";
  articleId: number | null;
  curationId: number | null;
}

const EntityChangeEnum = builder.enumType("EntityChange", {
  description: "What changed an entity.",
  values: {
    MENTIONED: { description: "An article was stored that mentions it or relates it." },
    MERGED: { description: "A merge moved an entity into it, or it into another." },
    DETACHED: { description: "An alias was detached from it, or into it." },
    UNDONE: { description: "A merge or detachment touching it was undone." },
  },
});

const ArticleIngestedRef = builder.objectRef<ArticleChange>("ArticleIngested").implement({
  description: "An article just stored (by any server, `kg ingest` or `kg worker`).",
  fields: (t) => ({
    article: t.field({ type: ArticleRef, resolve: (change) => String(change.articleId) }),
    entityCount: t.exposeInt("entityCount", {
      description: "Entities the article names (new or linked to stored ones).",
    }),
    relationCount: t.exposeInt("relationCount", { description: "Relations it stated or added." }),
    entities: t.field({
      type: [EntityRef],
      description: "The stored entities the article mentions or relates.",
      resolve: (change) => change.entityIds.map(String),
    }),
  }),
});

const EntityUpdateRef = builder.objectRef<EntityUpdate>("EntityUpdate").implement({
  description: "A change to one entity.",
  fields: (t) => ({
    change: t.field({ type: EntityChangeEnum, resolve: (update) => update.change }),
    entity: t.field({
      type: EntityRef,
      nullable: true,
      description: "The entity as it is now; null when it no longer exists (merged away).",
      resolve: (update) => (update.exists ? String(update.entityId) : null),
    }),
    article: t.field({
      type: ArticleRef,
      nullable: true,
      description: "MENTIONED: the article stored.",
      resolve: (update) => (update.articleId === null ? null : String(update.articleId)),
    }),
    curation: t.field({
      type: CurationRef,
      nullable: true,
      description: "MERGED, DETACHED, UNDONE: the logged curation.",
      resolve: (update) => (update.curationId === null ? null : String(update.curationId)),
    }),
  }),
});

const CURATION_CHANGES = { MERGE: "MERGED", DETACH: "DETACHED", UNDO: "UNDONE" } as const;

/**
 * Opens a stream on the server's hub. Each change is resolved with fresh loaders: one
 * subscription keeps one context for its whole life, and cached rows would go stale.
 */
function openStream(
  context: Context,
  info: GraphQLResolveInfo,
  accepts: SubscribeOptions["accepts"],
): AsyncIterableIterator<LiveChange> {
  checkSubscriptionComplexity(context, info);
  if (!context.changes) {
    throw userError("SUBSCRIPTIONS_UNAVAILABLE", "this server does not offer live updates");
  }
  try {
    return context.changes.subscribe({
      accepts,
      signal: context.signal,
      beforeEach: () => {
        (context as unknown as Record<symbol, unknown>)[contextCacheSymbol] = {};
      },
    });
  } catch (error) {
    if (error instanceof SubscriptionLimitError) {
      throw userError("TOO_MANY_SUBSCRIPTIONS", error.message, { limit: error.limit });
    }
    if (error instanceof SubscriptionsClosedError) throw userError("SHUTTING_DOWN", error.message);
    throw error;
  }
}

builder.subscriptionFields((t) => ({
  articleIngested: t.field({
    type: ArticleIngestedRef,
    description: "Every article stored from now on, once its transaction commits.",
    subscribe: (_root, _args, context, info) =>
      openStream(context, info, (change) => change.kind === "article"),
    resolve: (change) => change as ArticleChange,
  }),
  entityUpdated: t.field({
    type: EntityUpdateRef,
    description:
      "Changes to one entity from now on: stored articles that mention or relate it, merges, detachments and their undoing.",
    args: { id: t.arg.globalID({ required: true, for: EntityRef }) },
    subscribe: async (_root, args, context, info) => {
      const entityId = Number(args.id.id);
      const [entity] = await findEntitiesByIds(context.db, [entityId]);
      if (!entity) {
        throw userError("ENTITY_NOT_FOUND", `no entity with id ${args.id.id}`, {
          id: args.id.id,
        });
      }
      return openStream(context, info, (change) => change.entityIds.includes(entityId));
    },
    resolve: async (change, args, context): Promise<EntityUpdate> => {
      const entityId = Number(args.id.id);
      const [entity] = await findEntitiesByIds(context.db, [entityId]);
      return {
        entityId,
        exists: entity !== undefined,
        change: change.kind === "article" ? "MENTIONED" : CURATION_CHANGES[change.action],
        articleId: change.kind === "article" ? change.articleId : null,
        curationId: change.kind === "curation" ? change.curationId : null,
      };
    },
  }),
}));
