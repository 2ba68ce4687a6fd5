import { decodeGlobalID } from "@pothos/plugin-relay";
import { describe, expect, it } from "vitest";
import {
  edgeGlobalId,
  entityGlobalId,
  parseEntityId,
  toGlobalId,
} from "../../src/domain/global-id.js";

describe("global ids", () => {
  const encoded: [string, number | string, string][] = [
    ["Entity", 7, "RW50aXR5Ojc="],
    ["Relation", 42, "UmVsYXRpb246NDI="],
    ["CoOccurrence", "3:9", "Q29PY2N1cnJlbmNlOjM6OQ=="],
    // not ASCII: base64 of the UTF-8 bytes, as Buffer and the relay plugin encode it
    ["Entity", "São", "RW50aXR5OlPDo28="],
  ];
  it.each(encoded)("encodes %s %s as the relay plugin does", (typename, id, expected) => {
    expect(toGlobalId(typename, id)).toBe(expected);
    expect(decodeGlobalID(expected)).toEqual({ typename, id: String(id) });
  });

  const edges: [{ relationId: number | null; sourceId: number; targetId: number }, string][] = [
    [{ relationId: 42, sourceId: 1, targetId: 2 }, toGlobalId("Relation", 42)],
    [{ relationId: null, sourceId: 3, targetId: 9 }, toGlobalId("CoOccurrence", "3:9")],
  ];
  it.each(edges)("gives edge %o its id", (edge, expected) => {
    expect(edgeGlobalId(edge)).toBe(expected);
  });

  const references: [string, number | undefined][] = [
    ["12", 12],
    [entityGlobalId(5), 5],
    [toGlobalId("Relation", 5), undefined],
    [toGlobalId("Entity", "x"), undefined],
    ["Kyiv", undefined],
    ["", undefined],
  ];
  it.each(references)("reads entity reference %j as %j", (value, expected) => {
    expect(parseEntityId(value)).toBe(expected);
  });
});
