/** The Pothos schema builder: plugins and scalar settings, no types. */
import SchemaBuilder from "@pothos/core";
import ComplexityPlugin from "@pothos/plugin-complexity";
import DataloaderPlugin from "@pothos/plugin-dataloader";
import RelayPlugin from "@pothos/plugin-relay";
import { toGlobalId } from "../domain/global-id.js";
import type { Context } from "./context.js";
import { COMPLEXITY_OPTIONS } from "./limits.js";
import { decodeNodeId } from "./node-ids.js";

/** The one schema builder; `types/<domain>.ts` modules add to it. */
export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Connection: { totalCount: () => number | Promise<number> };
}>({
  plugins: [RelayPlugin, DataloaderPlugin, ComplexityPlugin],
  // Query cost, depth and breadth limits, checked before any root field resolves (see limits.ts).
  complexity: COMPLEXITY_OPTIONS,
  defaultFieldNullability: false,
  relay: {
    clientMutationId: "omit",
    // An id past the integer range is BAD_USER_INPUT here, not a failed SQL cast later.
    decodeGlobalID: decodeNodeId,
    // The same ids as the plugin's own encoder, without its Buffer round trip per id.
    encodeGlobalID: (typename, id) => toGlobalId(typename, String(id)),
    cursorType: "String",
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
  },
});

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});

builder.globalConnectionField("totalCount", (t) =>
  t.int({
    description: "How many items the whole connection holds.",
    resolve: (parent) => parent.totalCount(),
  }),
);
