/** Entity search: ranked, typo-tolerant hits for a name as a user types it. */
import { type EntitySearchHit, searchEntities } from "../../db/search.js";
import { builder } from "../builder.js";
import { userError } from "../errors.js";
import { checkIntArg, MAX_LIST_SIZE } from "../limits.js";
import { EntityRef } from "./entity.js";
import { EntityTypeEnum } from "./enums.js";

/** How a search hit matched. */
export const SearchMatchEnum = builder.enumType("SearchMatch", {
  description:
    "EXACT: the canonical name; ALIAS: another known name, or the name with accents and punctuation ignored; LAST_NAME: the last word of a person's name (accents ignored); PREFIX: the start of a name; FUZZY: trigram similarity.",
  values: ["EXACT", "ALIAS", "LAST_NAME", "PREFIX", "FUZZY"] as const,
});

/** Longer queries are not names. */
const MAX_QUERY_CHARS = 200;

const EntitySearchHitRef = builder.objectRef<EntitySearchHit>("EntitySearchHit").implement({
  description: "One entity found by searchEntities.",
  fields: (t) => ({
    entity: t.field({ type: EntityRef, resolve: (hit) => hit.entity }),
    score: t.exposeFloat("score", {
      description:
        "In (0, 1]: 1 exact, 0.95 alias, 0.9 last name, 0.85 prefix, 0.8 × trigram similarity for fuzzy hits.",
    }),
    matchedBy: t.field({ type: SearchMatchEnum, resolve: (hit) => hit.matchedBy }),
    matchedText: t.exposeString("matchedText", { description: "The name or alias that matched." }),
  }),
});

builder.queryFields((t) => ({
  searchEntities: t.field({
    type: [EntitySearchHitRef],
    description:
      "Entities for a name as typed: exact > alias > last name > prefix > fuzzy (pg_trgm), more mentions first among equals. Typo and accent tolerant.",
    args: {
      query: t.arg.string({ required: true }),
      types: t.arg({ type: [EntityTypeEnum], description: "Only entities of these types." }),
      first: t.arg.int({ defaultValue: 10, description: `At most ${MAX_LIST_SIZE}.` }),
    },
    resolve: async (_root, args, context) => {
      const limit = checkIntArg("first", args.first, 10, 0, MAX_LIST_SIZE);
      if (args.query.length > MAX_QUERY_CHARS) {
        throw userError("BAD_USER_INPUT", `query must be at most ${MAX_QUERY_CHARS} characters`, {
          argument: "query",
        });
      }
      return searchEntities(context.db, args.query, { types: args.types, limit });
    },
  }),
}));
