import { describe, expect, it } from "vitest";
import { parseEdgeKindOption } from "../../src/domain/edge-kind.js";

describe("parseEdgeKindOption", () => {
  const rows: [string, string | undefined][] = [
    ["relations", "RELATIONS"],
    ["cooccurrence", "COOCCURRENCE"],
    ["RELATIONS", undefined],
    ["toString", undefined],
    ["", undefined],
  ];
  it.each(rows)("reads %j as %j", (option, expected) => {
    expect(parseEdgeKindOption(option)).toBe(expected);
  });
});
